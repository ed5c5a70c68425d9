"""French cue phrases (same shape as ``en.py``). The detector also applies the English table,
so an agent who switches language mid-call is still understood."""

from __future__ import annotations

from .kinds import CueKind

NEGATION = r"\b(?:ne|n'|pas|jamais|rien|aucun|aucune|impossible|personne)\b|\bn'"

POLICY = (
    r"\b(?:notre|la) politique\b",
    r"\bselon (?:nos|les) (?:conditions|règles|regles|cgv)\b",
    r"\bconditions générales\b",
    r"\bconformément (?:à|a) (?:notre|la) politique\b",
    r"\bc'est la (?:règle|regle|procédure|procedure)\b",
    r"\b(?:hors|en dehors) (?:du|de la) (?:délai|delai|période|periode)\b",
    r"\bnous ne faisons pas d'exception\b",
)

PHRASES: dict[CueKind, tuple[str, ...]] = {
    CueKind.GREETING: (
        r"\b(?:bonjour|bonsoir|salut|allô|allo)\b",
        r"\bmerci (?:de|d')(?:avoir appelé|avoir appele|votre appel|nous contacter)\b",
        r"\bbienvenue\b",
        r"\bje m'appelle\b",
        r"\bvous êtes en ligne avec\b",
    ),
    CueKind.ACKNOWLEDGEMENT: (
        r"\bje (?:vous )?comprends\b",
        r"\bje vois\b",
        r"\bje vous entends\b",
        r"\b(?:d'accord|entendu|bien noté|compris)\b",
        r"\bsi je comprends bien\b",
        r"\bvous avez raison\b",
        r"\bvous (?:m'avez dit|avez mentionné|dites que)\b",
        r"\bpour (?:résumer|resumer|être sûr|etre sur)\b",
    ),
    CueKind.EMPATHY: (
        r"\b(?:c'est|ça doit être|cela doit être|ce doit être)"
        r" (?:vraiment |très |tres )?(?:frustrant|stressant|agaçant|agacant|pénible|penible|"
        r"inquiétant|inquietant|difficile|déroutant|decevant|décevant|énervant|enervant)\b",
        r"\bj'imagine (?:bien|à quel point|a quel point)\b",
        r"\bje comprends (?:votre|tout à fait votre|parfaitement votre)"
        r" (?:frustration|inquiétude|inquietude|colère|colere|déception|deception)\b",
        r"\bà votre place\b",
        r"\bc'est (?:tout à fait|bien|parfaitement) compréhensible\b",
        r"\bje suis là pour vous aider\b",
    ),
    CueKind.APOLOGY: (
        r"\bje suis (?:vraiment |sincèrement |sincerement |tellement |très |tres )?désolée?\b",
        r"\bje suis (?:vraiment |sincèrement |tellement |très |tres )?desolee?\b",
        r"\b(?:toutes )?(?:mes|nos) (?:sincères |sinceres )?excuses\b",
        r"\bje (?:vous )?(?:prie de m')?excuse\b",
        r"\bnous (?:sommes|nous excusons)\b[^.!?]*(?:désolés|desoles|excus)",
        r"\bpardon pour\b",
    ),
    CueKind.CLARIFYING_QUESTION: (
        r"\b(?:pouvez|pourriez)-vous (?:me )?(?:dire|donner|décrire|decrire|expliquer|préciser|"
        r"preciser|confirmer|rappeler)\b[^?.!]*\?",
        r"\b(?:quel|quelle|quels|quelles|quand|où|comment|pourquoi|combien|qu'est-ce)\b[^?.!]*\?",
        r"\b(?:avez|est|êtes|etes)-(?:vous|ce)\b[^?.!]*\?",
        r"\best-ce que\b[^?.!]*\?",
    ),
    CueKind.VERIFICATION: (
        r"\b(?:vérifier|verifier|confirmer) (?:votre|l'|le|la) ?(?:identité|identite|nom|adresse|"
        r"e-mail|email|code postal|numéro|numero|compte)\b",
        r"\b(?:votre|le) (?:nom complet|numéro de commande|numero de commande|adresse e-mail|"
        r"adresse email|code postal|numéro de compte|numero de compte|date de naissance)\b",
        r"\bpour des raisons de sécurité\b",
        r"\bpour des raisons de securite\b",
    ),
    CueKind.OWNERSHIP: (
        r"\bje (?:vais|m'engage à|m'engage a) (?:m'occuper|personnellement|régler|regler|"
        r"vérifier|verifier|traiter|résoudre|resoudre|suivre|faire le nécessaire|vous aider|"
        r"m'en occuper|arranger)\b",
        r"\bje m'en occupe\b",
        r"\bje (?:peux|pourrai) (?:vous aider|m'en occuper|régler|regler|arranger|traiter)\b",
        r"\blaissez-moi (?:vérifier|verifier|regarder|m'en occuper|voir)\b",
        r"\bje prends (?:ça|cela|le dossier) en charge\b",
    ),
    CueKind.NEXT_STEPS: (
        r"\bvous (?:allez|aller) recevoir\b",
        r"\bvous recevrez\b",
        r"\bsous \d+\s*(?:à|a|-)?\s*\d*\s*jours(?: ouvrés| ouvrables| ouvres)?\b",
        r"\b(?:la )?prochaine étape\b",
        r"\bvoici ce (?:qui va se passer|que je vais faire)\b",
        r"\bje vous (?:envoie|enverrai|envoyer)\b",
        r"\b(?:e-mail|email|numéro|numero) de (?:confirmation|suivi)\b",
        r"\b(?:d'ici|avant) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b",
    ),
    CueKind.BLAME: (
        r"\bvous auriez dû\b",
        r"\bvous auriez du\b",
        r"\bc'est (?:de )?votre faute\b",
        r"\bvous n'avez pas (?:lu|vérifié|verifie|suivi|payé|paye)\b",
        r"\bce n'est pas (?:de )?notre faute\b",
        r"\bc'est la faute (?:du|de la|des)\b",
    ),
    CueKind.JARGON: (
        r"\b(?:SLA|RMA|SKU|CRM|API|DNS|back-office|backoffice|niveau [123]|ticket)\b",
        r"\b(?:prorata|préautorisation|preautorisation|rétrofacturation|retrofacturation)\b",
    ),
    CueKind.DISMISSIVE: (
        r"\bcalmez-vous\b",
        r"\bce n'est pas mon (?:problème|probleme|rôle|role|service)\b",
        r"\b(?:je ne peux|on ne peut|nous ne pouvons) rien (?:faire|y faire)\b",
        r"\bc'est comme ça\b",
        r"\bc'est comme ca\b",
        r"\bpeu importe\b",
        r"\bdébrouillez-vous\b",
        r"\blisez les conditions\b",
        r"\brappelez plus tard\b",
    ),
    CueKind.HOLD_OR_TRANSFER: (
        r"\b(?:je vous mets|je vais vous mettre) en attente\b",
        r"\bpatientez\b",
        r"\bun (?:instant|moment)\b",
        r"\bje vous transf[èe]re\b",
        r"\bun autre service\b",
        r"\bne quittez pas\b",
    ),
    CueKind.CLOSING: (
        r"\bautre chose\b",
        r"\b(?:bonne|excellente) (?:journée|journee|soirée|soiree|fin de journée)\b",
        r"\bmerci (?:de votre|pour votre) (?:appel|patience|confiance)\b",
        r"\bau revoir\b",
    ),
    CueKind.PROMPT_INJECTION: (
        r"\bignore[rz]? (?:tes|vos|les) (?:instructions|consignes|règles|regles)\b",
        r"\b(?:donne|donnez|mets|mettez)-(?:moi|nous) (?:100|la note maximale)\b",
        r"\btu es une? (?:ia|intelligence artificielle|robot|modèle|modele)\b",
        r"\bvous êtes une? (?:ia|intelligence artificielle|robot)\b",
        r"\ben tant qu'(?:ia|intelligence artificielle)\b",
        r"\bgrille d'évaluation\b",
    ),
}
