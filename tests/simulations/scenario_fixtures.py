"""The six demo scenarios as plain ``ScenarioData``/``PersonaData`` (no database), for the pure
tests of cues, mood, conversation and engines. XYZ Company's policies: verify identity (full
name + two of order number, account email, billing postcode); returns within 30 days of
delivery; refunds to the original payment method in 5-7 business days; 7+ days late -> reship
free or refund, goodwill credit up to $15; cancellations must be processed; retention offers:
pause up to 3 months or 25% off the next 3 boxes; shipped orders cannot be changed (carrier
redirect request or return on arrival); no refunds outside 30 days (store credit up to 50%
once with team-lead approval, or manufacturer warranty).
"""

from __future__ import annotations

from simulations.engines.base import HiddenFact, PersonaData, Resolution, ScenarioData, Trigger

# --- personas ----------------------------------------------------------------------------------

MARIA = PersonaData(
    name="Maria Alvarez",
    temperament="angry",
    starting_mood=22,
    patience=3,
    calmed_by=(
        Trigger("apology", 7),
        Trigger("empathy", 6),
        Trigger("ownership", 8),
        Trigger("customer_name", 5),
        Trigger("next_steps", 6),
    ),
    inflamed_by=(
        Trigger("dismissive", 9),
        Trigger("blame", 8),
        Trigger("policy_without_empathy", 7),
        Trigger("hold_or_transfer", 5),
    ),
    speaking_style="Short, sharp sentences. Interrupts. Has been a customer for six years.",
    voice_hint="female",
)

WALTER = PersonaData(
    name="Walter Pemberton",
    temperament="confused",
    starting_mood=45,
    patience=5,
    calmed_by=(
        Trigger("acknowledgement", 6),
        Trigger("customer_name", 5),
        Trigger("next_steps", 5),
    ),
    inflamed_by=(Trigger("jargon", 9), Trigger("silence", 4)),
    speaking_style="Polite, rambling, apologises for not understanding computers. Retired teacher.",
    voice_hint="older male",
)

PRIYA = PersonaData(
    name="Priya Nair",
    temperament="impatient",
    starting_mood=48,
    patience=3,
    calmed_by=(Trigger("next_steps", 8), Trigger("ownership", 5)),
    inflamed_by=(Trigger("hold_or_transfer", 8), Trigger("vague", 6), Trigger("policy", 6)),
    speaking_style="Brisk, calls from an airport lounge, wants yes-or-no answers.",
    voice_hint="female",
)

SAM = PersonaData(
    name="Sam Okafor",
    temperament="angry",
    starting_mood=32,
    patience=4,
    calmed_by=(Trigger("clarifying_question", 6), Trigger("ownership", 6), Trigger("empathy", 4)),
    inflamed_by=(Trigger("jargon", 5), Trigger("blame", 9), Trigger("dismissive", 7)),
    speaking_style=(
        "Frustrated, technical enough to be dangerous, has already reset the device three times."
    ),
    voice_hint="male",
)

LINDA = PersonaData(
    name="Linda Carver",
    temperament="skeptical",
    starting_mood=35,
    patience=4,
    calmed_by=(Trigger("next_steps", 7), Trigger("empathy", 5), Trigger("ownership", 5)),
    inflamed_by=(Trigger("policy_without_empathy", 8), Trigger("forbidden_promise", 6)),
    speaking_style="Measured, sarcastic, quotes consumer law she half remembers.",
    voice_hint="female",
)

GRACE = PersonaData(
    name="Grace Whitfield",
    temperament="anxious",
    starting_mood=40,
    patience=5,
    calmed_by=(Trigger("next_steps", 8), Trigger("empathy", 6), Trigger("ownership", 7)),
    inflamed_by=(Trigger("silence", 6), Trigger("hold_or_transfer", 6), Trigger("dismissive", 6)),
    speaking_style="Talks fast when worried, over-explains, thanks the agent a lot.",
    voice_hint="female",
)

# --- identity facts shared by several scenarios ----------------------------------------------


def _identity(name: str, email: str, postcode: str) -> tuple[HiddenFact, ...]:
    return (
        HiddenFact("full_name", "Full name", name, ("full name", "your name", "who am i speaking")),
        HiddenFact("account_email", "Account email", email, ("email", "e-mail")),
        HiddenFact(
            "billing_postcode", "Billing postcode", postcode, ("postcode", "post code", "zip")
        ),
    )


