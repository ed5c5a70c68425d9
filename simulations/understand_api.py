"""POST /api/v1/simulations/understand: what the product understands from one agent line.

    POST /understand  {"text", "scenario": slug (optional), "language": code (optional)}
                      -> Understanding.to_dict(): language, cues (kind, quote, start, end),
                         acts, facts (hidden-fact keys asked for), resolutions (key, allowed,
                         quote), steps (scenario steps the line performs: key, quote),
                         commitments, disclosures, off_topic, addressed_to_grader

The same reading the customer and the graders get in a call (``simulations.understanding``,
the rules backend), for integrations, the ``understand`` command and the "check a line" box.
Any signed-in caller (session or Bearer token). A scenario is looked up by slug: learners
see published scenarios only; trainers and admins read a scenario's latest revision, draft
or not. Quotes and offsets index ``text`` exactly as sent.

Errors: 401 unauthenticated; 404 an unknown (or, for learners, unpublished) scenario;
422 empty or over-long text (2,000 characters, the turn endpoint's limit) or a language
that is not an interface language (the message lists them); 429 over API_RATE_LIMIT or
UNDERSTAND_RATE_LIMIT (lms.api mounts this router with both throttles).
"""

from __future__ import annotations

from django.conf import settings
from ninja import Router, Schema
from ninja.errors import HttpError, ValidationError
from ninja.throttling import UserRateThrottle

from accounts.network import client_ip
from accounts.permissions import can_author

from . import authoring

router = Router(tags=["simulations"])


class UnderstandRateThrottle(UserRateThrottle):
    """Per-caller limit on reading lines, from settings.UNDERSTAND_RATE_LIMIT (read on each
    request); counted apart from the API-wide limit, by user, or by IP address as the
    API-wide throttle counts."""

    scope = "understand"

    def __init__(self):
        super().__init__(rate=settings.UNDERSTAND_RATE_LIMIT)

    def allow_request(self, request):
        self.rate = settings.UNDERSTAND_RATE_LIMIT
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_ident(self, request):
        return client_ip(request)


class UnderstandIn(Schema):
    text: str
    scenario: str | None = None  # a scenario's slug: its hidden facts and resolutions count
    language: str | None = None  # an interface language; default the scenario's, else English


class CueOut(Schema):
    kind: str
    quote: str
    start: int
    end: int


class ResolutionOut(Schema):
    key: str
    allowed: bool
    quote: str


class StepOut(Schema):
    key: str
    quote: str


class CommitmentOut(Schema):
    kind: str
    value: str
    quote: str


class DisclosureOut(Schema):
    kind: str
    quote: str


class UnderstandingOut(Schema):
    language: str
    cues: list[CueOut]
    acts: list[str]
    facts: list[str]
    resolutions: list[ResolutionOut]
    steps: list[StepOut]
    commitments: list[CommitmentOut]
    disclosures: list[DisclosureOut]
    off_topic: bool
    addressed_to_grader: bool


class ErrorOut(Schema):
    detail: str


class FieldErrorOut(Schema):
    field: str
    message: str


class InvalidOut(Schema):
    detail: str
    errors: list[FieldErrorOut]


@router.post(
    "/understand",
    response={
        200: UnderstandingOut,
        401: ErrorOut,
        404: ErrorOut,
        422: InvalidOut,
        429: ErrorOut,
    },
    summary="What Callwise understands from an agent's line",
    description=(
        "Reads one line as a call would: the cues the customer and the graders react to "
        "(each with its quote and offsets into `text`), what the line does, the hidden facts "
        "it asks for and the resolutions it offers (with a `scenario`), commitments, personal "
        "data read out, and whether it is off topic or addressed to the grader. Nothing is "
        "saved. `language` is one of the interface languages; by default the scenario's, "
        "else English. Learners may name published scenarios; trainers and admins also drafts."
    ),
)
def understand(request, payload: UnderstandIn):
    try:
        text = authoring.line_text_clean(payload.text)
        language = authoring.line_language_clean(payload.language)
        scenario = None
        if payload.scenario:
            scenario = authoring.scenario_for_line(
                payload.scenario, drafts=can_author(request.user)
            )
    except authoring.LineError as exc:
        if exc.status == 404:
            raise HttpError(404, str(exc)) from exc
        raise ValidationError([{"loc": ("body", "payload", exc.field), "msg": str(exc)}]) from exc
    return authoring.understand_line(text, scenario=scenario, language=language).to_dict()
