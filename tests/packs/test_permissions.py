"""Who may import and export packs: trainers and admins, in the authoring studio."""

import io
import zipfile

import pytest

from tests.packs.builders import write
from tests.simulations import factories

ROLES = ["anonymous", "new_hire", "agent", "trainer", "manager", "admin"]

# url template: status for anonymous, new_hire, agent, trainer, manager, admin
GET_TABLE = {
    "/cms/packs/import/": [302, 302, 302, 200, 302, 200],
    "/cms/packs/export/": [302, 302, 302, 200, 302, 200],
    "/cms/packs/export/scenario/{scenario}/": [302, 302, 302, 200, 302, 200],
    "/cms/packs/export/persona/{persona}/": [302, 302, 302, 200, 302, 200],
    "/cms/packs/export/scenario/999999/": [302, 302, 302, 404, 302, 404],
    "/cms/packs/export/nothing/1/": [302, 302, 302, 404, 302, 404],
}


@pytest.fixture
def urls(db):
    scenario = factories.published_scenario()
    return {"scenario": scenario.pk, "persona": scenario.persona_id}


@pytest.mark.parametrize("url", GET_TABLE)
def test_each_role_gets_the_expected_status(client_for, role_users, urls, url):
    target = url.format(**urls)
    got = [client_for(role_users[role]).get(target).status_code for role in ROLES]
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, GET_TABLE[url], strict=True))


def _zip(root) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in root.rglob("*.yaml"):
            archive.write(path, path.relative_to(root).as_posix())
    return buffer.getvalue()


def test_only_trainers_and_admins_may_import(client_for, role_users, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from simulations.models import Scenario

    data = _zip(write(tmp_path))
    got = {}
    for role in ROLES:
        upload = SimpleUploadedFile("parcels.zip", data, content_type="application/zip")
        response = client_for(role_users[role]).post(
            "/cms/packs/import/", {"pack": upload, "publish": "1"}
        )
        got[role] = response.status_code
    assert got == {
        "anonymous": 302,
        "new_hire": 302,
        "agent": 302,
        "trainer": 200,
        "manager": 302,
        "admin": 200,
    }
    assert Scenario.objects.filter(slug="parcel-left-outside").count() == 1


def test_a_download_is_a_zip_pack(client_for, trainer, urls):
    response = client_for(trainer).get(f"/cms/packs/export/scenario/{urls['scenario']}/")
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "test-late-order/pack.yaml" in names
    assert "test-late-order/personas/test-rosa.yaml" in names


def test_a_bad_upload_is_refused_with_a_clear_error_and_changes_nothing(client_for, trainer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from simulations.models import Scenario

    client = client_for(trainer)
    response = client.post(
        "/cms/packs/import/", {"pack": SimpleUploadedFile("notes.txt", b"hello"), "publish": "1"}
    )
    assert "Choose a .zip file." in response.content.decode()
    response = client.post(
        "/cms/packs/import/",
        {"pack": SimpleUploadedFile("broken.zip", b"not a zip"), "publish": "1"},
    )
    assert response.status_code == 400 and "not a zip file" in response.content.decode()
    assert not Scenario.objects.exists()


def test_every_content_list_offers_export(client_for, trainer, urls):
    from courses.models import CoursePage
    from tests.courses.factories import catalogue, make_course

    course = make_course("Parcels", lessons=1)
    client = client_for(trainer)
    lists = {
        "/cms/snippets/simulations/scenario/": f"/cms/packs/export/scenario/{urls['scenario']}/",
        "/cms/snippets/simulations/persona/": f"/cms/packs/export/persona/{urls['persona']}/",
        f"/cms/pages/{catalogue().pk}/": f"/cms/packs/export/course/{course.pk}/",
    }
    for listing, export in lists.items():
        html = client.get(listing).content.decode()
        assert export in html and "Export as a pack" in html, listing
    assert CoursePage.objects.filter(pk=course.pk).exists()
