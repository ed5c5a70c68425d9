from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from .models import Profile


class SignInForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "That username and password do not match. Check them and try again; "
            "after several failed attempts sign-in is paused for a few minutes."
        ),
        "inactive": _("This account is inactive. Ask your administrator."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "autofocus": True})
        self.fields["password"].widget.attrs.update({"autocomplete": "current-password"})


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"),
        max_length=80,
        help_text=_('What will use it, for example "QA export".'),
    )

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Give the token a name."))
        return name


class LanguageForm(forms.Form):
    """A person's language: kept on their profile, so it follows them to every browser,
    and to their emails and reminders."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each language by its own name ("Français"), as the footer's switch shows them.
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]

    def save(self, user) -> Profile:
        profile, _created = Profile.objects.update_or_create(
            user=user, defaults={"language": self.cleaned_data["language"]}
        )
        return profile
