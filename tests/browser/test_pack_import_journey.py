"""A trainer imports a content pack in the authoring studio: a pack with a mistake is
refused with the mistake named by file, line and field, and nothing changes; the fixed
pack imports, and its new scenario is in the practice library."""

import io
import zipfile

import pytest
from playwright.sync_api import expect

from tests.packs.builders import line_of, write

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _zip(root) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(root.rglob("*.yaml")):
            archive.write(path, f"parcels/{path.relative_to(root).as_posix()}")
    return buffer.getvalue()


def _upload(page, data: bytes, name: str):
    page.goto("/cms/packs/import/")
    page.get_by_label("Pack (.zip)").set_input_files(
        files=[{"name": name, "mimeType": "application/zip", "buffer": data}]
    )
    page.get_by_role("button", name="Check and import").click()


def test_a_trainer_fixes_a_pack_from_the_named_problem_and_finds_its_scenario(
    page, sign_in, screenshot, accessible, trainer, tmp_path
):
    def typo(d):
        d["persona"] = "pat-reys"

    broken = write(tmp_path / "broken", changes={"scenarios": typo})
    sign_in("trainer")
    page.goto("/cms/")
    page.get_by_role("link", name="Import a pack").click()
    expect(page.get_by_role("heading", name="Import a pack")).to_be_visible()

    _upload(page, _zip(broken), "parcels.zip")
    problems = page.get_by_role("alert")
    expect(problems).to_contain_text("parcels.zip was not imported: 1 problem to fix")
    expect(problems).to_contain_text("Nothing on this site was changed")
    row = problems.locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("scenarios/parcel-left-outside.yaml")
    expect(row).to_contain_text(
        str(line_of(broken / "scenarios/parcel-left-outside.yaml", "persona: pat-reys"))
    )
    expect(row).to_contain_text("persona")
    expect(row).to_contain_text("no persona with the slug “pat-reys”")
    accessible(page, "the import page with a problem")
    screenshot("pack-import-problem")

    page.goto("/practice/")
    expect(page.get_by_text("The parcel left in the rain")).to_have_count(0)

    fixed = write(tmp_path / "fixed")
    _upload(page, _zip(fixed), "parcels.zip")
    expect(page.get_by_role("heading", name="Imported parcels 1.0")).to_be_visible()
    created = page.locator("tr.packs-outcome--created")
    expect(created.filter(has_text="The parcel left in the rain")).to_have_count(1)
    expect(created.filter(has_text="Pat Reyes")).to_have_count(1)
    accessible(page, "the import report")
    screenshot("pack-import-report")

    page.get_by_role("link", name="The parcel left in the rain").click()
    expect(page.locator("#id_title")).to_have_value("The parcel left in the rain")

    page.goto("/practice/")
    expect(page.get_by_text("The parcel left in the rain")).to_be_visible()
    screenshot("pack-import-library")

    _upload(page, _zip(fixed), "parcels.zip")
    expect(page.get_by_text("Nothing changed: this site already holds this pack")).to_be_visible()
