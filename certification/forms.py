"""Forms for manual certificates, assignments (one person, several, a team) and exports."""

from datetime import datetime, time, timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import CertificationProgram

User = get_user_model()


class CertificateIssueForm(forms.Form):
    holder = forms.ModelChoiceField(queryset=User.objects.none(), label=_("Person"))
    program = forms.ModelChoiceField(
        queryset=CertificationProgram.objects.none(), label=_("Program")
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Why this certificate is issued by hand (kept in the audit log)."),
    )

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["holder"].queryset = people if people is not None else User.objects.none()
        self.fields["holder"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["program"].queryset = CertificationProgram.objects.live().ladder()


class CertificateRevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class TargetChoiceField(forms.ChoiceField):
    """One select listing courses, quizzes and scenarios as "course:12", "quiz:3", "scenario:7"."""


def _default_due():
    return (timezone.localdate() + timedelta(days=7)).isoformat()


class AssignmentForm(forms.Form):
    target = TargetChoiceField(label=_("What to assign"))
    due_on = forms.DateField(
        label=_("Due on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        initial=_default_due,
    )
    note = forms.CharField(
        label=_("Note for the learner (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    people = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        label=_("People"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    whole_team = forms.BooleanField(label=_("Everyone in the team"), required=False)
    update_existing = forms.BooleanField(
        label=_("Also update the due date and note of open assignments people already have"),
        help_text=_(
            "Without this, anyone who already has it open keeps their due date and note. "
            "An empty note leaves theirs as it is."
        ),
        required=False,
        widget=forms.CheckboxInput(attrs={"aria-describedby": "id_update_existing_help"}),
    )

    def __init__(self, *args, people=None, targets=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = people if people is not None else User.objects.none()
        self.fields["people"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["target"].choices = [("", _("Choose a course, quiz or scenario")), *targets]

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_on

    def clean(self):
        data = super().clean()
        if not data.get("whole_team") and not data.get("people"):
            raise forms.ValidationError(_("Choose at least one person, or the whole team."))
        return data

    @property
    def due_at(self) -> datetime:
        """End of the chosen day in the site's time zone."""
        return timezone.make_aware(datetime.combine(self.cleaned_data["due_on"], time(23, 59)))
