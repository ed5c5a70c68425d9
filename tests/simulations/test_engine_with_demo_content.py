"""The offline engine and conversation logic on the real demo content
(``demo/scenarios/``, the demo content pack): an
empathetic competent agent resolves every demo scenario, a dismissive one is hung up on, no
fact leaks, no line repeats. Pure: the dicts become ScenarioData through
``packs.demo.scenario_data``, no database.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from packs import demo
from simulations.conversation import conversation_start, conversation_step
from simulations.engines.base import Speaker, TranscriptLine
from simulations.engines.offline import OfflineEngine
from tests.simulations.agent_scripts import COMPETENT as SCRIPTED
from tests.simulations.agent_scripts import DISMISSIVE, RAMBLING, play

SCENARIOS = {
    s["slug"]: (demo.persona_data(s["persona"]), demo.scenario_data(s["slug"]))
    for s in demo.items("scenario")
}

COMPETENT = {
    "late-order-angry": (
        "Hello Ms Alvarez, thank you for calling XYZ. I'm so sorry, nine days is far too long, "
        "that must be incredibly frustrating.",
        "I'll take care of this myself. To verify your identity, could you give me the order "
        "number and the email address on the account?",
        "Thank you. I can see the tracking hasn't moved since the 6th at the Columbus hub. "
        "Here's what I'll do: I'll reship your purifier free by express today and send you the "
        "new tracking number by email within the hour.",
        "Is there anything else I can help you with? Take care, Ms Alvarez.",
    ),
    "billing-confused": (
        "Good morning Mr Okafor, thank you for calling. I understand how confusing that is, "
        "I'll help you go through it.",
        "For security, could you confirm your email address and your postcode?",
        "Thank you. What does it say on the statement, could you read me the charges?",
        "I see. Do you have a subscription, like the Home Essentials monthly box?",
        "That makes sense. The first one is a temporary hold, not a second charge, it will drop "
        "off within 5-7 business days.",
        "Is there anything else I can help you with? Have a lovely day.",
    ),
    "cancel-subscription-save": (
        "Hi Priya, thanks for calling. I can help you cancel today. Could you confirm your "
        "email address and postcode?",
        "Thanks. I'll cancel your subscription now, and I'll make sure the 18 June box won't "
        "ship or be charged. You'll get a confirmation email within the hour.",
        "Anything else I can help with? Have a great day.",
    ),
    "tech-support-frustrated": (
        "Hello Mr Delaney, I'm sorry you've been going round in circles, that sounds really "
        "frustrating. I'll stay with you until it works.",
        "Could you confirm your email address and postcode for me?",
        "Thanks. What colour is the light on the HomeHub right now?",
        "And which wifi network are you connecting to?",
        "Thank you. I'll walk you through it: we'll reconnect it to the network that doesn't "
        "end in 5G. You'll see the light turn green within a minute.",
        "Is there anything else I can help with? Take care.",
    ),
    "refund-outside-window": (
        "Good afternoon Mr Pryce, thank you for calling. I'm sorry it let you down, that's "
        "really disappointing.",
        "Could you give me the order number and the email address on your account?",
        "Thank you. And what's happening with it exactly?",
        "I understand. It's outside the 30-day window, so I can't refund it, but it's covered "
        "by the manufacturer warranty: they will repair or replace it free. I'll open the claim "
        "now and you'll get an email within 24 hours.",
        "Is there anything else I can help with? Have a good day.",
    ),
    "shipped-order-change-anxious": (
        "Hello Ms Osei, don't worry, I'm here to help. I can imagine how stressful that is.",
        "Could you give me the order number and your postcode?",
        "Thank you. Where would you like it delivered instead, what's the new address?",
        "Thank you. The order has shipped so I can't change it on our side, but I'll request a "
        "redirect with the carrier right now. You'll get an email from them within 24 hours "
        "confirming it.",
        "Is there anything else I can do for you? Have a lovely day.",
    ),
}


# The email, social and outbound scenarios' competent agents are the golden tests' own.
CHANNELS = ("email-double-charge", "social-refund-post", "outbound-plus-upsell")
COMPETENT |= {slug: SCRIPTED[slug] for slug in (*CHANNELS, "outbound-complaint-follow-up")}


def test_every_demo_scenario_has_a_competent_agent_here():
    assert set(SCENARIOS) == set(COMPETENT)


@pytest.mark.parametrize("slug", sorted(COMPETENT))
def test_an_empathetic_competent_agent_resolves_each_demo_scenario(slug):
    persona, scenario = SCENARIOS[slug]
    played = play(persona, scenario, COMPETENT[slug])
    assert played.outcome == "resolved", [(e.intent, e.mood, e.customer) for e in played.exchanges]


@pytest.mark.parametrize("slug", sorted(COMPETENT))
def test_a_dismissive_agent_is_hung_up_on_in_each_demo_scenario(slug):
    persona, scenario = SCENARIOS[slug]
    assert play(persona, scenario, DISMISSIVE).outcome == "customer_hung_up"


@pytest.mark.parametrize("slug", sorted(COMPETENT))
def test_demo_customer_never_leaks_a_fact_or_repeats_a_line(slug):
    persona, scenario = SCENARIOS[slug]
    persona = replace(persona, patience=1000)
    engine = OfflineEngine()
    state, call = conversation_start(persona, scenario, 11)
    said = [engine.reply(call)]
    transcript = [TranscriptLine(Speaker.CUSTOMER, said[0])]
    for text in (*RAMBLING, *DISMISSIVE, *COMPETENT[slug]):
        if state.mood < 25:
            state = replace(state, mood=60)
        transcript.append(TranscriptLine(Speaker.AGENT, text))
        state, call = conversation_step(state, persona, scenario, text, tuple(transcript))
        said.append(engine.reply(call))
        transcript.append(TranscriptLine(Speaker.CUSTOMER, said[-1]))
        state = state.with_customer_line(said[-1])
        known = set(state.known_facts)
        for fact in scenario.hidden_facts:
            if fact.key not in known and fact.value.lower() != persona.name.lower():
                assert fact.value.lower() not in said[-1].lower(), (fact.key, said[-1])
        if state.outcome:
            break
    assert all(a != b for a, b in zip(said, said[1:], strict=False))
