"""A web worker is warm before its first request: what a call needs is loaded, and what it
loaded is set aside from the garbage collector, so large pages do not stall on full
collections of the whole heap (lms/gunicorn.py, measured by ``make bench dashboard``)."""

import gc
import logging

import pytest

from lms import gunicorn


class _Worker:
    log = logging.getLogger("test.worker")


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


@pytest.mark.django_db
def test_a_worker_warms_up_then_sets_its_heap_aside(unfrozen, caplog):
    assert gc.get_freeze_count() == 0
    with caplog.at_level(logging.INFO, logger="test.worker"):
        gunicorn.post_worker_init(_Worker())
    assert "warmed up in" in caplog.text
    # Django, Wagtail and the models the warm-up loaded are no longer scanned.
    assert gc.get_freeze_count() > 50_000
