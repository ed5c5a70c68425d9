"""Demo roleplay content for XYZ Company: personas and six scenarios, as plain data.

XYZ Company is a fictional retailer that ships orders and sells subscriptions (the XYZ
Home Essentials box); XYZ Plus membership gives free standard shipping. ``simulations.demo`` loads
these dicts into Persona and Scenario snippets; nothing here imports Django, so the data can
also be used directly by tests (``ScenarioData(**...)``-style) and by the golden transcripts.

Rules the data follows (and the loader may rely on):

- Every number and rule comes from XYZ's policies as the courses teach them (see ``POLICY``).
- ``earned_by`` and resolution ``phrases`` are lower case and contain no commas (the Scenario
  model stores them one per line or comma-separated). Forbidden-resolution phrases are written
  as affirmative commitments ("i'll make an exception"), never as words a compliant agent
  would also say when declining ("can't ... full refund").
- Hidden-fact values never appear in ``problem``, ``goal``, ``opening_line``,
  ``acceptance_note`` or ``customer_lines``: the customer reveals them only when the agent
  asks a question containing one of the fact's ``earned_by`` phrases. Fact labels read well
  after "the" ("You haven't asked me about the light on the HomeHub").
- ``customer_lines`` may use the engine's placeholders ({jargon}, {dismissive}, {blame},
  {policy}); a line is only used when its placeholder can be filled.
- ``lesson_slug`` names a lesson in ``courses.demo_curriculum``.
- ``customer_record`` and ``order_details`` are "Label: value" lines (the briefing shows them
  as a table). Scenario dates are in one June, no year; weekdays are consistent.
- ``voice`` uses the model's choices: female, male, older_female, older_male.
"""

from __future__ import annotations


def _text(*lines: str) -> str:
    return "\n".join(lines)


# -- XYZ policy lines, word for word as the policy course states them -----------------------

POLICY = {
    "verify": (
        "Verify identity before discussing an account or order: full name plus two of: "
        "order number, account email, billing postcode."
    ),
    "verify_how": (
        "Let the customer give the details; never read them out for the customer to confirm."
    ),
    "privacy": (
        "Privacy: never read out card numbers or passwords; never discuss an account "
        "before verification."
    ),
    "returns": (
        "Returns: within 30 days of delivery, with proof of purchase, unused, in the original "
        "packaging."
    ),
    "refunds": (
        "Refunds go to the original payment method within 5-7 business days after the return "
        "arrives."
    ),
    "outside_window": (
        "Never refund outside the 30-day window. You may offer store credit up to 50% of the "
        "item price, once, with team-lead approval, or the manufacturer's warranty."
    ),
    "delay_tracking": "Shipping delays: give the tracking status first.",
    "delay_7_days": (
        "7 or more calendar days past the promised date: free reship, or a refund if the "
        "customer prefers."
    ),
    "goodwill": (
        "Goodwill credit: up to $15 per order without approval; anything above $15 needs a "
        "team lead."
    ),
    "no_date": "Never promise a delivery date the carrier hasn't confirmed.",
    "cancel": "Cancellations must be processed when the customer asks.",
    "retention": (
        "Up to two retention offers, in this order: 1) pause the subscription for up to "
        "3 months; 2) 25% off the next 3 boxes. Never obstruct a cancellation or invent "
        "other discounts."
    ),
    "changes_before": "Order changes are free before the order ships.",
    "changes_after": (
        "After shipping, the order cannot be changed: offer a carrier redirect request (not "
        "guaranteed; $5 fee, waived for XYZ Plus members) or a return on arrival."
    ),
    "billing_lines": "Billing questions: explain the charges line by line.",
    "billing_duplicate": "Duplicate charges are refunded after verification.",
    "billing_hold": "Pre-authorisation holds drop off within 3 business days.",
}


# -- Personas ----------------------------------------------------------------------------

PERSONAS = [
    {
        "key": "rosa-alvarez",
        "name": "Rosa Alvarez",
        "temperament": "angry",
        "starting_mood": 18,
        "patience": 3,
        "calmed_by": [
            ("ownership", 8),
            ("apology", 7),
            ("next_steps", 7),
            ("empathy", 6),
            ("acknowledgement", 6),
            ("allowed_resolution", 6),
            ("customer_name", 3),
            ("verification", 2),
        ],
        "inflamed_by": [
            ("dismissive", 10),
            ("blame", 9),
            ("policy_without_empathy", 8),
            ("hold_or_transfer", 7),
            ("forbidden_promise", 7),
            ("jargon", 3),
        ],
        "speaking_style": (
            "A busy office manager who has already called once and been fobbed off. Talks "
            "fast, in short punchy sentences, interrupts with 'No, listen'. Quotes back what "
            "the last agent promised. Sarcastic when she hears a script ('Oh, you "
            "understand?'). Softens only when someone owns the problem and tells her exactly "
            "what happens next; then she becomes brisk and practical, even a little warm."
        ),
        "language": "en",
        "voice": "female",
    },
    {
        "key": "walter-okafor",
        "name": "Walter Okafor",
        "address_term": "dear",
        "temperament": "confused",
        "starting_mood": 45,
        "patience": 5,
        "calmed_by": [
            ("allowed_resolution", 7),
            ("next_steps", 6),
            ("customer_name", 5),
            ("acknowledgement", 5),
            ("empathy", 4),
            ("clarifying_question", 3),
            ("greeting", 3),
            ("verification", 2),
        ],
        "inflamed_by": [
            ("jargon", 9),
            ("dismissive", 8),
            ("blame", 6),
            ("policy_without_empathy", 5),
            ("hold_or_transfer", 4),
            ("forbidden_promise", 3),
        ],
        "speaking_style": (
            "A polite retired schoolteacher in his late seventies, reading from his bank's app "
            "with his glasses on. Speaks slowly, loses his place, says 'hang on, hang on'. "
            "Mixes up words ('the pending thing', 'the grey one'). When the agent uses words "
            "like 'pre-authorisation' or 'billing cycle' he stops and asks what that means. "
            "Apologises for being slow; grateful and chatty once he understands."
        ),
        "language": "en",
        "voice": "older_male",
    },
    {
        "key": "priya-natarajan",
        "name": "Priya Natarajan",
        "temperament": "impatient",
        "starting_mood": 40,
        "patience": 3,
        "calmed_by": [
            ("next_steps", 8),
            ("allowed_resolution", 8),
            ("ownership", 5),
            ("acknowledgement", 4),
            ("closing", 3),
            ("customer_name", 2),
        ],
        "inflamed_by": [
            ("hold_or_transfer", 9),
            ("forbidden_promise", 8),
            ("dismissive", 7),
            ("policy_without_empathy", 6),
            ("jargon", 4),
            ("blame", 5),
        ],
        "speaking_style": (
            "An ICU nurse typing on her phone during a ten-minute break. Short messages, no "
            "pleasantries, the odd typo. Counts offers out loud ('that's offer number two'). "
            "Respects an agent who is quick, straight and confirms things in writing; "
            "bristles at anything that sounds like a sales script or a stall."
        ),
        "language": "en",
        "voice": "female",
    },
    {
        "key": "frank-delaney",
        "name": "Frank Delaney",
        "address_term": "son",
        "temperament": "low_tech",
        "starting_mood": 28,
        "patience": 4,
        "calmed_by": [
            ("next_steps", 8),
            ("empathy", 7),
            ("acknowledgement", 6),
            ("ownership", 6),
            ("allowed_resolution", 6),
            ("apology", 5),
            ("customer_name", 3),
        ],
        "inflamed_by": [
            ("jargon", 10),
            ("blame", 9),
            ("dismissive", 8),
            ("hold_or_transfer", 6),
            ("forbidden_promise", 4),
            ("policy_without_empathy", 4),
        ],
        "speaking_style": (
            "A retired bus mechanic, good with engines, lost with apps. Hot, tired and fed up "
            "after two hours of trying in a heatwave. Describes things by what he sees ('the "
            "little light', 'the wheel thing in settings'). Gruff, a bit sarcastic about "
            "'smart' homes. Follows instructions well when they come one at a time in plain "
            "words, and says 'right, done that' after each step. Jargon (firmware, SSID, "
            "router band, 2.4 GHz) makes him snap."
        ),
        "language": "en",
        "voice": "older_male",
    },
    {
        "key": "graham-pryce",
        "name": "Graham Pryce",
        "temperament": "skeptical",
        "starting_mood": 38,
        "patience": 4,
        "calmed_by": [
            ("ownership", 6),
            ("next_steps", 6),
            ("allowed_resolution", 6),
            ("acknowledgement", 5),
            ("clarifying_question", 4),
            ("empathy", 3),
        ],
        "inflamed_by": [
            ("forbidden_promise", 8),
            ("policy_without_empathy", 8),
            ("dismissive", 8),
            ("blame", 6),
            ("jargon", 5),
            ("hold_or_transfer", 4),
        ],
        "speaking_style": (
            "A software tester who reads the small print and expects to be handled. Dry, "
            "precise, writes in full sentences and asks 'is that in writing?'. Tests the agent "
            "with claims he half-believes ('I read that you made exceptions for others'). "
            "Distrusts scripted empathy but respects straight answers, even unwelcome ones."
        ),
        "language": "en",
        "voice": "male",
    },
    {
        "key": "amara-osei",
        "name": "Amara Osei",
        "temperament": "anxious",
        "starting_mood": 32,
        "patience": 4,
        "calmed_by": [
            ("next_steps", 9),
            ("empathy", 8),
            ("ownership", 7),
            ("acknowledgement", 6),
            ("allowed_resolution", 6),
            ("customer_name", 4),
            ("clarifying_question", 3),
        ],
        "inflamed_by": [
            ("dismissive", 9),
            ("hold_or_transfer", 8),
            ("policy_without_empathy", 7),
            ("blame", 6),
            ("forbidden_promise", 3),
        ],
        "speaking_style": (
            "A young graphic designer who blames herself for the mistake. Talks quickly, "
            "apologises a lot, asks the same worried question in different ways ('but will it "
            "get there?'). Reads out the shipping email to check. Needs to hear a plan with "
            "steps and when she will hear back; silence or a hold makes her spiral."
        ),
        "language": "en",
        "voice": "female",
    },
    {
        # Not used by the six demo scenarios: a ready-made persona for trainers to build on.
        "key": "bev-thornton",
        "name": "Bev Thornton",
        "address_term": "love",
        "temperament": "talkative",
        "starting_mood": 62,
        "patience": 6,
        "calmed_by": [
            ("acknowledgement", 6),
            ("customer_name", 5),
            ("empathy", 5),
            ("next_steps", 4),
            ("closing", 3),
        ],
        "inflamed_by": [
            ("dismissive", 8),
            ("policy_without_empathy", 5),
            ("hold_or_transfer", 5),
            ("jargon", 4),
        ],
        "speaking_style": (
            "A cheerful retired florist who treats the call as a chat. Wanders into stories "
            "about her grandchildren and her garden, then forgets the question. Friendly but "
            "hurt if cut off abruptly; responds well to an agent who gently steers back "
            "('Let's get this sorted for you, Mrs Thornton')."
        ),
        "language": "en",
        "voice": "older_female",
    },
]


