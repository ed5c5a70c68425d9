"""How a message looks on its channel: an email's subject and frame, a social post's audience.

The conversation logic decides what the customer does (``simulations.channel_rules``);
this module gives the saved turns their channel's form. A customer's email is the engine's
words between a greeting and a sign-off (``lines/<language>.yaml``, ``EMAIL_FRAME``) under
"Re:" the agent's subject; on social media a line is public until the conversation has
moved to a private message. Pure: no Django models.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .channel_rules import in_public, is_email
from .conversation_state import ConversationState
from .engines.base import PersonaData, ScenarioData
from .engines.line_tables import languages, line_tables

MAX_SUBJECT_CHARS = 200
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|ref|réf)\s*:\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    text: str
    subject: str = ""
    public: bool = False


def reply_subject(subject: str) -> str:
    """ "Re: <subject>", once, however many replies deep."""
    bare = _REPLY_PREFIX.sub("", subject or "").strip()
    return f"Re: {bare}"[:MAX_SUBJECT_CHARS] if bare else ""


def opening_message(scenario: ScenarioData, text: str) -> Message:
    """The customer's first message: an email with its subject, a public post, or a line."""
    return Message(
        text=text,
        subject=scenario.opening_subject if is_email(scenario) else "",
        public=in_public(scenario, ConversationState(mood=0, seed=0)),
    )


def customer_message(
    persona: PersonaData,
    scenario: ScenarioData,
    state: ConversationState,
    text: str,
    *,
    answering_subject: str = "",
    seed: int = 0,
) -> Message:
    """The customer's reply as their channel shows it. ``state`` is after the reply."""
    if not is_email(scenario):
        return Message(text=text, public=in_public(scenario, state))
    language = scenario.language if scenario.language in languages() else "en"
    frame = line_tables(language).EMAIL_FRAME
    rng = random.Random(f"{seed}:{state.turn_index}:email")  # noqa: S311 - not security
    name = persona.name.split()[0] if persona.name else ""
    body = f"{rng.choice(frame['greeting'])}\n\n{text.strip()}\n\n{rng.choice(frame['signoff'])}"
    return Message(
        text=f"{body}\n{name}".strip(),
        subject=reply_subject(answering_subject or scenario.opening_subject),
    )


def agent_message(scenario: ScenarioData, state: ConversationState, text: str, subject) -> Message:
    """The agent's line: an email keeps its subject (plain text, one line)."""
    if not is_email(scenario):
        return Message(text=text, public=in_public(scenario, state))
    clean = " ".join(str(subject or "").split())[:MAX_SUBJECT_CHARS]
    return Message(text=text, subject=clean)
