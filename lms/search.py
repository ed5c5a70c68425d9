"""Wagtail's database search backend, made safe for whatever a person types.

SQLite's full-text index reads a query as FTS5 syntax, so an unbalanced double quote
(or a NUL) typed into an authoring-studio search box was a 500 (wagtail/wagtail#13227).
This backend is Wagtail's own (PostgreSQL, SQLite or the fallback, chosen by the
database) with plain-text queries cleaned of those characters first.
"""

from __future__ import annotations

import functools
import re

from modelsearch.query import MATCH_NONE
from wagtail.search.backends.database import SearchBackend as database_backend

_UNSAFE = re.compile(r'["\x00-\x1f\x7f]')


def plain_query(query):
    """A typed query with the characters the index cannot take turned into spaces.

    A query of nothing but those characters finds nothing (not everything).
    """
    if isinstance(query, str):
        cleaned = " ".join(_UNSAFE.sub(" ", query).split())
        return cleaned or (MATCH_NONE if query.strip() else query)
    return query


@functools.cache
def _safe(backend_class):
    class SafeQueries(backend_class):
        def search(self, query, *args, **kwargs):
            return super().search(plain_query(query), *args, **kwargs)

        def autocomplete(self, query, *args, **kwargs):
            return super().autocomplete(plain_query(query), *args, **kwargs)

    SafeQueries.__name__ = f"Safe{backend_class.__name__}"
    return SafeQueries


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    backend = database_backend(params)
    backend.__class__ = _safe(type(backend))
    return backend
