"""StreamField blocks for quiz questions: choices, ordering items and matching pairs.

Each block instance has a stable id (Wagtail's block uuid), which a quiz attempt pins, so
editing a quiz's wording never scrambles an attempt in progress.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=500,
        help_text=_("Shown after submission to learners who picked this choice."),
    )

    class Meta:
        icon = "tick"
        label = _("Choice")


class OrderItemBlock(blocks.CharBlock):
    class Meta:
        icon = "order"
        label = _("Item")


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Prompt"), max_length=200)
    right = blocks.CharBlock(label=_("Matches"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Pair")
