"""Every environment variable the settings read is in README.md's configuration table."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV_CALL = re.compile(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""")


def settings_variables() -> set[str]:
    names = set()
    for path in (ROOT / "lms" / "settings").glob("*.py"):
        names |= set(ENV_CALL.findall(path.read_text()))
    return names


def readme_table_variables() -> set[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\|\s*`([A-Z][A-Z0-9_]+)`", section, flags=re.M))


def test_settings_read_variables():
    assert {"DATABASE_URL", "REDIS_URL", "OPENAI_API_KEY"} <= settings_variables()


def test_every_setting_variable_is_documented_in_the_readme():
    missing = settings_variables() - readme_table_variables()
    assert not missing, f"add these to README.md's configuration table: {sorted(missing)}"


def test_the_readme_documents_no_variable_the_settings_do_not_read():
    extra = readme_table_variables() - settings_variables()
    assert not extra, f"README.md documents variables nothing reads: {sorted(extra)}"
