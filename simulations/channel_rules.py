"""What the channel and the direction of a call change in the customer's decision.

- **Outbound** (the agent calls the customer): an unsatisfying offer the customer refuses
  is a clear no. Offering again, or pressing, after it inflames them (``PUSH_PENALTY``, a
  poor turn); a courteous close after it ends the call as ``Outcome.DECLINED``.
- **Social**: the conversation starts in public. The agent's line that invites the
  customer to a private message moves it there, and the customer's reply is their first
  direct message (``Intent.MOVE_PRIVATE``); from then on it is a chat.
- **Email**: a sign-off closes every email, so it is no premature close; once the customer
  has accepted, the next email's sign-off ends the exchange.

Pure: no Django models, no randomness. ``simulations.conversation`` asks these in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulations.conversation_state import ConversationState
from simulations.engines.base import Intent, Outcome, Resolution, ScenarioData
from simulations.understanding import CueKind

PUSH_PENALTY = 15  # mood lost for pushing after a clear no, on top of the line's own cues

EMAIL = "email"
SOCIAL = "social"
OUTBOUND = "outbound"


def is_email(scenario: ScenarioData) -> bool:
    return scenario.channel == EMAIL


def is_social(scenario: ScenarioData) -> bool:
    return scenario.channel == SOCIAL


def is_outbound(scenario: ScenarioData) -> bool:
    return scenario.direction == OUTBOUND


def in_public(scenario: ScenarioData, state: ConversationState) -> bool:
    """Whether what is said now is said in public (a social post and its replies)."""
    return is_social(scenario) and not state.private


@dataclass(frozen=True)
class ChannelReading:
    """What the channel makes of the agent's line before the customer decides."""

    kinds: frozenset  # the cue kinds the customer reacts to
    pushed: bool = False  # outbound: offered again, or pressed, after a clear no
    moving_private: bool = False  # social: invited the customer to a private message
    closing_is_premature: bool = True


def channel_reading(
    scenario: ScenarioData, state: ConversationState, kinds: set, offer: Resolution | None
) -> ChannelReading:
    kinds = frozenset(kinds)
    if is_email(scenario) and not state.accepted:
        # "Kind regards" ends every email: it closes nothing until the customer has agreed.
        return ChannelReading(kinds=kinds - {CueKind.CLOSING}, closing_is_premature=False)
    if is_outbound(scenario) and state.declined:
        pushed = offer is not None or CueKind.PRESSURE in kinds
        return ChannelReading(kinds=kinds, pushed=pushed, closing_is_premature=False)
    moving = in_public(scenario, state) and CueKind.PRIVATE_CHANNEL in kinds
    return ChannelReading(kinds=kinds, moving_private=moving)


@dataclass(frozen=True)
class ChannelDecision:
    intent: Intent
    outcome: Outcome | None
    declined: bool
    private: bool


def channel_decision(
    scenario: ScenarioData,
    state: ConversationState,
    reading: ChannelReading,
    intent: Intent,
    offer: Resolution | None,
    outcome: Outcome | None,
    *,
    revealed: bool = False,
) -> ChannelDecision:
    """The customer's intent and the call's outcome once the channel has had its say.
    ``revealed``: the agent's line earned a fact (asked for in the invitation to message
    privately, the customer gives it there)."""
    declined, private = state.declined, state.private
    if intent in (Intent.HANG_UP, Intent.STAY_IN_CHARACTER):
        return ChannelDecision(intent, outcome, declined, private)
    if reading.pushed:
        return ChannelDecision(Intent.PUSH_BACK, None, True, private)
    if is_outbound(scenario):
        if declined and not state.accepted and CueKind.CLOSING in reading.kinds:
            return ChannelDecision(Intent.CLOSE, Outcome.DECLINED, True, private)
        if intent == Intent.REFUSE and offer is not None and offer.allowed and not offer.satisfies:
            declined = True  # "No thanks": a clear no to what was offered
    if reading.moving_private and not revealed and intent != Intent.REFUSE:
        return ChannelDecision(Intent.MOVE_PRIVATE, outcome, declined, True)
    if reading.moving_private:
        private = True  # they answer, and carry on in private
    return ChannelDecision(intent, outcome, declined, private)
