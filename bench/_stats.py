"""The one percentile the benchmarks report (nearest rank; 0 for no values)."""


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))] if values else 0.0
