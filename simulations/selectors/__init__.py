"""Reads for call simulation, one module per concept; import from here.

``queries``: the scenario library and the sessions a person may see; ``revisions``: the
content a session runs on, at the revisions it pinned; ``call_screen``: what the call
screen, its end screen and the review page show. Nothing here imports the services.
"""

from .call_screen import (
    SPEECH_LANG,
    MoodPoint,
    call_screen_for,
    outcome_summary,
    review_for,
    session_mood_timeline,
    session_progress,
    session_still_needs,
)
from .queries import (
    scenario_draft_for_trial,
    scenario_get,
    scenario_get_published,
    scenario_list,
    scenario_scores_for,
    scenario_suggested_for,
    session_active_for,
    session_get_for,
    session_get_own,
    session_list_for_user,
    session_list_recent_for,
)
from .revisions import session_content, session_data

__all__ = [
    "SPEECH_LANG",
    "MoodPoint",
    "call_screen_for",
    "outcome_summary",
    "review_for",
    "scenario_draft_for_trial",
    "scenario_get",
    "scenario_get_published",
    "scenario_list",
    "scenario_scores_for",
    "scenario_suggested_for",
    "session_active_for",
    "session_content",
    "session_data",
    "session_get_for",
    "session_get_own",
    "session_list_for_user",
    "session_list_recent_for",
    "session_mood_timeline",
    "session_progress",
    "session_still_needs",
]
