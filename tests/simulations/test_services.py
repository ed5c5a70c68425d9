"""Sessions and turns: what an agent would notice when practising a call."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail import hooks

from lms import hooks as lms_hooks
from simulations import replies, services
from simulations.engines.base import EngineError, Outcome
from simulations.models import SessionStatus, SimulationSession, Turn
from tests.simulations import factories

pytestmark = pytest.mark.django_db

GOOD_LINES = [
    "Hello Ms Test, I'm so sorry your order is late. I'll take care of this for you.",
    "Could you give me your order number?",
    "Thank you. I'll send a replacement today and email you the tracking number.",
    "Is there anything else I can help with? Have a good day.",
]


def say(session, text):
    services.session_record_agent_turn(session=session, text=text)
    return services.session_customer_reply(session=session)


def test_starting_a_call_saves_the_customers_opening_line_with_the_starting_mood(agent):
    session = factories.session(agent)
    turns = list(session.turns.all())
    assert [(t.index, t.speaker, t.text) for t in turns] == [
        (0, "customer", "My order is nine days late. Where is it?")
    ]
    assert turns[0].mood_after == session.mood_start == 25
    assert session.status == SessionStatus.ACTIVE
    assert session.scenario_revision_id == session.scenario.live_revision_id
    assert session.state["mood"] == 25


def test_a_competent_agent_resolves_the_call_and_the_mood_rises(agent):
    session = factories.session(agent, seed=1)
    for line in GOOD_LINES:
        say(session, line)
    session.refresh_from_db()
    assert session.status == SessionStatus.ENDED
    assert session.outcome == Outcome.RESOLVED
    assert session.mood_end > session.mood_start
    assert session.ended_at is not None
    speakers = list(session.turns.values_list("speaker", flat=True))
    assert speakers == ["customer"] + ["agent", "customer"] * 4


def test_each_turn_records_mood_cues_intent_engine_and_latency(agent):
    session = factories.session(agent)
    result = say(session, GOOD_LINES[0])
    agent_turn = result.agent_turn
    agent_turn.refresh_from_db()
    kinds = {c["kind"] for c in agent_turn.cues}
    assert {"apology", "ownership"} <= kinds
    assert all(c["quote"] in agent_turn.text for c in agent_turn.cues)
    assert agent_turn.mood_after == result.turn.mood_after
    assert result.turn.engine == "offline"
    assert result.turn.intent
    assert result.turn.latency_ms is not None


def test_the_agents_turn_is_saved_before_the_engine_is_asked(agent, monkeypatch):
    session = factories.session(agent)
    seen = {}

    class SpyEngine:
        name = "spy"
        supports_streaming = False

        def reply(self, call, *, timeout=None):
            seen["saved"] = list(
                Turn.objects.filter(session=session).values_list("text", flat=True)
            )
            return "Go on."

    monkeypatch.setattr(replies, "_engine", lambda name: SpyEngine())
    say(session, "Hello, I'm sorry about that.")
    assert seen["saved"][-1] == "Hello, I'm sorry about that."


class FailingEngine:
    name = "llm"
    supports_streaming = True

    def __init__(self, kind="timeout", retryable=True, fail_times=99):
        self.kind, self.retryable, self.fail_times, self.calls = kind, retryable, fail_times, 0

    def reply(self, call, *, timeout=None):
        self.calls += 1
        if self.calls <= self.fail_times:
            raise EngineError("boom", retryable=self.retryable, kind=self.kind)
        return "Right, go on then."

    def stream_reply(self, call, *, timeout=None):
        self.calls += 1
        yield "Right, "
        if self.calls <= self.fail_times:
            raise EngineError("cut", retryable=self.retryable, kind=self.kind)
        yield "go on then."


def test_engine_failure_falls_back_to_offline_with_a_clear_note_and_the_transcript_intact(
    agent, monkeypatch
):
    session = factories.session(agent)
    failing = FailingEngine(kind="rate_limit")
    monkeypatch.setattr(replies, "_engine", lambda name: failing)
    result = say(session, GOOD_LINES[0])
    assert failing.calls == 2  # retried once
    assert result.turn.engine == "offline-fallback"
    assert "rate_limit" in result.turn.error
    assert "offline customer answered" in result.notice
    rows = list(session.turns.values_list("speaker", "text"))
    assert rows[1] == ("agent", GOOD_LINES[0])
    assert rows[2][0] == "system" and "busy" in rows[2][1]
    assert rows[3][0] == "customer" and rows[3][1]
    session.refresh_from_db()
    assert session.is_active and session.reply_pending_since is None


def test_a_non_retryable_failure_is_not_retried(agent, monkeypatch):
    session = factories.session(agent)
    failing = FailingEngine(kind="malformed", retryable=False)
    monkeypatch.setattr(replies, "_engine", lambda name: failing)
    result = say(session, GOOD_LINES[0])
    assert failing.calls == 1
    assert result.turn.engine == "offline-fallback"


def test_a_retry_that_succeeds_records_the_engine_that_answered(agent, monkeypatch):
    session = factories.session(agent)
    failing = FailingEngine(kind="server_error", fail_times=1)
    monkeypatch.setattr(replies, "_engine", lambda name: failing)
    result = say(session, GOOD_LINES[0])
    assert result.turn.engine == "llm"
    assert result.turn.text == "Right, go on then."
    assert not result.notice


def test_a_stream_cut_halfway_is_replaced_and_the_partial_reply_is_discarded(agent, monkeypatch):
    session = factories.session(agent)
    monkeypatch.setattr(replies, "_engine", lambda name: FailingEngine(kind="connection"))
    services.session_record_agent_turn(session=session, text=GOOD_LINES[0])
    events = list(services.session_customer_reply_stream(session=session))
    kinds = [k for k, _ in events]
    assert kinds[0] == "mood"
    assert "reset" in kinds and "notice" in kinds and kinds[-1] == "turn"
    result = events[-1][1]
    assert result.turn.engine == "offline-fallback"
    assert not result.turn.text.startswith("Right, Right")


def test_streaming_yields_pieces_then_saves_the_whole_reply(agent):
    session = factories.session(agent)
    services.session_record_agent_turn(session=session, text=GOOD_LINES[0])
    events = list(services.session_customer_reply_stream(session=session))
    text = "".join(v for k, v in events if k == "token")
    assert events[-1][1].turn.text == text.strip()


def test_a_client_that_goes_away_mid_stream_still_gets_the_reply_saved(agent):
    session = factories.session(agent)
    services.session_record_agent_turn(session=session, text=GOOD_LINES[0])
    stream = services.session_customer_reply_stream(session=session)
    next(stream)  # mood
    next(stream)  # first token
    stream.close()
    assert session.turns.last().speaker == "customer"
    session.refresh_from_db()
    assert session.reply_pending_since is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("<b></b>", "empty"),
        ("x" * 2001, "2000 characters"),
        (None, "Type what you want"),
    ],
)
def test_bad_text_gets_a_clear_error_and_saves_nothing(agent, text, message):
    session = factories.session(agent)
    with pytest.raises(services.TurnTextError, match=message):
        services.session_record_agent_turn(session=session, text=text)
    assert session.turns.count() == 1


def test_markup_is_stored_as_plain_text(agent):
    session = factories.session(agent)
    turn = services.session_record_agent_turn(
        session=session, text="<script>alert(1)</script><b>Hello</b> &amp; welcome"
    )
    assert turn.text == "Hello & welcome"


def test_a_second_turn_while_the_reply_is_pending_is_refused(agent):
    session = factories.session(agent)
    services.session_record_agent_turn(session=session, text="Hello there.")
    with pytest.raises(services.ReplyPendingError, match="still answering"):
        services.session_record_agent_turn(session=session, text="Hello again.")
    assert session.turns.filter(speaker="agent").count() == 1


def test_a_stale_pending_reply_does_not_lock_the_agent_out(agent):
    session = factories.session(agent)
    services.session_record_agent_turn(session=session, text="Hello there.")
    SimulationSession.objects.filter(pk=session.pk).update(
        reply_pending_since=timezone.now() - timedelta(minutes=5)
    )
    services.session_record_agent_turn(session=session, text="Are you still there?")


def test_a_turn_after_the_end_is_refused(agent):
    session = factories.session(agent)
    services.session_end(session=session, outcome=Outcome.AGENT_ENDED)
    with pytest.raises(services.SessionEndedError, match="ended"):
        services.session_record_agent_turn(session=session, text="Hello?")


def test_the_turn_limit_times_the_call_out(agent):
    scenario = factories.published_scenario(max_turns=2)
    session = factories.session(agent, scenario)
    say(session, "Hello.")
    assert session.is_active
    say(session, "Hmm.")
    session.refresh_from_db()
    assert session.outcome == Outcome.TIMED_OUT


def test_the_time_limit_times_the_call_out_and_keeps_the_late_line(agent):
    session = factories.session(agent)
    SimulationSession.objects.filter(pk=session.pk).update(
        started_at=timezone.now() - timedelta(hours=1)
    )
    session.refresh_from_db()
    services.session_record_agent_turn(session=session, text="Sorry, still there?")
    session.refresh_from_db()
    assert session.outcome == Outcome.TIMED_OUT
    assert session.turns.last().text == "Sorry, still there?"


def test_ending_is_idempotent_and_runs_the_hooks_once(agent):
    calls = []
    session = factories.session(agent)
    with hooks.register_temporarily(lms_hooks.AFTER_SIMULATION_SESSION_END, calls.append):
        services.session_end(session=session, outcome=Outcome.AGENT_ENDED)
        services.session_end(session=session, outcome=Outcome.RESOLVED)
    assert [s.pk for s in calls] == [session.pk]
    session.refresh_from_db()
    assert session.outcome == Outcome.AGENT_ENDED


def test_a_failing_end_hook_does_not_lose_the_call(agent):
    def broken(session):
        raise RuntimeError("grader down")

    session = factories.session(agent)
    with hooks.register_temporarily(lms_hooks.AFTER_SIMULATION_SESSION_END, broken):
        services.session_end(session=session, outcome=Outcome.AGENT_ENDED)
    session.refresh_from_db()
    assert session.is_ended


def test_resolve_before_the_customer_accepts_is_recorded_as_ended_by_the_agent(agent):
    session = factories.session(agent)
    session, message = services.session_finish_by_agent(session=session, resolved=True)
    assert session.outcome == Outcome.AGENT_ENDED
    assert "not accepted" in message


def test_resolve_after_the_customer_accepts_counts_as_resolved(agent):
    session = factories.session(agent, seed=3)
    for line in GOOD_LINES[:3]:
        say(session, line)
    session.refresh_from_db()
    assert session.state["accepted"] == "reship"
    session, message = services.session_finish_by_agent(session=session, resolved=True)
    assert session.outcome == Outcome.RESOLVED and not message


def test_hold_and_resume_add_notes_and_the_customer_reacts(agent):
    session = factories.session(agent)
    result = services.session_hold(session=session)
    assert result.turn.intent == "wait"
    session.refresh_from_db()
    assert session.hold_started_at is not None
    with pytest.raises(services.SessionError, match="already on hold"):
        services.session_hold(session=session)
    SimulationSession.objects.filter(pk=session.pk).update(
        hold_started_at=timezone.now() - timedelta(seconds=200)
    )
    result = services.session_resume(session=session)
    session.refresh_from_db()
    assert session.hold_started_at is None
    notes = list(session.turns.filter(speaker="system").values_list("text", flat=True))
    assert notes[0] == "You put the customer on hold."
    assert "off hold after 2" in notes[1]
    assert result.turn.mood_after < session.mood_start


def test_speaking_while_on_hold_takes_the_customer_off_hold_first(agent):
    session = factories.session(agent)
    services.session_hold(session=session)
    services.session_record_agent_turn(session=session, text="Thanks for holding.")
    session.refresh_from_db()
    assert session.hold_started_at is None
    assert session.turns.last().speaker == "agent"


def test_a_trial_runs_the_latest_draft_and_is_never_graded(trainer):
    calls = []
    scenario = factories.published_scenario()
    scenario.opening_line = "DRAFT opening line."
    scenario.save_revision()  # a draft, not published
    with hooks.register_temporarily(lms_hooks.AFTER_SIMULATION_SESSION_END, calls.append):
        session = services.session_start(user=trainer, scenario=scenario, is_trial=True)
        services.session_end(session=session, outcome=Outcome.AGENT_ENDED)
    assert session.is_trial
    assert session.turns.first().text == "DRAFT opening line."
    assert calls == []


def test_learners_play_the_published_revision_not_a_newer_draft(agent):
    scenario = factories.published_scenario()
    scenario.opening_line = "DRAFT opening line."
    scenario.save_revision()
    session = factories.session(agent, scenario)
    assert session.turns.first().text == "My order is nine days late. Where is it?"
    assert session.scenario_revision_id == scenario.live_revision_id


def test_an_unpublished_scenario_cannot_be_started_by_a_learner(agent):
    scenario = factories.published_scenario(publish=False)
    with pytest.raises(services.ScenarioUnavailableError):
        services.session_start(user=agent, scenario=scenario)


def test_transcript_for_graders_leaves_out_system_notes(agent, monkeypatch):
    session = factories.session(agent)
    monkeypatch.setattr(replies, "_engine", lambda name: FailingEngine())
    say(session, GOOD_LINES[0])
    lines = session.transcript()
    assert [str(line.speaker) for line in lines] == ["customer", "agent", "customer"]


def test_same_seed_and_lines_give_the_same_conversation(agent, other_agent):
    scenario = factories.published_scenario()
    traces = []
    for user in (agent, other_agent):
        session = factories.session(user, scenario, seed=42)
        for line in GOOD_LINES:
            say(session, line)
        traces.append(list(session.turns.values_list("speaker", "text", "mood_after")))
    assert traces[0] == traces[1]


def test_starting_the_scenario_again_ends_the_unfinished_call(agent):
    scenario = factories.published_scenario()
    first = factories.session(agent, scenario)
    second = factories.session(agent, scenario)
    first.refresh_from_db()
    assert first.outcome == Outcome.AGENT_ENDED and second.is_active
