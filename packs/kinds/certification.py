"""Certification programs in packs: requirements name courses, quizzes and scenarios by slug."""

from __future__ import annotations

from certification.models import CertificationProgram

from ..streams import stream_in, stream_out
from .base import Kind, drop_empty, latest, model_problems, save_snippet
from .choosers import chooser_pks, chooser_slugs

REQUIREMENTS = CertificationProgram._meta.get_field("requirements").stream_block
FIELDS = {
    "level": None,
    "description": "",
    "validity_months": 12,
    "recert_window_days": None,
    "auto_reenrol": None,
}


class ProgramKind(Kind):
    name, folder, model = "program", "programs", CertificationProgram

    def find(self, slug, *, locale=""):
        return CertificationProgram.objects.filter(slug=slug).first()

    def _build(self, program, item, ctx, *, build=True):
        d = item.data
        program.title = d["title"]
        for name, default in FIELDS.items():
            if name in d:
                setattr(program, name, d[name])
            elif default is not None:
                setattr(program, name, default)
        value, problems = stream_in(
            REQUIREMENTS,
            d.get("requirements", []),
            chooser_pks(ctx),
            item=item,
            path=("requirements",),
            build=build,
        )
        if build:
            program.requirements = value
        return problems

    def check(self, item, ctx):
        program = CertificationProgram(slug=item.slug)
        problems = self._build(program, item, ctx, build=False)
        return problems + model_problems(item, program, exclude=["slug", "requirements"])

    def apply(self, item, existing, ctx):
        program = latest(existing) or CertificationProgram(slug=item.slug)
        self._build(program, item, ctx)
        return save_snippet(program, publish=ctx.publish, created=existing is None)

    def export(self, obj):
        p = latest(obj)
        requirements, _dropped = stream_out(REQUIREMENTS, p.requirements, chooser_slugs)
        data = {"slug": p.slug, "title": p.title}
        data.update({name: getattr(p, name) for name in FIELDS})
        data["requirements"] = requirements
        return drop_empty(data)

    def links(self, obj):
        found = []
        kinds = {"course": "course", "quiz": "quiz", "scenario": "scenario"}
        for block in latest(obj).requirements:
            for name, kind in kinds.items():
                if block.value.get(name):
                    found.append((kind, block.value[name]))
            found += [("scenario", s) for s in block.value.get("scenarios", []) or [] if s]
        return found

    def title(self, obj):
        return obj.title


PROGRAM = ProgramKind()
