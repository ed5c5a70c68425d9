"""Personas and scenarios in packs (a scenario may carry a translation for another locale)."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale

from courses.models import LessonPage, Skill
from simulations.authoring import cue_kind_values
from simulations.models import (
    CUE_LABELS,
    Persona,
    Scenario,
    ScenarioCustomerLine,
)
from simulations.services.content import SCALARS, persona_build, scenario_build

from .base import (
    Kind,
    drop_empty,
    latest,
    lines,
    model_problems,
    problem_if_missing,
    save_snippet,
    slug_exists,
)

# A scenario's settings, not its words: a translation never carries these.
NOT_TRANSLATED = (
    "channel",
    "direction",
    "difficulty",
    "max_turns",
    "time_limit_seconds",
    "target_handle_seconds",
)


class PersonaKind(Kind):
    name, folder, model = "persona", "personas", Persona

    def find(self, slug, *, locale=""):
        return Persona.objects.filter(slug=slug).first()

    def _build(self, persona, d):
        return persona_build(persona, d)

    def check(self, item, ctx):
        persona = self._build(Persona(slug=item.slug), item.data)
        problems = model_problems(item, persona, exclude=["slug"])
        known = ", ".join(CUE_LABELS)
        for field in ("calmed_by", "inflamed_by"):
            for cue in item.data.get(field) or {}:
                if cue not in CUE_LABELS:
                    problems.append(
                        item.problem((field, cue), f"unknown cue kind “{cue}” (known: {known})")
                    )
        return problems

    def apply(self, item, existing, ctx):
        persona = self._build(latest(existing) or Persona(slug=item.slug), item.data)
        return save_snippet(persona, publish=ctx.publish, created=existing is None)

    def export(self, obj):
        p = latest(obj)
        return drop_empty(
            {
                "slug": p.slug,
                "name": p.name,
                "temperament": p.temperament,
                "starting_mood": p.starting_mood,
                "patience": p.patience,
                "calmed_by": {t.cue: t.strength for t in p.calming_triggers.all()},
                "inflamed_by": {t.cue: t.strength for t in p.inflaming_triggers.all()},
                "speaking_style": p.speaking_style,
                "language": p.language,
                "voice": p.voice,
                "address_term": p.address_term,
            }
        )

    def title(self, obj):
        return obj.name


# A translation carries the words; the rest comes from the source scenario.
TRANSLATED_ROWS = {
    "hidden_facts": ("label", "value", "earned_by", "reveal_line"),
    "resolutions": ("label", "phrases", "customer_reaction"),
    "steps": ("label", "phrases", "report", "blocked_report", "value"),
}


def _lesson(slug):
    return LessonPage.objects.filter(slug=slug).order_by("pk").first() if slug else None


def _lesson_in_pack(ctx, slug) -> bool:
    return any(
        lesson.get("slug") == slug
        for course in ctx.pack.of("course")
        for lesson in course.data.get("lessons", ())
    )


class ScenarioKind(Kind):
    name, folder, model, translatable = "scenario", "scenarios", Scenario, True

    def find(self, slug, *, locale=""):
        return Scenario.objects.filter(slug=slug, locale=Locale.get_default()).first()

    def _build(self, scenario, d, *, persona, lesson):
        return scenario_build(scenario, d, persona=persona, lesson=lesson)

    def check(self, item, ctx):
        d = item.data
        problems = problem_if_missing(
            item, ctx, ("persona",), "persona", d.get("persona"), exists=PERSONA.find
        )
        for i, slug in enumerate(d.get("skills", ())):
            problems += problem_if_missing(
                item,
                ctx,
                ("skills", i),
                "skill",
                slug,
                exists=slug_exists(Skill),
            )
        if (lesson := d.get("lesson")) and not (_lesson_in_pack(ctx, lesson) or _lesson(lesson)):
            problems.append(
                item.problem(
                    ("lesson",), f"no lesson with the slug “{lesson}” in the pack or on this site"
                )
            )
        problems += self._check_content(item)
        return problems

    def _check_content(self, item) -> list:
        d = item.data
        scenario = self._build(Scenario(slug=item.slug or "x"), d, persona=None, lesson=None)
        problems = model_problems(item, scenario, exclude=["slug", "persona", "lesson", "locale"])
        for field in ("hidden_facts", "resolutions", "steps"):
            for i, row in enumerate(getattr(scenario, field).all()):
                problems += model_problems(item, row, (field, i), exclude=["scenario"])
        facts = [f.get("key") for f in d.get("hidden_facts", ())]
        cues = cue_kind_values()
        for field in ("resolutions", "steps"):
            keys = [r.get("key") for r in d.get(field, ())]
            for i, row in enumerate(d.get(field, ())):
                if keys.count(row.get("key")) > 1:
                    problems.append(item.problem((field, i, "key"), "two share this key"))
                for j, name in enumerate(row.get("requires", ())):
                    problems += self._requirement_problems(
                        item, (field, i, "requires", j), name, facts, cues, keys
                    )
        resolutions = [r.get("key") for r in d.get("resolutions", ())]
        for i, key in enumerate(d.get("prefers", ())):
            if key not in resolutions:
                problems.append(
                    item.problem(("prefers", i), f"“{key}” is not one of its resolutions")
                )
        for i, row in enumerate(d.get("steps", ())):
            if row.get("fact") and row["fact"] not in facts:
                problems.append(
                    item.problem(("steps", i, "fact"), "not a hidden fact of this scenario")
                )
        lines_problems = []
        for intent, bands in (d.get("customer_lines") or {}).items():
            for band, texts in bands.items():
                for k, text in enumerate(texts):
                    row = ScenarioCustomerLine(intent=intent, band=band, text=text)
                    lines_problems += model_problems(
                        item, row, ("customer_lines", intent, band, k), exclude=["scenario"]
                    )
        return problems + sorted(set(lines_problems))

    @staticmethod
    def _requirement_problems(item, path, name, facts, cues, step_keys) -> list:
        if path[0] == "steps":
            if name in step_keys:
                return []
            return [item.problem(path, f"“{name}” is not a step of this scenario")]
        if name in facts or name in cues:
            return []
        return [
            item.problem(
                path,
                f"names “{name}”, which is neither a hidden fact of this scenario "
                f"(facts: {', '.join(facts) or 'none'}) nor a cue kind",
            )
        ]

    def apply(self, item, existing, ctx):
        d = item.data
        scenario = latest(existing) or Scenario(slug=item.slug, locale=Locale.get_default())
        self._build(
            scenario, d, persona=PERSONA.find(d["persona"]), lesson=_lesson(d.get("lesson"))
        )
        scenario.skills = list(Skill.objects.filter(slug__in=d.get("skills", ())))
        return save_snippet(scenario, publish=ctx.publish, created=existing is None)

    def export(self, obj):
        s = latest(obj)
        data = {"slug": s.slug}
        for name in SCALARS[:1]:
            data[name] = getattr(s, name)
        data["persona"] = s.persona.slug if s.persona_id else None
        data["skills"] = sorted(k.slug for k in s.skills.all())
        data["lesson"] = s.lesson.slug if s.lesson_id else None
        for name in SCALARS[1:]:
            data[name] = getattr(s, name)
        data.update(self._rows(s))
        data["accept_requires"] = lines(s.accept_requires)
        data["prefers"] = lines(s.prefers)
        return drop_empty(data)

    @staticmethod
    def _rows(s) -> dict:
        customer_lines: dict = {}
        for line in s.customer_lines.all():
            customer_lines.setdefault(line.intent, {}).setdefault(line.band, []).append(line.text)
        return {
            "hidden_facts": [
                drop_empty(
                    {
                        "key": f.key,
                        "label": f.label,
                        "value": f.value,
                        "earned_by": lines(f.earned_by),
                        "reveal_line": f.reveal_line,
                    }
                )
                for f in s.hidden_facts.all()
            ],
            "resolutions": [
                drop_empty(
                    {
                        "key": r.key,
                        "label": r.label,
                        "phrases": lines(r.phrases),
                        "allowed": r.allowed,
                        "satisfies": r.satisfies,
                        "customer_reaction": r.customer_reaction,
                        "requires": lines(r.requires),
                    }
                )
                for r in s.resolutions.all()
            ],
            "steps": [
                drop_empty(
                    {
                        "key": st.key,
                        "label": st.label,
                        "phrases": lines(st.phrases),
                        "requires": lines(st.requires),
                        "report": st.report,
                        "blocked_report": st.blocked_report,
                        "fact": st.fact,
                        "value": st.value,
                        "solves": st.solves,
                    }
                )
                for st in s.steps.all()
            ],
            "customer_lines": customer_lines,
        }

    def links(self, obj):
        s = latest(obj)
        found = [("persona", s.persona)] if s.persona_id else []
        found += [("skill", k) for k in s.skills.all()]
        if s.lesson_id:
            found.append(("course", s.lesson.get_parent().specific))
        return found

    def title(self, obj):
        return obj.title

    # translations: a scenario in another language, linked to its source by translation key

    def find_translation(self, source, locale):
        return Scenario.objects.filter(
            translation_key=source.translation_key, locale__language_code=locale
        ).first()

    def translated(self, item, source_data: dict) -> dict:
        """The translation's full data: its words over the source's structure."""
        d = dict(source_data)
        words = item.data
        for name in (*SCALARS, "slug", "customer_lines", "acceptance_note"):
            if name in words:
                d[name] = words[name]
        d["language"] = words.get("language", item.locale)
        for field, names in TRANSLATED_ROWS.items():
            by_key = {row.get("key"): row for row in words.get(field, ())}
            d[field] = [
                {
                    **row,
                    **{n: by_key[row["key"]][n] for n in names if n in by_key.get(row["key"], {})},
                }
                for row in source_data.get(field, ())
            ]
        return d

    def check_translation(self, item, ctx, source_data) -> list:
        problems = []
        if item.locale not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            problems.append(item.problem((), f"“{item.locale}” is not a content language"))
        if not item.data.get("slug"):
            problems.append(
                item.problem(("slug",), "a translated scenario needs a slug of its own")
            )
        for field in TRANSLATED_ROWS:
            keys = {row.get("key") for row in source_data.get(field, ())}
            for i, row in enumerate(item.data.get(field, ())):
                if row.get("key") not in keys:
                    problems.append(
                        item.problem(
                            (field, i, "key"), "the source scenario has no row with this key"
                        )
                    )
        merged = type(item)(item.kind, item.path, self.translated(item, source_data), item.lines)
        return problems + self._check_content(merged)

    def apply_translation(self, item, source, existing, ctx):
        locale = Locale.objects.get_or_create(language_code=item.locale)[0]
        d = self.translated(item, self.export(source))
        scenario = latest(existing) or Scenario(
            slug=d["slug"], locale=locale, translation_key=source.translation_key
        )
        self._build(scenario, d, persona=source.persona, lesson=source.lesson)
        scenario.slug = d["slug"]
        scenario.skills = list(latest(source).skills.all())
        return save_snippet(scenario, publish=ctx.publish, created=existing is None)

    def export_translation(self, obj, source):
        s = self.export(obj)
        words = {name: s[name] for name in (*SCALARS, "customer_lines") if name in s}
        words = {
            "slug": s["slug"],
            **{k: v for k, v in words.items() if k not in NOT_TRANSLATED},
        }
        for field, names in TRANSLATED_ROWS.items():
            words[field] = [
                {"key": row["key"], **{n: row[n] for n in names if n in row}}
                for row in s.get(field, ())
            ]
        return drop_empty(words)


PERSONA, SCENARIO = PersonaKind(), ScenarioKind()
