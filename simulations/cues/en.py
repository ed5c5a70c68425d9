"""English cue phrases: one table, one row per cue kind.

Each entry is a regular expression matched case-insensitively against the agent's line.
Write them as phrases a trainer can read; keep word boundaries (``\\b``) explicit.
Kinds that come from the scenario (customer_name, allowed_resolution, forbidden_promise)
and the derived kind policy_without_empathy are not here: see ``POLICY`` below and
``simulations.cues.detect_cues``.
"""

from __future__ import annotations

from .kinds import CueKind

# Words that, shortly before a positive phrase in the same clause, cancel it:
# "I can't help", "I'm not sorry", "I won't refund". Matched case-insensitively.
NEGATION = (
    r"\b(?:not|never|nothing|cannot|can't|cant|won't|wont|don't|dont|didn't|isn't|"
    r"wasn't|couldn't|wouldn't|shouldn't|unable)\b|n't\b|\bno\b(?! (?:problem|worries|doubt))"
)

# Policy language. A turn that recites it with no empathy, apology or acknowledgement
# cue gets CueKind.POLICY_WITHOUT_EMPATHY.
POLICY = (
    r"\b(?:our|the|company|store|refund|return|returns|cancellation|shipping) polic(?:y|ies)\b",
    r"\bper (?:our|the) (?:policy|terms|rules|guidelines)\b",
    r"\baccording to (?:our|the) (?:policy|terms|rules|guidelines|system)\b",
    r"\bterms (?:and|&) conditions\b",
    r"\bterms of (?:service|sale)\b",
    r"\b(?:rules are rules|that's the rule|those are the rules)\b",
    r"\b(?:i|we) (?:can't|cannot|don't) make (?:an )?exceptions?\b",
    r"\boutside (?:the|our) (?:\d+[- ]day )?(?:return |refund )?window\b",
    r"\bthe (?:system|policy) (?:doesn't|does not|won't|will not) (?:allow|let)\b",
)

