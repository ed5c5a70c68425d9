"""Forms: reading a quiz attempt's answers from a POST, a criterion override, an agent's
dispute and completing a review."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DISPUTE_MAX_CHARS
from .quiz_logic import QuestionKind

MAX_TEXT = 500


def responses_from_post(views, data) -> dict[int, object]:
    """{question id: response} in the shapes ``quiz_logic.answer_score`` reads.

    Anything not offered on the page (unknown choice ids, out-of-range positions) is
    ignored, so a tampered form can only lose points.
    """
    responses: dict[int, object] = {}
    for view in views:
        q, name = view.question, view.field
        if q.kind == QuestionKind.SINGLE:
            value = data.get(name, "")
            responses[q.id] = value if value in {c.id for c in q.choices} else ""
        elif q.kind == QuestionKind.MULTIPLE:
            ids = {c.id for c in q.choices}
            responses[q.id] = [v for v in data.getlist(name) if v in ids]
        elif q.kind == QuestionKind.TRUE_FALSE:
            value = data.get(name, "")
            responses[q.id] = {"true": True, "false": False}.get(value)
        elif q.kind == QuestionKind.ORDERING:
            ranked = []
            for offset, item in enumerate(view.items):
                try:
                    position = int(data.get(f"{name}_{item.id}", ""))
                except ValueError:
                    continue
                ranked.append((position, offset, item.id))
            # Unanswered (or tampered) means no order at all, never the shuffled one.
            complete = len(ranked) == len(view.items)
            responses[q.id] = [i for _p, _o, i in sorted(ranked)] if complete else []
        elif q.kind == QuestionKind.MATCHING:
            ids = {p.id for p in q.pairs}
            responses[q.id] = {
                p.id: data.get(f"{name}_{p.id}")
                for p in q.pairs
                if data.get(f"{name}_{p.id}") in ids
            }
        elif q.kind == QuestionKind.SHORT_TEXT:
            responses[q.id] = data.get(name, "").strip()[:MAX_TEXT]
    return responses


class OverrideForm(forms.Form):
    score = forms.IntegerField(label=_("New score"), min_value=0)
    applicable = forms.BooleanField(label=_("Applies to this call"), required=False, initial=True)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required. Kept in the audit log with your name."),
    )

    def __init__(self, *args, criterion=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criterion = criterion
        if criterion is not None:
            self.fields["score"].max_value = criterion.max
            self.fields["score"].widget.attrs.update({"max": criterion.max, "min": 0})
            self.fields["score"].validators.append(
                forms.IntegerField(max_value=criterion.max).validators[-1]
            )
            self.fields["score"].initial = criterion.score
            self.fields["applicable"].initial = criterion.applicable

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Give a reason for the change."))
        return reason


class DisputeForm(forms.Form):
    comment = forms.CharField(
        label=_("What do you think is wrong with this grade?"),
        max_length=DISPUTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": DISPUTE_MAX_CHARS}),
        help_text=_(
            "Required, up to 1000 characters. Name the criterion and the turn if you can; "
            "a trainer or your manager reviews the grade and answers you here."
        ),
        error_messages={"required": _("Say what you think is wrong with the grade.")},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(_("Say what you think is wrong with the grade."))
        return comment


class ReviewCompleteForm(forms.Form):
    reason = forms.CharField(
        label=_("Note for the record"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
        help_text=_(
            "Optional. Kept in the audit log with your name; an agent who disputed the "
            "grade reads it on their grade page."
        ),
    )
