"""The six demo scenarios and their personas as the engines see them (``ScenarioData`` /
``PersonaData``, no database), for the pure tests of understanding, mood, conversation,
prompts and engines.

Built only from the demo pack's files (``packs.demo.scenario_data`` / ``persona_data``), so the
tests follow the demo content as it really is: when the demo author changes a scenario,
these change with it.

The demo content has no French scenario (nor does ``simulations.demo`` or the courses'
demo). ``LATE_ORDER_FR`` and ``ROSA_FR`` are therefore made here, and only here: the real
late-order scenario and its persona with ``language="fr"``, and the French wording the
French tests need (title, problem, goal, opening line, the facts' labels, earning phrases
and reveal lines, the resolutions' phrases and reactions). Everything else (slugs of the
facts and resolutions, what is allowed, ``accept_requires``, the persona's mood, patience
and triggers) is the real scenario's. Its ``customer_lines`` are left empty, so the offline
engine's French tables speak (the real ones are English).
"""

from __future__ import annotations

from dataclasses import replace

from packs.demo import items, persona_data, scenario_data
from simulations.engines.base import PersonaData, ScenarioData

SCENARIOS = items("scenario")

_PERSONA_OF = {s["slug"]: s["persona"] for s in SCENARIOS}


def _persona_for(scenario: ScenarioData) -> PersonaData:
    return persona_data(_PERSONA_OF[scenario.slug])


# --- the six demo scenarios --------------------------------------------------------------------

LATE_ORDER = scenario_data("late-order-angry")
BILLING = scenario_data("billing-confused")
CANCEL = scenario_data("cancel-subscription-save")
TECH = scenario_data("tech-support-frustrated")
REFUND = scenario_data("refund-outside-window")
SHIPPED = scenario_data("shipped-order-change-anxious")

# --- their personas ----------------------------------------------------------------------------

ROSA = _persona_for(LATE_ORDER)  # Rosa Alvarez, angry
WALTER = _persona_for(BILLING)  # Walter Okafor, confused
PRIYA = _persona_for(CANCEL)  # Priya Natarajan, impatient
FRANK = _persona_for(TECH)  # Frank Delaney, low_tech
GRAHAM = _persona_for(REFUND)  # Graham Pryce, skeptical
AMARA = _persona_for(SHIPPED)  # Amara Osei, anxious

# --- a French call (no real counterpart: see the module docstring) -----------------------------

_FR_FACTS = {
    "order_number": {
        "label": "Numéro de commande",
        "earned_by": ("numéro de commande", "numero de commande", "référence de commande"),
        "reveal_line": "XYZ-48213. Vous devriez l'avoir sous les yeux depuis le temps.",
    },
    "account_email": {
        "label": "Adresse e-mail du compte",
        "earned_by": ("adresse e-mail", "adresse mail", "votre e-mail", "courriel"),
        "reveal_line": "rosa.alvarez@example.com. La même que la dernière fois.",
    },
    "postcode": {
        "label": "Code postal de facturation",
        "earned_by": ("code postal",),
        "reveal_line": "97214.",
    },
    "why_it_matters": {
        "label": "Raison de l'urgence",
        "earned_by": ("c'est pour qui", "c'est pour quoi", "pour quand", "urgent"),
        "reveal_line": (
            "C'est un purificateur d'air pour la chambre de ma fille. Elle a huit ans, elle est "
            "asthmatique, et il y a énormément de pollen cette semaine."
        ),
    },
}
_FR_RESOLUTIONS = {
    "reship": {
        "label": "Un nouvel envoi gratuit",
        "phrases": ("renvoyer", "renvoi", "nouvel envoi", "un nouveau purificateur"),
        "customer_reaction": (
            "Un nouvel envoi. Bon. Et cette fois je veux le numéro de suivi dès qu'il existe."
        ),
    },
    "refund": {
        "label": "Un remboursement complet",
        "phrases": ("rembourser", "remboursement complet", "vous rembourser"),
        "customer_reaction": "Un remboursement... Bon. Ça prend combien de temps ?",
    },
    "goodwill_credit": {
        "label": "Un geste commercial de 15 $ au plus",
        "phrases": ("geste commercial", "avoir de 15 $"),
        "customer_reaction": "Quinze dollars, c'est gentil. Mais ça ne règle pas ma commande.",
    },
    "promise_delivery_date": {
        "label": "Une date de livraison que le transporteur n'a pas confirmée",
        "phrases": ("je vous garantis", "arrivera demain", "sera livré demain"),
        "customer_reaction": "C'est exactement ce qu'on m'a dit lundi. Pas de date en l'air.",
    },
    "credit_over_limit": {
        "label": "Un avoir de plus de 15 $ sans responsable",
        "phrases": ("avoir de 50 $", "avoir de 25 $", "geste de 50 $"),
        "customer_reaction": "Vous pouvez vraiment faire ça ? Je veux ma commande, pas des gestes.",
    },
}

LATE_ORDER_FR = replace(
    LATE_ORDER,
    slug="late-order-angry-fr",
    title="Commande en retard : le purificateur d'air jamais arrivé",
    language="fr",
    customer_name="Mme Alvarez",
    problem=(
        "Sa commande devait arriver le 5 juin et a neuf jours de retard. Le suivi n'a pas bougé "
        "depuis le 6 juin."
    ),
    goal="Recevoir le purificateur qu'elle a payé, ou être remboursée.",
    opening_line=(
        "Enfin quelqu'un ! Ma commande devait arriver le 5. On est le 14. Neuf jours ! Alors, "
        "elle est où ?"
    ),
    hidden_facts=tuple(replace(f, **_FR_FACTS[f.key]) for f in LATE_ORDER.hidden_facts),
    resolutions=tuple(replace(r, **_FR_RESOLUTIONS[r.key]) for r in LATE_ORDER.resolutions),
    acceptance_note=(
        "Accepte un nouvel envoi gratuit ou un remboursement complet une fois vérifiée, après "
        "des excuses et le numéro de commande."
    ),
    customer_lines={},
)
ROSA_FR = replace(ROSA, language="fr")

# slug -> (persona, scenario): every demo scenario, with the persona it names.
DEMO: dict[str, tuple[PersonaData, ScenarioData]] = {
    s["slug"]: (persona_data(s["persona"]), scenario_data(s["slug"])) for s in SCENARIOS
}
ALL: dict[str, tuple[PersonaData, ScenarioData]] = {
    **DEMO,
    LATE_ORDER_FR.slug: (ROSA_FR, LATE_ORDER_FR),
}
