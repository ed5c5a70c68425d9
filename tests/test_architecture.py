"""The architecture the README describes, checked by reading the source (no database).

The product apps are layered: an app imports from the apps before it in ``LAYERS``, never
from one after it, and the lower apps reach the higher ones only through the product's
Wagtail hooks, named once in ``lms/hooks.py``.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

from lms import hooks as lms_hooks

ROOT = Path(__file__).resolve().parent.parent

#: The product apps, lowest first: each may import from those to its left only.
#: ``lms``, the project package, may be imported by any of them.
LAYERS = ("accounts", "courses", "simulations", "assessments", "certification", "packs")
APPS = tuple(app for app in LAYERS if (ROOT / app).is_dir())
HOOK_NAMES = frozenset(lms_hooks.ALL)


def _sources(*folders: str):
    """Every .py file under the folders, migrations left out."""
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                yield path


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported_modules(tree: ast.Module):
    """(line, module) of every absolute import, function-level ones included."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


def _string_literals(tree: ast.Module):
    """Every string constant but the entries of ``__all__``, which name Python objects (a
    selector may share its hook's name, as ``scenario_scores_for`` does)."""
    exported = {
        id(element)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        and node.value is not None
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in _targets(node))
        for element in ast.walk(node.value)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in exported:
                yield node


def _targets(node: ast.Assign | ast.AugAssign | ast.AnnAssign) -> list[ast.expr]:
    return node.targets if isinstance(node, ast.Assign) else [node.target]


def test_every_local_app_has_a_layer():
    local = [
        app.split(".")[0]
        for app in settings.INSTALLED_APPS
        if (ROOT / app.split(".")[0]).is_dir() and app != "lms"
    ]
    assert [app for app in local if app not in LAYERS] == []
    assert local == [app for app in LAYERS if app in local], "INSTALLED_APPS follows LAYERS"


@pytest.mark.parametrize("app", APPS)
def test_an_app_imports_only_from_the_apps_below_it(app):
    above = set(LAYERS[LAYERS.index(app) + 1 :])
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in _sources(app)
        for line, module in _imported_modules(_tree(path))
        if module.split(".")[0] in above
    ]
    assert not wrong, f"{app} imports from the apps above it:\n" + "\n".join(wrong)


def test_the_product_hooks_are_named_by_their_constants():
    hooks_module = ROOT / "lms" / "hooks.py"
    literal = [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}"
        for path in _sources(*APPS, "lms", "tests")
        if path != hooks_module
        for node in _string_literals(_tree(path))
        if node.value in HOOK_NAMES
    ]
    assert not literal, "name these hooks with lms.hooks' constants:\n" + "\n".join(literal)
