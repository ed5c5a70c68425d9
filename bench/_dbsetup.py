"""Prepare a fresh database for the load harness; run as ``python -m bench._dbsetup``.

It runs in a child process with the same environment as the server it prepares for
(settings module and DATABASE_URL), so it sees exactly the database the server will use.
One process does it all: ``migrate``, the demo content, N agents each with a personal API
token, and one reader with a password for the lesson page. The last line it prints is
JSON: ``{"tokens": [...], "reader": {...}, "lesson": "/learn/...", "scenarios": [...]}``.

``--demo full`` runs ``load_demo`` (what ``make run`` loads, about 40 s); ``--demo lean``
(about 4 s) loads only what a call and a lesson need: one course, the scenarios and the
rubrics, without the demo people and their history (password hashing and played progress
are most of load_demo's time).
Nothing here belongs in the product: it is bench tooling.
"""

from __future__ import annotations

import argparse
import io
import json
import secrets
import time


def _load_lean() -> None:
    """The first demo course (a lesson to read), the scenarios and the rubrics that grade them.

    Built from the demo pack as the importer builds it, so the content is the demo's;
    ``--demo full`` is the reference and the first thing to try if this ever drifts from it.
    """
    from django.db import transaction

    from packs import demo

    with transaction.atomic():
        demo.build("course", "what-the-job-is")
        for kind in ("scenario", "rubric"):
            for slug in sorted(demo.pack().slugs(kind)):
                demo.build(kind, slug)


def _people(agents: int) -> tuple[list[str], dict]:
    from django.db import transaction

    from accounts.roles import Role
    from accounts.services import api_token_create, user_create

    tokens = []
    with transaction.atomic():
        for i in range(agents):
            user = user_create(
                username=f"load-agent-{i:03d}",
                password=None,
                roles=[Role.AGENT],
                first_name=f"Agent {i}",
            )
            _token, raw = api_token_create(user=user, name="load harness")
            tokens.append(raw)
        password = secrets.token_urlsafe(16)
        user_create(username="load-reader", password=password, roles=[Role.AGENT])
    return tokens, {"username": "load-reader", "password": password}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, required=True)
    parser.add_argument("--demo", choices=["full", "lean"], default="full")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from courses.models import LessonPage
    from simulations.models import Scenario

    timings = {}
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    timings["migrate"] = time.perf_counter() - started
    started = time.perf_counter()
    if args.demo == "full":
        call_command("load_demo", stdout=io.StringIO())
    else:
        _load_lean()
    timings["demo"] = time.perf_counter() - started
    started = time.perf_counter()
    tokens, reader = _people(args.agents)
    timings["people"] = time.perf_counter() - started
    lesson = LessonPage.objects.live().order_by("path").first()
    scenarios = list(
        Scenario.objects.filter(live=True).order_by("slug").values_list("slug", flat=True)
    )
    result = {
        "tokens": tokens,
        "reader": reader,
        "lesson": lesson.url if lesson else None,
        "scenarios": scenarios,
        "timings": timings,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
