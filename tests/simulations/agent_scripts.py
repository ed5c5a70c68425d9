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
        "Hello, thank you for calling XYZ, my name is Sam. I'm so sorry your coffee machine "
        "hasn't arrived, that must be really frustrating.",
        "I'll take care of this for you, Mrs Alvarez. Could you give me your order number?",
        "Thank you. And to verify your identity, can I have your full name and the email on "
        "the account?",
        "I can see it's stuck at the depot. Here's what I'll do: I'll send you a replacement by "
        "express today, and you'll receive a tracking email within the hour.",
        "Is there anything else I can help you with today? Have a lovely day, Mrs Alvarez.",
    ),
    "billing-confused": (
        "Good morning, thank you for calling XYZ, this is Ana. I'm sorry for the confusion, "
        "Mr Pemberton, I'll help you sort this out.",
        "Before we look at the charges, for security can I have your full name and your "
        "billing postcode?",
        "Thank you. Could you tell me what the second charge says on the statement?",
        "I see. That's XYZ Plus, a monthly membership. Did anyone else in your family sign up "
        "for a free trial for you?",
        "That makes sense. I can cancel XYZ Plus for you today and refund this month's $12.50. "
        "You'll see it back on your card within 5-7 business days.",
        "Is there anything else I can help you with? Have a lovely afternoon.",
    ),
    "cancel-subscription-save": (
        "Hi Priya, thanks for calling XYZ. I can help you with that today. To verify the "
        "account, could you give me your full name and account email?",
        "Thanks. May I ask what's prompting the cancellation?",
        "That makes sense. One option: I could pause your deliveries for up to 3 months while "
        "you're travelling, and you won't be charged.",
        "Anything else I can help with? Have a great trip!",
    ),
    "tech-support-frustrated": (
        "Hi Sam, I'm sorry you've had to contact us three times, that sounds really "
        "frustrating. I'll stay with you until it works.",
        "What does the error message in the app say exactly?",
        "Thanks. Which wifi router or network are you connecting to?",
        "That's the cause: the SmartBrew only works on 2.4 GHz. If you split the network and "
        "connect it to a 2.4 GHz network, it will pair. I'll send you step-by-step "
        "instructions by email now.",
        "Is there anything else I can help with? Take care.",
    ),
    "refund-outside-window": (
        "Good afternoon, thank you for calling XYZ. I'm sorry to hear your mixer has stopped "
        "working, that's really disappointing after six weeks.",
        "Could you tell me your order number, and what happened with the mixer?",
        "Thank you, Ms Carver. I understand how frustrating this is. It was delivered 45 days "
        "ago, so it's outside our 30-day refund window, but I won't leave you stuck: with my "
        "team lead's approval I can offer you store credit for half the price, or I'll open a "
        "warranty claim with the manufacturer. You'll get a confirmation email today.",
        "Is there anything else I can help with? Have a good day.",
    ),
    "shipped-order-change-anxious": (
        "Hello, you're speaking with Jo. Don't worry, Mrs Whitfield, I'm here to help and "
        "we'll sort this out together.",
        "Could you give me the order number, and where would you like it delivered instead?",
        "Thank you. Orders that have shipped can't be changed on our side, but I'll contact "
        "the carrier right now and put in a redirect request to 14 Elm Road. You'll get an "
        "email from them within 24 hours confirming it.",
        "Is there anything else I can do for you? Have a lovely day, and happy birthday to "
        "your daughter.",
    ),
}

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
