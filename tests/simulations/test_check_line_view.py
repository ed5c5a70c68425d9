"""The "check a line" box on Try it and the scenario preview: a plain GET form that works
without JavaScript (the Try it page again, with the result) and a fragment for the script."""

import pytest
from django.test import RequestFactory

from tests.simulations import factories

pytestmark = pytest.mark.django_db

ASK_ORDER = "Could you give me your order number, please?"


@pytest.fixture
def draft(db):
    return factories.published_scenario(publish=False)


def check_url(scenario) -> str:
    return f"/practice/try/{scenario.pk}/check/"


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", 302), ("new_hire", 404), ("agent", 404), ("manager", 404), ("trainer", 200)],
)
def test_only_authors_may_check_lines(client_for, role_users, draft, role, expected):
    response = client_for(role_users[role]).get(check_url(draft), {"line": "Hello"})
    assert response.status_code == expected


def test_the_try_it_page_has_the_box(client_for, trainer, draft):
    html = client_for(trainer).get(f"/practice/try/{draft.pk}/").content.decode()
    assert "Check a line" in html
    assert f'action="/practice/try/{draft.pk}/check/#check-line"' in html
    assert "check_line.js" in html


def test_without_javascript_the_page_shows_what_was_understood(client_for, admin_user, draft):
    response = client_for(admin_user).get(check_url(draft), {"line": ASK_ORDER})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Start trial call" in html  # still the Try it page
    assert ASK_ORDER.split(",")[0] in html  # the line, kept in the box
    assert "Order number" in html and "<code>order_number</code>" in html  # the fact asked for
    assert "checkline__mark" in html  # cue quotes highlighted
    assert "As the API returns it" in html


def test_the_fragment_is_the_result_alone(client_for, trainer, draft):
    response = client_for(trainer).get(check_url(draft), {"line": ASK_ORDER, "fragment": "1"})
    html = response.content.decode()
    assert "data-check-line-done" in html and "<code>order_number</code>" in html
    assert "<html" not in html and "Start trial call" not in html


def test_the_result_shows_each_part_of_an_understanding():
    # A hand-made Understanding, so the rendering is checked whatever the rules find today.
    from django.template.loader import render_to_string

    from simulations.engines.base import Resolution
    from simulations.understanding import (
        Commitment,
        Cue,
        CueKind,
        Disclosure,
        OfferedResolution,
        Understanding,
    )
    from simulations.views_check import check_result

    text = "Sorry! I'll reship it, and I guarantee it arrives tomorrow."

    def at(quote):
        return quote, text.index(quote), text.index(quote) + len(quote)

    reship = Resolution("reship", "A free reship", ("reship",), True, True)
    promise = Resolution("date_promise", "Promising a date", ("guarantee",), False, False)
    understanding = Understanding(
        text=text,
        language="en",
        call_language="fr",
        cues=(
            Cue(CueKind.APOLOGY, *at("Sorry")),
            Cue(CueKind.OWNERSHIP, *at("I'll reship it")),
            Cue(CueKind.FORBIDDEN_PROMISE, *at("guarantee it arrives tomorrow")),
            Cue(CueKind.NEXT_STEPS, *at("reship it, and I guarantee")),
        ),
        acts=("statement", "commitment"),
        resolutions=(
            OfferedResolution(reship, *at("reship")),
            OfferedResolution(promise, *at("guarantee")),
        ),
        commitments=(Commitment("date", "tomorrow", *at("tomorrow")),),
        disclosures=(Disclosure("email", "rosa@example.com", 0, 0),),
        off_topic=True,
    )
    result = check_result(understanding)
    assert "".join(p["text"] for p in result["segments"]) == text
    overlap = next(p for p in result["segments"] if p["text"] == "guarantee")
    assert overlap["tone"] == "bad"  # a forbidden promise over a good cue shows red
    assert "A forbidden promise" in overlap["labels"] and "Clear next steps" in overlap["labels"]
    html = render_to_string(
        "simulations/includes/check_line_result.html", {"check": {"result": result}}
    )
    assert html.count('class="checkline__mark checkline__mark--bad"') >= 1
    assert "<code>forbidden_promise</code>" in html and "<q>Sorry</q>" in html
    assert "Commits to something" in html and "States something" in html
    assert 'A free reship <span class="badge badge--ok">allowed</span>' in html
    assert 'Promising a date <span class="badge badge--bad">forbidden by policy</span>' in html
    assert "<strong>tomorrow</strong>" in html
    assert "Email address" in html and "rosa@example.com" in html
    assert "not the customer’s language (French)" in html and "Off topic" in html
    assert "&quot;resolutions&quot;: [" in html  # the API's JSON, escaped


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"line": ""}, "The message is empty"),
        ({"line": "y" * 2001}, "2000 characters"),
        ({"line": "Hello", "language": "xx"}, "en, fr, zh-hans, id, bg"),
    ],
)
def test_bad_input_is_shown_in_the_box(client_for, trainer, draft, params, needle):
    response = client_for(trainer).get(check_url(draft), {**params, "fragment": "1"})
    assert response.status_code == 200
    assert needle in response.content.decode()


def test_the_preview_has_the_box_opening_results_apart(trainer, draft):
    request = RequestFactory().get("/")
    request.user = trainer
    response = draft.serve_preview(request, draft.default_preview_mode)
    response.render()
    html = response.content.decode()
    assert "Check a line" in html and 'target="_blank"' in html
    assert "latest saved version" in html
