"""Accessibility checks with axe-core (bundled by axe-playwright-python; no CDN).

``assert_accessible(page, "where")`` runs axe on the page as it is now and fails
with every serious or critical violation, the rule, its help and the nodes.
"""

from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}

_axe = Axe()


def blocking_violations(page) -> list[dict]:
    results = _axe.run(page)
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s)")
        for node in v["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node.get('failureSummary', '')[:200]}")
    return "\n".join(lines)


def assert_accessible(page, where: str) -> None:
    violations = blocking_violations(page)
    assert not violations, f"axe found serious or critical issues on {where}:\n" + describe(
        violations
    )
