"""Forms for manual certificates, assignments (one person, several, a team), exports and
the analytics filters."""

from datetime import datetime, time, timedelta
from urllib.parse import urlencode

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Team

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


# The analytics page's quick periods: label and length in days (today included).
ANALYTICS_PERIODS = [
    (_("Last 7 days"), 7),
    (_("Last 30 days"), 30),
    (_("Last 90 days"), 90),
]


class AnalyticsFilterForm(forms.Form):
    """Analytics filters from the query string: ``from`` and ``to`` (dates, both included)
    and ``team`` (a team's slug). Every field is optional; nothing given means all time
    and every team."""

    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        to_field_name="slug",
        required=False,
        label=_("Team"),
        empty_label=_("All teams"),
        error_messages={"invalid_choice": _("There is no such team. Choose a team from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        date_errors = {"invalid": _("Enter a date as YYYY-MM-DD, for example 2026-03-31.")}
        date_widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        team = self.fields.pop("team")
        team.queryset = Team.objects.order_by("name")
        self.fields["from"] = forms.DateField(
            label=_("From"), required=False, widget=date_widget, error_messages=date_errors
        )
        self.fields["to"] = forms.DateField(
            label=_("To"), required=False, widget=date_widget, error_messages=date_errors
        )
        self.fields["team"] = team

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            raise forms.ValidationError(
                _("The start date is after the end date. Choose a start date on or before it.")
            )
        return data

    def analytics_filter(self):
        from .selectors.analytics import AnalyticsFilter

        data = self.cleaned_data
        return AnalyticsFilter(
            date_from=data.get("from"), date_to=data.get("to"), team=data.get("team")
        )

    def querystring(self, **changes) -> str:
        """These filters as a query string ("from=...&team=..."), with ``changes`` applied."""
        data = self.cleaned_data if self.is_valid() else {}
        values = {
            "from": data.get("from") and data["from"].isoformat(),
            "to": data.get("to") and data["to"].isoformat(),
            "team": data.get("team") and data["team"].slug,
        }
        values.update(changes)
        return urlencode({key: value for key, value in values.items() if value})

    def periods(self, today=None) -> list[dict]:
        """The quick periods as links that keep the team, marking the one in use."""
        today = today or timezone.localdate()
        data = self.cleaned_data if self.is_valid() else {}
        out = [
            {
                "label": _("All time"),
                "query": self.querystring(**{"from": None, "to": None}),
                "current": not data.get("from") and not data.get("to"),
            }
        ]
        for label, days in ANALYTICS_PERIODS:
            start = today - timedelta(days=days - 1)
            out.append(
                {
                    "label": label,
                    "query": self.querystring(
                        **{"from": start.isoformat(), "to": today.isoformat()}
                    ),
                    "current": data.get("from") == start and data.get("to") == today,
                }
            )
        return out