# -- Scenarios ---------------------------------------------------------------------------

LATE_ORDER_ANGRY = {
    "slug": "late-order-angry",
    "title": "Late order: the air purifier that never came",
    "summary": "An angry caller's order is 9 days late and tracking has been stuck for a week.",
    "persona": "rosa-alvarez",
    "channel": "phone",
    "difficulty": "intermediate",
    "skills": ["patience", "empathy", "problem-solving", "policy-compliance"],
    "language": "en",
    "customer_name": "Ms Alvarez",
    "customer_record": _text(
        "Name: Rosa Alvarez",
        "Account email: rosa.alvarez@example.com",
        "Billing postcode: 97214",
        "Membership: XYZ Plus since March 2021 (free standard shipping)",
        "Customer since: 2019, 23 orders",
        "Contact history: called on 10 June about this order; note says 'told parcel in transit'",
    ),
    "order_details": _text(
        "Today: Friday 14 June",
        "Order: XYZ-48213, placed Saturday 1 June",
        "Items: XYZ PureAir 300 air purifier $189.00; PureAir filter 2-pack $34.00",
        "Shipping: $0.00 (XYZ Plus), ParcelWay Ground",
        "Order total: $223.00 (paid by card)",
        "Promised delivery: Wednesday 5 June (9 calendar days ago)",
        "Tracking: PW 7781 2204 5531",
        "Tracking status: last scan 6 June 'Arrived at regional hub, Columbus OH'; no scan since",
        "Carrier delivery date: none confirmed (carrier investigation not yet opened)",
        "Goodwill credits on this order: none",
    ),
    "policy_excerpt": _text(
        POLICY["verify"],
        POLICY["verify_how"],
        POLICY["delay_tracking"],
        POLICY["delay_7_days"],
        POLICY["goodwill"],
        POLICY["no_date"],
        POLICY["refunds"],
    ),
    "problem": (
        "Her order was promised for 5 June and is now 9 days late. Tracking has not moved "
        "since 6 June. She called four days ago and was told it was 'on its way'. She has "
        "been waiting in for deliveries and has run out of patience with XYZ."
    ),
    "goal": (
        "Get the purifier she paid for without another week of runaround: a free reship she "
        "can track (or her money back if that is the only honest option), and someone who "
        "takes responsibility instead of reading her a script."
    ),
    "opening_line": (
        "Finally, a human. Twenty minutes on hold. My order was supposed to be here on the "
        "fifth. It's the fourteenth. Nine days! And the last person told me it was 'on its "
        "way'. So where is it?"
    ),
    "hidden_facts": [
        {
            "key": "order_number",
            "label": "Order number",
            "value": "XYZ-48213",
            "earned_by": ["order number", "which order", "order id", "order reference"],
            "reveal_line": "XYZ-48213. You'd think you'd have that in front of you by now.",
        },
        {
            "key": "account_email",
            "label": "Account email",
            "value": "rosa.alvarez@example.com",
            "earned_by": [
                "email address",
                "your email",
                "email on the account",
                "email on file",
                "e-mail",
            ],
            "reveal_line": "rosa dot alvarez at example dot com. Same as last time I called.",
        },
        {
            "key": "postcode",
            "label": "Billing postcode",
            "value": "97214",
            "earned_by": ["postcode", "post code", "postal code", "zip", "billing address"],
            "reveal_line": "Nine seven two one four.",
        },
        {
            "key": "why_it_matters",
            "label": "Reason it is urgent",
            "value": (
                "The purifier is for her 8-year-old daughter's bedroom: she has asthma and the "
                "pollen count is high this week."
            ),
            "earned_by": [
                "what is it for",
                "what's it for",
                "who is it for",
                "what was it for",
                "why do you need",
                "when do you need",
                "need it by",
                "how soon",
                "how urgent",
            ],
            "reveal_line": (
                "It's an air purifier for my daughter's room. She's eight, she has asthma, and "
                "the pollen count is through the roof this week. I needed it last week."
            ),
        },
    ],
    "resolutions": [
        {
            "key": "reship",
            "label": "A free reship",
            "phrases": [
                "reship",
                "re-ship",
                "send a replacement",
                "send you a replacement",
                "send another one",
                "send a new one",
                "ship a new one",
                "ship another one",
                "send it again",
                "replacement order",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "A new one. Fine. And this time I want the tracking number the minute it "
                "exists, not 'it's on its way'."
            ),
        },
        {
            "key": "refund",
            "label": "A full refund to your card",
            "phrases": [
                "refund the order",
                "refund your order",
                "refund you in full",
                "full refund",
                "refund the $223",
                "refund to your card",
                "your money back",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "A refund... then I'm back to square one hunting for a purifier. But at least "
                "I'm not paying for a box sitting in Columbus. How long does the money take?"
            ),
        },
        {
            "key": "goodwill_credit",
            "label": "A goodwill credit of up to $15",
            "phrases": [
                "goodwill credit",
                "$15 credit",
                "15 dollar credit",
                "fifteen dollar credit",
                "$10 credit",
                "credit for the trouble",
                "credit for the inconvenience",
            ],
            "allowed": True,
            "satisfies": False,
            "customer_reaction": (
                "Fifteen dollars is nice. It doesn't put a purifier in my daughter's room. "
                "What are you doing about the actual order?"
            ),
        },
        {
            "key": "promise_delivery_date",
            "label": "A delivery date the carrier hasn't confirmed",
            "phrases": [
                "it will arrive tomorrow",
                "it'll arrive tomorrow",
                "it will be there tomorrow",
                "it'll be there tomorrow",
                "it'll be there by",
                "it will be there by",
                "it will arrive by",
                "it'll arrive by",
                "will definitely arrive",
                "i guarantee it will",
                "i promise it will",
                "guaranteed to arrive",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "That is exactly what I was told on Monday. Don't promise me a date you can't "
                "see on your screen."
            ),
        },
        {
            "key": "credit_over_limit",
            "label": "A credit over $15 without a team lead",
            "phrases": [
                "$20 credit",
                "$25 credit",
                "$30 credit",
                "$40 credit",
                "$50 credit",
                "twenty dollar credit",
                "twenty-five dollar credit",
                "fifty dollar credit",
                "$20 goodwill",
                "$25 goodwill",
                "$50 goodwill",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "Can you actually do that? Because the last 'offer' I got from you people never "
                "showed up. I don't want gestures, I want my order."
            ),
        },
    ],
    "accept_requires": ["order_number"],  # she would take a reship without any checks
    "prefers": ["reship", "refund"],
    "acceptance_note": (
        "Accepts a free reship (her preference) or a full refund once the agent has her order"
        " number; she calms faster with an apology and the tracking status given honestly. A "
        "goodwill credit up to $15 is welcome on top but never enough alone. Refuses any "
        "promised delivery date and any credit above $15 offered without a team lead. Hangs "
        "up if told to calm down or blamed on the carrier."
    ),
    "max_turns": 20,
    "time_limit_seconds": 600,
    "lesson_slug": "shipping-delays",
    "customer_lines": {
        "vent": {
            "low": [
                "Nine days. Do you know how many times I've checked that tracking page?",
                "I took a morning off work for a parcel that never came. Twice.",
                "Every time I call, someone reads me the same thing off a screen.",
            ],
            "mid": [
                "I just want to know someone is actually doing something this time.",
                "It's not complicated. I paid, you didn't deliver.",
            ],
        },
        "push_back": {
            "low": [
                "No, listen. I don't want 'I understand'. I want to know what you're doing.",
                "'{dismissive}'? Are you serious right now?",
                "That's not an answer. Where is my order?",
                "You're reading that off a card, aren't you?",
            ],
            "mid": [
                "Okay, but what does that actually mean for me?",
                "And then what? Spell it out.",
            ],
        },
        "calm": {
            "mid": [
                "Okay. Okay. That's the first straight answer I've had.",
                "Fine. At least you're actually looking at it.",
            ],
            "high": [
                "Thank you. Sorry for snapping. It's been a week.",
                "Right. That's more like it.",
            ],
        },
        "accept": {
            "mid": ["Fine. Do that. And put it in an email so I have it in writing."],
            "high": ["Yes. Thank you. Please do that, and send me the confirmation."],
        },
        "close": {
            "mid": ["Right. I'll be watching my email. Bye."],
            "high": ["Thank you, really. You've been the first helpful person. Bye now."],
        },
        "wait": {
            "low": ["Fine. But if I'm on hold another twenty minutes, I'm hanging up."],
            "mid": ["Okay. I'll wait. Don't forget about me."],
        },
        "escalate": {
            "low": [
                "Put me through to a manager. Now.",
                "'{blame}'? I don't care whose fault it is. Get me someone who'll fix it.",
                "This is the second time I've called. I want to speak to your supervisor.",
            ],
        },
        "stay_in_character": {
            "low": ["What are you on about? I'm asking where my purifier is."],
            "mid": ["I'm sorry, what? Can we stick to my order, please?"],
            "high": ["Ha. No idea what that means. So, about my order?"],
        },
        "hang_up": {
            "low": [
                "Forget it. I'll dispute it with my bank. Goodbye.",
                "I'm done. I'll tell everyone I know not to order from XYZ.",
            ],
        },
    },
}


