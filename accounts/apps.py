from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles(sender, **kwargs):
    from .services import roles_sync

    roles_sync()


class AccountsConfig(AppConfig):
    """People, roles, teams and personal API tokens: the concepts every other app leans on."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "People and teams"

    def ready(self):
        # Permissions exist only after migrate has run for every app, so the role
        # groups get theirs then (the 0002 data migration creates the groups).
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="accounts.sync_roles")
