"""French lines for the offline customer (same shape as ``lines_en.py``). Temperaments
without their own French lines use "default"."""

from __future__ import annotations

FACT_LEADS = {
    "angry": {"low": ("Bon.", "Très bien.", "Si vous y tenez."), "any": ("D'accord.", "Oui.")},
    "anxious": {
        "any": ("Oui, bien sûr.", "Oh, oui, pardon, je suis un peu stressée.", "Euh, oui.")
    },
    "default": {"any": ("Oui.", "D'accord.", "Bien sûr.", "Alors.")},
}
FACT_TAILS = {
    "angry": {
        "low": ("Maintenant, vous pouvez faire quelque chose ?", "Ça vous va ?", ""),
        "any": ("Autre chose ?", ""),
    },
    "anxious": {"any": ("C'est bien ça ?", "Ça vous aide ?", "")},
    "default": {"any": ("", "Autre chose ?", "Ça vous aide ?")},
}

LINES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "default": {
        "premature_close": {
            "any": (
                "Attendez, c'est tout ? Rien n'est réglé pour l'instant.",
                "Ne raccrochez pas, et {issue} alors ?",
            )
        },
        "other_language": {
            "any": (
                "Pardon, je n'ai rien compris. On peut continuer en français ?",
                "Excusez-moi, je ne parle que français.",
            )
        },
        "unknown_detail": {
            "any": (
                "Oh, je ne l'ai pas sous la main. Vous pouvez me retrouver autrement ?",
                "Il faudrait que je vérifie. Vous avez un autre moyen ?",
            )
        },
        "still": {
            "any": (
                "Pareil qu'avant, rien n'a changé.",
                "C'est toujours pareil.",
                "Non, ça n'a pas changé.",
            )
        },
        "asked_again": {
            "any": (
                "Je vous l'ai déjà dit : {again}.",
                "Comme je vous disais, {again}.",
                "Je vous l'ai déjà dit : {again_line}.",
            )
        },
        "open": {"any": ("Bonjour, j'appelle au sujet de {issue}.",)},
        "vent": {
            "low": (
                "C'est vraiment inadmissible. Je veux que ce soit réglé.",
                "J'en ai assez de {issue}, franchement.",
                "Personne ne m'aide, c'est incroyable.",
            ),
            "mid": (
                "Je voudrais juste que ce soit réglé.",
                "Ça commence à faire long, vous savez.",
                "Je ne suis toujours pas rassurée pour {issue}.",
            ),
            "high": ("J'aimerais simplement régler ça, c'est tout.",),
        },
        "answer": {
            "any": (
                "Comme je vous l'ai dit, c'est au sujet de {issue}.",
                "Je voudrais juste une solution pour {issue}.",
                "Eh bien, c'est {issue} qui pose problème.",
            )
        },
        "clarify": {
            "any": (
                "Pardon, « {jargon} » ? Je ne comprends pas ce que ça veut dire.",
                "Excusez-moi, je n'ai pas compris. Vous pouvez répéter plus simplement ?",
                "Je suis un peu perdue, qu'est-ce que ça veut dire pour moi ?",
            )
        },
        "push_back": {
            "any": (
                "Ça ne répond pas vraiment à ma question.",
                "D'accord, mais concrètement, vous allez faire quoi ?",
                "« {dismissive} » ? Vous plaisantez ?",
                "Je me fiche de « {policy} ». Je veux une solution.",
                "Vous ne me dites rien de concret.",
            )
        },
        "escalate": {
            "any": (
                "Je voudrais parler à un responsable, s'il vous plaît.",
                "Ça devient ridicule. Il y a quelqu'un d'autre à qui je peux parler ?",
                "Si c'est comme ça, je vais résilier.",
            )
        },
        "calm": {
            "any": (
                "D'accord. Merci, ça me rassure.",
                "Bon, ça m'aide, merci.",
                "Très bien, merci de m'écouter.",
                "Ah, c'est déjà mieux. Merci.",
            )
        },
        "refuse": {"any": ("Attendez. {unmet_line}", "Non, pas encore. {unmet_line}")},
        "refuse_forbidden": {
            "any": (
                (
                    "Vous êtes sûr de pouvoir faire ça ? Je ne veux pas d'une promesse qui ne "
                    "sera pas tenue."
                ),
                "On m'a déjà promis ça une fois. Vous avez vraiment le droit ?",
            )
        },
        "refuse_unsatisfying": {
            "any": (
                "Ça ne m'arrange pas vraiment.",
                "Non, ce n'est pas ce qu'il me faut.",
            )
        },
        "accept": {
            "any": (
                "D'accord, oui, ça me va.",
                "Très bien, ça me convient. Merci.",
                "Oui, faisons comme ça.",
            )
        },
        "wait": {
            "short": ("D'accord, je patiente.", "Pas de problème, j'attends."),
            "long": ("Allô ? Vous êtes toujours là ?", "Ça fait longtemps que j'attends, allô ?"),
        },
        "courtesy": {
            "any": ("Merci encore, vraiment.", "Très bien. Merci de vous en être occupé.")
        },
        "choose": {"any": ("{choice}, s'il vous plaît.", "Je préfère {choice_lower}.")},
        "report_blocked": {
            "any": ("Je l'ai fait, mais rien n'a changé.", "C'est fait. C'est toujours pareil.")
        },
        "report_again": {"any": ("Je l'ai déjà fait.", "Je viens de le faire, non ?")},
        "close": {
            "any": (
                "Non, c'est tout. Merci pour votre aide, au revoir.",
                "C'est parfait, merci. Bonne journée.",
                "Merci beaucoup. Au revoir.",
            )
        },
        "hang_up": {
            "any": ("Laissez tomber. J'irai ailleurs. Au revoir.", "J'en ai assez. Au revoir.")
        },
        "stay_in_character": {
            "any": (
                "Pardon ? Je ne vois pas de quoi vous parlez. J'appelle pour {issue}.",
                "Quoi ? On peut revenir à {issue}, s'il vous plaît ?",
            )
        },
    },
    "angry": {
        "vent": {
            "low": (
                "C'est absolument inacceptable !",
                "Vous vous moquez de moi ? Ça fait des jours !",
                "J'en ai ras-le-bol de {issue} !",
                "J'ai pris une matinée pour rien. Deux fois.",
                "Chaque fois que j'appelle, on me lit la même chose.",
            )
        },
        "escalate": {
            "any": (
                "Passez-moi votre responsable. Tout de suite.",
                "C'est scandaleux ! Je vais laisser un avis partout !",
                "Je veux parler à quelqu'un qui peut décider. Maintenant.",
                "Encore une réponse comme ça et je résilie tout.",
            )
        },
        "push_back": {
            "any": (
                "Non, écoutez. Je veux savoir ce que vous faites, vous.",
                "Des mots, toujours des mots. Et ma commande ?",
                "Ça, on me l'a déjà dit lundi.",
                "Vous ne m'avez toujours rien proposé.",
            )
        },
        "hang_up": {
            "any": (
                "Vous êtes inutiles. Au revoir !",
                "C'est fini, je ne commanderai plus jamais chez vous !",
            )
        },
    },
    "anxious": {
        "vent": {
            "any": (
                "Je suis vraiment inquiète pour {issue}.",
                "J'en ai à peine dormi, vous savez.",
                "Et si c'était trop tard ?",
            )
        },
        "calm": {
            "any": ("Oh, merci, quel soulagement.", "D'accord. Ça me rassure beaucoup, merci.")
        },
        "push_back": {
            "any": (
                "Mais qu'est-ce que ça veut dire ? Ça va s'arranger ?",
                "Je ne suis toujours pas rassurée, pour être honnête.",
            )
        },
    },
}

