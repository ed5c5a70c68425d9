"""What the writes and the pages of a call both hold to: the agent's line limit, and whether
the customer has accepted a resolution.

Pure (no queries): ``simulations.services`` enforces these and ``simulations.selectors``
shows them on the call screen, so both import them from here and neither imports the other
for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import SimulationSession

MAX_TURN_CHARS = 2000


def session_conversation_accepted(session: SimulationSession) -> bool:
    """Whether the customer has accepted a resolution in this conversation."""
    return bool((session.state or {}).get("accepted"))
