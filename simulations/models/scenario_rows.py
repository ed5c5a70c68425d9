"""The rows a scenario is authored with: hidden facts, resolutions, steps, customer lines.

Each is an ``Orderable`` inline of ``Scenario`` with a ``to_data()`` into the frozen
dataclasses of ``simulations.engines.base`` (customer lines are gathered by
``Scenario.to_data()`` itself).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from ..engines.base import HiddenFact, Intent, Resolution, Step
from .scenarios import MoodBand, Scenario, _lines


class ScenarioHiddenFact(Orderable):
    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="hidden_facts")
    key = models.SlugField(_("key"), max_length=60, help_text=_("e.g. order_number"))
    label = models.CharField(_("label"), max_length=120)
    value = models.CharField(_("value"), max_length=255)
    earned_by = models.TextField(
        _("earned by"),
        help_text=_("Phrases the agent's question must contain (any one); one per line."),
    )
    reveal_line = models.TextField(_("reveal line"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label"), FieldPanel("value")]),
        FieldPanel("earned_by"),
        FieldPanel("reveal_line"),
    ]

    def __str__(self) -> str:
        return self.label

    def to_data(self) -> HiddenFact:
        return HiddenFact(
            key=self.key,
            label=self.label,
            value=self.value,
            earned_by=_lines(self.earned_by),
            reveal_line=self.reveal_line,
        )


class ScenarioResolution(Orderable):
    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="resolutions")
    key = models.SlugField(_("key"), max_length=60)
    label = models.CharField(_("label"), max_length=160)
    phrases = models.TextField(
        _("phrases"), help_text=_("Phrases that mean the agent is offering it; one per line.")
    )
    allowed = models.BooleanField(_("allowed by policy"), default=True)
    satisfies = models.BooleanField(
        _("meets the customer's goal"),
        default=True,
        help_text=_("An allowed resolution the customer can accept."),
    )
    customer_reaction = models.TextField(_("customer's reaction"), blank=True)
    requires = models.CharField(
        _("accepts this only after"),
        max_length=255,
        blank=True,
        help_text=_(
            "On top of the scenario's “accepts only after”: cue kinds and/or hidden-fact "
            "keys this resolution needs, comma-separated. The customer does not volunteer "
            "these facts: the agent has to find them out."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label")]),
        FieldPanel("phrases"),
        FieldRowPanel([FieldPanel("allowed"), FieldPanel("satisfies")]),
        FieldPanel("requires"),
        FieldPanel("customer_reaction"),
    ]

    def __str__(self) -> str:
        return self.label

    def to_data(self) -> Resolution:
        return Resolution(
            key=self.key,
            label=self.label,
            phrases=_lines(self.phrases),
            allowed=self.allowed,
            satisfies=self.satisfies,
            customer_reaction=self.customer_reaction,
            requires=_lines(self.requires),
        )


class ScenarioStep(Orderable):
    """A step the agent has the customer do (troubleshooting) or does on the account, what
    the customer reports after it, and what it changes; the state carries through the call."""

    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="steps")
    key = models.SlugField(_("key"), max_length=60, help_text=_("e.g. reconnect_wifi"))
    label = models.CharField(_("label"), max_length=160)
    phrases = models.TextField(
        _("phrases"),
        help_text=_("Phrases of the agent's instruction that performs it; one per line."),
    )
    requires = models.CharField(
        _("after"),
        max_length=255,
        blank=True,
        help_text=_("Step keys that must be done first, comma-separated."),
    )
    report = models.TextField(
        _("customer reports"), help_text=_("What the customer says once it is done.")
    )
    blocked_report = models.TextField(
        _("customer reports when too early"),
        blank=True,
        help_text=_("What the customer says when it is tried before the steps it needs."),
    )
    fact = models.SlugField(
        _("changes fact"),
        max_length=60,
        blank=True,
        help_text=_("The key of the hidden fact this step changes, e.g. light_colour."),
    )
    value = models.CharField(
        _("new value"),
        max_length=255,
        blank=True,
        help_text=_("The fact's value afterwards, as the customer would say it."),
    )
    solves = models.BooleanField(
        _("solves the problem"),
        default=False,
        help_text=_("Once done, the customer's problem is solved."),
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("label")]),
        FieldPanel("phrases"),
        FieldPanel("requires"),
        FieldPanel("report"),
        FieldPanel("blocked_report"),
        FieldRowPanel([FieldPanel("fact"), FieldPanel("value"), FieldPanel("solves")]),
    ]

    def __str__(self) -> str:
        return self.label

    def to_data(self) -> Step:
        return Step(
            key=self.key,
            label=self.label,
            phrases=_lines(self.phrases),
            report=self.report,
            requires=_lines(self.requires),
            blocked_report=self.blocked_report,
            fact=self.fact,
            value=self.value,
            solves=self.solves,
        )


class ScenarioCustomerLine(Orderable):
    """An optional line the customer may use for an intent and mood (the engine has its own)."""

    scenario = ParentalKey(Scenario, on_delete=models.CASCADE, related_name="customer_lines")
    intent = models.CharField(
        _("intent"), max_length=30, choices=[(i.value, i.value.replace("_", " ")) for i in Intent]
    )
    band = models.CharField(
        _("mood"), max_length=10, choices=MoodBand.choices, default=MoodBand.ANY
    )
    text = models.TextField(_("line"))

    panels = [FieldRowPanel([FieldPanel("intent"), FieldPanel("band")]), FieldPanel("text")]

    def __str__(self) -> str:
        return self.text[:60]
