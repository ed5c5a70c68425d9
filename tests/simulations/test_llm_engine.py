"""The LLM customer through the real openai client against the local fake server
(tests/fake_openai.py on 127.0.0.1): replies, streaming, and every failure a real endpoint
produces, each turned into one EngineError with a kind the service understands."""

from __future__ import annotations

import pytest
from django.core.checks import Error
from django.core.exceptions import ImproperlyConfigured

from simulations.checks import check_customer_engine
from simulations.conversation import conversation_start, conversation_step
from simulations.engines import get_engine
from simulations.engines.base import EngineError, Speaker, TranscriptLine
from simulations.engines.llm import LLMEngine, clean_reply
from tests.fake_openai import Reply
from tests.simulations.demo_data import LATE_ORDER, ROSA


@pytest.fixture
def call():
    state, _ = conversation_start(ROSA, LATE_ORDER, 1)
    transcript = (
        TranscriptLine(Speaker.CUSTOMER, LATE_ORDER.opening_line),
        TranscriptLine(Speaker.AGENT, "I'm so sorry. Could you give me your order number?"),
    )
    _, call = conversation_step(state, ROSA, LATE_ORDER, transcript[-1].text, transcript)
    return call


@pytest.fixture
def llm(llm_configured, settings):
    settings.CUSTOMER_ENGINE = "llm"
    settings.OPENAI_CUSTOMER_MODEL = "fake-customer-model"
    return llm_configured


def test_reply_comes_from_the_endpoint_through_the_real_client(llm, call):
    llm.queue(Reply("It's XYZ-48213. Now where is my purifier?"))
    assert LLMEngine().reply(call) == "It's XYZ-48213. Now where is my purifier?"
    request = llm.requests[-1]
    assert request["path"].endswith("/chat/completions")
    assert request["body"]["model"] == "fake-customer-model"
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["authorization"] == "Bearer test-key"
    assert request["body"]["messages"][0]["role"] == "system"


def test_get_engine_gives_the_llm_engine_when_configured(llm):
    engine = get_engine()
    assert isinstance(engine, LLMEngine)
    assert engine.supports_streaming and engine.name == "llm"


def test_streaming_reply_yields_text_as_it_arrives(llm, call):
    llm.queue(Reply("Fine. It's XYZ-48213. Where is it?"))
    pieces = list(LLMEngine().stream_reply(call))
    assert "".join(pieces) == "Fine. It's XYZ-48213. Where is it?"
    assert len(pieces) > 1
    assert llm.requests[-1]["body"]["stream"] is True


def test_streaming_starts_before_the_reply_is_finished(llm, call):
    text = "Okay. " + " ".join(["word"] * 30) + "."
    llm.queue(Reply(text, token_delay=0.01))
    stream = LLMEngine().stream_reply(call)
    first = next(stream)
    assert first and first != text
    rest = "".join(stream)
    assert first + rest == text


def test_rate_limit_becomes_a_retryable_engine_error(llm, call):
    llm.queue(Reply(status=429))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "rate_limit" and info.value.retryable
    assert "busy" in str(info.value)


def test_server_error_becomes_an_engine_error(llm, call):
    llm.queue(Reply(status=500))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "server_error" and info.value.retryable
    assert "500" in str(info.value)


def test_a_bad_key_is_not_retryable_and_names_the_setting(llm, call):
    llm.queue(Reply(status=401))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert not info.value.retryable
    assert "OPENAI_API_KEY" in str(info.value)


def test_slow_reply_past_the_timeout_becomes_a_timeout_error(llm, call):
    llm.queue(Reply("too late", delay=2))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "timeout"
    assert "too long" in str(info.value)


def test_slow_stream_past_the_timeout_becomes_a_timeout_error(llm, call):
    llm.queue(Reply("too late", delay=2))
    with pytest.raises(EngineError) as info:
        list(LLMEngine().stream_reply(call))
    assert info.value.kind == "timeout"


def test_stream_cut_halfway_is_a_connection_error(llm, call):
    llm.queue(Reply("Where is my order, I have waited nine days", cut_after=2))
    received = []
    with pytest.raises(EngineError) as info:
        for piece in LLMEngine().stream_reply(call):
            received.append(piece)
    assert info.value.kind == "connection"
    assert "cut" in str(info.value)


def test_malformed_json_body_is_a_malformed_error(llm, call):
    llm.queue(Reply(raw="{not json"))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "malformed"


def test_empty_content_is_a_malformed_error(llm, call):
    llm.queue(Reply(""))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "malformed"


def test_empty_stream_is_a_malformed_error(llm, call):
    llm.queue(Reply(""))
    with pytest.raises(EngineError) as info:
        list(LLMEngine().stream_reply(call))
    assert info.value.kind == "malformed"


def test_a_reply_that_is_only_an_ai_disclaimer_is_malformed(llm, call):
    llm.queue(Reply("As an AI language model, I cannot pretend to be a customer."))
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "malformed"


