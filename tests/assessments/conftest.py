import pytest


@pytest.fixture
def rubrics(db):
    """The demo rubrics: the default and each demo scenario's own (where the scenario exists)."""
    from tests.assessments.factories import demo_rubrics, scenario

    scenario("late-order-angry")
    scenario("refund-outside-window")
    demo_rubrics()


@pytest.fixture
def late_order(rubrics):
    from tests.assessments.factories import scenario

    return scenario("late-order-angry")


@pytest.fixture
def golden():
    from tests.assessments.factories import golden_transcripts

    return {
        name: [(line["speaker"], line["text"]) for line in case["transcript"]]
        for name, case in golden_transcripts()
    }


@pytest.fixture
def graded_session(agent, late_order, golden):
    from tests.assessments.factories import ended_session

    return ended_session(agent, late_order, golden["01_late_order_good"], outcome="resolved")


@pytest.fixture
def poor_session(agent, late_order, golden):
    from tests.assessments.factories import ended_session

    return ended_session(agent, late_order, golden["02_late_order_date_promise"])
