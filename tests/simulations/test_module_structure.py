"""The reads never import the writes: no module of ``simulations.selectors`` imports
``simulations.services``, at the top or inside a function, absolutely or relatively.

The services read through the selectors (the content a session pinned, for one); a
selector that imported a service would bring back the import cycle between the two.
What both need lives apart (``simulations.call_rules``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import simulations.selectors

SELECTORS = Path(simulations.selectors.__file__).parent
SELECTOR_MODULES = sorted(SELECTORS.rglob("*.py"))
SERVICES = "simulations.services"


def _package_of(path: Path) -> str:
    """The package a module's relative imports start from (``simulations.selectors``...)."""
    parts = path.relative_to(SELECTORS.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1])


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module) for every import anywhere in the source, function level too;
    ``from X import y`` also counts as importing ``X.y`` (``y`` may be a module)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([module] if module else [])])
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _is_services(module: str) -> bool:
    return module == SERVICES or module.startswith(SERVICES + ".")


def test_the_selectors_package_has_its_modules():
    assert {p.name for p in SELECTOR_MODULES} >= {"__init__.py", "queries.py", "call_screen.py"}


@pytest.mark.parametrize("path", SELECTOR_MODULES, ids=lambda p: p.name)
def test_no_selector_imports_the_services(path):
    imports = _imports_in(path.read_text(), _package_of(path))
    services = [f"line {line}: {module}" for line, module in imports if _is_services(module)]
    assert not services, f"{path.name} imports the services: {services}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from ..services import MAX_TURN_CHARS", True),
        ("from .. import services", True),
        ("from ..services.turns import turn_text_clean", True),
        ("from simulations.services import SessionError", True),
        ("from simulations import services", True),
        ("import simulations.services.lifecycle", True),
        ("def f():\n    from ..services import session_end", True),
        ("from ..services_report import x", False),
        ("from .revisions import session_data", False),
        ("from ..call_rules import MAX_TURN_CHARS", False),
    ],
)
def test_the_check_sees_every_way_of_importing_the_services(source, expected):
    found = [module for _, module in _imports_in(source, "simulations.selectors")]
    assert any(_is_services(module) for module in found) is expected, found