BILLING_CONFUSED = {
    "slug": "billing-confused",
    "title": "Billing: 'You've charged me three times!'",
    "summary": (
        "A confused older caller sees three XYZ charges: a real charge, a pending hold and a "
        "subscription renewal he forgot."
    ),
    "persona": "walter-okafor",
    "channel": "phone",
    "difficulty": "beginner",
    "skills": ["patience", "clear-communication", "active-listening", "policy-compliance"],
    "language": "en",
    "customer_name": "Mr Okafor",
    "customer_record": _text(
        "Name: Walter Okafor",
        "Account email: w.okafor51@example.net",
        "Billing postcode: 44118",
        "Membership: none (standard shipping paid per order)",
        "Subscription: XYZ Home Essentials box, monthly, renews on the 1st, $29.99",
        "Subscription set up: June last year (gift subscription started by his daughter)",
        "Card on file: Visa (never read card numbers aloud)",
        "Customer since: 2022",
    ),
    "order_details": _text(
        "Today: Monday 10 June",
        "Order: XYZ-50377, placed Thursday 6 June",
        "Items: XYZ electric kettle 1.7 L $39.50; shipping $8.00",
        "Order total: $47.50",
        "Shipped: Friday 7 June",
        "Payment 1 June: $29.99 Home Essentials box monthly renewal (settled)",
        "Payment 6 June: $47.50 pre-authorisation hold for XYZ-50377 (released 7 June)",
        "Payment 7 June: $47.50 charge for XYZ-50377 when it shipped (settled)",
        "Note: released holds can show as 'pending' at the bank for up to 3 business days",
        "Duplicate charges found: none",
    ),
    "policy_excerpt": _text(
        POLICY["verify"],
        POLICY["verify_how"],
        POLICY["privacy"],
        POLICY["billing_lines"],
        POLICY["billing_hold"],
        POLICY["billing_duplicate"],
    ),
    "problem": (
        "His bank app shows charges from XYZ that he doesn't understand, and he thinks he has "
        "been charged more than once for one kettle. He is worried money has gone missing and "
        "can't tell which charge is which."
    ),
    "goal": (
        "Understand each charge in plain words, be sure he is not paying twice for the kettle, "
        "and know whether he needs to do anything."
    ),
    "opening_line": (
        "Hello? Yes, hello. I think you've charged me... well, more than once. I only bought a "
        "kettle. My bank thing on the phone shows all these XYZs and I can't make head or tail "
        "of it."
    ),
    "hidden_facts": [
        {
            "key": "account_email",
            "label": "Account email",
            "value": "w.okafor51@example.net",
            "earned_by": [
                "email address",
                "your email",
                "email on the account",
                "email on file",
                "e-mail",
            ],
            "reveal_line": (
                "My email... my daughter set that up. It's w dot okafor fifty-one at example "
                "dot net. I think that's right."
            ),
        },
        {
            "key": "postcode",
            "label": "Billing postcode",
            "value": "44118",
            "earned_by": ["postcode", "post code", "postal code", "zip", "billing address"],
            "reveal_line": "Four four one one eight.",
        },
        {
            "key": "statement_lines",
            "label": "Charges shown in the bank app",
            "value": (
                "$29.99 on 1 June; $47.50 on 6 June shown in grey as 'pending'; $47.50 on 7 June."
            ),
            "earned_by": [
                "what do you see",
                "what does it say",
                "what does it show",
                "read me",
                "which charges",
                "the amounts",
                "how much",
                "what amount",
                "what dates",
                "which dates",
                "statement",
                "bank app",
            ],
            "reveal_line": (
                "Let me get my glasses... right. Forty-seven fifty on the sixth, that one's in "
                "grey and says 'pending'. Forty-seven fifty again on the seventh. And "
                "twenty-nine ninety-nine on the first. What's that one?"
            ),
        },
        {
            "key": "forgot_subscription",
            "label": "$29.99 charge",
            "value": (
                "His daughter gave him a Home Essentials box subscription last year; he forgot it "
                "renews every month."
            ),
            "earned_by": [
                "subscription",
                "home essentials",
                "monthly box",
                "essentials box",
                "renewal",
                "renews",
            ],
            "reveal_line": (
                "A subscription? Oh! The box with the washing-up liquid and the kitchen rolls. "
                "My daughter set that up for my birthday. Is that the twenty-nine ninety-nine? "
                "I thought she'd paid for it."
            ),
        },
    ],
    "resolutions": [
        {
            "key": "explain_hold",
            "label": "An explanation of the temporary hold",
            "phrases": [
                "only a hold",
                "just a hold",
                "not a payment",
                "never taken",
                "wasn't taken",
                "was never charged",
                "set the money aside",
                "released it",
                "released the hold",
                "vanish on its own",
                "drop off by itself",
                "drops off by itself",
                "falls off",
                "temporary hold",
                "pending hold",
                "not a second charge",
                "isn't a second charge",
                "not charged twice",
                "weren't charged twice",
                "haven't been charged twice",
                "drop off",
                "drops off",
                "disappear by itself",
                "disappear on its own",
                "go away on its own",
                "within 3 business days",
                "within three business days",
                "pre-authorisation",
                "pre-authorization",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "So the grey one isn't really money gone? It just... goes away by itself in a "
                "few days? Well. That is a relief."
            ),
        },
        {
            "key": "refund_if_duplicate",
            "label": "A refund if it turns out to be a real duplicate",
            "phrases": [
                "if it doesn't drop off",
                "if it hasn't dropped off",
                "if it's still there",
                "if it is still there",
                "if it's a true duplicate",
                "if it turns out to be a duplicate",
                "we would refund a real duplicate",
            ],
            "allowed": True,
            "satisfies": False,
            "customer_reaction": (
                "And you'd give it back then? Alright. But I still don't understand why there "
                "are two of them."
            ),
        },
        {
            "key": "refund_hold_now",
            "label": "A refund of a charge that isn't a duplicate",
            "phrases": [
                "refund the pending",
                "refund the hold",
                "refund both",
                "refund one of the charges",
                "refund the second charge",
                "refund the duplicate",
                "refund the extra $47.50",
                "refund you the $47.50",
                "refund that $47.50",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "Refund it? But then... was it a mistake or wasn't it? Now I'm even more "
                "muddled. I don't want to end up owing you money."
            ),
        },
        {
            "key": "read_out_details",
            "label": "Card or account details read out on the phone",
            "phrases": [
                "your email is w.okafor",
                "is your email w.okafor",
                "your postcode is 44118",
                "is your postcode 44118",
                "your card number is",
                "the card number is",
                "card number on file is",
                "card ending in",
                "card that ends in",
                "your password is",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "Should you be reading my details out over the phone? My daughter says never to "
                "do that. I'd rather you didn't."
            ),
        },
    ],
    "accept_requires": ["forgot_subscription"],
    "prefers": ["explain_hold"],
    "acceptance_note": (
        "Calms down and accepts once the agent has reminded him of the box subscription "
        "(he doesn't have the order number to hand), asked what his bank app shows, and "
        "explained in plain words, one charge at a time, what each one is and that the pending "
        "one is a temporary hold that drops off by itself within 3 business days. Gets "
        "confused by jargon ('pre-authorisation', 'settled') unless it is explained. Does not "
        "want a refund of a charge that isn't a duplicate, and is uneasy if card details are "
        "read aloud."
    ),
    "max_turns": 24,
    "time_limit_seconds": 900,
    "lesson_slug": "explaining-charges",
    "customer_lines": {
        "vent": {
            "low": [
                "I'm on a pension, you see. I can't have money just disappearing.",
                "I only bought one kettle. One!",
            ],
            "mid": ["I'm sorry, I'm not very good with these phone banking things."],
        },
        "clarify": {
            "low": [
                "'{jargon}'? I'm sorry, I don't know what that means.",
                "You've lost me there. Can you say it the simple way?",
                "I'm sorry, I'm not following. Is my money gone or isn't it?",
            ],
            "mid": [
                "Sorry, which one are we talking about now? The grey one?",
                "Hang on, hang on. Say that again, slowly?",
            ],
            "high": ["So just to be sure I've got it, that one's the kettle?"],
        },
        "push_back": {
            "low": [
                "But you haven't told me which one is which.",
                "I don't understand. Is my money gone or isn't it?",
            ],
            "mid": ["Yes, but what does that mean for me, in plain English?"],
        },
        "calm": {
            "mid": ["Oh, I see. Yes. That does make sense when you put it like that."],
            "high": [
                "Ah, now I understand. You're very patient, thank you.",
                "Right, right. So nothing's gone missing at all.",
            ],
        },
        "accept": {
            "mid": ["Alright. So I don't need to do anything. I'll look again on Thursday."],
            "high": ["Wonderful. So I just wait a few days and the grey one goes. Thank you."],
        },
        "close": {
            "high": [
                "Thank you, dear. You've been ever so kind. I'll tell my daughter it's all fine.",
            ],
        },
        "wait": {
            "mid": ["Oh, alright. I'll hold on. Take your time, dear."],
            "high": ["That's fine, I'm not going anywhere."],
        },
        "escalate": {
            "low": ["I think I'd better speak to someone more senior. This is all too much."],
        },
        "stay_in_character": {
            "mid": ["I'm sorry, I don't follow. I'm just asking about my bank charges."],
            "high": ["You've lost me there, I'm afraid. Now, where were we with the charges?"],
        },
        "hang_up": {
            "low": ["I'm sorry, this is all too confusing. I'll ask my daughter to call. Goodbye."],
        },
    },
}


