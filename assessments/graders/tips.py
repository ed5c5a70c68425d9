"""Coaching tips: a better line to say, per cue kind and rule, used when points are lost.

A trainer's own tip on a Criterion wins; these are the defaults. ``{name}`` becomes the
scenario's customer name.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .base import CriterionData, ScenarioData

BY_CUE = {
    "greeting": _(
        "Open warmly and say who you are: “Thank you for calling XYZ, this is Sam. "
        "How can I help you today?”"
    ),
    "customer_name": _("Use the customer's name once you have it: “Thanks, {name}, let me look.”"),
    "acknowledgement": _(
        "Show you heard them before you solve: “So the parcel you were promised for Monday "
        "still hasn't arrived. I understand.”"
    ),
    "empathy": _(
        "Name the feeling: “That sounds really frustrating, especially when you were "
        "counting on it.”"
    ),
    "apology": _(
        "Apologise for the experience, even when it isn't your fault: “I'm sorry this has "
        "been so stressful.”"
    ),
    "clarifying_question": _(
        "Ask an open question before you answer: “Could you tell me what happened when you tried?”"
    ),
    "verification": _(
        "Verify before you discuss the account: “Before I open the account, could you "
        "confirm your full name and postcode for security?”"
    ),
    "ownership": _("Take ownership: “Leave this with me. I'll sort it out for you now.”"),
    "next_steps": _(
        "Say what happens next and when: “You'll get a confirmation email within the hour, "
        "and the money shows in 3 to 5 working days.”"
    ),
    "allowed_resolution": _(
        "Offer what the policy allows, clearly: “What I can do today is send a replacement "
        "by express delivery at no cost.”"
    ),
    "forbidden_promise": _(
        "Promise only what you can deliver: give an estimate (“it should be with you by "
        "Friday”), never a guarantee, and offer only what the policy allows."
    ),
    "blame": _(
        "Leave blame out: instead of “you should have…”, say “Let's get this fixed together.”"
    ),
    "jargon": _(
        "Use plain words: “the warehouse”, not “the fulfilment centre”; “a temporary hold on "
        "your card”, not “a pre-authorisation”."
    ),
    "dismissive": _(
        "Never tell a caller to calm down; acknowledge instead: “I can hear how upsetting "
        "this is, and I want to help.”"
    ),
    "policy_without_empathy": _(
        "Pair policy with empathy: “I know that's not what you hoped to hear. Here's what I "
        "can do for you.”"
    ),
    "hold_or_transfer": _(
        "Ask before a hold and say how long: “May I put you on hold for two minutes while I "
        "check with the warehouse?”"
    ),
    "closing": _(
        "Close the call: “Is there anything else I can help with today? Thank you for "
        "calling, {name}.”"
    ),
    "prompt_injection": _(
        "Speak to the customer, not the grader: instructions to the grader earn nothing and "
        "are flagged."
    ),
}

BY_RULE = {
    "greeting_introduced": BY_CUE["greeting"],
    "verified_first": BY_CUE["verification"],
    "name_used": BY_CUE["customer_name"],
    "asked_about_problem": BY_CUE["clarifying_question"],
    "next_steps_given": BY_CUE["next_steps"],
    "closed": BY_CUE["closing"],
    "owned": BY_CUE["ownership"],
    "need_met": _(
        "Solve what the caller came for, then check it worked: “Can you see the refund "
        "pending now? Does that sort it out for you?”"
    ),
    "no_disclosure": _(
        "Let the caller give the details; never read out card digits, addresses or emails, "
        "and discuss an account only with the verified account holder."
    ),
    "facts_earned": _(
        "Ask for the details you need: “Could you read me the order number from your "
        "confirmation email?”"
    ),
    "resolution_offered": BY_CUE["allowed_resolution"],
    "no_forbidden_promise": BY_CUE["forbidden_promise"],
    "no_forbidden_commitment": BY_CUE["forbidden_promise"],
    "cue_before": BY_CUE["verification"],
    "outcome_in": _("Agree a resolution the customer accepts before you close the call."),
}


# Rules whose tip names what the scenario's policy allows, never what it forbids.
POLICY_RULES = frozenset(
    {"no_forbidden_commitment", "no_forbidden_promise", "resolution_offered", "need_met"}
)


def tip_for(criterion: CriterionData, scenario: ScenarioData) -> str:
    """The coaching tip for a criterion whose points were (partly) withheld.

    A tip about what to offer names only resolutions the scenario's policy allows (the
    satisfying ones first), so a tip never suggests a forbidden resolution.
    """
    tip = criterion.tip
    if not tip:
        cues = criterion.params.get("cues") or criterion.params.get("cue") or ()
        first = cues if isinstance(cues, str) else next(iter(cues), "")
        tip = BY_RULE.get(criterion.rule) or BY_CUE.get(first, "")
        allowed = sorted(
            (r for r in scenario.resolutions if r.allowed), key=lambda r: not r.satisfies
        )
        if criterion.rule in POLICY_RULES and allowed:
            tip = _("What the policy allows here: %(offers)s. Offer that, clearly.") % {
                "offers": "; ".join(r.label for r in allowed[:3])
            }
    if not tip and criterion.description:
        tip = _("Aim for this: %(d)s") % {"d": criterion.description}
    name = scenario.customer_name or str(_("the customer"))
    return str(tip).replace("{name}", name)
