"""A cache for what every learner sees the same: page structure, lesson bodies, skill lists.

Entries live in Django's cache (Redis in production, local memory otherwise) under keys
that start with the current *content token*, ``ContentVersion.token``: any change to
content learners see (a page saved, published, unpublished, moved or deleted; a skill,
locale, site, view restriction or certification program saved; a reviewer's labels,
which decide the criteria certification trusts) sets a new random token,
so every entry made before it is never read again and expires on its own. The token is
read from the database once per request, so a trainer's publish shows at once in every
process, whatever the cache backend (two gunicorn workers on local memory included).

Nothing per learner is ever cached here: progress, answers and enrolments are read
fresh on every request. Callers pass a name and the parts that identify the entry;
values must pickle (model instances, tuples, dataclasses).

An entry read with ``shared=True`` is read from the cache at most once per request: every
caller in the request is handed the same object (outside a request, a fresh copy as
without), so it is for values nobody changes (frozen dataclasses, lists only read).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from typing import TypeVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save

T = TypeVar("T")

# Entries under a token that is still current stay this long (content rarely changes);
# entries under an old token are never read again and expire or are culled.
TIMEOUT = 60 * 60 * 6

_local = threading.local()


def token() -> str:
    """The current content token: read once per request, on every call outside one."""
    memo = getattr(_local, "token", None)
    if memo is not None:
        return memo
    from .models import ContentVersion

    value = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first() or "-"
    if getattr(_local, "in_request", False):
        _local.token = value
    return value


def key(name: str, *parts, current: str | None = None) -> str:
    return ":".join(["content", current or token(), name, *(str(p) for p in parts)])


def _request_memo(shared: bool) -> dict | None:
    """The entries this request has read with ``shared=True`` (None outside a request)."""
    if not shared or not getattr(_local, "in_request", False):
        return None
    memo = getattr(_local, "memo", None)
    if memo is None:
        memo = _local.memo = {}
    return memo


def cached(name: str, parts: Iterable, build: Callable[[], T], *, shared: bool = False) -> T:
    """The entry for ``name`` and ``parts`` under the current token, built on a miss."""
    entry_key = key(name, *parts)
    memo = _request_memo(shared)
    if memo is not None and entry_key in memo:
        return memo[entry_key]
    hit = cache.get(entry_key)
    if hit is not None:
        value = hit[0]
    else:
        value = build()
        cache.set(entry_key, (value,), TIMEOUT)  # a 1-tuple, so None is cached too
    if memo is not None:
        memo[entry_key] = value
    return value


def cached_many(
    name: str, ids: Iterable, build: Callable[[list], dict], *, shared: bool = False
) -> dict:
    """{id: entry} for many ids in one cache round trip; ``build(missing ids)`` fills misses."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    current = token()
    keys = {i: key(name, i, current=current) for i in ids}
    memo = _request_memo(shared)
    found = {i: memo[k] for i, k in keys.items() if k in memo} if memo else {}
    unread = {k: i for i, k in keys.items() if i not in found}
    if not unread:
        return found
    read = {unread[k]: v[0] for k, v in cache.get_many(list(unread)).items()}
    missing = [i for i in unread.values() if i not in read]
    if missing:
        built = build(missing)
        cache.set_many({keys[i]: (built.get(i),) for i in missing}, TIMEOUT)
        read.update({i: built.get(i) for i in missing})
    if memo is not None:
        memo.update({keys[i]: value for i, value in read.items()})
    found.update(read)
    return found


def attach(objects, field: str, model, *, defer: tuple = (), shared: bool = False) -> None:
    """Set the foreign key ``field`` of each object to its content object (a page, a quiz,
    a scenario) from the cache, instead of joining it in every query (``select_related``).
    With ``shared``, objects read earlier in the request are handed out again (see above)."""
    objects = list(objects)
    ids = {getattr(o, f"{field}_id") for o in objects} - {None}
    name = f"object:{model._meta.label_lower}:{','.join(defer)}"
    found = cached_many(
        name, ids, lambda missing: model.objects.defer(*defer).in_bulk(missing), shared=shared
    )
    for o in objects:
        target = found.get(getattr(o, f"{field}_id"))
        if target is not None:
            setattr(o, field, target)


def bump(**kwargs) -> None:
    """Content changed: a new token, so nothing cached before is read again."""
    from .models import ContentVersion

    new = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=new):
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": new})
    _local.token = new if getattr(_local, "in_request", False) else None


def _request_started(**kwargs) -> None:
    _local.in_request, _local.token, _local.memo = True, None, None


def _request_finished(**kwargs) -> None:
    _local.in_request, _local.token, _local.memo = False, None, None


@contextmanager
def request_scope():
    """Read the token once for the block, as a request does (rendering outside a request)."""
    _request_started()
    try:
        yield
    finally:
        _request_finished()


def _page_saved_or_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump()


def connect(*models, m2m: Iterable = ()) -> None:
    """Bump the token when any of ``models`` is saved or deleted, or an ``m2m`` changes."""
    for model in models:
        uid = f"content_cache:{model._meta.label}"
        post_save.connect(bump, sender=model, weak=False, dispatch_uid=f"{uid}:save")
        post_delete.connect(bump, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
    for through in m2m:
        m2m_changed.connect(
            bump, sender=through, weak=False, dispatch_uid=f"content_cache:{through._meta.label}"
        )


def connect_pages() -> None:
    """Every page's save or delete (publish, unpublish, move all save), and the tree's
    companions: sites, locales, view restrictions, skills, path courses, prerequisites,
    and images (a lesson body's cached HTML names their renditions)."""
    from wagtail import signals
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site

    from .models import CoursePage, LearningPathCourse, LessonPage, Skill

    post_save.connect(_page_saved_or_deleted, weak=False, dispatch_uid="content_cache:pages")
    post_delete.connect(_page_saved_or_deleted, weak=False, dispatch_uid="content_cache:pages-")
    for signal in (
        signals.published,  # snippets with drafts (certification programs, quizzes)
        signals.unpublished,
        signals.page_published,
        signals.page_unpublished,
        signals.post_page_move,
    ):
        signal.connect(bump, weak=False, dispatch_uid=f"content_cache:{id(signal)}")
    connect(
        get_image_model(),
        Site,
        Locale,
        PageViewRestriction,
        Skill,
        LearningPathCourse,
        m2m=[
            CoursePage.prerequisites.through,
            CoursePage.skills.through,
            LessonPage.skills.through,
            PageViewRestriction.groups.through,
        ],
    )
    request_started.connect(_request_started, dispatch_uid="content_cache:request_started")
    request_finished.connect(_request_finished, dispatch_uid="content_cache:request_finished")
