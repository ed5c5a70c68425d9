"""Demo content for this app, built through services; idempotent."""


def load(*, stdout=None) -> None:
    return None
