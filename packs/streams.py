"""StreamField values as packs write them: ``[{block_type: value}]``, readable and stable.

A struct block is a mapping of its children, a list block a list, rich text its HTML, and a
chooser (a skill, course, quiz or scenario) the slug of what it chooses. Empty optional
values are left out; importing fills in the block's defaults. Images are not carried by
packs: an image block is reported and left out of an export.
"""

from __future__ import annotations

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .problems import Problem
from .writer import html_lines


class StreamProblem(Exception):
    def __init__(self, path, message):
        self.path, self.message = tuple(path), message
        super().__init__(message)


def _chooser_model(block):
    if isinstance(block, SnippetChooserBlock | blocks.PageChooserBlock):
        return block.model_class if isinstance(block, SnippetChooserBlock) else block.target_model
    return None


def _empty(value) -> bool:
    return value in ("", None, [], {})


# -- export: stored value -> pack value ------------------------------------------------------


def _out(block, raw, slugs):
    if isinstance(block, blocks.StructBlock):
        result = {}
        for name, child in block.child_blocks.items():
            value = _out(child, raw.get(name, child.get_default()) if raw else None, slugs)
            if not _empty(value) and not (value is False and not child.required):
                result[name] = value
        return result
    if isinstance(block, blocks.ListBlock):
        items = [i["value"] if isinstance(i, dict) and "type" in i else i for i in raw or []]
        return [_out(block.child_block, item, slugs) for item in items]
    if isinstance(block, blocks.StreamBlock):
        return [{c["type"]: _out(block.child_blocks[c["type"]], c["value"], slugs)} for c in raw]
    if (model := _chooser_model(block)) is not None:
        return slugs(model, raw) if raw else None
    if isinstance(block, blocks.RichTextBlock):
        return html_lines(raw)
    return raw


def stream_out(stream_block, value, slugs) -> tuple[list, list[str]]:
    """(pack blocks, what was left out) of a StreamValue; ``slugs(model, pk)`` names a choice."""
    raw = stream_block.get_prep_value(value)
    kept, dropped = [], []
    for child in raw:
        block = stream_block.child_blocks.get(child["type"])
        if block is None or isinstance(block, ImageChooserBlock) or _has_image(block):
            dropped.append(child["type"])
            continue
        kept.append({child["type"]: _out(block, child["value"], slugs)})
    return kept, dropped


def _has_image(block) -> bool:
    return isinstance(block, blocks.StructBlock) and any(
        isinstance(c, ImageChooserBlock) for c in block.child_blocks.values()
    )


# -- import: pack value -> stored value --------------------------------------------------------


def _in(block, value, path, pks):
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            raise StreamProblem(path, "expected a mapping of fields")
        unknown = sorted(set(value) - set(block.child_blocks))
        if unknown:
            known = ", ".join(block.child_blocks)
            raise StreamProblem((*path, unknown[0]), f"unknown field (this block has: {known})")
        result = {}
        for name, child in block.child_blocks.items():
            if name in value:
                result[name] = _in(child, value[name], (*path, name), pks)
            elif child.required and not isinstance(child, blocks.ListBlock | blocks.BooleanBlock):
                raise StreamProblem((*path, name), "missing (this field is required)")
            else:
                result[name] = child.get_prep_value(child.get_default())
        return result
    if isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise StreamProblem(path, "expected a list")
        return [_in(block.child_block, v, (*path, i), pks) for i, v in enumerate(value)]
    if isinstance(block, blocks.StreamBlock):
        return stream_in_raw(block, value, path, pks)
    if (model := _chooser_model(block)) is not None:
        pk = pks(model, value, path)
        if pk is None:
            raise StreamProblem(path, f"no {model._meta.verbose_name} with the slug “{value}”")
        return pk
    if isinstance(block, blocks.BooleanBlock):
        if not isinstance(value, bool):
            raise StreamProblem(path, "expected true or false")
        return value
    if isinstance(block, blocks.IntegerBlock):
        if not isinstance(value, int) or isinstance(value, bool):
            raise StreamProblem(path, "expected a whole number")
        return value
    if isinstance(block, blocks.ChoiceBlock):
        allowed = [str(k) for k, _label in block.field.choices if k != ""]
        if value not in allowed:
            raise StreamProblem(path, f"“{value}” is not one of: {', '.join(allowed)}")
        return value
    if not isinstance(value, str):
        raise StreamProblem(path, "expected text")
    return value


def _child_in(stream_block, child, path, pks) -> dict:
    """One ``{block_type: value}`` of a stream as stored JSON; ``path`` is the child's."""
    if not isinstance(child, dict) or len(child) != 1:
        raise StreamProblem(path, "a block is a mapping with one key: its type")
    ((kind, inner),) = child.items()
    block = stream_block.child_blocks.get(kind)
    if block is None or isinstance(block, ImageChooserBlock) or _has_image(block):
        known = ", ".join(n for n, b in stream_block.child_blocks.items() if not _has_image(b))
        raise StreamProblem((*path, kind), f"unknown block type (known: {known})")
    return {"type": kind, "value": _in(block, inner, (*path, kind), pks)}


def stream_in_raw(stream_block, value, path, pks) -> list:
    if not isinstance(value, list):
        raise StreamProblem(path, "expected a list of blocks")
    return [_child_in(stream_block, child, (*path, i), pks) for i, child in enumerate(value)]


def stream_in(stream_block, value, pks, *, item, path, build=True) -> tuple[object, list[Problem]]:
    """(StreamValue, problems): a pack's blocks checked against the stream's definition.

    ``pks(model, slug, path)`` finds what a chooser names (None when nothing has that slug).
    Every block is checked, so a file with several mistakes reports each.
    """
    path = tuple(path)
    if not isinstance(value, list):
        return None, [item.problem(path, "expected a list of blocks")]
    raw, problems = [], []
    for i, child in enumerate(value):
        try:
            raw.append(_child_in(stream_block, child, (*path, i), pks))
        except StreamProblem as problem:
            problems.append(item.problem(problem.path, problem.message))
    if problems or not build:
        return None, problems
    return stream_block.to_python(raw), problems
