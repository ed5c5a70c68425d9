"""Template helpers for the team table and retraining needs: sortable headers, query strings
that keep filters, the heatmap's cells, the named scores on a piece of evidence and a need's
evidence block (built here, not in a template: the team page shows several needs at once)."""

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.formats import localize
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed ("?sort=name&page=2")."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def sort_header(context, key: str, label: str, css: str = ""):
    """A <th> whose link sorts by ``key`` (again to reverse), with aria-sort for screen readers."""
    request = context["request"]
    current = request.GET.get("sort", "name")
    desc = request.GET.get("dir") == "desc"
    active = current == key
    new_dir = "" if not active or desc else "desc"
    href = query_with(context, sort=key, dir=new_dir, page=None)
    aria = ""
    if active:
        aria = format_html(' aria-sort="{}"', "descending" if desc else "ascending")
    return format_html(
        '<th scope="col" class="{}"{}><a href="{}">{}</a></th>', css, aria, href, label
    )


@register.simple_tag
def evidence_scores(call_score=None, quiz_score=None, skill_score=None):
    """The numbers on one piece of evidence, each named, so a call's own score is never
    taken for the skill's score on it. Leave out what does not apply."""

    def given(score) -> bool:
        return score is not None and score != ""

    def named(message: str, score) -> str:
        return message % {"score": conditional_escape(localize(score))}

    parts = []
    if given(call_score):
        parts.append(named(_("call score %(score)s"), call_score))
    elif given(quiz_score):
        parts.append(named(_("quiz score %(score)s"), quiz_score))
    if given(skill_score):
        parts.append(named(_("skill score %(score)s"), skill_score))
    return format_html('<span class="evidence__scores">{}</span>', mark_safe(" · ".join(parts)))  # noqa: S308


PIECES_SHOWN = 8


def _link(label, url):
    return format_html('<a href="{}">{}</a>', url, label) if url else conditional_escape(label)


def _critical_badge(critical: bool, text: str):
    return format_html(' <span class="badge badge--bad">{}</span>', text) if critical else ""


def _blockquotes(quotes, shown: set | None = None):
    """Each quote as a blockquote; with ``shown``, only those not shown yet (then noted)."""
    if shown is not None:
        quotes = [q for q in quotes if q and q not in shown]
        shown.update(quotes)
    return format_html_join("", "<blockquote>{}</blockquote>", ((q,) for q in quotes))


def _piece_scores(need, piece):
    """A stored piece's numbers: the call's or quiz's own score beside the skill's, if any."""
    if need.skill_id:
        return evidence_scores(
            call_score=piece.grade.score if piece.grade else None,
            quiz_score=piece.quiz_attempt.score if piece.quiz_attempt else None,
            skill_score=piece.score,
        )
    if piece.quiz_attempt_id:
        return evidence_scores(quiz_score=piece.score)
    if piece.grade_id:
        return evidence_scores(call_score=piece.score)
    return _("score %(score)s") % {"score": conditional_escape(localize(piece.score))}


def _pieces(need, pieces, shown: set):
    items = []
    for piece in pieces[:PIECES_SHOWN]:
        scores = format_html(" — {}", _piece_scores(need, piece)) if piece.score is not None else ""
        items.append(
            format_html(
                '<li>{}{}{} <span class="muted">· {}</span>{}</li>',
                _link(piece.label, piece.url),
                scores,
                _critical_badge(piece.critical_fail, _("critical fail")),
                date_filter(template_localtime(piece.occurred_at), "j M, H:i"),
                _blockquotes(piece.quotes[:1], shown),
            )
        )
    if (earlier := len(pieces) - PIECES_SHOWN) > 0:
        text = ngettext("and %(n)s earlier", "and %(n)s earlier", earlier) % {"n": earlier}
        items.append(format_html('<li class="muted">{}</li>', text))
    return items


def _activities(evidence):
    """The activities stored on a need from before its pieces were kept one by one."""
    items = []
    for a in evidence.get("activities") or ():
        if evidence.get("skill"):
            own = "quiz_score" if a.get("kind") == "quiz" else "call_score"
            scores = evidence_scores(
                **{own: a.get("activity_score"), "skill_score": a.get("score")}
            )
        elif a.get("kind") == "quiz":
            scores = evidence_scores(quiz_score=a.get("score"))
        else:
            scores = evidence_scores(call_score=a.get("score"))
        items.append(
            format_html(
                "<li>{} — {}{}</li>",
                _link(a.get("label", ""), a.get("url")),
                scores,
                _critical_badge(a.get("critical_fail"), _("critical fail")),
            )
        )
    return items


def _criterion(criterion, shown: set):
    meta = format_html(
        "{} · {}/{}{}",
        criterion.get("label", ""),
        localize(criterion.get("score")),
        localize(criterion.get("max")),
        format_html(' · <span class="badge badge--bad">{}</span>', _("critical"))
        if criterion.get("critical")
        else "",
    )
    quotes = [q.get("quote") for q in criterion.get("quotes") or ()]
    tip = criterion.get("tip")
    return format_html(
        '<div style="margin-top:.4rem"><span class="evidence__meta">{}</span>{}{}</div>',
        meta,
        _blockquotes(quotes, shown),
        format_html('<div class="small muted">{} {}</div>', _("Tip:"), tip) if tip else "",
    )


@register.simple_tag
def need_evidence(need, open_evidence=False):
    """A need's evidence, folded: its pieces (the newest eight, each with its named scores and
    its first quote), else the activities stored with it; what was said on the calls; and each
    criterion with its quotes and tip. A quote is shown once. Nothing if there is no evidence."""
    evidence = need.evidence or {}
    pieces = list(need.evidence_items.all())
    lines = evidence.get("lines") or []
    criteria = evidence.get("criteria") or []
    shown = set(lines)  # a line quoted twice is shown once
    items = _pieces(need, pieces, shown) if pieces else _activities(evidence)
    if not (items or lines or criteria):
        return ""
    listing = ""
    if items:
        listing = format_html(
            '<ul class="small" style="margin:.35rem 0;padding-left:1.1rem">{}</ul>',
            mark_safe("".join(items)),  # noqa: S308 (each item is built by format_html)
        )
    said = ""
    if lines:
        said = format_html(
            '<div style="margin-top:.4rem"><span class="evidence__meta">{}</span>{}</div>',
            _("What was said on the calls"),
            _blockquotes(lines),
        )
    return format_html(
        '<details class="evidence"{}><summary>{}</summary>{}{}{}</details>',
        mark_safe(" open") if open_evidence else "",
        _("Evidence"),
        listing,
        said,
        mark_safe("".join(_criterion(c, shown) for c in criteria)),  # noqa: S308 (format_html)
    )


@register.simple_tag
def skill_cells(cells):
    """One heatmap row's cells: each skill's score and band, or that there is no evidence."""
    no_evidence = _("No evidence")
    html = []
    for cell in cells:
        if cell.score is not None:
            inner = format_html("{}<small>{}</small>", localize(cell.score), cell.label)
        else:
            inner = format_html('<span aria-label="{}">–</span>', no_evidence)
        html.append(
            format_html('<td class="band-{}" title="{}">{}</td>', cell.band, cell.label, inner)
        )
    return mark_safe("".join(html))  # noqa: S308 (each part is built by format_html)