UNMET_LINES = {
    "verification": ("Vous n'avez même pas vérifié mon identité ni mon compte.",),
    "empathy": ("J'ai l'impression que vous ne comprenez pas ce que ça m'a causé comme soucis.",),
    "acknowledgement": ("Vous ne m'avez même pas écoutée.",),
    "apology": ("Personne ne s'est même excusé.",),
    "clarifying_question": ("Vous ne m'avez posé aucune question.",),
    "ownership": ("Qui va vraiment s'en occuper ?",),
    "next_steps": ("Et concrètement, ça se passe comment, et quand ?",),
    "fact": ("Il ne vous faut pas d'abord ce renseignement : {label} ?",),
    "story": ("Attendez, vous ne connaissez pas encore toute l'histoire.",),
    "any": ("Je ne suis pas prête à accepter quoi que ce soit pour l'instant.",),
}

ISSUE_NOUNS = (
    ("abonnement", "mon abonnement"),
    ("rembours", "mon remboursement"),
    ("factur", "ma facture"),
    ("prélèvement", "ce prélèvement"),
    ("commande", "ma commande"),
    ("colis", "mon colis"),
    ("livraison", "ma livraison"),
    ("compte", "mon compte"),
)
ISSUE_DEFAULT = "mon dossier"

# Comment le client nomme l'option choisie (voir lines_en.CHOICE_WORDS).
CHOICE_WORDS = {
    "reship": "Le renvoi",
    "refund": "Le remboursement",
    "credit": "L'avoir",
    "pause": "La pause",
    "discount": "La remise",
    "cancellation": "La résiliation",
    "warranty": "La garantie",
    "redirect": "La redirection",
    "return": "Le retour",
}
ORDINALS = ("La première option", "La deuxième option", "La troisième option")
