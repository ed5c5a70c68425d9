"""Agent lines for the conversation and golden tests, and a runner that plays them.

``COMPETENT`` is what a well-trained agent says in each demo scenario (greets, empathises,
verifies, asks, offers an allowed resolution with next steps, closes); ``DISMISSIVE`` is the
agent every contact centre fears.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulations.conversation import conversation_start, conversation_step
from simulations.engines.base import (
    CustomerEngine,
    Intent,
    PersonaData,
    ScenarioData,
    Speaker,
    TranscriptLine,
)
from simulations.engines.offline import OfflineEngine

COMPETENT: dict[str, tuple[str, ...]] = {
    "late-order-angry": (
        "Hello, thank you for calling XYZ, my name is Sam. I'm so sorry your order still hasn't "
        "arrived, nine days is far too long, that must be really frustrating.",
        "I'll take care of this for you, Ms Alvarez. Could you give me your order number?",
        "Thank you. And to verify your identity, can I have your full name and the email "
        "address on the account?",
        "I can see the tracking hasn't moved since the 6th at the Columbus hub. Here's what "
        "I'll do: I'll send you a replacement today, free of charge, and you'll receive the new "
        "tracking number by email within the hour.",
        "Is there anything else I can help you with today? Have a lovely day, Ms Alvarez.",
    ),
    "billing-confused": (
        "Good morning, thank you for calling XYZ, this is Ana. I'm sorry for the worry, "
        "Mr Okafor, I'll help you sort this out.",
        "Before we look at the charges, for security can I have your full name, your email "
        "address and your billing postcode?",
        "Thank you. Could you tell me which charges you see in your bank app, with the "
        "amounts and dates?",
        "Thank you. Do you remember a Home Essentials box subscription on your account?",
        "That explains the $29.99 on the 1st: it's the monthly box. The $47.50 on the 7th is "
        "your kettle, and the grey one on the 6th is a temporary hold, not a second charge. It "
        "will drop off by itself within 3 business days, so you don't need to do anything.",
        "Is there anything else I can help you with? Have a lovely afternoon, Mr Okafor.",
    ),
    "cancel-subscription-save": (
        "Hi Priya, thanks for contacting XYZ. I can help you with that today. To verify the "
        "account, could you give me your full name, your email address and your postcode?",
        "Thanks. May I ask what's prompting the cancellation?",
        "That makes sense. One option: I could pause your subscription for up to 3 months, so "
        "nothing ships or is charged while you're on nights, and I'll email you the "
        "confirmation straight away.",
        "Anything else I can help with? Take care, Priya.",
    ),
    "tech-support-frustrated": (
        "Hello Mr Delaney, I'm sorry you've spent two hours on this in the heat, that sounds "
        "really frustrating. I'll stay with you until it works.",
        "First, for security, could you give me your full name, your email address and your "
        "postcode?",
        "Thanks. Could you look at the HomeHub and tell me what colour the light on top is?",
        "Thank you. And which Wi-Fi network is your phone on?",
        "That explains it. I'll walk you through it one step at a time: in the app, tap "
        "Devices, then HomeHub, then Reconnect, and pick the network called Delaney, the one "
        "without the 5G. The light should turn green within a minute.",
        "Is there anything else I can help with? Take care, Mr Delaney.",
    ),
    "refund-outside-window": (
        "Good afternoon, thank you for contacting XYZ. I'm sorry to hear your grinder is "
        "failing, that's really disappointing after six weeks.",
        "Could you give me your full name, the order number and the email address on your account?",
        "Thank you, Mr Pryce. Could you describe what's happening with the grinder?",
        "Thank you, that does sound like a fault, and I understand how frustrating it is. It "
        "was delivered 45 days ago, so it's outside our 30-day return window and I can't "
        "refund it, but it's covered by Halden's "
        "2-year manufacturer's warranty: they will repair or replace it free. I'll open the "
        "warranty claim for you now and you'll get the prepaid label by email today.",
        "Is there anything else I can help with? Have a good day.",
    ),
    "shipped-order-change-anxious": (
        "Hello, you're speaking with Jo. Don't worry, Ms Osei, I'm here to help and we'll sort "
        "this out together. I can imagine how stressful that is.",
        "Could you give me your full name, the order number and your billing postcode?",
        "Thank you. What address would you like it delivered to instead?",
        "Thank you. Orders that have shipped can't be changed on our side, but I'll ask the "
        "carrier right now to redirect it to 18 Larch Street. It isn't guaranteed, and as an "
        "XYZ Plus member you won't pay the $5 fee. The carrier answers within 24 hours and "
        "I'll email you as soon as they do.",
        "Is there anything else I can do for you? Have a lovely day, and happy birthday to "
        "your niece.",
    ),
    # Each channel and direction: an email exchange, a social post moved to a private
    # message, an outbound upsell and an outbound follow-up on a complaint.
    "email-double-charge": (
        "Dear Ms Haddad,\n\nThank you for writing back, and I'm sorry: the answer you were "
        "given on Tuesday was wrong, and I understand why you no longer trust it.\n\nBefore I "
        "can look at the order, could you reply with your full name and your billing postcode? "
        "Could you also tell me whether both charges show as pending or completed on your "
        "statement?\n\nKind regards,\nSam\nXYZ Customer Care",
        "Dear Ms Haddad,\n\nThank you, that all matches. You were charged twice for one order: "
        "our payment system took the payment twice when it shipped on 10 June. That was our "
        "error.\n\nI have refunded the duplicate $177.99 back to your Visa today. It will show "
        "within 5-7 business days. It has to go back to the card you paid with, so I can't move "
        "it to your debit card.\n\nIf it hasn't appeared by Friday 21 June, reply to this email "
        "and I will chase it.\n\nKind regards,\nSam\nXYZ Customer Care",
        "Dear Ms Haddad,\n\nYou're welcome. Is there anything else I can help with?\n\nKind "
        "regards,\nSam",
    ),
    "social-refund-post": (
        "Hi Chloe, sorry you're still waiting, that's not the experience we want for you. Could "
        "you send us a DM so we can look into this together?",
        "Thanks for messaging us, Chloe. I'm sorry about the wait. So I can open your account, "
        "could you give me your full name, your order number and your billing postcode?",
        "Thank you, that all matches. Just to check, which card have you been looking at for "
        "the refund, and which card did you pay with?",
        "That explains it. The return arrived at our warehouse on 6 June and the refund was "
        "issued back to your Mastercard on 7 June, so it should show by Monday 17 June at the "
        "latest.",
        "Is there anything else I can help with today? Have a lovely weekend, Chloe.",
    ),
    "outbound-plus-upsell": (
        "Hi, is that Ines? It's Sam calling from XYZ. I'm ringing about your orders with us. Is "
        "now a good time for a couple of minutes?",
        "Thanks. Before I go into your account, could you confirm your full name and your "
        "billing postcode?",
        "Lovely, thank you. How do you usually shop with us, how often do you order?",
        "Then XYZ Plus could save you money: it's $49 a year with free standard shipping on "
        "every order, it renews each year with a reminder email first, and you can cancel "
        "anytime in your account. No pressure at all, if it's not for you that's fine.",
        "Great, I've added it now and you'll get a confirmation email in a few minutes. Thanks "
        "for your time, have a lovely day.",
    ),
    "outbound-complaint-follow-up": (
        "Hi Marcus, it's Sam from XYZ, I'm calling with the follow-up I promised last week "
        "about your replacement order. Is now an okay time for two minutes?",
        "Thanks, I'll be quick. Can you confirm your full name, plus your email and your "
        "billing postcode?",
        "Thank you. Did everything arrive in the box this time, was anything missing?",
        "I'm sorry about that. I'll send the missing grill set out to you today at no cost, and "
        "you'll get the tracking by email once the courier scans it.",
        "Is there anything else I can help with? Thanks for your time, Marcus, take care.",
    ),
}

# The outbound upsell declined and respected; the social post asked about in public.
DECLINED_RESPECTED: tuple[str, ...] = (
    "Hi, is that Ines? It's Sam calling from XYZ. Is now a good time for a couple of minutes?",
    "Thanks. Could you confirm your full name and your billing postcode?",
    "Lovely. We have the Home Essentials box at $29.99 a month, cancel anytime. Would you like "
    "to try it?",
    "No problem at all, I'll leave it there. Thanks for your time, have a good day.",
)
PUSHED_AFTER_NO: tuple[str, ...] = (
    "Hi, is that Ines? It's Sam calling from XYZ. Is now a good time for a couple of minutes?",
    "Thanks. Could you confirm your full name and your billing postcode?",
    "Lovely. We have the Home Essentials box at $29.99 a month, cancel anytime. Would you like "
    "to try it?",
    "Are you sure? This offer ends today, you'd be mad not to take the Home Essentials box.",
    "Honestly the Home Essentials box is great, everyone is signing up for it.",
)
ASKED_IN_PUBLIC: tuple[str, ...] = (
    "Hi Chloe, sorry about this. What's your order number and postcode so I can check?",
    "Thanks. Let me look into it.",
)

DISMISSIVE: tuple[str, ...] = (
    "Calm down. What do you want?",
    "That's not my problem, it's the courier's fault.",
    "You should have ordered earlier.",
    "Whatever. There's nothing I can do.",
    "Read the terms.",
    "Fine.",
    "Okay.",
)

# Long and repetitive: for the "never the same line twice in a row" tests.
RAMBLING: tuple[str, ...] = (
    "Okay.",
    "Right.",
    "I see.",
    "Okay.",
    "Mm.",
    "Let me check.",
    "Okay.",
    "I'm sorry about that.",
    "I'm sorry about that.",
    "I'm sorry about that.",
    "Could you tell me more?",
    "Could you tell me more?",
    "Okay.",
    "Hmm.",
    "Right.",
    "One moment.",
    "Okay.",
    "I understand.",
    "I understand.",
    "I understand.",
)

# The same two agents on a French call (an English line there is one the customer does not
# understand, which is its own test).
DISMISSIVE_FR: tuple[str, ...] = (
    "Calmez-vous. Vous voulez quoi ?",
    "Ce n'est pas mon problème, c'est la faute du transporteur.",
    "Il fallait commander plus tôt.",
    "Peu importe. Je ne peux rien faire.",
    "Lisez les conditions.",
    "Bon.",
    "D'accord.",
)
RAMBLING_FR: tuple[str, ...] = (
    "D'accord.",
    "Bien.",
    "Je vois.",
    "D'accord.",
    "Mm.",
    "Je regarde.",
    "D'accord.",
    "Je suis désolé.",
    "Je suis désolé.",
    "Je suis désolé.",
    "Pouvez-vous m'en dire plus ?",
    "Pouvez-vous m'en dire plus ?",
    "D'accord.",
    "Hmm.",
    "Bien.",
    "Un instant.",
    "D'accord.",
    "Je comprends.",
    "Je comprends.",
    "Je comprends.",
)


@dataclass(frozen=True)
class Exchange:
    agent: str
    customer: str
    intent: str
    mood: int
    revealed: tuple[str, ...]
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Played:
    opening: str
    opening_mood: int
    exchanges: tuple[Exchange, ...]
    outcome: str | None
    known_facts: tuple[str, ...]

    def customer_lines(self) -> list[str]:
        return [self.opening, *(e.customer for e in self.exchanges)]

    def mood_trace(self) -> list[int]:
        return [self.opening_mood, *(e.mood for e in self.exchanges)]

    def to_golden(self) -> dict:
        return {
            "opening": self.opening,
            "exchanges": [
                {
                    "agent": e.agent,
                    "customer": e.customer,
                    "intent": e.intent,
                    "mood": e.mood,
                    "revealed": list(e.revealed),
                }
                for e in self.exchanges
            ],
            "mood_trace": self.mood_trace(),
            "outcome": self.outcome,
        }


def play(
    persona: PersonaData,
    scenario: ScenarioData,
    agent_lines,
    *,
    seed: int = 7,
    engine: CustomerEngine | None = None,
) -> Played:
    """Play the agent's lines until they run out or the call ends."""
    engine = engine or OfflineEngine()
    state, call = conversation_start(persona, scenario, seed)
    opening = engine.reply(call)
    state = state.with_customer_line(opening)
    transcript = [TranscriptLine(Speaker.CUSTOMER, opening)]
    exchanges = []
    for text in agent_lines:
        transcript.append(TranscriptLine(Speaker.AGENT, text))
        state, call = conversation_step(state, persona, scenario, text, tuple(transcript))
        reply = engine.reply(call)
        assert call.intent != Intent.OPEN
        state = state.with_customer_line(reply)
        transcript.append(TranscriptLine(Speaker.CUSTOMER, reply))
        exchanges.append(
            Exchange(
                text,
                reply,
                str(call.intent),
                call.mood,
                tuple(f.key for f in call.revealed_now),
                call.agent_cues,
            )
        )
        if state.outcome:
            break
    return Played(
        opening, persona.starting_mood, tuple(exchanges), state.outcome, state.known_facts
    )
