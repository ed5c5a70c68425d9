from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles(sender, **kwargs):
    # Django creates permissions app by app after migrate; sync the role groups once,
    # after the last app with models has its permissions.
    from django.apps import apps

    last = [a for a in apps.get_app_configs() if a.models_module][-1]
    if sender.label != last.label:
        return
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
        post_migrate.connect(_sync_roles, dispatch_uid="accounts.sync_roles")
