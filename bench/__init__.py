"""Benchmarks for `make bench`: each module here has ``run() -> list[str]`` (lines to print)."""