def test_unreachable_endpoint_is_a_connection_error(settings, call):
    settings.OPENAI_BASE_URL = "http://127.0.0.1:9/v1"  # discard port: nothing listens
    settings.OPENAI_API_KEY = "k"
    settings.OPENAI_TIMEOUT = 1.0
    settings.OPENAI_MAX_RETRIES = 0
    with pytest.raises(EngineError) as info:
        LLMEngine().reply(call)
    assert info.value.kind == "connection"


def test_the_engine_recovers_after_an_error(llm, call):
    llm.queue(Reply(status=500), Reply("Fine. XYZ-48213."))
    engine = LLMEngine()
    with pytest.raises(EngineError):
        engine.reply(call)
    assert engine.reply(call) == "Fine. XYZ-48213."


# --- cleaning what the model says ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Customer: Where is it?", "Where is it?"),
        ("**Rosa Alvarez:** Where is it?", "Where is it?"),
        ("Ms Alvarez: Where is it?", "Where is it?"),
        ('"Where is it?"', "Where is it?"),
        ("As an AI, I can't do that. Where is my order?", "Where is my order?"),
        ("Where is my order? I'm an AI language model, after all.", "Where is my order?"),
        ("*sighs* Fine. It's XYZ-48213.", "Fine. It's XYZ-48213."),
        ("(angrily) Where is it?", "Where is it?"),
        ("  Where   is it?  ", "Where is it?"),
        ("Where is it?", "Where is it?"),
    ],
)
def test_role_labels_stage_directions_and_ai_disclaimers_are_stripped(call, raw, clean):
    assert clean_reply(raw, call) == clean


def test_streamed_reply_is_cleaned_too(llm, call):
    llm.queue(Reply("Customer: As an AI language model, I cannot do that. Fine, where is it?"))
    assert "".join(LLMEngine().stream_reply(call)) == "Fine, where is it?"


def test_streamed_role_label_is_stripped(llm, call):
    llm.queue(Reply("Rosa Alvarez: It's XYZ-48213, obviously."))
    assert "".join(LLMEngine().stream_reply(call)) == "It's XYZ-48213, obviously."


def test_ordinary_speech_streams_from_its_first_word(call):
    """Only a start that could still be a label or a disclaimer is held back."""
    from simulations.engines.llm import _StreamCleaner

    cleaner = _StreamCleaner(call)
    assert cleaner.feed("I've ") == "I've "
    assert cleaner.feed("waited ") == "waited "
    held = _StreamCleaner(call)
    assert held.feed("I ") == ""  # could be "I am an AI"
    assert held.feed("want ") == "I want "
    label = _StreamCleaner(call)
    assert label.feed("Rosa ") == ""  # could be "Rosa Alvarez:"
    assert label.feed("Alvarez: ") == ""
    assert label.feed("Where ") + label.feed("is ") + label.feed("it? ") + label.finish() == (
        "Where is it? "
    )
    stage = _StreamCleaner(call)
    assert stage.feed("*sighs* ") == ""
    assert stage.feed("Fine. ") + stage.finish() == "Fine. "


# --- configuration checks -----------------------------------------------------------------------


def test_llm_engine_without_an_endpoint_fails_the_system_check(settings):
    settings.CUSTOMER_ENGINE = "llm"
    settings.OPENAI_BASE_URL = ""
    settings.OPENAI_API_KEY = ""
    errors = check_customer_engine()
    assert [e.id for e in errors] == ["simulations.E002"]
    assert isinstance(errors[0], Error)
    assert "OPENAI_BASE_URL" in errors[0].hint and "OPENAI_API_KEY" in errors[0].hint


def test_llm_engine_without_a_model_fails_the_system_check(llm, settings):
    settings.OPENAI_CUSTOMER_MODEL = ""
    assert [e.id for e in check_customer_engine()] == ["simulations.E003"]
    assert "OPENAI_CUSTOMER_MODEL" in check_customer_engine()[0].hint


def test_a_configured_llm_engine_passes_the_system_check(llm):
    assert check_customer_engine() == []


def test_offline_engine_passes_the_system_check(settings):
    settings.CUSTOMER_ENGINE = "offline"
    assert check_customer_engine() == []


def test_a_bad_engine_name_fails_the_system_check_naming_the_setting(settings):
    settings.CUSTOMER_ENGINE = "gpt-magic"
    errors = check_customer_engine()
    assert [e.id for e in errors] == ["simulations.E001"]
    assert "CUSTOMER_ENGINE" in errors[0].msg and "offline" in errors[0].hint


def test_get_engine_with_a_bad_name_raises_improperly_configured():
    with pytest.raises(ImproperlyConfigured, match="CUSTOMER_ENGINE"):
        get_engine("nonsense")


@pytest.mark.parametrize("name", ["offline", "llm", " LLM ", "Offline"])
def test_get_engine_accepts_names_in_any_case(name):
    assert get_engine(name).name == name.strip().lower()


def test_the_configuration_check_is_registered_with_manage_py_check(settings):
    from django.core.checks import run_checks

    settings.CUSTOMER_ENGINE = "bogus"
    assert "simulations.E001" in {message.id for message in run_checks()}
