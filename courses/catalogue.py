"""The catalogue: the root page every course and learning path lives under."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import CatalogPage


def catalogue_root() -> CatalogPage:
    """The default site's root catalogue (the 0004 data migration made it), made if missing."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, CatalogPage):
        _site_name_default(site)
        return site.root_page.specific
    catalog = CatalogPage.objects.filter(locale=Locale.get_default()).first()
    if catalog is None:
        root = Page.get_first_root_node()
        catalog = root.add_child(instance=CatalogPage(title="Course catalogue", slug="catalogue"))
    site, _ = Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": catalog}
    )
    _site_name_default(site)
    return catalog


def _site_name_default(site: Site) -> None:
    """Name the site after the product, so the authoring studio's dashboard says "Callwise"
    rather than its host name; a name an admin gave the site is kept."""
    if not site.site_name:
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save(update_fields=["site_name"])
