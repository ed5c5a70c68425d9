"""Importing a pack: every problem named before anything changes; then created, updated,
left unchanged or kept by slug; drafts or published; translations linked to their source."""

import io
import zipfile

import pytest

from courses.models import CoursePage, LessonPage
from packs import reader
from packs.importer import import_pack
from packs.models import PackRecord
from packs.problems import PackInvalid
from simulations.models import Persona, Scenario
from tests.packs.builders import line_of, write

pytestmark = pytest.mark.django_db


def _import(root, **options):
    return import_pack(reader.read(root), **options)


def _problems(root) -> list:
    with pytest.raises(PackInvalid) as invalid:
        _import(root)
    return invalid.value.problems


def test_a_pack_imports_everything_it_holds_published(tmp_path):
    report = _import(write(tmp_path))
    assert {(o.kind, o.action) for o in report.outcomes} >= {
        ("persona", "created"),
        ("scenario", "created"),
        ("course", "created"),
        ("rubric", "created"),
        ("quiz", "created"),
        ("program", "created"),
    }
    scenario = Scenario.objects.get(slug="parcel-left-outside")
    assert scenario.live and scenario.persona.slug == "pat-reyes"
    assert scenario.lesson.slug == "where-parcels-go"  # the lesson link resolves
    assert [f.key for f in scenario.hidden_facts.all()] == ["order_number"]
    course = CoursePage.objects.get(slug="parcels-101")
    assert course.live and LessonPage.objects.child_of(course).get().live
    from assessments.models import Quiz, Rubric
    from certification.models import CertificationProgram

    assert Rubric.objects.get(slug="parcel-call").extends.slug == "callwise-standard"
    assert Quiz.objects.get(slug="parcels-check").course_id == course.pk
    program = CertificationProgram.objects.get(slug="parcel-handler")
    assert [b.block_type for b in program.requirements] == ["course_completed", "scenario_graded"]


def test_importing_the_same_pack_twice_changes_nothing(tmp_path):
    root = write(tmp_path)
    _import(root)
    revisions = Scenario.objects.get().revisions.count()
    report = _import(root)
    assert not report.changed
    assert {o.action for o in report.outcomes} == {"unchanged"}
    assert Scenario.objects.get().revisions.count() == revisions


def test_every_problem_is_named_by_file_field_and_line_and_nothing_changes(tmp_path):
    def persona(d):
        d["calmed_by"]["flattery"] = 5

    def scenario(d):
        d["resolutions"][0]["requires"] = ["receipt"]
        d["lesson"] = "no-such-lesson"

    def course(d):
        d["skills"] = ["juggling"]

    root = write(tmp_path, changes={"personas": persona, "scenarios": scenario, "courses": course})
    problems = {(p.file, p.field): p for p in _problems(root)}
    persona_file = "personas/pat-reyes.yaml"
    assert "unknown cue kind" in problems[(persona_file, "calmed_by.flattery")].message
    assert problems[(persona_file, "calmed_by.flattery")].line == line_of(
        root / persona_file, "flattery"
    )
    scenario_file = "scenarios/parcel-left-outside.yaml"
    missing_fact = problems[(scenario_file, "resolutions[0].requires[0]")]
    assert "receipt" in missing_fact.message and "hidden fact" in missing_fact.message
    assert missing_fact.line == line_of(root / scenario_file, "- receipt")
    assert "no lesson" in problems[(scenario_file, "lesson")].message
    course_file = "courses/parcels-101.yaml"
    assert "no skill" in problems[(course_file, "skills[0]")].message
    assert problems[(course_file, "skills[0]")].line == line_of(root / course_file, "juggling")
    assert not Persona.objects.exists() and not Scenario.objects.exists()
    assert not CoursePage.objects.filter(slug="parcels-101").exists()


def test_a_typo_in_accepts_only_after_and_an_unknown_block_are_refused(tmp_path):
    def scenario(d):
        d["accept_requires"] = ["verifcation"]

    def course(d):
        d["lessons"][0]["body"].append({"quiz_box": {"text": "?"}})
        d["lessons"][0]["body"][1]["knowledge_check"]["choices"][0]["colour"] = "red"

    root = write(tmp_path, changes={"scenarios": scenario, "courses": course})
    problems = {(p.file, p.field): p.message for p in _problems(root)}
    accept = problems[("scenarios/parcel-left-outside.yaml", "accept_requires")]
    assert "verifcation" in accept and "verification" in accept  # names the near miss
    assert (
        "unknown block type"
        in problems[("courses/parcels-101.yaml", "lessons[0].body[3].quiz_box")]
    )
    assert (
        "unknown field"
        in problems[
            ("courses/parcels-101.yaml", "lessons[0].body[1].knowledge_check.choices[0].colour")
        ]
    )


def test_broken_yaml_and_a_manifest_that_does_not_match_are_reported(tmp_path):
    root = write(tmp_path)
    (root / "personas" / "pat-reyes.yaml").write_text("slug: pat-reyes\nname: [unclosed\n")
    with pytest.raises(PackInvalid) as invalid:
        reader.read(root)
    (problem,) = invalid.value.problems
    assert problem.file == "personas/pat-reyes.yaml" and problem.line == 3
    assert "not valid YAML" in problem.message

    root = write(tmp_path / "again")
    (root / "quizzes" / "extra-check.yaml").write_text(
        (root / "quizzes/parcels-check.yaml")
        .read_text()
        .replace("slug: parcels-check", "slug: extra-check")
    )
    messages = [p.message for p in _problems(root) if p.file == "pack.yaml"]
    assert any("extra-check" in m for m in messages)


