"""The offline customer's line tables are data files, one per language."""

import pytest

from simulations.engines.line_tables import languages, line_tables


def test_each_language_file_loads_with_every_table():
    assert {"en", "fr"} <= set(languages())
    for code in languages():
        tables = line_tables(code)
        assert tables.language == code
        assert tables.LINES and tables.ORDINALS and tables.ISSUE_DEFAULT


def test_a_language_without_lines_is_a_clear_error():
    with pytest.raises(LookupError, match="no offline customer lines|No offline customer lines"):
        line_tables("de")
