"""The authoring studio's pack pages: import a pack, export content as a pack."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.permissions import can_author

from . import reader
from .exporter import everything, export_files
from .forms import PackImportForm
from .importer import import_pack
from .kinds import KINDS
from .links import edit_url
from .problems import PackInvalid
from .writer import zip_bytes


def _context(**extra) -> dict:
    return {"page_title": _("Import a pack"), "header_icon": "download", **extra}


def pack_import(request):
    if not can_author(request.user):
        raise PermissionDenied
    form = PackImportForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(request, "packs/admin/import.html", _context(form=form))
    upload = form.cleaned_data["pack"]
    try:
        pack = reader.read(upload.read(), name=upload.name)
        report = import_pack(
            pack, publish=form.cleaned_data["publish"], overwrite=form.cleaned_data["overwrite"]
        )
    except PackInvalid as invalid:
        return TemplateResponse(
            request,
            "packs/admin/import.html",
            _context(form=PackImportForm(), problems=invalid.problems, upload_name=upload.name),
            status=400,
        )
    rows = [
        (outcome, edit_url(outcome), KINDS[outcome.kind].model._meta.verbose_name)
        for outcome in report.outcomes
    ]
    return TemplateResponse(request, "packs/admin/report.html", _context(report=report, rows=rows))


def pack_export(request, kind: str = "", pk: int | None = None):
    """A zip of one item with what it links to, or of all the site's content."""
    if not can_author(request.user):
        raise PermissionDenied
    if kind:
        if kind not in KINDS:
            raise Http404
        obj = KINDS[kind].model.objects.filter(pk=pk).first()
        if obj is None:
            raise Http404
        chosen, name = [(kind, obj)], slugify(obj.slug)
    else:
        chosen, name = everything(), "callwise-content"
    files = export_files(chosen, name=name, title=KINDS[kind].title(obj) if kind else "")
    response = HttpResponse(zip_bytes(files, name), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}-pack.zip"'
    return response
