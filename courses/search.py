"""Learner search over courses and lessons: what they typed, the words searched, the pages found.

Whatever a learner types reaches the search backend only as plain words: the SQLite
full-text index reads quotes, brackets and operators as syntax (a lone ``"`` is an
"unterminated string") and a NUL byte ends the statement, so both used to be a 500.
"""

from __future__ import annotations

import re

from wagtail.models import Page

from .localization import locales
from .models import CoursePage, LessonPage

MAX_QUERY_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NOT_A_WORD = re.compile(r"[^\w\s]+")


def search_query_shown(raw: str | None) -> str:
    """The query as the learner typed it, fit to show back: no control characters, trimmed."""
    return _CONTROL.sub(" ", raw or "").strip()[:MAX_QUERY_LENGTH]


def search_terms(raw: str | None) -> str:
    """The words of a query, without punctuation or search syntax ("" when there are none)."""
    return " ".join(_NOT_A_WORD.sub(" ", search_query_shown(raw)).split())


def search_pages(user, query: str | None, *, limit: int = 30) -> list[Page]:
    """Live, public courses and lessons matching the query's words, learner's language first."""
    terms = search_terms(query)
    if not terms:
        return []
    locs = locales()
    wanted = {locs.default.pk, locs.active.pk}
    qs = (
        Page.objects.live()
        .public()
        .type(CoursePage, LessonPage)
        .filter(locale_id__in=wanted)
        .specific()
    )
    results = list(qs.search(terms)[: limit * 2])
    # One result per page: the learner's language wins over the original.
    by_key: dict = {}
    for page in results:
        if page.translation_key not in by_key or page.locale_id == locs.active.pk:
            by_key[page.translation_key] = page
    return list(by_key.values())[:limit]
