"""Run every benchmark module in this package and print what each measured.

Each module ``bench/<name>.py`` defines ``run() -> list[str]``. They run against a
fresh SQLite database in a temporary folder, with the test settings (offline engine
and grader), so a result depends only on this machine.
"""

import importlib
import os
import pkgutil
import sys
import tempfile
import time


def main(selected: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    workdir = tempfile.mkdtemp(prefix="callwise-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    import bench

    names = [m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_")]
    for name in sorted(names):
        if selected and name not in selected:
            continue
        module = importlib.import_module(f"bench.{name}")
        started = time.perf_counter()
        print(f"== {name}")  # noqa: T201
        for line in module.run():
            print(f"   {line}")  # noqa: T201
        print(f"   ({time.perf_counter() - started:.1f}s)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
