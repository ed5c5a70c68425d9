"""The interface translations (Django i18n) are complete, well formed and compiled.

The catalogues live in ``locale/<lang>/LC_MESSAGES/django.po`` and their compiled ``.mo``
files are committed, so these tests need neither gettext nor polib: the ``.po`` files are
parsed here with a small reader, and the ``.mo`` files with the standard library's
``gettext`` module.
"""

import ast
import gettext as stdlib_gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "locale"
# Languages whose catalogues must be complete.
COMPLETE = ["fr", "zh_Hans", "id", "bg"]
# Every interface language other than English has a catalogue.
ALL = ["fr", "zh_Hans", "id", "bg"]
APPS = ["accounts", "courses", "simulations", "assessments", "certification", "lms"]

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Once named placeholders and escaped "%%" are removed, a "%" left would break python-format.
FORMAT_TOKENS = re.compile(r"%\(\w+\)[sd]|%%")


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str = ""
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def forms(self) -> list[str]:
        return [self.msgstr[i] for i in sorted(self.msgstr)]


def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def parse_po(path: Path) -> list[Entry]:
    """Read a gettext-made .po file (entries separated by blank lines), header included."""
    entries = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        entry, target = Entry(), None
        for line in (raw.strip() for raw in block.splitlines()):
            if line.startswith("#~"):
                entry.obsolete = True
            elif line.startswith("#,"):
                entry.flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#") or not line:
                continue
            elif line.startswith('"'):
                if target[0] == "msgstr":
                    entry.msgstr[target[1]] += _unquote(line)
                else:
                    setattr(entry, target[0], getattr(entry, target[0]) + _unquote(line))
            else:
                keyword, _, rest = line.partition(" ")
                if keyword.startswith("msgstr"):
                    index = int(keyword[7:-1]) if "[" in keyword else 0
                    entry.msgstr[index] = _unquote(rest)
                    target = ("msgstr", index)
                else:
                    setattr(entry, keyword, _unquote(rest))
                    target = (keyword, 0)
        if entry.msgstr:
            entries.append(entry)
    return entries


def messages(lang: str) -> list[Entry]:
    return [e for e in parse_po(LOCALE / lang / "LC_MESSAGES" / "django.po") if e.msgid]


def header(lang: str) -> dict[str, str]:
    head = next(e for e in parse_po(LOCALE / lang / "LC_MESSAGES" / "django.po") if not e.msgid)
    pairs = (line.split(":", 1) for line in head.msgstr[0].splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in pairs}


def label(entry: Entry) -> str:
    return f"{entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid!r}"


@pytest.mark.parametrize("lang", ALL)
def test_every_language_has_a_catalogue(lang):
    assert (LOCALE / lang / "LC_MESSAGES" / "django.po").is_file()
    assert (LOCALE / lang / "LC_MESSAGES" / "django.mo").is_file()
    assert len(messages(lang)) > 500


def test_settings_offer_the_translated_languages():
    codes = {code for code, _ in settings.LANGUAGES}
    assert codes == {"en", "fr", "zh-hans", "id", "bg"}
    assert LOCALE in [Path(p) for p in settings.LOCALE_PATHS]


@pytest.mark.parametrize("lang", COMPLETE)
def test_every_message_is_translated_and_none_is_fuzzy(lang):
    untranslated = [label(e) for e in messages(lang) if not e.obsolete and not all(e.forms)]
    fuzzy = [label(e) for e in messages(lang) if not e.obsolete and "fuzzy" in e.flags]
    assert not untranslated, f"{len(untranslated)} untranslated in {lang}: {untranslated[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {lang}: {fuzzy[:10]}"


@pytest.mark.parametrize(("lang", "nplurals"), [("fr", 2), ("zh_Hans", 1), ("id", 1), ("bg", 2)])
def test_headers_declare_the_language_and_its_plural_forms(lang, nplurals):
    head = header(lang)
    assert head["Language"] == lang
    assert "charset=UTF-8" in head["Content-Type"]
    assert head["Plural-Forms"].startswith(f"nplurals={nplurals};")
    for entry in messages(lang):
        if entry.msgid_plural and all(entry.forms):
            assert len(entry.forms) == nplurals, label(entry)


