"""Which language a learner sees a page in, and which page their progress points at.

Learner state points at default-language pages; pages shown to a learner are swapped
for their live translation in the active language, in one query per list of pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class Locales:
    default: Locale
    active: Locale

    @property
    def translating(self) -> bool:
        return self.active.pk != self.default.pk


def _code(language: str | None) -> str:
    try:
        return get_supported_content_language_variant(language or settings.LANGUAGE_CODE)
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def locales() -> Locales:
    """The default and the active content locale (cached; one query on a miss)."""
    from . import content_cache

    default_code, active_code = _code(settings.LANGUAGE_CODE), _code(get_language())

    def build() -> Locales:
        found = {
            loc.language_code: loc
            for loc in Locale.objects.filter(language_code__in={default_code, active_code})
        }
        default = found.get(default_code) or Locale.objects.order_by("pk").first()
        return Locales(default=default, active=found.get(active_code, default))

    return content_cache.cached("locales", (default_code, active_code), build, shared=True)


def canonical(page: Page, locs: Locales | None = None) -> Page:
    """The default-language version of a page (learner state points at it)."""
    locs = locs or locales()
    if page.locale_id == locs.default.pk or page.pk is None:
        return page
    original = (
        type(page).objects.filter(translation_key=page.translation_key, locale=locs.default).first()
    )
    return original or page


def canonical_many(pages: list, model, locs: Locales) -> dict[int, Page]:
    """{pk of each page: its default-language version}, in at most one query."""
    result = {p.pk: p for p in pages if p.locale_id == locs.default.pk}
    others = [p for p in pages if p.pk not in result]
    if others:
        originals = {
            o.translation_key: o
            for o in model.objects.filter(
                translation_key__in=[p.translation_key for p in others], locale=locs.default
            )
        }
        for p in others:
            result[p.pk] = originals.get(p.translation_key, p)
    return result


def localize_many(pages: list, model, locs: Locales) -> dict[int, Page]:
    """{pk of each page: its live translation in the active language, or itself}."""
    if not locs.translating or not pages:
        return {p.pk: p for p in pages}
    found = {
        t.translation_key: t
        for t in model.objects.live().filter(
            translation_key__in=[p.translation_key for p in pages], locale=locs.active
        )
    }
    return {p.pk: found.get(p.translation_key, p) for p in pages}