# --- scenarios ---------------------------------------------------------------------------------

LATE_ORDER = ScenarioData(
    slug="late-order-angry",
    title="Late order, angry customer",
    channel="phone",
    difficulty="intermediate",
    language="en",
    customer_name="Mrs Alvarez",
    problem=(
        "Her Barista Pro coffee machine is nine days late and the tracking has not moved "
        "for a week."
    ),
    goal="Get the coffee machine delivered this week, or her money back.",
    opening_line=(
        "Finally, a human! My coffee machine was supposed to arrive NINE days ago and nobody "
        "can tell me where it is!"
    ),
    hidden_facts=(
        HiddenFact(
            "order_number",
            "Order number",
            "XYZ-48213",
            ("order number", "order id", "order reference"),
            "It's XYZ-48213. It's on the confirmation email you people sent me.",
        ),
        *_identity("Maria Alvarez", "maria.alvarez@example.com", "BS1 4DJ"),
        HiddenFact(
            "due_date",
            "Promised delivery date",
            "the 3rd of June",
            ("when was it", "delivery date", "supposed to arrive", "expected"),
            "It was promised for the 3rd of June. The 3rd!",
        ),
    ),
    resolutions=(
        Resolution(
            "reship",
            "A free replacement sent by express",
            (
                "reship",
                "send a replacement",
                "send you a replacement",
                "send you a new one",
                "send another",
                "resend",
            ),
            allowed=True,
        ),
        Resolution(
            "refund", "A full refund", ("full refund", "refund", "money back"), allowed=True
        ),
        Resolution(
            "goodwill_credit",
            "A $15 goodwill credit",
            ("goodwill credit", "$15 credit", "15 dollar credit", "credit of $15"),
            allowed=True,
            satisfies=False,
        ),
        Resolution(
            "guarantee_tomorrow",
            "A guaranteed delivery tomorrow",
            (
                "guarantee it will arrive",
                "guaranteed delivery tomorrow",
                "promise it will arrive tomorrow",
                "i guarantee",
            ),
            allowed=False,
        ),
        Resolution(
            "big_credit",
            "A $50 credit",
            ("$50 credit", "50 dollar credit", "$50 voucher"),
            allowed=False,
        ),
    ),
    accept_requires=("order_number", "apology"),
    acceptance_note=(
        "Accepts a free express replacement or a refund once the agent has apologised and found "
        "the order."
    ),
    policy_excerpt="Orders 7+ days late: reship free or refund; goodwill credit up to $15.",
)

BILLING = ScenarioData(
    slug="billing-confused",
    title="Confusing bill: a charge he does not recognise",
    channel="phone",
    difficulty="beginner",
    language="en",
    customer_name="Mr Pemberton",
    problem=(
        "He was charged twice this month, $34.99 and $12.50, and does not understand the second "
        "charge."
    ),
    goal="Understand the second charge and stop paying for anything he does not use.",
    opening_line=(
        "Hello? Yes, hello. I'm sorry to bother you, I've got my bank statement here and "
        "there are two charges from you and I don't understand them at all."
    ),
    hidden_facts=(
        *_identity("Walter Pemberton", "w.pemberton@example.com", "OX2 6GG"),
        HiddenFact(
            "statement_line",
            "What the second charge says",
            "XYZ*PLUS MONTHLY",
            (
                "what does it say",
                "what does the charge say",
                "description",
                "exactly what",
                "on the statement",
                "how is it described",
            ),
            "It says, um, XYZ*PLUS MONTHLY. Twelve dollars fifty.",
        ),
        HiddenFact(
            "trial_signup",
            "Who signed up for the trial",
            "his granddaughter set up a free trial of XYZ Plus in March",
            ("free trial", "signed up", "sign up", "anyone else", "someone else", "family"),
            (
                "Oh! My granddaughter did set something up on my tablet in March. A free trial, "
                "she said."
            ),
        ),
    ),
    resolutions=(
        Resolution(
            "cancel_plus",
            "Cancel XYZ Plus so it stops",
            (
                "cancel the plus",
                "cancel xyz plus",
                "cancel the add-on",
                "cancel your plus",
                "turn off plus",
                "stop the plus",
                "cancel the membership",
            ),
            allowed=True,
        ),
        Resolution(
            "refund_plus",
            "A refund of this month's $12.50",
            (
                "refund the $12.50",
                "refund that charge",
                "refund the plus",
                "refund the 12.50",
                "refund this month's",
            ),
            allowed=True,
        ),
        Resolution(
            "refund_everything",
            "A refund of every charge",
            ("refund everything", "refund both charges", "refund all", "refund the whole"),
            allowed=False,
        ),
    ),
    accept_requires=("verification", "statement_line"),
    acceptance_note=(
        "Accepts cancelling XYZ Plus (and refunding this month's charge) once it has been "
        "explained slowly."
    ),
    policy_excerpt=(
        "Verify identity before discussing billing. Plus is $12.50/month; unused months since "
        "the last charge may be refunded."
    ),
)