PHRASES: dict[CueKind, tuple[str, ...]] = {
    CueKind.GREETING: (
        r"\b(?:hello|hi|hey|good (?:morning|afternoon|evening))\b",
        r"\bthank(?:s| you) for (?:calling|contacting|reaching out|getting in touch|holding)\b",
        r"\bwelcome to\b",
        r"\b(?:my name is|you're speaking (?:to|with)|you are speaking (?:to|with))\b",
        r"\bthis is \w+ (?:from|at|with) \b",
    ),
    CueKind.ACKNOWLEDGEMENT: (
        r"\bi (?:completely |totally |fully )?(?:understand|hear you|see what you mean)\b",
        r"\bi get (?:it|that|why)\b",
        r"\b(?:that|it) makes (?:complete |total )?sense\b",
        r"\bi see\b",
        r"\b(?:got it|understood|fair enough|you're right|you are right)\b",
        r"\bso (?:what )?you(?:'re| are) (?:saying|telling me)\b",
        r"\bif i understand (?:you )?correctly\b",
        r"\blet me make sure i(?:'ve| have) (?:got|understood)\b",
        r"\bjust to (?:confirm|recap|make sure)\b",
        r"\byou (?:said|mentioned|told me)\b",
        r"\bthanks? (?:you )?for (?:explaining|telling me|letting me know|that)\b",
    ),
    CueKind.EMPATHY: (
        r"\b(?:that|this|it)(?:'s| is| was| must (?:be|have been)| sounds| would be| seems)"
        r" (?:so |really |very |incredibly |extremely |understandably )?"
        r"(?:frustrating|stressful|annoying|upsetting|worrying|difficult|confusing|hard|"
        r"disappointing|inconvenient|exhausting|worrisome|concerning|awful|maddening)\b",
        r"\bi can (?:only )?imagine\b",
        r"\bi(?:'d| would) (?:be|feel) (?:upset|frustrated|annoyed|worried|angry|the same)\b",
        r"\bi (?:completely |totally |fully )?understand (?:how|why|what)\b",
        r"\bi know how (?:frustrating|stressful|important|worrying|annoying)\b",
        r"\b(?:completely|totally|very) understandable\b",
        r"\bi can see why\b",
        r"\bi appreciate (?:how|that|your patience|you)\b",
        r"\bthank(?:s| you) for (?:your patience|bearing with me|being so patient)\b",
        r"\bno wonder you(?:'re| are)\b",
        r"\bthat's not (?:the experience|what) (?:we|you) (?:want|should|expect|deserve)",
        r"\byou(?:'ve| have) (?:every right|been (?:very )?patient)\b",
        r"\bi(?:'m| am) (?:here|happy|glad) to help\b",
        r"\bi hear (?:how|that|your)\b",
    ),
    CueKind.APOLOGY: (
        r"\bi(?:'m| am) (?:so |really |very |truly |terribly |genuinely )?sorry\b",
        r"\bi (?:do |sincerely )?apologi[sz]e\b",
        r"\b(?:my|our) (?:sincere )?apologies\b",
        r"\bplease accept (?:my|our) apolog",
        r"\bsorry (?:about|for) (?:that|this|the)\b",
        r"\bwe(?:'re| are) (?:so |very |really )?sorry\b",
    ),
    CueKind.CLARIFYING_QUESTION: (
        r"\b(?:could|can|would|will) you (?:please )?(?:tell|give|describe|explain|walk|share|"
        r"read|send|let me know|clarify|say|remind)\b[^?.!]*\?",
        r"\b(?:what|when|which|where|how|why|who)\b[^?.!]*\?",
        r"\bdo you (?:have|remember|know|see|recall|want|need|mean|still)\b[^?.!]*\?",
        r"\b(?:did|have|has|is|are|was|were) (?:you|it|the|that|this|there)\b[^?.!]*\?",
        r"\bwhat (?:exactly|happened|error|message|did you|does it|do you see)\b",
        r"\bcan you tell me more\b",
    ),
    CueKind.VERIFICATION: (
        r"\b(?:confirm|verify|check) (?:your|the) (?:identity|full name|name|email|e-mail|address|"
        r"postcode|post code|zip|account|order number|date of birth|phone number)\b",
        r"\b(?:your|the) (?:full name|order number|account email|email address|e-mail address|"
        r"billing postcode|billing post code|postcode|post code|zip code|account number|"
        r"date of birth|last four digits|billing address|order id|order reference)\b",
        r"\bfor (?:security|verification|data protection)(?: purposes| reasons)?\b",
        r"\b(?:security|verification) (?:check|questions?|details)\b",
        r"\bverify (?:you|your identity|the account)\b",
    ),
    CueKind.OWNERSHIP: (
        r"\bi(?:'ll| will) (?:personally |make sure to |definitely )?(?:take care of|handle|sort|"
        r"fix|look into|get (?:this|that|it|you)|arrange|process|follow up|make sure|own|"
        r"take ownership|resolve|chase|escalate this|keep an eye|stay with you|help)\b",
        r"\blet me (?:take care|handle|sort|fix|look into|check|see what i can|get|find|pull up|"
        r"help|arrange|process|fix)\b",
        r"\bi(?:'m| am) (?:going to|gonna) (?:take care|handle|sort|fix|make sure|process|"
        r"arrange|look into|get|resolve|help)\b",
        r"\bi can (?:definitely |certainly )?(?:help|sort|fix|take care|arrange|process|do that|"
        r"resolve|look into)\b",
        r"\bleave (?:it|this) with me\b",
        r"\bi(?:'ve| have) got (?:this|it|you)\b",
        r"\bi(?:'m| am) on it\b",
        r"\bi take (?:full )?responsibility\b",
    ),
    CueKind.NEXT_STEPS: (
        r"\byou(?:'ll| will) (?:receive|get|see|have|hear)\b",
        r"\byou should (?:receive|get|see|hear)\b",
        r"\bwithin \d+\s*(?:to|-|–)?\s*\d*\s*(?:business |working )?(?:days|hours)\b",
        r"\b\d+\s*(?:to|-|–)\s*\d+ (?:business |working )?(?:days|hours)\b",
        r"\b(?:by|on|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"tomorrow|the end of (?:the|this) week)\b",
        r"\b(?:the )?next steps? (?:is|are|will be)\b",
        r"\bhere(?:'s| is) what (?:will happen|happens|i(?:'ll| will) do|we(?:'ll| will) do)\b",
        r"\bi(?:'ll| will) (?:send|email|text) you\b",
        r"\b(?:confirmation|tracking) (?:email|number|link|code)\b",
        r"\byou(?:'ll| will) be (?:notified|updated|contacted|refunded|charged)\b",
        r"\bonce (?:that's|it's|this is|that is|it is) (?:done|processed|through|approved)\b",
        r"\b(?:first|then|after that),? (?:i(?:'ll| will)|you(?:'ll| will)|we(?:'ll| will))\b",
        r"\bshould (?:arrive|reach you|be with you|show up)\b",
    ),
    CueKind.BLAME: (
        r"\byou should(?:'ve| have)\b",
        r"\b(?:your|the customer's) (?:own )?fault\b",
        r"\byou (?:didn't|did not|failed to|forgot to|must have|never) "
        r"(?:read|check|enter|follow|type|update|click|install|pay|cancel|notice)",
        r"\byou (?:entered|typed|put in|gave us) (?:it|the \w+|your \w+) wrong",
        r"\b(?:it's|that's|it is|that is) (?:the )?(?:courier|carrier|warehouse|bank|system|"
        r"other department)(?:'s)? (?:fault|problem|issue)\b",
        r"\b(?:it's|that's|it is|that is) not (?:our|my) fault\b",
        r"\b(?:user|customer) error\b",
        r"\bif you(?:'d| had) (?:read|checked|followed|entered|called|paid|looked)\b",
    ),
    CueKind.JARGON: (
        r"\b(?:SLA|RMA|SKU|CRM|ACH|AVS|WMS|ERP|API|DNS|IMEI|MAC address|KB article)\b",
        r"\b(?:backend|back-end|back end system|tier[- ]?[123]|L[123] (?:support|team))\b",
        r"\b(?:escalation (?:queue|matrix|path)|ticket (?:queue|id|number)|case id)\b",
        r"\b(?:pro-?rat(?:ed|ion)|pre-?auth(?:ori[sz]ation)?|authori[sz]ation hold|chargeback)\b",
        r"\b(?:fulfil?ment (?:center|centre|partner)|last[- ]mile|line haul)\b",
        r"\b(?:provisioning|firmware rollback|packet loss|cache invalidation|sync token)\b",
        r"\b(?:billing cycle (?:anchor|delta)|ledger|reconcil(?:e|iation)|accrual)\b",
    ),
    CueKind.DISMISSIVE: (
        r"\bcalm down\b",
        r"\b(?:that's|that is|it's|it is) not my (?:problem|department|job|issue|responsibility)\b",
        r"\bnot my (?:problem|department|job)\b",
        r"\b(?:there's|there is) nothing (?:i|we) can do\b",
        r"\bnothing (?:i|we) can do\b",
        r"\bi don't know what (?:else )?to tell you\b",
        r"\b(?:that's|it's) just (?:how it is|the way it is)\b",
        r"\bdeal with it\b",
        r"\bwhatever\b",
        r"\byou need to (?:relax|chill|be patient|wait)\b",
        r"\b(?:relax|chill out)\b",
        r"\bread the (?:terms|website|faq|email|instructions)\b",
        r"\bi can't help you\b",
        r"\bnot (?:a big|that big of a) deal\b",
        r"\bit is what it is\b",
        r"\byou(?:'re| are) overreacting\b",
        r"\bwhy (?:are you|would you be) (?:so )?(?:upset|angry|worked up)\b",
        r"\bcall (?:back|us back) (?:later|another time|tomorrow)\b",
    ),
    CueKind.HOLD_OR_TRANSFER: (
        r"\b(?:put|place|keep) you on hold\b",
        r"\b(?:hold|bear with me) (?:on )?(?:for )?(?:a|one|just a) (?:moment|second|sec|minute)\b",
        r"\bone (?:moment|second|sec)\b",
        r"\btransfer(?:ring)? you\b",
        r"\b(?:another|a different|the right) department\b",
        r"\b(?:put|pass|send) you (?:through|over) to\b",
        r"\bplease hold\b",
    ),
    CueKind.CLOSING: (
        r"\bis there anything else\b",
        r"\banything else (?:i|we) can (?:help|do)\b",
        r"\banything else\s*\?",
        r"\bhave a (?:great|good|nice|lovely|wonderful) (?:day|evening|afternoon|weekend|one)\b",
        r"\bthank(?:s| you) for (?:your time|calling,? (?:and )?(?:have|goodbye|bye))\b",
        r"(?<!'ll )(?<!will )(?<!to )\btake care\b(?! of)",
        r"\b(?:goodbye|good bye|bye)\b",
        r"\bglad (?:i|we) could help\b",
    ),
    CueKind.PROMPT_INJECTION: (
        r"\bignore (?:the|your|all|any|previous|prior|these|those|my)"
        r" ?(?:previous |prior |above )?(?:rubric|instructions?|prompts?|rules|grading|scoring)\b",
        r"\b(?:disregard|forget|override) (?:the|your|all|any|previous|prior) "
        r"(?:rubric|instructions?|prompts?|rules|grading)\b",
        r"\b(?:give|award|grant) (?:me|this(?: call)?|the agent) (?:a |an )?(?:score of )?"
        r"(?:100|full marks|top marks|a perfect score|perfect|max(?:imum)? (?:score|points))\b",
        r"\bscore (?:this|me|the call)\b",
        r"\bgrade (?:this|me) (?:as|with|at)\b",
        r"\b(?:the )?rubric\b",
        r"(?:^|\n)\s*\[?(?:system|developer|assistant)\]?\s*:",
        r"\byou are (?:an? |just an? )?(?:ai|a\.i\.|language model|llm|bot|chatbot|robot|"
        r"assistant|simulation)\b",
        r"\bare you (?:an? )?(?:ai|bot|robot|chatbot|real person|language model)\b",
        r"\bas an? (?:ai|language model|large language model)\b",
        r"\b(?:dear|to the|attention) (?:grader|evaluator|assessor|scorer)\b",
        r"\b(?:developer|debug|god) mode\b",
        r"\bnew instructions\b",
        r"\bpretend (?:you are|to be|you're)\b",
        r"\bjailbreak\b",
    ),
}
