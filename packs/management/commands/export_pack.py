"""manage.py export_pack: write a content pack of this site's content (or of chosen items)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from packs.exporter import everything, export_files
from packs.kinds import KINDS
from packs.reader import FOLDERS
from packs.writer import write_folder, zip_bytes


class Command(BaseCommand):
    help = (
        "Export courses, learning paths, personas, scenarios, rubrics, quizzes and programs "
        "as a content pack, with everything they link to. With no item named: everything."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="A folder to write, or a path ending in .zip.")
        parser.add_argument("--name", default="callwise-content", help="The pack's name (a slug).")
        parser.add_argument("--title", default="", help="The pack's title.")
        parser.add_argument("--description", default="", help="What the pack is for.")
        parser.add_argument("--pack-version", default="1.0.0", help="The pack's version.")
        for kind in KINDS:
            parser.add_argument(
                f"--{kind}",
                action="append",
                default=[],
                metavar="SLUG",
                help=f"Export this {kind} (repeatable).",
            )

    def handle(self, *args, output, name, title, description, pack_version, **options):
        chosen = []
        for kind_name, kind in KINDS.items():
            for slug in options[kind_name]:
                obj = kind.find(slug)
                if obj is None:
                    raise CommandError(f"No {kind_name} with the slug {slug!r}.")
                chosen.append((kind_name, obj))
        files = export_files(
            chosen or everything(),
            name=name,
            title=title,
            version=pack_version,
            description=description,
        )
        target = Path(output)
        if target.suffix == ".zip":
            target.write_bytes(zip_bytes(files, name))
        else:
            if target.exists() and any(target.iterdir()):
                raise CommandError(f"{target} is not empty: choose a new folder.")
            write_folder(files, target)
        counts = ", ".join(
            f"{sum(1 for p in files if p.startswith(folder + '/'))} {folder}"
            for folder in FOLDERS.values()
            if any(p.startswith(folder + "/") for p in files)
        )
        self.stdout.write(self.style.SUCCESS(f"Wrote {target}: {counts}."))