def _names(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", ALL)
def test_translations_keep_every_placeholder_and_tag(lang):
    problems = []
    for entry in messages(lang):
        if entry.obsolete or not all(entry.forms):
            continue
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        wanted = set().union(*(_names(s) for s in sources))
        tags = sorted(TAG.findall(entry.msgid))
        for i, form in enumerate(entry.forms):
            got = _names(form)
            if entry.msgid_plural:
                # The last form is the general plural: it needs the plural's placeholders;
                # a singular form may spell the count out ("one …").
                need = _names(entry.msgid_plural) if i == len(entry.forms) - 1 else set()
                ok = need <= got <= wanted
            else:
                ok = got == wanted
            if not ok:
                problems.append(f"{label(entry)} -> {form!r} (placeholders)")
            if sorted(TAG.findall(form)) != tags:
                problems.append(f"{label(entry)} -> {form!r} (markup)")
            if "python-format" in entry.flags and "%" in FORMAT_TOKENS.sub("", form):
                problems.append(f"{label(entry)} -> {form!r} (a bare %)")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", ALL)
def test_compiled_catalogue_matches_the_po_file(lang):
    """The committed .mo says what the .po says (run compilemessages after editing)."""
    with open(LOCALE / lang / "LC_MESSAGES" / "django.mo", "rb") as fh:
        mo = stdlib_gettext.GNUTranslations(fh)
    stale = []
    for entry in messages(lang):
        if entry.obsolete or "fuzzy" in entry.flags or not all(entry.forms):
            continue
        if entry.msgid_plural:
            for n in (0, 1, 2, 5, 21):
                got = (
                    mo.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                    if entry.msgctxt
                    else mo.ngettext(entry.msgid, entry.msgid_plural, n)
                )
                if got != entry.forms[mo.plural(n)]:
                    stale.append(label(entry))
                    break
        else:
            got = (
                mo.pgettext(entry.msgctxt, entry.msgid)
                if entry.msgctxt
                else mo.gettext(entry.msgid)
            )
            if got != entry.forms[0]:
                stale.append(label(entry))
    assert not stale, f"{len(stale)} stale in {lang}.mo: {stale[:10]}"


GETTEXT_CALLS = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy"}
TRANS_TAG = re.compile(
    r"""\{%\s*trans(?:late)?\s+(["'])((?:(?!\1).)*)\1"""
    r"""(?:\s+context\s+(["']).*?\3)?(?:\s+as\s+\w+)?\s*%\}"""
)


def _source_strings() -> set[str]:
    """Literal strings marked for translation in the apps' Python code and in templates."""
    found: set[str] = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in GETTEXT_CALLS:
                    continue
                arg = node.args[1] if name.startswith("pgettext") else node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    found.add(arg.value)
    for path in (ROOT / "templates").rglob("*"):
        if path.suffix in {".html", ".txt"}:
            for match in TRANS_TAG.finditer(path.read_text(encoding="utf-8")):
                # makemessages escapes "%" in template strings as "%%".
                found.add(match.group(2).replace("%", "%%"))
    return found


@pytest.mark.parametrize("lang", ["fr", "zh_Hans"])
def test_catalogue_covers_the_strings_marked_in_the_code(lang):
    """A new {% trans %} or gettext string needs makemessages + a translation."""
    known = {e.msgid for e in messages(lang) if all(e.forms)}
    missing = sorted(s for s in _source_strings() if s not in known)
    assert not missing, f"{len(missing)} strings not in {lang}: {missing[:15]}"


@pytest.mark.parametrize(
    ("language", "english", "translated"),
    [
        ("fr", "Sign out", "Se déconnecter"),
        ("fr", "Courses", "Formations"),
        ("fr", "Practice", "Entraînement"),
        ("fr", "Practice call", "Appel simulé"),
        ("fr", "Team dashboard", "Tableau de bord de l'équipe"),
        ("zh-hans", "Sign out", "退出登录"),
        ("zh-hans", "Courses", "课程"),
        ("zh-hans", "Practice call", "模拟通话"),
        ("zh-hans", "Agent", "客服专员"),
        ("id", "Sign out", "Keluar"),
        ("bg", "Sign out", "Изход"),
    ],
)
def test_django_serves_the_translations(language, english, translated):
    with translation.override(language):
        assert translation.gettext(english) == translated


def test_plurals_and_placeholders_render():
    with translation.override("fr"):
        one = translation.ngettext("%(n)s lesson", "%(n)s lessons", 1) % {"n": 1}
        many = translation.ngettext("%(n)s lesson", "%(n)s lessons", 4) % {"n": 4}
        assert (one, many) == ("1 leçon", "4 leçons")
        assert translation.gettext("Welcome back, %(name)s") % {"name": "Ana"} == (
            "Bon retour, Ana"
        )
    with translation.override("zh-hans"):
        assert translation.ngettext("%(n)s lesson", "%(n)s lessons", 4) % {"n": 4} == "4 节课时"


def test_role_and_language_names_are_translated():
    from accounts.roles import Role

    with translation.override("fr"):
        assert str(Role.NEW_HIRE.label) == "Nouvel arrivant"
        assert str(dict(settings.LANGUAGES)["zh-hans"]) == "Chinois simplifié"
    with translation.override("zh-hans"):
        assert str(Role.MANAGER.label) == "主管"


def test_language_switcher_sets_the_language(client):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/accounts/login/"})
    assert response.status_code == 302
    page = client.get("/accounts/login/")
    assert page.headers["Content-Language"] == "fr"
    assert '<html lang="fr">' in page.content.decode()
    assert "Se connecter" in page.content.decode()
