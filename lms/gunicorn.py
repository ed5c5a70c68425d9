"""gunicorn's hooks for bin/serve (its settings are on bin/serve's command line)."""


def post_worker_init(worker):
    """Warm each web process before it takes its first request, then set what it loaded
    aside from the garbage collector (lms/warmup.py)."""
    from lms.warmup import freeze_heap, warm

    worker.log.info("warmed up in %.1fs", warm())
    freeze_heap()