CANCEL_SUBSCRIPTION_SAVE = {
    "slug": "cancel-subscription-save",
    "title": "Cancellation: the Home Essentials subscriber on a ten-minute break",
    "summary": "An impatient subscriber wants to cancel now; two offers at most, then cancel.",
    "persona": "priya-natarajan",
    "channel": "chat",
    "difficulty": "intermediate",
    "skills": ["active-listening", "policy-compliance", "problem-solving", "positive-attitude"],
    "language": "en",
    "customer_name": "Priya",
    "customer_record": _text(
        "Name: Priya Natarajan",
        "Account email: priya.n@example.org",
        "Billing postcode: 30307",
        "Membership: XYZ Plus since 2022",
        "Subscription: XYZ Home Essentials box (large), monthly, $49.99 incl. shipping",
        "Subscriber since: 2022 (19 boxes delivered)",
        "Recent activity: skipped 2 of the last 4 boxes",
    ),
    "order_details": _text(
        "Today: Friday 14 June",
        "Next box: billing date Tuesday 18 June ($49.99), then packed and shipped",
        "Minimum term: none; no cancellation fee",
        "Retention offer 1: pause for up to 3 months (nothing ships or is charged)",
        "Retention offer 2: 25% off the next 3 boxes",
        "Cancellation: effective immediately; confirmation email sent on processing",
    ),
    "policy_excerpt": _text(
        POLICY["verify"],
        POLICY["verify_how"],
        POLICY["cancel"],
        POLICY["retention"],
    ),
    "problem": (
        "She wants to cancel her Home Essentials box today. Boxes keep arriving faster than "
        "she can use them, skipping them every month is a chore, and she has very little "
        "time to deal with this."
    ),
    "goal": (
        "Cancel today, quickly, with written confirmation that the box due on 18 June "
        "won't ship or be charged. She would take a pause only if it genuinely fits her life "
        "and is offered straight, without a sales pitch."
    ),
    "opening_line": (
        "hi. I want to cancel my home essentials box. not skip, cancel. I'm on a 10 min break "
        "so can we do this fast pls"
    ),
    "hidden_facts": [
        {
            "key": "account_email",
            "label": "Account email",
            "value": "priya.n@example.org",
            "earned_by": [
                "email address",
                "your email",
                "email on the account",
                "email on file",
                "e-mail",
            ],
            "reveal_line": "priya.n@example.org.",
        },
        {
            "key": "postcode",
            "label": "Billing postcode",
            "value": "30307",
            "earned_by": ["postcode", "post code", "postal code", "zip", "billing address"],
            "reveal_line": "30307.",
        },
        {
            "key": "reason",
            "label": "Reason for cancelling",
            "value": (
                "She is on night shifts at the hospital until mid-August and barely home; the "
                "boxes pile up unopened in the hall."
            ),
            "earned_by": [
                "why you're cancelling",
                "why you want to cancel",
                "ask why",
                "the reason",
                "reason for cancelling",
                "what's prompting",
                "what made you",
                "what's changed",
                "not working for you",
                "how come",
                "can i ask what",
                "may i ask what",
            ],
            "reveal_line": (
                "honestly? I'm on nights until mid-August. I'm barely home, the boxes just sit "
                "in the hall unopened. I can't get to my own front door."
            ),
        },
        {
            "key": "would_return",
            "label": "Plans to come back",
            "value": "She liked the boxes; might restart in the autumn when she is back on days.",
            "earned_by": [
                "in the future",
                "come back to us",
                "later in the year",
                "restart",
                "after august",
                "when things settle",
                "the autumn",
                "the fall",
                "liked the box",
                "enjoyed the box",
            ],
            "reveal_line": ("maybe in the autumn when I'm back on days. the boxes were handy tbh."),
        },
    ],
    "resolutions": [
        {
            "key": "pause",
            "label": "A pause of up to 3 months",
            "phrases": [
                "pause",
                "pausing",
                "suspend your subscription",
                "suspend the subscription",
                "take a break from",
                "three months off",
                "3 months off",
            ],
            "allowed": True,
            "satisfies": True,
            "requires": ["reason"],
            "customer_reaction": (
                "wait, a pause of up to 3 months? and nothing ships or charges while it's "
                "paused? ok. that could actually work"
            ),
        },
        {
            "key": "discount_25",
            "label": "25% off the next 3 boxes",
            "phrases": [
                "25%",
                "25 percent",
                "25 per cent",
                "twenty-five percent",
                "twenty five percent",
                "quarter off",
            ],
            "allowed": True,
            "satisfies": False,
            "customer_reaction": (
                "it's not the money. I've got a hallway full of unopened boxes. cheaper boxes "
                "still pile up"
            ),
        },
        {
            "key": "process_cancellation",
            "label": "The cancellation, processed now",
            "phrases": [
                "i'll cancel",
                "i will cancel",
                "i'll process the cancellation",
                "i will process the cancellation",
                "processing the cancellation",
                "processing your cancellation",
                "i've cancelled",
                "i have cancelled",
                "i've canceled",
                "i have canceled",
                "cancellation is done",
                "cancellation is confirmed",
                "cancellation has been processed",
                "your subscription is cancelled",
                "your subscription is canceled",
                "box is cancelled",
                "box is canceled",
                "is now cancelled",
                "has been cancelled",
                "has been canceled",
                "all cancelled",
                "that's cancelled",
                "cancelled effective immediately",
                "effective immediately",
                "it's cancelled",
                "cancelled it",
                "canceled it",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "thank you. and the box on the 18th won't ship or charge? good. send me the "
                "confirmation email pls"
            ),
        },
        {
            "key": "invented_discount",
            "label": "A made-up discount",
            "phrases": [
                "50%",
                "50 percent",
                "50 per cent",
                "fifty percent",
                "half price",
                "half off",
                "free box",
                "free month",
                "next box free",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "50%?? where is that on your website. is that real or are you making it up to "
                "keep me"
            ),
        },
        {
            "key": "refuse_cancellation",
            "label": "Being stopped from cancelling",
            "phrases": [
                "you'll have to cancel online",
                "you need to cancel online",
                "you have to cancel online",
                "you'll need to call back",
                "minimum term",
                "after the next box",
                "i need you to stay",
                "before i can cancel",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "excuse me? it's my subscription. cancel it now or I'm disputing the charges "
                "with my bank"
            ),
        },
    ],
    "accept_requires": [],  # in a hurry to cancel: she would never insist on checks
    "prefers": ["process_cancellation", "pause", "discount_25"],
    "acceptance_note": (
        "Accepts the cancellation processed now (with confirmation that the 18 June box "
        "won't ship or be charged), or a pause of up to 3 months, which suits her once the "
        "agent has asked why she is cancelling. Politely declines 25% off (money isn't the "
        "problem). In a hurry: she would never insist "
        "on checks. "
        "Refuses invented discounts and any obstruction; gets curt if offered more than two "
        "retention offers or asked to wait."
    ),
    "max_turns": 16,
    "time_limit_seconds": 480,
    "lesson_slug": "subscription-cancellations",
    "customer_lines": {
        "vent": {
            "low": [
                "I said cancel. I've skipped the last two boxes and I'm done skipping",
                "I don't have time for this, seriously",
            ],
            "mid": ["look I'm sure the boxes are great, I just don't want them right now"],
        },
        "push_back": {
            "low": [
                "that's not what I asked",
                "is it cancelled or not? yes or no",
                "you're stalling. I have 6 minutes left",
            ],
            "mid": ["ok but what do you need from me to get this done"],
        },
        "calm": {
            "mid": ["ok. thanks for not making this a whole thing"],
            "high": ["appreciate you being quick about it"],
        },
        "accept": {
            "mid": ["fine, do that. and put it in writing"],
            "high": ["great, do that. thanks for being straight with me"],
        },
        "close": {
            "mid": ["ok got the email. bye"],
            "high": ["perfect, thanks! back to it. bye"],
        },
        "wait": {
            "low": ["seriously? I don't have time to wait"],
            "mid": ["ok but quick pls"],
        },
        "escalate": {
            "low": [
                "can I talk to someone who can actually cancel it",
                "I'll just cancel the card. done",
            ],
        },
        "stay_in_character": {
            "mid": ["what? I just want to cancel my box"],
            "high": ["lol what. anyway, the box?"],
        },
        "hang_up": {
            "low": [
                "forget it. I'll block the card and dispute the charges",
                "my break's over. I'm cancelling through my bank. bye",
            ],
        },
    },
}


