"""Write a large CSV export to storage in the background."""

from __future__ import annotations

import csv
import io
import logging

from django.core.files.base import ContentFile
from django.db import DatabaseError
from django.utils import timezone

from ..models import CsvExport, ExportStatus

logger = logging.getLogger(__name__)


def csv_export_request(*, user, team, kind: str) -> CsvExport:
    from ..tasks import csv_export_task

    export = CsvExport.objects.create(requested_by=user, team=team, kind=kind)
    csv_export_task.enqueue(export.pk)
    return export


def csv_export_run(*, export: CsvExport) -> CsvExport:
    """Write every row to a file; a failure is recorded on the export, never swallowed silently."""
    from ..selectors.exports import export_rows

    export.status = ExportStatus.RUNNING
    export.save(update_fields=["status"])
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    rows = 0
    try:
        for row in export_rows(export.kind, export.team):
            writer.writerow(row)
            rows += 1
    except DatabaseError as exc:
        logger.exception("CSV export %s failed", export.pk)
        export.status = ExportStatus.FAILED
        export.error = str(exc)[:500]
        export.finished_at = timezone.now()
        export.save(update_fields=["status", "error", "finished_at"])
        return export
    name = f"{export.team.slug}-{export.kind}-{timezone.now():%Y%m%d-%H%M%S}.csv"
    export.file.save(name, ContentFile(buffer.getvalue().encode("utf-8")), save=False)
    export.row_count = max(0, rows - 1)
    export.status = ExportStatus.READY
    export.finished_at = timezone.now()
    export.save(update_fields=["file", "row_count", "status", "finished_at"])
    return export
