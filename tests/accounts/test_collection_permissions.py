"""Trainers upload images and documents: the role sync grants them on the root collection.

Wagtail checks images and documents per collection, so the model permissions alone leave
a trainer with an image chooser that has no upload button and "Sorry, you do not have
permission" on the image library.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Collection, GroupCollectionPermission

from accounts.services import roles_sync

pytestmark = pytest.mark.django_db


def _collection_codenames(group_name: str) -> set[str]:
    return set(
        GroupCollectionPermission.objects.filter(
            group__name=group_name, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )


def test_roles_sync_gives_trainers_add_change_and_choose_on_the_root_collection(roles):
    assert {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    } <= _collection_codenames("Trainer")


def test_an_existing_install_that_only_had_choose_gets_upload_rights_on_the_next_sync(db):
    trainer = Group.objects.get(name="Trainer")
    GroupCollectionPermission.objects.filter(group=trainer).exclude(
        permission__codename__startswith="choose_"
    ).delete()
    assert "add_image" not in _collection_codenames("Trainer")

    roles_sync()
    roles_sync()  # a second run adds nothing twice

    assert {"add_image", "add_document"} <= _collection_codenames("Trainer")
    assert (
        GroupCollectionPermission.objects.filter(
            group=trainer, permission__codename="add_image"
        ).count()
        == 1
    )


def test_a_trainer_may_upload_images_and_documents_but_learners_and_managers_may_not(
    role_users,
):
    for role in ("trainer", "admin"):
        user = role_users[role]
        assert image_policy.user_has_permission(user, "add"), role
        assert document_policy.user_has_permission(user, "add"), role
    for role in ("new_hire", "agent", "manager"):
        user = role_users[role]
        assert not image_policy.user_has_permission(user, "add"), role
        assert not document_policy.user_has_permission(user, "choose"), role


def test_a_trainer_opens_the_image_library_and_its_upload_form(client_for, trainer):
    client = client_for(trainer)
    library = client.get("/cms/images/")
    assert library.status_code == 200
    assert "do not have permission" not in library.content.decode()
    assert client.get("/cms/images/multiple/add/").status_code == 200
    assert client.get("/cms/documents/multiple/add/").status_code == 200