def test_drafts_are_saved_unpublished_and_publishing_later_is_the_trainers_choice(tmp_path):
    report = _import(write(tmp_path), publish=False)
    assert not report.publish
    scenario = Scenario.objects.get()
    assert not scenario.live and scenario.latest_revision_id
    assert not CoursePage.objects.get(slug="parcels-101").live


def test_a_changed_pack_updates_what_nobody_edited_here(tmp_path):
    _import(write(tmp_path / "v1"))

    def retitle(d):
        d["title"] = "The parcel left in the storm"

    report = _import(write(tmp_path / "v2", changes={"scenarios": retitle}))
    (outcome,) = [o for o in report.outcomes if o.kind == "scenario"]
    assert outcome.action == "updated"
    assert Scenario.objects.get().title == "The parcel left in the storm"


def test_a_trainers_edit_is_kept_unless_the_import_is_told_to_overwrite(tmp_path):
    _import(write(tmp_path / "v1"))
    scenario = Scenario.objects.get()
    scenario.title = "Our own title"
    scenario.save_revision().publish()

    def retitle(d):
        d["title"] = "The parcel left in the storm"

    v2 = write(tmp_path / "v2", changes={"scenarios": retitle})
    report = _import(v2)
    (outcome,) = [o for o in report.outcomes if o.kind == "scenario"]
    assert outcome.action == "kept" and "edited on this site" in outcome.reason
    assert Scenario.objects.get().title == "Our own title"
    report = _import(v2, overwrite=True)
    assert [o.action for o in report.outcomes if o.kind == "scenario"] == ["updated"]
    assert Scenario.objects.get().title == "The parcel left in the storm"


def test_content_made_on_the_site_is_not_replaced_by_a_pack_with_the_same_slug(tmp_path):
    from tests.simulations import factories

    factories.published_scenario(slug="parcel-left-outside", title="Made here")
    report = _import(write(tmp_path))
    (outcome,) = [o for o in report.outcomes if o.kind == "scenario"]
    assert outcome.action == "kept" and "not imported from a pack" in outcome.reason
    assert Scenario.objects.get(slug="parcel-left-outside").title == "Made here"
    assert not PackRecord.objects.filter(kind="scenario").exists()


FRENCH_COURSE = {
    "slug": "parcels-101",
    "title": "Les colis, les bases",
    "summary": "Où vont les colis.",
    "lessons": [{"slug": "where-parcels-go", "title": "Où vont les colis"}],
}
FRENCH_SCENARIO = {
    "slug": "colis-sous-la-pluie",
    "title": "Le colis laissé sous la pluie",
    "customer_name": "Mx Reyes",
    "problem": "Le livreur a laissé le colis sur le perron, sous la pluie.",
    "goal": "Un remplacement qui arrive au sec.",
    "opening_line": "Votre livreur a laissé mon colis dans une flaque.",
    "hidden_facts": [
        {"key": "order_number", "label": "Numéro de commande", "earned_by": ["numéro de commande"]}
    ],
    "resolutions": [
        {"key": "replacement", "label": "Un remplacement", "phrases": ["envoyer un remplacement"]}
    ],
}


def test_a_translation_in_the_pack_is_linked_to_its_source_by_translation_key(tmp_path):
    root = write(
        tmp_path,
        translations={("fr", "courses"): FRENCH_COURSE, ("fr", "scenarios"): FRENCH_SCENARIO},
    )
    _import(root)
    english = CoursePage.objects.get(slug="parcels-101", locale__language_code="en")
    french = CoursePage.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )
    assert french.title == "Les colis, les bases" and french.live
    lesson = LessonPage.objects.child_of(french).get()
    assert lesson.title == "Où vont les colis"
    source = Scenario.objects.get(slug="parcel-left-outside")
    translated = Scenario.objects.get(slug="colis-sous-la-pluie")
    assert translated.translation_key == source.translation_key
    assert translated.locale.language_code == "fr" and translated.language == "fr"
    assert translated.persona_id == source.persona_id  # the structure comes from the source
    fact = translated.hidden_facts.get()
    assert (fact.key, fact.label, fact.value) == ("order_number", "Numéro de commande", "XYZ-777")
    assert not _import(root).changed


def test_a_translation_of_something_neither_in_the_pack_nor_on_the_site_is_refused(tmp_path):
    root = write(tmp_path, translations={("fr", "scenarios"): FRENCH_SCENARIO})
    (root / "translations/fr/scenarios/parcel-left-outside.yaml").rename(
        root / "translations/fr/scenarios/nothing-like-it.yaml"
    )
    messages = [p.message for p in _problems(root)]
    assert any("nothing-like-it" in m for m in messages)


def test_a_zip_of_the_pack_imports_the_same(tmp_path):
    root = write(tmp_path / "pack")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in root.rglob("*.yaml"):
            archive.write(path, f"parcels/{path.relative_to(root)}")
    report = import_pack(reader.read(buffer.getvalue(), name="parcels.zip"))
    assert Scenario.objects.filter(slug="parcel-left-outside").exists()
    assert report.name == "parcels"
