"""Run every benchmark module in this package and print what each measured.

Each module ``bench/<name>.py`` defines ``run() -> list[str]``. They run against a
fresh SQLite database in a temporary folder, with the test settings (offline engine
and grader), so a result depends only on this machine. A module that sets
``NEEDS_DATABASE = False`` makes its own (bench/load.py); the caller's DATABASE_URL is
kept for it in BENCH_DATABASE_URL.
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
    # The caller's database is kept for benchmarks that make their own (bench/load.py).
    os.environ.setdefault("BENCH_DATABASE_URL", os.environ.get("DATABASE_URL", ""))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    import django

    django.setup()
    from django.core.management import call_command

    import bench

    names = [m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_")]
    names = [name for name in sorted(names) if not selected or name in selected]
    modules = {name: importlib.import_module(f"bench.{name}") for name in names}
    if any(getattr(module, "NEEDS_DATABASE", True) for module in modules.values()):
        call_command("migrate", verbosity=0, interactive=False)
    for name, module in modules.items():
        started = time.perf_counter()
        print(f"== {name}")  # noqa: T201
        for line in module.run():
            print(f"   {line}")  # noqa: T201
        print(f"   ({time.perf_counter() - started:.1f}s)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
