"""Exporting: one item brings what it links to, and the pack imports into an empty site."""

import io
import zipfile

import pytest
from django.core.management import call_command
from django.db import transaction

from courses.models import CoursePage
from packs import demo, reader
from packs.exporter import export_files
from packs.importer import import_pack
from packs.kinds import KINDS
from simulations.models import Persona, Scenario

pytestmark = pytest.mark.django_db


class _Rollback(Exception):
    pass


def _exported_from_a_demo_site(kind: str, slug: str) -> dict[str, str]:
    """Export from a site holding the whole demo, then forget that site (roll it back)."""
    files = {}
    try:
        with transaction.atomic():
            import_pack(demo.pack())
            files.update(export_files([(kind, KINDS[kind].find(slug))], name="one"))
            raise _Rollback
    except _Rollback:
        pass
    assert not Scenario.objects.exists()  # the site is empty again
    return files


def _as_zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, text in files.items():
            archive.writestr(f"one/{path}", text)
    return buffer.getvalue()


def test_one_scenario_exports_with_its_persona_and_imports_into_an_empty_site():
    files = _exported_from_a_demo_site("scenario", "late-order-angry")
    assert "scenarios/late-order-angry.yaml" in files
    assert "personas/rosa-alvarez.yaml" in files
    assert "courses/xyz-policies-orders-returns.yaml" in files  # the lesson it practises
    report = import_pack(reader.read(_as_zip(files), name="one.zip"))
    assert not report.of("kept")
    scenario = Scenario.objects.get(slug="late-order-angry")
    assert scenario.persona.slug == "rosa-alvarez"
    assert scenario.lesson.slug == "shipping-delays"
    assert export_files([("scenario", scenario)], name="one") == files  # round trip


def test_a_quiz_exports_with_its_course_and_a_rubric_with_its_scenarios():
    quiz = _exported_from_a_demo_site("quiz", "policies-check")
    assert any(p.startswith("courses/") for p in quiz)
    rubric = _exported_from_a_demo_site("rubric", "late-order")
    assert "scenarios/late-order-angry.yaml" in rubric
    assert not any("callwise-standard" in p for p in rubric)  # the scorecard is built in


def test_a_course_brings_its_translation(tmp_path):
    files = _exported_from_a_demo_site("course", "what-the-job-is")
    assert "translations/fr/courses/what-the-job-is.yaml" in files
    import_pack(reader.read(_as_zip(files), name="one.zip"))
    english = CoursePage.objects.get(slug="what-the-job-is", locale__language_code="en")
    assert CoursePage.objects.filter(
        translation_key=english.translation_key, locale__language_code="fr"
    ).exists()


def test_export_pack_and_import_pack_commands(tmp_path, capsys):
    demo.build("scenario", "billing-confused")
    call_command("export_pack", str(tmp_path / "out.zip"), "--scenario", "billing-confused")
    assert "1 scenarios" in capsys.readouterr().out
    Scenario.objects.all().delete()
    Persona.objects.all().delete()
    call_command("import_pack", str(tmp_path / "out.zip"))
    out = capsys.readouterr().out
    assert "created   scenario billing-confused" in out
    assert Scenario.objects.filter(slug="billing-confused", live=True).exists()
    call_command("export_pack", str(tmp_path / "folder"))
    assert (tmp_path / "folder" / "pack.yaml").exists()


def test_import_pack_fails_with_every_problem_and_changes_nothing(tmp_path, capsys):
    from django.core.management.base import CommandError

    from tests.packs.builders import write

    def persona(d):
        d["temperament"] = "furious"

    root = write(tmp_path, changes={"personas": persona})
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_pack", str(root))
    assert "personas/pat-reyes.yaml" in capsys.readouterr().err
    assert not Persona.objects.exists()