CANCEL = ScenarioData(
    slug="cancel-subscription-save",
    title="Cancel the subscription (retention save)",
    channel="phone",
    difficulty="intermediate",
    language="en",
    customer_name="Priya",
    problem=(
        "She wants to cancel her XYZ Fresh meal-kit subscription: the boxes are too big for one "
        "person and she travels a lot."
    ),
    goal="Cancel today, quickly, without a hard sell.",
    opening_line=(
        "Hi. I want to cancel my XYZ Fresh subscription. Today, please. I've got ten minutes."
    ),
    hidden_facts=(
        *_identity("Priya Nair", "priya.nair@example.com", "M4 1HQ"),
        HiddenFact(
            "reason",
            "Why she is cancelling",
            "the boxes are too big for one and she travels for work",
            ("why", "reason", "what made you", "may i ask", "what's prompting"),
            "Honestly? The boxes are for two and I'm one person who travels three weeks a month.",
        ),
        HiddenFact(
            "next_box",
            "Next box date",
            "Thursday",
            ("next box", "next delivery", "next shipment"),
            "The next one comes Thursday. I won't even be home.",
        ),
    ),
    resolutions=(
        Resolution(
            "cancel",
            "Cancel the subscription today",
            (
                "cancel your subscription",
                "process the cancellation",
                "cancel it for you",
                "cancel it now",
                "i'll cancel",
                "i will cancel",
                "cancel it today",
            ),
            allowed=True,
        ),
        Resolution(
            "pause",
            "Pause deliveries for up to 3 months",
            ("pause", "skip the next"),
            allowed=True,
        ),
        Resolution(
            "discount",
            "25% off the next 3 boxes",
            ("25% off", "25 percent off", "twenty-five percent"),
            allowed=True,
            satisfies=False,
        ),
        Resolution(
            "free_boxes",
            "Free boxes for three months",
            ("free boxes", "free for three months", "half price forever", "50% off"),
            allowed=False,
        ),
    ),
    accept_requires=("account_email",),
    acceptance_note=(
        "Accepts a pause if it fits her travel, otherwise insists on the cancellation; needs to "
        "be verified first."
    ),
    policy_excerpt=(
        "Cancellations must be processed when asked. You may offer once: pause up to 3 months, "
        "or 25% off the next 3 boxes."
    ),
)

