"""manage.py import_pack <folder or zip>: check a content pack, then build it."""

from django.core.management.base import BaseCommand, CommandError

from packs import reader
from packs.importer import import_pack
from packs.problems import PackInvalid


class Command(BaseCommand):
    help = (
        "Import a content pack (a folder or a .zip): every problem is reported before "
        "anything changes; items are created or updated by slug."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The pack's folder (holding pack.yaml) or a .zip of it.")
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save what the pack creates or updates as drafts (default: published).",
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Replace items a trainer edited on this site since they were imported.",
        )

    def handle(self, *args, path, draft=False, overwrite=False, **options):
        try:
            pack = reader.read(path)
            report = import_pack(pack, publish=not draft, overwrite=overwrite)
        except PackInvalid as invalid:
            for problem in invalid.problems:
                self.stderr.write(str(problem))
            count = len(invalid.problems)
            raise CommandError(
                f"{count} problem{'s' if count != 1 else ''}: nothing was imported."
            ) from None
        except FileNotFoundError:
            raise CommandError(f"No pack at {path}.") from None
        for outcome in report.outcomes:
            if options["verbosity"] > 1 or outcome.action != "unchanged":
                where = f" [{outcome.locale}]" if outcome.locale else ""
                reason = f" ({outcome.reason})" if outcome.reason else ""
                self.stdout.write(
                    f"  {outcome.action:<9} {outcome.kind} {outcome.slug}{where}{reason}"
                )
        self.stdout.write(
            self.style.SUCCESS(f"Pack {report.name} {report.version}: {report.summary()}.")
        )