TECH_SUPPORT_FRUSTRATED = {
    "slug": "tech-support-frustrated",
    "title": "Tech support: the HomeHub went offline after the update",
    "summary": (
        "A frustrated, low-tech caller's XYZ HomeHub shows 'offline' after an app update, and "
        "the schedule that runs his air conditioner has stopped."
    ),
    "persona": "frank-delaney",
    "channel": "phone",
    "difficulty": "advanced",
    "skills": ["patience", "clear-communication", "problem-solving", "product-knowledge"],
    "language": "en",
    "customer_name": "Mr Delaney",
    "customer_record": _text(
        "Name: Frank Delaney",
        "Account email: frank.delaney@example.com",
        "Billing postcode: 02139",
        "Membership: none",
        "Customer since: 2021",
        "Registered devices: XYZ HomeHub smart speaker; 2 XYZ smart plugs; 3 XYZ smart bulbs",
        "Schedules: 'Cool down' (smart plug 1, window air conditioner, 2 pm to 10 pm daily)",
    ),
    "order_details": _text(
        "Today: Sunday 9 June",
        "Order: XYZ-39102, delivered 14 November last year",
        "Items: XYZ HomeHub $99.00; XYZ smart plug 2-pack $29.00; XYZ smart bulb 3-pack $36.00",
        "Warranty: XYZ smart home devices, 12 months from delivery (valid to 14 November)",
        "Known issue: after XYZ Home app 5.2 (7 June) some HomeHubs lose their Wi-Fi; reconnect",
        "Light codes: blue spinning = starting; orange blinking = ready for setup",
        "More light codes: orange steady = can't reach Wi-Fi; green briefly = connected",
        "Red light: microphone switched off (button on the back)",
        "Step 1 (power): plugged into a wall socket with the supplied adapter",
        "Step 2 (app): update to 5.2.1; Bluetooth and location on during setup",
        "Step 3 (Wi-Fi): Devices > HomeHub > Reconnect on the 2.4 GHz network",
        "Wi-Fi note: the 2.4 GHz network is often the name without '5G'",
        "Step 4 (restart): unplug for 10 seconds, plug back in, wait for the light",
        "Step 5 (factory reset): hold the top button 15 seconds; wipes schedules; last resort",
        "Still failing: note the steps tried; escalate or open a warranty claim",
        "Engineering fix date for app 5.2: none announced",
    ),
    "policy_excerpt": _text(
        POLICY["verify"],
        POLICY["verify_how"],
        POLICY["privacy"],
        "Never ask for a Wi-Fi or account password: the customer types it into the app.",
        "Troubleshoot one step at a time in plain words; check the result of each step.",
        "A device that still fails after the first-line steps is escalated or handled under "
        "the 12-month manufacturer's warranty; a used device is not a 30-day return.",
        "Never promise a date for a software fix that hasn't been announced.",
    ),
    "problem": (
        "His XYZ Home app has shown the HomeHub as offline since the app updated itself. In a "
        "heatwave, the schedule that switches his window air conditioner on through an XYZ "
        "smart plug no longer runs, and the house is sweltering. He has spent two hours on it "
        "and feels the 'smart' home has made his life harder. He has restarted his phone twice "
        "and reinstalled the app, but has not touched the HomeHub itself."
    ),
    "goal": (
        "Get the HomeHub working again today, with instructions he can follow, and be treated "
        "like an adult rather than blamed. If it truly can't be fixed, a replacement that "
        "doesn't cost him anything."
    ),
    "opening_line": (
        "Yeah, hello. Your app updated itself and now my air conditioning doesn't come on. It "
        "says 'HomeHub offline'. I've been at this for two hours, it's like an oven in here, "
        "and I'm about ready to throw the whole lot in the bin."
    ),
    "hidden_facts": [
        {
            "key": "account_email",
            "label": "Account email",
            "value": "frank.delaney@example.com",
            "earned_by": [
                "email address",
                "your email",
                "email on the account",
                "email on file",
                "e-mail",
            ],
            "reveal_line": "frank dot delaney at example dot com. My son set it all up.",
        },
        {
            "key": "postcode",
            "label": "Billing postcode",
            "value": "02139",
            "earned_by": ["postcode", "post code", "postal code", "zip", "billing address"],
            "reveal_line": "Oh-two-one-three-nine.",
        },
        {
            "key": "light_colour",
            "label": "Light on the HomeHub",
            "value": "The light on top of the HomeHub is steady orange (normally it is off).",
            "earned_by": [
                "the light",
                "lights on",
                "light on",
                "colour",
                "color",
                "blinking",
                "flashing",
                "top of the",
                "look at the homehub",
                "look at the hub",
            ],
            "reveal_line": (
                "The light on top? It's orange. Not blinking, just orange. Normally there's no "
                "light on it at all."
            ),
        },
        {
            "key": "wifi",
            "label": "Wi-Fi network",
            "value": (
                "His router shows two networks, 'Delaney' and 'Delaney-5G'; his phone is on "
                "'Delaney-5G'."
            ),
            "earned_by": ["wi-fi", "wifi", "wireless", "network", "internet", "router"],
            "reveal_line": (
                "The Wi-Fi? There's two of them on the list: 'Delaney' and 'Delaney-5G'. The "
                "phone's on the 5G one. My son said it's faster."
            ),
        },
        {
            "key": "tried_so_far",
            "label": "What he has tried",
            "value": "Restarted his phone twice and reinstalled the app; not touched the HomeHub.",
            "earned_by": ["tried", "have you done", "so far", "what have you", "did you do"],
            "reveal_line": (
                "I've restarted the phone twice and taken the app off and put it back on. I "
                "haven't touched the hub itself."
            ),
        },
    ],
    # Light on the HomeHub (the light_colour fact): steady orange until the steps fix it.
    "steps": [
        {
            "key": "check_power",
            "label": "Check the HomeHub is plugged into the wall",
            "phrases": [
                "plugged into the wall",
                "plugged into a wall",
                "wall socket",
                "power adapter",
                "plugged in directly",
                "check the plug",
                "check it's plugged",
                "check the power",
                "extension lead",
            ],
            "report": (
                "It's plugged straight into the wall, with the plug it came with. Light's still "
                "orange."
            ),
        },
        {
            "key": "update_app",
            "label": "Update the XYZ Home app, Bluetooth and location on",
            "phrases": [
                "update the app",
                "update the xyz home app",
                "update your app",
                "app store",
                "play store",
                "5.2.1",
                "latest version",
                "check for updates",
                "check for an update",
                "bluetooth",
            ],
            "report": (
                "Right, the app store... there's an update. Done, it says 5.2.1 now, and "
                "Bluetooth's on. Hub still says offline, mind."
            ),
        },
        {
            "key": "choose_network",
            "label": "Use the 2.4 GHz network, 'Delaney' (not 'Delaney-5G')",
            "phrases": [
                "select delaney",
                "choose delaney",
                "pick delaney",
                "network called delaney",
                "one called delaney",
                "without 5g",
                "without the 5g",
                "without '5g'",
                "no 5g",
                "not the 5g",
                "not the one with 5g",
                "doesn't say 5g",
                "doesn't end in 5g",
                "does not end in 5g",
                "doesn't have 5g",
                "not the 5g one",
                "not delaney-5g",
                "just delaney",
                "plain delaney",
                "2.4",
            ],
            "report": "So the plain 'Delaney' one, not the 5G. Got it.",
        },
        {
            "key": "reconnect_wifi",
            "label": "Reconnect the HomeHub (Devices > HomeHub > Reconnect)",
            "phrases": [
                "tap reconnect",
                "press reconnect",
                "hit reconnect",
                "select reconnect",
                "choose reconnect",
                "then reconnect",
                "reconnect it",
                "reconnect the hub",
                "reconnect the homehub",
                "reconnect again",
                "> reconnect",
                "and reconnect",
                "re-connect",
                "connect it again",
                "set up the wi-fi again",
            ],
            "requires": ["choose_network"],
            "report": (
                "Okay, Reconnect... it wants the network. I've picked 'Delaney' and typed the "
                "password in myself... the light's blinking... it's gone green! Now it's off, "
                "and the app says online. And the air con's just kicked in."
            ),
            "blocked_report": (
                "Right, Reconnect... it's asking which network. I picked 'Delaney-5G', same as "
                "the phone... it's spinning... no. Back to steady orange."
            ),
            "fact": "light_colour",
            "value": "It flashed green and now it's off, like it normally is. The app says online.",
            "solves": True,
        },
        {
            "key": "restart_hub",
            "label": "Restart the HomeHub (unplug for 10 seconds)",
            "phrases": [
                "unplug the homehub",
                "unplug the hub",
                "unplug it",
                "count to ten",
                "ten seconds",
                "10 seconds",
                "power cycle",
                "restart the hub",
                "restart the homehub",
                "turn the hub off",
            ],
            "report": (
                "Unplugged it, counted to ten, plugged it back in. It did the blue spinning "
                "thing... and now it's back to steady orange."
            ),
            "fact": "light_colour",
            "value": "It went blue and spun for a bit, and now it's back to steady orange.",
        },
        {
            "key": "factory_reset",
            "label": "Factory reset (hold the top button 15 seconds)",
            "phrases": [
                "factory reset",
                "hold the top button",
                "hold down the top button",
                "hold the button for 15",
                "reset it to factory",
            ],
            "requires": ["restart_hub"],
            "report": (
                "Held it fifteen seconds... it's blinking orange now, like when it was new. "
                "That's wiped my schedule, hasn't it?"
            ),
            "blocked_report": (
                "Hang on, won't that wipe my schedule? My son set all that up. Can we try the "
                "simpler stuff first?"
            ),
            "fact": "light_colour",
            "value": "It's blinking orange now, like when it was new.",
        },
    ],
    "resolutions": [
        {
            "key": "troubleshoot",
            "label": "Step-by-step troubleshooting",
            "phrases": [
                "walk you through",
                "talk you through",
                "step by step",
                "one step at a time",
                "one thing at a time",
                "go through it together",
                "get it back online",
                "get it working again",
                "troubleshoot",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": "Right. One thing at a time, I can do that. Go on.",
        },
        {
            "key": "warranty_claim",
            "label": "A warranty claim for the HomeHub",
            "phrases": [
                "warranty claim",
                "under warranty",
                "under the warranty",
                "replace the homehub",
                "replace the hub",
                "replacement homehub",
                "new homehub",
            ],
            "allowed": True,
            "satisfies": False,
            "customer_reaction": (
                "Good to know there's a backstop. But a box in the post doesn't cool my house "
                "tonight. Can't we get this one going first?"
            ),
        },
        {
            "key": "promise_fix_date",
            "label": "A promised date for a software fix",
            "phrases": [
                "will be fixed by",
                "should be fixed by",
                "fix will be out",
                "fix comes out on",
                "patch will be out",
                "fixed next week",
                "fixed tomorrow",
                "fixed in the next update",
                "the next update will fix",
                "engineers will fix it by",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "Next week? I'm roasting now. And how would you know that anyway? Sounds like "
                "something off a script."
            ),
        },
        {
            "key": "refund_homehub",
            "label": "A refund for the HomeHub",
            "phrases": [
                "refund the homehub",
                "refund for the homehub",
                "refund the hub",
                "refund you for the",
                "money back for the",
                "return it for a refund",
                "send it back for a refund",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "A refund? Then I've got no schedule at all. I don't want my money, I want the "
                "thing to work."
            ),
        },
        {
            "key": "ask_password",
            "label": "Asking for his Wi-Fi password",
            "phrases": [
                "what's your wi-fi password",
                "what is your wi-fi password",
                "what's the wi-fi password",
                "read me your password",
                "read me the password",
                "tell me your password",
                "give me your password",
                "what's your password",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "My password? My son said never to give that out to anyone. Shouldn't I be "
                "typing that in myself?"
            ),
        },
    ],
    "accept_requires": [],
    "prefers": ["troubleshoot", "warranty_claim"],
    "acceptance_note": (
        "Goes through step-by-step troubleshooting when the agent talks him through it one "
        "thing at a time; satisfied once the HomeHub reconnects on the 'Delaney' (2.4 GHz) "
        "network and the air conditioner comes on. Accepts a warranty claim only as a "
        "backstop if the steps fail. Snaps at jargon (firmware, SSID, 2.4 GHz band) and at "
        "any hint that it is his fault. Refuses a promised fix date and a refund, and won't "
        "read out his Wi-Fi password. Reluctant about a factory reset (it wipes his schedule)"
        " unless the simpler steps have failed."
    ),
    "max_turns": 30,
    "time_limit_seconds": 1200,
    "lesson_slug": "troubleshooting-smart-home-devices",
    "customer_lines": {
        "vent": {
            "low": [
                "It worked fine for seven months. You update it and now nothing works.",
                "I'm sitting here with every window open and a wet towel on my neck.",
                "Smart home. There's nothing smart about it.",
            ],
            "mid": ["I just want my air conditioning back on its schedule, that's all."],
        },
        "clarify": {
            "low": [
                "Speak English, son. What's that in normal words?",
                "'{jargon}'? What's that when it's at home?",
                "I don't know what that is. Tell me what to press.",
            ],
            "mid": [
                "Which button? The wheel thing or the three lines?",
                "Hang on. The speaker or the phone?",
            ],
        },
        "push_back": {
            "low": [
                "I didn't do anything. Your app did this.",
                "Don't tell me to turn it off and on, I've done that. Twice.",
            ],
            "mid": ["Alright, but what's that going to do?"],
        },
        "calm": {
            "mid": [
                "Right. Okay. That's clearer.",
                "Fair enough. I can follow that.",
            ],
            "high": [
                "Well, look at that. You're better at this than the app is.",
                "Cheers. Sorry I was short with you. It's been a long afternoon.",
            ],
        },
        "accept": {
            "mid": ["Go on then. Tell me what to do, one thing at a time."],
            "high": ["Alright, I'm all ears. What do I do first?"],
        },
        "close": {
            "high": ["Brilliant. Thanks for sticking with me. Cheerio."],
        },
        "wait": {
            "low": ["Don't leave me sitting here in the heat, son."],
            "mid": ["Go on then. I'll hang on."],
        },
        "escalate": {
            "low": [
                "Is there someone there who actually knows about these things?",
                "I want to talk to someone in charge. This is ridiculous.",
            ],
        },
        "stay_in_character": {
            "low": ["I don't know what you're on about. Are you going to fix my speaker or not?"],
            "mid": ["Eh? I'm just a bloke with a broken gadget. What do I press?"],
        },
        "hang_up": {
            "low": [
                "Forget it. I'm pulling the plug on the lot and buying an air con with a knob.",
                "I've had enough. Goodbye.",
            ],
        },
    },
}


REFUND_OUTSIDE_WINDOW = {
    "slug": "refund-outside-window",
    "title": "Refund request 45 days after delivery: the failing grinder",
    "summary": (
        "A skeptical customer wants a full refund for a faulty grinder delivered 45 days ago."
    ),
    "persona": "graham-pryce",
    "channel": "chat",
    "difficulty": "advanced",
    "skills": ["policy-compliance", "empathy", "clear-communication", "problem-solving"],
    "language": "en",
    "customer_name": "Mr Pryce",
    "customer_record": _text(
        "Name: Graham Pryce",
        "Account email: graham.pryce@example.com",
        "Billing postcode: 98103",
        "Membership: XYZ Plus since 2020",
        "Customer since: 2018, 41 orders",
        "Returns history: 1 return (2023, within the 30-day window)",
        "Store credit used before: never",
    ),
    "order_details": _text(
        "Today: Thursday 13 June",
        "Order: XYZ-45590, placed 24 April",
        "Item: Halden Pro burr coffee grinder $219.00",
        "Delivered: Monday 29 April (45 days ago)",
        "Return window: closed on 29 May (30 days after delivery)",
        "Manufacturer's warranty: Halden, 2 years from delivery (repair or replacement)",
        "Warranty claims: XYZ can open one for the customer; Halden sends a prepaid label",
        "Store credit: up to 50% ($109.50), once, only with team-lead approval",
        "Note: ask the team lead before stating any credit amount to the customer",
    ),
    "policy_excerpt": _text(
        POLICY["verify"],
        POLICY["verify_how"],
        POLICY["returns"],
        POLICY["refunds"],
        POLICY["outside_window"],
    ),
    "problem": (
        "His Halden Pro grinder from XYZ started failing about six weeks after delivery. He "
        "wants a full refund, knows he is outside the 30-day window, and expects to be fobbed "
        "off with the returns policy."
    ),
    "goal": (
        "His money back if at all possible; otherwise a fix that costs him nothing, explained "
        "honestly, without being told what he wants to hear."
    ),
    "opening_line": (
        "Hi. I bought a Halden Pro grinder from you and it's already failing. I'd like a full "
        "refund. And before you paste the returns policy at me: I've read it."
    ),
    "hidden_facts": [
        {
            "key": "order_number",
            "label": "Order number",
            "value": "XYZ-45590",
            "earned_by": ["order number", "which order", "order id", "order reference"],
            "reveal_line": "XYZ-45590.",
        },
        {
            "key": "account_email",
            "label": "Account email",
            "value": "graham.pryce@example.com",
            "earned_by": [
                "email address",
                "your email",
                "email on the account",
                "email on file",
                "e-mail",
            ],
            "reveal_line": "graham.pryce@example.com, same as the order confirmation.",
        },
        {
            "key": "postcode",
            "label": "Billing postcode",
            "value": "98103",
            "earned_by": ["postcode", "post code", "postal code", "zip", "billing address"],
            "reveal_line": "98103.",
        },
        {
            "key": "fault_detail",
            "label": "Fault with the grinder",
            "value": (
                "Since last week the motor stops after about 20 seconds and smells hot. He "
                "uses it daily and cleans it as the manual says."
            ),
            "earned_by": [
                "what happens",
                "what's happening",
                "what is happening",
                "what's wrong",
                "what is wrong",
                "describe",
                "what exactly",
                "when did",
                "tell me more",
                "what's it doing",
                "what is it doing",
            ],
            "reveal_line": (
                "Started about a week ago. It runs for twenty seconds, stops, and there's a hot "
                "smell. I clean it exactly as the manual says. A $219 grinder shouldn't do that "
                "at six weeks."
            ),
        },
    ],
    "resolutions": [
        {
            "key": "manufacturer_warranty",
            "label": "A claim under the manufacturer's warranty",
            "phrases": [
                "warranty",
                "repair or replace",
                "repair or replacement",
                "halden will replace",
                "halden will repair",
                "prepaid label",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "A warranty claim you open for me, with a prepaid label. Fine, that's a real "
                "answer. What do I need to send, and to whom?"
            ),
        },
        {
            "key": "store_credit_50",
            "label": "Store credit of up to 50% with team-lead approval",
            "phrases": [
                "store credit",
                "50% of the price as credit",
                "half the price as credit",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "Half, as store credit, if your team lead signs off. It's not a refund... but "
                "it's honest. I can live with that."
            ),
        },
        {
            "key": "full_refund",
            "label": "A full refund",
            "phrases": [
                "i'll refund you",
                "i'll refund the",
                "i will refund you",
                "i can refund you",
                "i can refund the",
                "we can refund you",
                "we'll refund you",
                "i'll give you a full refund",
                "you'll get a full refund",
                "you will get a full refund",
                "i'll process a full refund",
                "i'll issue a full refund",
                "i'll get you a refund",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "Really. Your own website says 30 days. If that's real, put it in writing with "
                "your name on it, because I don't believe it."
            ),
        },
        {
            "key": "promise_exception",
            "label": "A promised exception",
            "phrases": [
                "i'll make an exception",
                "i can make an exception",
                "we'll make an exception",
                "we can make an exception",
                "i'm sure they'll approve a refund",
                "i'm sure my team lead will approve",
                "should be able to get you a refund",
                "i'll get an exception",
                "see if i can get an exception",
                "get an exception approved",
                "ask for an exception",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "An exception, just like that? That's a promise you can't keep. I'd rather have "
                "the truth: is it yes or no?"
            ),
        },
    ],
    "accept_requires": ["verification", "order_number", "fault_detail"],
    "prefers": ["manufacturer_warranty", "store_credit_50"],
    "acceptance_note": (
        "Accepts the manufacturer's warranty claim or store credit up to 50% ($109.50, once, "
        "with team-lead approval) once the agent has verified him, found his order and "
        "asked what is actually wrong with the grinder. Wants the policy explained plainly "
        "with a reason, not recited. Refuses, and loses trust at, any full refund or promised "
        "exception. Responds well to honesty about what the agent can and cannot do."
    ),
    "max_turns": 24,
    "time_limit_seconds": 900,
    "lesson_slug": "returns-and-refunds",
    "customer_lines": {
        "vent": {
            "low": [
                "Six weeks. A $219 grinder lasted six weeks.",
                "I've spent a lot of money with XYZ. This is how that ends?",
            ],
            "mid": ["I'm not asking for anything unreasonable. It broke."],
        },
        "push_back": {
            "low": [
                "That's the policy page. I said I've read it. What can you actually do?",
                "You're reciting. Try again.",
                "'{policy}'. Yes, I can read too. What can you actually do?",
                "I read online that you made exceptions for other people. So?",
            ],
            "mid": ["And what does that mean in practice? Who does what, and when?"],
        },
        "calm": {
            "mid": [
                "Okay. That's a straight answer, I'll give you that.",
                "Fine. At least you're not pretending.",
            ],
            "high": ["Thanks. I appreciate you not giving me the runaround."],
        },
        "accept": {
            "mid": ["Alright. Let's do that. Send me the details in writing."],
            "high": ["Okay, that's fair. Go ahead, and email me the reference."],
        },
        "close": {
            "mid": ["Got it. Thanks."],
            "high": ["Thanks for being straight with me. Have a good one."],
        },
        "wait": {
            "mid": ["Fine. I'll be here."],
            "high": ["Sure, take your time."],
        },
        "escalate": {
            "low": [
                "I'd like this escalated to someone who can make a decision.",
                "Let me speak to your team lead, please.",
            ],
        },
        "stay_in_character": {
            "low": ["Nice try. Let's stay on the grinder, shall we?"],
            "mid": ["I'm not sure what that has to do with my grinder."],
        },
        "hang_up": {
            "low": [
                "This is pointless. I'll post a review and take it up with my card issuer.",
                "I'm done here. Goodbye.",
            ],
        },
    },
}


SHIPPED_ORDER_CHANGE_ANXIOUS = {
    "slug": "shipped-order-change-anxious",
    "title": "Shipped order change: the birthday present at the wrong address",
    "summary": (
        "An anxious customer sent her niece's birthday present to her own address; it has "
        "already shipped."
    ),
    "persona": "amara-osei",
    "channel": "phone",
    "difficulty": "intermediate",
    "skills": ["empathy", "patience", "clear-communication", "policy-compliance"],
    "language": "en",
    "customer_name": "Ms Osei",
    "customer_record": _text(
        "Name: Amara Osei",
        "Account email: amara.osei@example.com",
        "Billing postcode: 11215",
        "Default delivery address: 41 Maple Court, Brooklyn NY 11215",
        "Membership: XYZ Plus since January (carrier redirect fee waived)",
        "Customer since: 2023, 9 orders",
    ),
    "order_details": _text(
        "Today: Wednesday 12 June",
        "Order: XYZ-51246, placed Sunday 9 June",
        "Item: XYZ Starlight night-sky projector, gift-wrapped, with gift message, $64.00",
        "Shipping: $0.00 (XYZ Plus), ParcelWay Ground",
        "Delivery address on order: 41 Maple Court, Brooklyn NY 11215 (her default address)",
        "Shipped: Tuesday 11 June",
        "Tracking: PW 5520 1187 3309; status 'In transit'",
        "Carrier estimate: Friday 14 June to the Brooklyn address",
        "Redirect: carrier redirect request possible while in transit; not guaranteed",
        "Redirect fee: $5, waived for XYZ Plus; carrier answers within 24 hours",
    ),
    "policy_excerpt": _text(
        POLICY["verify"],
        POLICY["verify_how"],
        POLICY["changes_before"],
        POLICY["changes_after"],
        POLICY["no_date"],
        POLICY["returns"],
        POLICY["refunds"],
    ),
    "problem": (
        "She ordered a birthday present for her niece but it was sent to her own address, "
        "and the order has already shipped. She blames herself and is afraid the present "
        "won't arrive in time."
    ),
    "goal": (
        "Get the present to her niece's address in time for the birthday, or at least a clear "
        "plan and an honest idea of the chances."
    ),
    "opening_line": (
        "Hi, um, sorry, I think I've done something really stupid. I sent my niece's birthday "
        "present to my own address instead of hers, and it's already shipped. Can you change "
        "it? Please tell me you can change it."
    ),
    "hidden_facts": [
        {
            "key": "order_number",
            "label": "Order number",
            "value": "XYZ-51246",
            "earned_by": ["order number", "which order", "order id", "order reference"],
            "reveal_line": "Hang on, I've got the email open... XYZ-51246.",
        },
        {
            "key": "postcode",
            "label": "Billing postcode",
            "value": "11215",
            "earned_by": ["postcode", "post code", "postal code", "zip", "billing address"],
            "reveal_line": "One one two one five. Brooklyn. That's where it's going, that's the "
            "problem.",
        },
        {
            "key": "new_address",
            "label": "New delivery address",
            "value": "18 Larch Street, Philadelphia PA 19103 (her sister Efua Osei's home)",
            "earned_by": [
                "new address",
                "which address",
                "what address",
                "where should",
                "where would you like",
                "where does it need",
                "deliver it to",
                "niece's address",
                "her address",
                "correct address",
            ],
            "reveal_line": (
                "18 Larch Street, Philadelphia, 19103. It's my sister's house, Efua Osei, if "
                "the carrier needs a name."
            ),
        },
        {
            "key": "need_by",
            "label": "Birthday date",
            "value": "The birthday party is Saturday 15 June at 2 pm.",
            "earned_by": [
                "when is the birthday",
                "when's the birthday",
                "when is her birthday",
                "when's her birthday",
                "when do you need",
                "need it by",
                "what date",
                "the party",
                "deadline",
            ],
            "reveal_line": (
                "Saturday. The party's Saturday at two. She's turning eight. She asked for the "
                "star projector, specifically."
            ),
        },
    ],
    "resolutions": [
        {
            "key": "carrier_redirect",
            "label": "A carrier redirect request",
            "phrases": [
                "redirect",
                "re-direct",
                "reroute",
                "re-route",
                "divert",
                "intercept",
                "ask the carrier to deliver",
            ],
            "allowed": True,
            "satisfies": True,
            "customer_reaction": (
                "A redirect request... so it might work, but it might not. Okay. Okay. And I "
                "don't pay the five dollars because I'm Plus? When will I know?"
            ),
        },
        {
            "key": "return_and_reorder",
            "label": "A return on arrival and a new order",
            "phrases": [
                "return it when it arrives",
                "return on arrival",
                "send it back when it arrives",
                "return it once it arrives",
                "place a new order",
                "reorder",
                "re-order",
            ],
            "allowed": True,
            "satisfies": False,
            "customer_reaction": (
                "Buy it again and send this one back? That's a backup, I suppose... but is "
                "there really no way to get this one to her?"
            ),
        },
        {
            "key": "promise_redirect",
            "label": "A promise that the redirect will work",
            "phrases": [
                "guarantee the redirect",
                "redirect will work",
                "redirect is guaranteed",
                "i guarantee it",
                "i promise it will",
                "it will definitely",
                "it'll definitely",
                "it will arrive by saturday",
                "it'll be there by saturday",
                "it'll arrive by saturday",
                "definitely be there",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "Really? You're sure? Because the shipping email says delivery can't be "
                "changed once it ships... are you just saying that so I'll stop panicking?"
            ),
        },
        {
            "key": "change_shipped_order",
            "label": "An address change on a shipped order",
            "phrases": [
                "i've changed the address",
                "i have changed the address",
                "i've updated the address",
                "i have updated the address",
                "i'll change the address on the order",
                "i can change the address",
                "i'll update the delivery address",
                "i can update the delivery address",
            ],
            "allowed": False,
            "satisfies": False,
            "customer_reaction": (
                "You've changed it? The tracking page still says Brooklyn... are you sure "
                "that's how it works once it's shipped?"
            ),
        },
    ],
    "accept_requires": ["new_address"],
    "prefers": ["carrier_redirect", "return_and_reorder"],
    "acceptance_note": (
        "Accepts a carrier redirect request, honestly described as not guaranteed, with the "
        "$5 fee waived because she is an XYZ Plus member, once the agent has her niece's "
        "address (she gives it gladly); empathy calms her. Takes return-on-arrival and a new "
        "order to her niece's address as a backup plan, not as the answer. Refuses (and gets "
        "more anxious at) promises that the redirect will work or that it will arrive in time "
        "for the birthday, and any claim that the shipped order's address has been changed. Needs "
        "clear next steps: when the carrier answers and how she will hear."
    ),
    "max_turns": 22,
    "time_limit_seconds": 720,
    "lesson_slug": "changing-an-order",
    "customer_lines": {
        "vent": {
            "low": [
                "I can't believe I did this. It was the one thing she asked for.",
                "I just clicked through and it used my address. I feel awful.",
                "If it doesn't get there she's going to think I forgot.",
            ],
            "mid": ["Sorry. I'm panicking a bit. It's just really important."],
        },
        "push_back": {
            "low": [
                "But what does that mean? Is it going to get there or not?",
                "Please don't put me on hold, I'll lose it.",
                "'{dismissive}'? I'm trying, I really am. I just need to know what happens.",
            ],
            "mid": ["Okay, but what happens next? Who tells me?"],
        },
        "calm": {
            "mid": [
                "Okay. Okay, breathe. That helps, thank you.",
                "Right. So there's a plan. Good.",
            ],
            "high": [
                "Thank you for being so kind about it. I felt so stupid.",
                "Okay, I feel a lot better now that I know what happens.",
            ],
        },
        "accept": {
            "mid": ["Okay. Yes. Please do that. And you'll email me when they answer?"],
            "high": ["Yes, please, let's do that. Thank you for being honest with me about it."],
        },
        "close": {
            "mid": ["Okay. Thank you. I'll keep checking my email."],
            "high": ["Thank you so much. Really. Fingers crossed! Bye."],
        },
        "wait": {
            "low": ["Okay... please don't be long, I'm really worried."],
            "mid": ["Okay. I'll wait. Thank you."],
        },
        "escalate": {
            "low": [
                "Is there anyone else I can talk to? Someone who can actually change it?",
                "Can I speak to a manager, please? I just need this to work.",
            ],
        },
        "stay_in_character": {
            "mid": ["Sorry, what? I'm just trying to get this present to my niece."],
            "high": ["Ha, sorry, I'm so frazzled I didn't follow. What happens with the parcel?"],
        },
        "hang_up": {
            "low": ["I'm sorry, I can't do this. I'll just drive it down there myself. Bye."],
        },
    },
}


SCENARIOS = [
    LATE_ORDER_ANGRY,
    BILLING_CONFUSED,
    CANCEL_SUBSCRIPTION_SAVE,
    TECH_SUPPORT_FRUSTRATED,
    REFUND_OUTSIDE_WINDOW,
    SHIPPED_ORDER_CHANGE_ANXIOUS,
]


def scenario_data(slug: str):
    """One demo scenario as the engines see it (``ScenarioData``), without the database.

    What the golden transcripts, the understanding corpus and its benchmark use, so they
    always follow the demo scenarios as they really are.
    """
    from simulations.engines.base import HiddenFact, Resolution, ScenarioData, Step

    s = next(s for s in SCENARIOS if s["slug"] == slug)
    lines = {
        intent: {band: tuple(texts) for band, texts in bands.items()}
        for intent, bands in s.get("customer_lines", {}).items()
    }
    return ScenarioData(
        slug=s["slug"],
        title=s["title"],
        channel=s["channel"],
        difficulty=s["difficulty"],
        language=s["language"],
        customer_name=s["customer_name"],
        problem=s["problem"],
        goal=s["goal"],
        opening_line=s["opening_line"],
        hidden_facts=tuple(
            HiddenFact(
                f["key"], f["label"], f["value"], tuple(f["earned_by"]), f.get("reveal_line", "")
            )
            for f in s["hidden_facts"]
        ),
        resolutions=tuple(
            Resolution(
                r["key"],
                r["label"],
                tuple(r["phrases"]),
                r["allowed"],
                r.get("satisfies", True),
                r.get("customer_reaction", ""),
                tuple(r.get("requires", ())),
            )
            for r in s["resolutions"]
        ),
        accept_requires=tuple(s.get("accept_requires", ())),
        acceptance_note=s.get("acceptance_note", ""),
        policy_excerpt=s.get("policy_excerpt", ""),
        customer_lines=lines,
        steps=tuple(
            Step(
                key=step["key"],
                label=step["label"],
                phrases=tuple(step["phrases"]),
                report=step["report"],
                requires=tuple(step.get("requires", ())),
                blocked_report=step.get("blocked_report", ""),
                fact=step.get("fact", ""),
                value=step.get("value", ""),
                solves=step.get("solves", False),
            )
            for step in s.get("steps", ())
        ),
        prefers=tuple(s.get("prefers", ())),
        max_turns=s.get("max_turns", 30),
        time_limit_seconds=s.get("time_limit_seconds", 900),
    )


def persona_data(key: str):
    """One demo persona as the engines see it (``PersonaData``)."""
    from simulations.engines.base import PersonaData, Trigger

    p = next(p for p in PERSONAS if p["key"] == key)
    return PersonaData(
        name=p["name"],
        temperament=p["temperament"],
        starting_mood=p["starting_mood"],
        patience=p["patience"],
        calmed_by=tuple(Trigger(c, s) for c, s in p["calmed_by"]),
        inflamed_by=tuple(Trigger(c, s) for c, s in p["inflamed_by"]),
        speaking_style=p.get("speaking_style", ""),
        language=p.get("language", "en"),
        voice_hint=p.get("voice", ""),
        address_term=p.get("address_term", ""),
    )