TECH = ScenarioData(
    slug="tech-support-frustrated",
    title="SmartBrew won't connect to the app",
    channel="chat",
    difficulty="advanced",
    language="en",
    customer_name="Sam",
    problem=(
        "His XYZ SmartBrew coffee maker won't connect to the XYZ Home app since an update; he "
        "has reset it three times."
    ),
    goal="Get the SmartBrew working with the app again, or a replacement.",
    opening_line=(
        "Third time contacting you. My SmartBrew won't connect to the app since your update. "
        "I've reset it three times. Don't tell me to turn it off and on again."
    ),
    hidden_facts=(
        *_identity("Sam Okafor", "sam.okafor@example.com", "LS6 2AB"),
        HiddenFact(
            "error_message",
            "The error in the app",
            "Device not found (E-41)",
            ("error", "what does it say", "message", "what do you see"),
            "The app says 'Device not found (E-41)' every single time.",
        ),
        HiddenFact(
            "router_band",
            "His wifi network",
            "a dual-band router that merges 2.4 and 5 GHz",
            ("wifi", "wi-fi", "router", "network", "2.4"),
            "It's one of those dual-band routers, one network name for both 2.4 and 5 gigahertz.",
        ),
    ),
    resolutions=(
        Resolution(
            "guide_24ghz",
            "Connect it to a separate 2.4 GHz network",
            ("2.4 ghz network", "separate 2.4", "split the network", "2.4 gigahertz", "2.4 only"),
            allowed=True,
        ),
        Resolution(
            "warranty_replacement",
            "A warranty replacement",
            ("warranty replacement", "replace it under warranty", "send you a replacement"),
            allowed=True,
        ),
        Resolution(
            "free_upgrade",
            "A free upgrade to the new model",
            ("free upgrade", "newer model for free", "upgrade you for free"),
            allowed=False,
        ),
    ),
    accept_requires=("error_message", "router_band"),
    acceptance_note=(
        "Accepts trying a separate 2.4 GHz network once the agent has asked about the error and "
        "his wifi."
    ),
    policy_excerpt=(
        "SmartBrew connects on 2.4 GHz only. Devices under 12 months: warranty replacement after "
        "troubleshooting."
    ),
    customer_lines={
        "vent": {
            "low": (
                "I've spent two evenings on this. Two!",
                "Your update broke it. It worked fine before.",
            ),
            "any": ("A coffee maker shouldn't need an IT department.",),
        },
        "push_back": {
            "any": (
                "I've done all the basic stuff. Give me something real.",
                "That's the same script the last two people read me.",
            )
        },
    },
)

REFUND = ScenarioData(
    slug="refund-outside-window",
    title="Refund asked for outside the 30-day window",
    channel="phone",
    difficulty="advanced",
    language="en",
    customer_name="Ms Carver",
    problem=(
        "Her KitchenPro stand mixer stopped working 45 days after delivery and she wants a full "
        "refund."
    ),
    goal="A full refund to her card.",
    opening_line=(
        "I'd like a refund for a stand mixer that has died after six weeks. And before you "
        "say it, I know about your 30 days."
    ),
    hidden_facts=(
        HiddenFact(
            "order_number",
            "Order number",
            "XYZ-51877",
            ("order number", "order id", "order reference"),
            "XYZ-51877. Bought with my Visa, not that it seems to matter.",
        ),
        *_identity("Linda Carver", "linda.carver@example.com", "EH3 9QP"),
        HiddenFact(
            "fault",
            "What went wrong",
            "the motor smells of burning and cuts out after ten seconds",
            (
                "what happened",
                "what's wrong",
                "what is wrong",
                "stopped working",
                "fault",
                "what does it do",
            ),
            "The motor smells of burning and cuts out after about ten seconds.",
        ),
        HiddenFact(
            "delivered",
            "When it was delivered",
            "45 days ago",
            (
                "when did it arrive",
                "when was it delivered",
                "delivery date",
                "when did you receive",
            ),
            "It arrived 45 days ago. I've used it maybe five times.",
        ),
    ),
    resolutions=(
        Resolution(
            "store_credit",
            "Store credit for half the price (team-lead approved)",
            ("store credit", "50% credit", "credit for half"),
            allowed=True,
        ),
        Resolution(
            "warranty",
            "A manufacturer warranty repair or replacement",
            ("warranty", "manufacturer"),
            allowed=True,
        ),
        Resolution(
            "full_refund",
            "A full refund",
            (
                "full refund",
                "refund you in full",
                "refund the full",
                "make an exception and refund",
                "process a refund",
                "refund you",
            ),
            allowed=False,
        ),
    ),
    accept_requires=("empathy", "fault", "order_number"),
    acceptance_note=(
        "Accepts a warranty claim or half store credit once the agent has listened to what went "
        "wrong and found the order."
    ),
    policy_excerpt=(
        "No refunds after 30 days. Store credit up to 50% once with team-lead approval, or the "
        "manufacturer warranty (2 years)."
    ),
)

