"""Forms for the scenario library filter and the no-JavaScript fallbacks of the call screen."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Skill

from .call_rules import MAX_TURN_CHARS
from .models import Channel, Difficulty, Direction


class ScenarioFilterForm(forms.Form):
    skill = forms.ModelChoiceField(
        queryset=Skill.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any skill"),
        label=_("Skill"),
    )
    difficulty = forms.ChoiceField(
        choices=[("", _("Any difficulty")), *Difficulty.choices],
        required=False,
        label=_("Difficulty"),
    )
    channel = forms.ChoiceField(
        choices=[("", _("Any channel")), *Channel.choices], required=False, label=_("Channel")
    )
    direction = forms.ChoiceField(
        choices=[("", _("Inbound and outbound")), *Direction.choices],
        required=False,
        label=_("Direction"),
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "skill": data["skill"].slug if data.get("skill") else "",
            "difficulty": data.get("difficulty") or "",
            "channel": data.get("channel") or "",
            "direction": data.get("direction") or "",
        }


class TurnForm(forms.Form):
    text = forms.CharField(
        label=_("Your reply"),
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": MAX_TURN_CHARS}),
        strip=True,
    )