SHIPPED = ScenarioData(
    slug="shipped-order-change-anxious",
    title="Change an order that has already shipped",
    channel="phone",
    difficulty="beginner",
    language="en",
    customer_name="Mrs Whitfield",
    problem=(
        "She sent her daughter's birthday present to her old address; the order shipped "
        "yesterday and she moved last week."
    ),
    goal="Make sure the parcel reaches her new address before Saturday.",
    opening_line=(
        "Oh, hello, I'm so sorry, I think I've done something silly. I've sent my daughter's "
        "birthday present to my old address and it's already shipped!"
    ),
    hidden_facts=(
        HiddenFact(
            "order_number",
            "Order number",
            "XYZ-77310",
            ("order number", "order id", "order reference"),
            "Yes, it's XYZ-77310, I wrote it down.",
        ),
        *_identity("Grace Whitfield", "grace.whitfield@example.com", "BS8 1TH"),
        HiddenFact(
            "new_address",
            "New address",
            "14 Elm Road, Bristol BS3 4QT",
            ("new address", "where would you like", "where should", "moved to"),
            "The new address is 14 Elm Road, Bristol, BS3 4QT.",
        ),
        HiddenFact(
            "tracking",
            "Tracking status",
            "out for delivery tomorrow",
            ("tracking", "where is it now", "status"),
            "The tracking says it's out for delivery tomorrow. Tomorrow!",
        ),
    ),
    resolutions=(
        Resolution(
            "carrier_redirect",
            "A carrier redirect request to the new address",
            ("redirect", "contact the carrier", "ask the carrier"),
            allowed=True,
        ),
        Resolution(
            "return_on_arrival",
            "Return it when it arrives and reorder",
            (
                "return it when it arrives",
                "send it back",
                "return on arrival",
                "refuse the delivery",
            ),
            allowed=True,
            satisfies=False,
        ),
        Resolution(
            "change_address",
            "Change the address on the order",
            (
                "change the address",
                "update the address on the order",
                "change the delivery address",
            ),
            allowed=False,
        ),
        Resolution(
            "guarantee",
            "A guarantee it arrives by Saturday",
            ("guarantee it", "promise it will be there", "definitely be there"),
            allowed=False,
        ),
    ),
    accept_requires=("order_number", "new_address"),
    acceptance_note=(
        "Accepts a carrier redirect request once the agent has the order and the new address, "
        "and explains what happens next."
    ),
    policy_excerpt=(
        "Shipped orders cannot be changed. Request a carrier redirect, or return on arrival."
    ),
)

LATE_ORDER_FR = ScenarioData(
    slug="late-order-angry-fr",
    title="Commande en retard, cliente en colère",
    channel="phone",
    difficulty="intermediate",
    language="fr",
    customer_name="Mme Dubois",
    problem="Sa machine à café a neuf jours de retard.",
    goal="Recevoir la machine cette semaine ou être remboursée.",
    opening_line="Enfin quelqu'un ! Ma machine à café devait arriver il y a NEUF jours !",
    hidden_facts=(
        HiddenFact(
            "order_number",
            "Numéro de commande",
            "XYZ-90412",
            ("numéro de commande", "numero de commande", "order number"),
            "C'est XYZ-90412.",
        ),
    ),
    resolutions=(
        Resolution(
            "reship",
            "un renvoi gratuit en express",
            ("renvoyer", "renvoi", "nouvelle machine"),
            allowed=True,
        ),
        Resolution("refund", "un remboursement", ("rembourser", "remboursement"), allowed=True),
        Resolution(
            "guarantee",
            "une livraison garantie demain",
            ("je vous garantis", "garanti demain"),
            allowed=False,
        ),
    ),
    accept_requires=("order_number", "apology"),
    acceptance_note=(
        "Accepte un renvoi ou un remboursement après des excuses et la vérification de la commande."
    ),
)

MARIE = PersonaData(
    name="Marie Dubois",
    temperament="angry",
    starting_mood=25,
    patience=3,
    calmed_by=(Trigger("apology", 7), Trigger("ownership", 6)),
    inflamed_by=(Trigger("dismissive", 9), Trigger("blame", 8)),
    language="fr",
)

# slug -> (persona, scenario)
DEMO: dict[str, tuple[PersonaData, ScenarioData]] = {
    LATE_ORDER.slug: (MARIA, LATE_ORDER),
    BILLING.slug: (WALTER, BILLING),
    CANCEL.slug: (PRIYA, CANCEL),
    TECH.slug: (SAM, TECH),
    REFUND.slug: (LINDA, REFUND),
    SHIPPED.slug: (GRACE, SHIPPED),
}
ALL = {**DEMO, LATE_ORDER_FR.slug: (MARIE, LATE_ORDER_FR)}
