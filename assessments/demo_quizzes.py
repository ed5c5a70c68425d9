"""Demo quiz banks for the XYZ onboarding courses, as plain data.

``assessments.demo`` turns these dicts into Quiz snippets and their questions; nothing here
imports Django. Every rule and number matches XYZ's policies as the courses teach them and as
the call simulations (``simulations.demo_scenarios``) and graders apply them: identity = full
name plus two of order number, account email, billing postcode; returns within 30 days of
delivery (unused, original packaging, proof of purchase); refunds to the original payment
method within 5-7 business days after the return arrives; outside the window only store
credit up to 50% (once, team-lead approval) or the manufacturer's warranty; 7+ days late =
free reship or refund; goodwill up to $15 per order without approval; no unconfirmed
delivery dates; cancellations always processed, at most two retention offers (pause up to
3 months, then 25% off the next 3 boxes); shipped orders can't be changed (carrier redirect
request, not guaranteed, $5 fee waived for XYZ Plus, or return on arrival); pre-authorisation
holds drop off within 3 business days; never read out card numbers or passwords.

Question shapes (by ``type``):

* ``single`` / ``multiple``: ``choices`` = [{"text", "correct", "feedback"}]
* ``true_false``: ``answer`` (bool)
* ``ordering``: ``items`` in the correct order (the quiz shuffles them)
* ``matching``: ``pairs`` = [[left, right], ...] (the quiz shuffles the right-hand side)
* ``short_text``: ``accepted`` answers (case-insensitive, trimmed) and optional ``patterns``
  (regular expressions, matched case-insensitively against the whole trimmed answer)

Course slugs are those of ``courses.demo_curriculum`` (the onboarding path): one quiz for the
first course, one at the end of the soft-skill courses, one per product and policy course,
and the onboarding final on the last course of the path.
"""

from __future__ import annotations

# -- What the job is ---------------------------------------------------------------------

ROLE_BASICS = {
    "slug": "role-basics-check",
    "title": "Role basics check",
    "course_slug": "what-the-job-is",
    "description": (
        "Six questions on what an XYZ agent does, why service matters to the business, how "
        "calls are reviewed and where the job can lead."
    ),
    "pass_mark": 70,
    "attempts_allowed": 3,
    "draw": 6,
    "time_limit_minutes": None,
    "wait_minutes": 0,
    "questions": [
        {
            "type": "single",
            "prompt": (
                "According to the US Small Business Administration figure in the course, what "
                "share of customers leave a business after being treated poorly?"
            ),
            "skills": ["positive-attitude"],
            "explanation": (
                "68% of customers leave a business after poor treatment (SBA). The 82% figure "
                "is the Harris Poll's: executives who say expectations are higher than six years "
                "earlier."
            ),
            "choices": [
                {"text": "68%", "correct": True, "feedback": "Right: two customers in three."},
                {
                    "text": "82%",
                    "correct": False,
                    "feedback": "That is the Harris Poll figure about rising expectations.",
                },
                {"text": "25%", "correct": False, "feedback": "Much higher, unfortunately."},
                {"text": "10%", "correct": False, "feedback": "Much higher, unfortunately."},
            ],
        },
        {
            "type": "ordering",
            "prompt": "Put XYZ's career ladder in order, from your first day upwards.",
            "skills": ["positive-attitude"],
            "explanation": (
                "Junior agent, then agent, then senior agent (complex and escalated contacts, "
                "mentoring), then team lead (coaching, schedules, approvals agents can't give)."
            ),
            "items": ["Junior agent", "Agent", "Senior agent", "Team lead"],
        },
        {
            "type": "true_false",
            "prompt": "Calls are recorded and reviewed mainly to catch agents making mistakes.",
            "skills": ["positive-attitude"],
            "explanation": (
                "False. Recorded calls are reviewed against the same sections as the simulator "
                "(opening, verification, discovery, empathy, resolution, communication, "
                "closing) to coach you, and to spot where retraining would help."
            ),
            "answer": False,
        },
        {
            "type": "multiple",
            "prompt": (
                "Which of these are part of an XYZ agent's everyday work? Choose all that apply."
            ),
            "skills": ["product-knowledge", "problem-solving"],
            "explanation": (
                "Agents track orders, handle returns, refunds and exchanges, process "
                "cancellations and deal with complaints. They apply XYZ's policies; they don't "
                "change them, and approvals above an agent's limit go to a team lead."
            ),
            "choices": [
                {
                    "text": "Tracking orders and explaining their status",
                    "correct": True,
                    "feedback": "Yes: one of the most common contacts.",
                },
                {
                    "text": "Handling returns, exchanges and refunds",
                    "correct": True,
                    "feedback": "Yes: after-sales is a big part of the job.",
                },
                {
                    "text": "Processing subscription cancellations",
                    "correct": True,
                    "feedback": "Yes, including the retention offers XYZ allows.",
                },
                {
                    "text": "Changing a policy for a customer who asks nicely",
                    "correct": False,
                    "feedback": "No: you apply the policy; you find the best option within it.",
                },
                {
                    "text": "Approving goodwill credits above the agent limit",
                    "correct": False,
                    "feedback": "No: above $15 per order, a team lead approves.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": "A subscriber calls to cancel (a 'save' call). What is your job?",
            "skills": ["policy-compliance", "active-listening"],
            "explanation": (
                "Listen to the reason, make at most two allowed retention offers if they fit, "
                "and process the cancellation if the customer still wants it."
            ),
            "choices": [
                {
                    "text": (
                        "Listen to the reason, make up to two allowed offers, and cancel if they "
                        "still want to"
                    ),
                    "correct": True,
                    "feedback": "Right: a save is offered, never forced.",
                },
                {
                    "text": "Keep the customer at any cost, with whatever discount works",
                    "correct": False,
                    "feedback": "No: only XYZ's two offers, and never invented discounts.",
                },
                {
                    "text": "Tell them to cancel online themselves",
                    "correct": False,
                    "feedback": "No: that obstructs the cancellation. Process it yourself.",
                },
                {
                    "text": "Transfer them to a supervisor",
                    "correct": False,
                    "feedback": "No: cancellations are an agent's job.",
                },
            ],
        },
        {
            "type": "matching",
            "prompt": "Match each role on the ladder to what it does.",
            "skills": ["positive-attitude"],
            "explanation": (
                "Junior agents learn the common contacts under close review; agents handle the "
                "full range alone; senior agents take complex and escalated contacts and mentor; "
                "team leads coach, schedule and give approvals agents can't."
            ),
            "pairs": [
                ["Junior agent", "Completes onboarding; calls reviewed closely by a team lead"],
                ["Agent", "Handles the full range of contacts on every channel alone"],
                ["Senior agent", "Takes complex and escalated contacts and mentors new hires"],
                ["Team lead", "Coaches the team and gives approvals agents can't give"],
            ],
        },
    ],
}


# -- Soft skills -------------------------------------------------------------------------

SOFT_SKILLS = {
    "slug": "soft-skills-check",
    "title": "Soft skills check",
    "course_slug": "positive-attitude-problem-solving",
    "description": (
        "Patience, empathy, listening and positive language: eight questions drawn from a bank "
        "of twelve, on what to say (and not say) to upset, confused and anxious customers."
    ),
    "pass_mark": 75,
    "attempts_allowed": 3,
    "draw": 8,
    "time_limit_minutes": None,
    "wait_minutes": 5,
    "questions": [
        {
            "type": "single",
            "prompt": (
                "Ms Alvarez's order is nine days late and she is shouting. What is the best "
                "first thing to say?"
            ),
            "skills": ["empathy", "patience"],
            "explanation": (
                "Apologise for the experience, use her name, and take ownership. 'Calm down' is "
                "dismissive, blaming the carrier deflects, and reciting policy without empathy "
                "inflames an angry caller."
            ),
            "choices": [
                {
                    "text": (
                        "I'm so sorry your order is this late, Ms Alvarez. Let me pull it up now "
                        "and find out exactly where it is."
                    ),
                    "correct": True,
                    "feedback": "Apology, name and ownership in one breath.",
                },
                {
                    "text": "Please calm down so I can help you.",
                    "correct": False,
                    "feedback": "'Calm down' is dismissive and almost always makes it worse.",
                },
                {
                    "text": "That's the carrier's fault, not ours.",
                    "correct": False,
                    "feedback": "Blaming someone else doesn't help the customer.",
                },
                {
                    "text": "Per our policy, delivery dates are estimates.",
                    "correct": False,
                    "feedback": "Policy without empathy sounds like a brush-off.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Which of these lines show empathy? Choose all that apply.",
            "skills": ["empathy"],
            "explanation": (
                "Empathy names the customer's feeling or situation. 'Calm down' and 'not my "
                "department' do the opposite."
            ),
            "choices": [
                {
                    "text": "That sounds really stressful, with the birthday so close.",
                    "correct": True,
                    "feedback": "Names the feeling and the reason for it.",
                },
                {
                    "text": "I can see why you're frustrated: you were promised the fifth.",
                    "correct": True,
                    "feedback": "Shows you listened to the details.",
                },
                {
                    "text": "I understand how worrying a charge you don't recognise is.",
                    "correct": True,
                    "feedback": "Acknowledges the worry before explaining.",
                },
                {
                    "text": "Calm down, it's only a parcel.",
                    "correct": False,
                    "feedback": "Dismissive: it tells the customer their feelings are wrong.",
                },
                {
                    "text": "That's not my department.",
                    "correct": False,
                    "feedback": "Dismissive: take ownership instead.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Apologising to a customer means admitting that XYZ was at fault.",
            "skills": ["empathy"],
            "explanation": (
                "False. You can apologise for the customer's experience ('I'm sorry your box "
                "arrived crushed') without accepting blame; it makes the customer feel heard."
            ),
            "answer": False,
        },
        {
            "type": "true_false",
            "prompt": "Interrupting a customer to get to the solution faster is good listening.",
            "skills": ["active-listening", "patience"],
            "explanation": (
                "False. Let them finish: the detail you would have cut off is often the one you "
                "need, and being interrupted makes upset customers angrier."
            ),
            "answer": False,
        },
        {
            "type": "ordering",
            "prompt": "Put these steps for handling an upset caller in order.",
            "skills": ["active-listening", "empathy", "problem-solving"],
            "explanation": (
                "Listen first, acknowledge the feeling, ask questions to understand, then "
                "explain what you can do and confirm the next steps."
            ),
            "items": [
                "Let them finish without interrupting",
                "Acknowledge how they feel",
                "Ask clarifying questions",
                "Explain what you can do",
                "Confirm the next steps and close",
            ],
        },
        {
            "type": "matching",
            "prompt": "Match each phrase to avoid with what to say instead.",
            "skills": ["clear-communication", "positive-attitude"],
            "explanation": ("Positive language says what you can do and keeps ownership with you."),
            "pairs": [
                ["Calm down.", "I can hear how frustrating this has been."],
                ["There's nothing I can do.", "Here's what I can do for you."],
                ["That's not my department.", "Let me find the right person and stay with you."],
                [
                    "You should have read the email.",
                    "Let me go through what that email means.",
                ],
            ],
        },
        {
            "type": "short_text",
            "prompt": (
                "Using this, naturally and a few times in a call, makes a customer feel "
                "important. What is it? (Two words: the customer's ...)"
            ),
            "skills": ["empathy"],
            "explanation": (
                "Their name. Use it naturally (not in every sentence) and with the title they "
                "prefer, such as 'Mr Okafor'."
            ),
            "accepted": ["name", "their name", "customer's name", "the customer's name"],
            "patterns": [r"^(the\s+)?(customer'?s\s+|their\s+|his or her\s+)?(own\s+)?name$"],
        },
        {
            "type": "single",
            "prompt": (
                "'So the boxes are arriving faster than you can use them because you travel so "
                "much. Have I got that right?' What is the agent doing?"
            ),
            "skills": ["active-listening"],
            "explanation": (
                "Playing back (paraphrasing) what the customer said shows you listened and "
                "checks you understood before you offer anything."
            ),
            "choices": [
                {
                    "text": "Playing back what the customer said",
                    "correct": True,
                    "feedback": "Yes: a paraphrase with a check at the end.",
                },
                {
                    "text": "Making a retention offer",
                    "correct": False,
                    "feedback": "No offer has been made yet; this checks understanding.",
                },
                {
                    "text": "Verifying the customer's identity",
                    "correct": False,
                    "feedback": "Verification uses name plus two account details.",
                },
                {
                    "text": "Closing the call",
                    "correct": False,
                    "feedback": "This comes in the middle of the call, not at the end.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": (
                "Mr Delaney is not good with apps and his HomeHub shows 'offline'. How should you "
                "give him instructions?"
            ),
            "skills": ["clear-communication", "patience"],
            "explanation": (
                "One step at a time, described by what he can see, checking each step worked "
                "before the next. Several steps at once or technical terms lose him."
            ),
            "choices": [
                {
                    "text": "One step at a time, in plain words, checking each one worked",
                    "correct": True,
                    "feedback": "Right: it keeps him with you.",
                },
                {
                    "text": "All the steps at once, so the call is shorter",
                    "correct": False,
                    "feedback": "Six steps in one breath overwhelm a customer who is lost.",
                },
                {
                    "text": "Use the technical terms so he learns them",
                    "correct": False,
                    "feedback": "Jargon confuses and frustrates; say what he'll see instead.",
                },
                {
                    "text": "Email him a help article and end the call",
                    "correct": False,
                    "feedback": "That leaves him alone with the problem.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Which of these use positive language? Choose all that apply.",
            "skills": ["positive-attitude", "clear-communication"],
            "explanation": (
                "Positive language leads with what you can do and when. 'Unfortunately that's "
                "impossible' and 'that's against policy' stop the conversation."
            ),
            "choices": [
                {
                    "text": "Here's what I can do for you today.",
                    "correct": True,
                    "feedback": "Leads with the options.",
                },
                {
                    "text": (
                        "Once the return arrives, your refund reaches your card in 5-7 business "
                        "days."
                    ),
                    "correct": True,
                    "feedback": "Clear next step and timing.",
                },
                {
                    "text": "Unfortunately that's impossible.",
                    "correct": False,
                    "feedback": "A dead end: say what is possible instead.",
                },
                {
                    "text": "No, that's against policy.",
                    "correct": False,
                    "feedback": "Policy without an alternative sounds like a brush-off.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Staying calm and courteous when a customer is rude is part of the job.",
            "skills": ["patience", "positive-attitude"],
            "explanation": (
                "True. The customer is upset with the situation, not with you; staying calm is "
                "what lets you solve it. (Abuse is different: follow your team's procedure.)"
            ),
            "answer": True,
        },
        {
            "type": "single",
            "prompt": (
                "A confused caller asks the same question for the third time. What is the best "
                "response?"
            ),
            "skills": ["patience", "clear-communication"],
            "explanation": (
                "Answer again, more simply, and check understanding. Pointing out the repetition "
                "or parking them on hold makes them feel foolish."
            ),
            "choices": [
                {
                    "text": "Answer again in different, simpler words, and check they've got it",
                    "correct": True,
                    "feedback": "Patience is saying it a new way, not louder.",
                },
                {
                    "text": "Remind them you've already answered twice",
                    "correct": False,
                    "feedback": "That embarrasses the customer and helps no one.",
                },
                {
                    "text": "Put them on hold for a minute to let them think",
                    "correct": False,
                    "feedback": "A hold without a reason feels like being dropped.",
                },
                {
                    "text": "Transfer them to a supervisor",
                    "correct": False,
                    "feedback": "Nothing here needs a supervisor; you can explain it.",
                },
            ],
        },
    ],
}


# -- Products ----------------------------------------------------------------------------

PRODUCTS = {
    "slug": "products-check",
    "title": "Products check",
    "course_slug": "xyz-products",
    "description": (
        "XYZ Plus, the Home Essentials box, XYZ smart home devices and the order lifecycle: "
        "eight questions drawn from a bank of twelve."
    ),
    "pass_mark": 75,
    "attempts_allowed": 3,
    "draw": 8,
    "time_limit_minutes": None,
    "wait_minutes": 5,
    "questions": [
        {
            "type": "single",
            "prompt": "What does XYZ Plus membership give a customer on their orders?",
            "skills": ["product-knowledge"],
            "explanation": (
                "XYZ Plus gives free standard shipping on every order (and waives the $5 carrier "
                "redirect fee). It does not change the returns window or the refund rules."
            ),
            "choices": [
                {
                    "text": "Free standard shipping on every order",
                    "correct": True,
                    "feedback": "Right, with no minimum spend.",
                },
                {
                    "text": "A 60-day returns window",
                    "correct": False,
                    "feedback": "Returns are 30 days from delivery for everyone.",
                },
                {
                    "text": "Refunds outside the 30-day window",
                    "correct": False,
                    "feedback": "Nobody gets a refund outside the window.",
                },
                {
                    "text": "Guaranteed delivery dates",
                    "correct": False,
                    "feedback": "Only the carrier can confirm a delivery date.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "An XYZ Plus member pays no fee for a carrier redirect request.",
            "skills": ["product-knowledge", "policy-compliance"],
            "explanation": (
                "True. The redirect request fee is $5, waived for XYZ Plus members. The redirect "
                "itself is still not guaranteed."
            ),
            "answer": True,
        },
        {
            "type": "multiple",
            "prompt": "Which of these does XYZ sell as subscriptions? Choose all that apply.",
            "skills": ["product-knowledge"],
            "explanation": (
                "XYZ's subscriptions are the Home Essentials box and the XYZ Plus membership. "
                "The HomeHub is a smart speaker you buy once."
            ),
            "choices": [
                {
                    "text": "The Home Essentials box",
                    "correct": True,
                    "feedback": "Yes: boxes delivered on a schedule.",
                },
                {
                    "text": "XYZ Plus membership",
                    "correct": True,
                    "feedback": "Yes: a membership that renews.",
                },
                {
                    "text": "The HomeHub",
                    "correct": False,
                    "feedback": "No: it's a smart speaker, bought once.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": (
                "A subscriber wants a break from their Home Essentials box. For how long can you "
                "pause it?"
            ),
            "skills": ["product-knowledge", "policy-compliance"],
            "explanation": (
                "Up to 3 months. Nothing ships or is charged while a subscription is paused."
            ),
            "choices": [
                {"text": "Up to 3 months", "correct": True, "feedback": "Right."},
                {"text": "Up to 2 weeks", "correct": False, "feedback": "Longer: up to 3 months."},
                {"text": "Up to 12 months", "correct": False, "feedback": "Shorter: 3 months."},
                {
                    "text": "Pausing isn't possible; only skipping",
                    "correct": False,
                    "feedback": "A pause of up to 3 months is XYZ's first retention offer.",
                },
            ],
        },
        {
            "type": "short_text",
            "prompt": (
                "As a second retention offer, what percentage off the next 3 boxes can you "
                "offer? (a number)"
            ),
            "skills": ["product-knowledge", "policy-compliance"],
            "explanation": (
                "25% off the next 3 boxes, offered after the pause. Never invent other discounts."
            ),
            "accepted": ["25", "25%", "25 %", "25 percent", "twenty-five percent"],
            "patterns": [r"^25\s*(%|percent|per cent)?$", r"^twenty[- ]five(\s+per\s*cent)?$"],
        },
        {
            "type": "true_false",
            "prompt": "50% off the next box is one of XYZ's retention offers.",
            "skills": ["product-knowledge", "policy-compliance"],
            "explanation": (
                "False. The only offers are a pause of up to 3 months, then 25% off the next 3 "
                "boxes. Offering anything else is inventing a discount."
            ),
            "answer": False,
        },
        {
            "type": "matching",
            "prompt": "Match each product or service to what it is.",
            "skills": ["product-knowledge"],
            "explanation": (
                "XYZ Plus is the membership; the Home Essentials box is the subscription box; "
                "the HomeHub is XYZ's smart speaker, set up with the XYZ Home app; a carrier "
                "redirect request asks the carrier to deliver a shipped parcel elsewhere."
            ),
            "pairs": [
                ["XYZ Plus", "A membership with free shipping"],
                ["Home Essentials box", "A subscription box delivered on a regular schedule"],
                ["HomeHub", "XYZ's smart speaker, set up with the XYZ Home app"],
                [
                    "Carrier redirect request",
                    "Asks the carrier to deliver a shipped parcel elsewhere; not guaranteed",
                ],
            ],
        },
        {
            "type": "single",
            "prompt": (
                "A customer's HomeHub shows 'offline' after an app update. What is a good first "
                "question?"
            ),
            "skills": ["product-knowledge", "problem-solving"],
            "explanation": (
                "Start with what the customer can see: the light on the HomeHub tells you a lot "
                "(steady orange: it can't reach the Wi-Fi). Then go one step at a time."
            ),
            "choices": [
                {
                    "text": "What colour is the light on the HomeHub right now?",
                    "correct": True,
                    "feedback": "It tells you where the problem is, in words they can answer.",
                },
                {
                    "text": "Have you tried a factory reset?",
                    "correct": False,
                    "feedback": "A factory reset wipes the setup; it comes late in the sequence.",
                },
                {
                    "text": "What firmware build and SSID is the hub on?",
                    "correct": False,
                    "feedback": "Jargon: most customers can't answer it.",
                },
                {
                    "text": "Did you install the update wrong?",
                    "correct": False,
                    "feedback": "That blames the customer.",
                },
            ],
        },
        {
            "type": "short_text",
            "prompt": (
                "XYZ smart home devices only work on one Wi-Fi band. Which one? (for example: "
                "5 GHz)"
            ),
            "skills": ["product-knowledge"],
            "explanation": (
                "2.4 GHz. Many routers broadcast a 2.4 GHz and a 5 GHz network; the customer may "
                "need to pick the 2.4 GHz one, often the name without '5G'."
            ),
            "accepted": ["2.4 GHz", "2.4", "2.4GHz", "2.4 gigahertz"],
            "patterns": [r"^2[.,]4\s*(ghz|gigahertz|g)?$"],
        },
        {
            "type": "single",
            "prompt": "How long is the manufacturer's warranty on XYZ's own smart home devices?",
            "skills": ["product-knowledge"],
            "explanation": (
                "12 months. It covers faults that appear after the 30-day return window; other "
                "brands' terms are on the product page."
            ),
            "choices": [
                {"text": "12 months", "correct": True, "feedback": "Right."},
                {
                    "text": "30 days",
                    "correct": False,
                    "feedback": "That's the return window, not the warranty.",
                },
                {"text": "6 months", "correct": False, "feedback": "Longer: 12 months."},
                {"text": "3 years", "correct": False, "feedback": "Shorter: 12 months."},
            ],
        },
        {
            "type": "true_false",
            "prompt": (
                "The two Home Essentials retention offers (pause, then 25% off) also apply when "
                "a customer cancels XYZ Plus."
            ),
            "skills": ["product-knowledge", "policy-compliance"],
            "explanation": (
                "False. The box retention offers are for Home Essentials subscribers only; an XYZ "
                "Plus cancellation is simply processed."
            ),
            "answer": False,
        },
        {
            "type": "single",
            "prompt": "When is the payment for an XYZ order actually taken?",
            "skills": ["product-knowledge"],
            "explanation": (
                "When the order ships. At checkout the bank only places a temporary "
                "pre-authorisation hold, which is not a charge."
            ),
            "choices": [
                {
                    "text": "When the order ships; at checkout there is only a temporary hold",
                    "correct": True,
                    "feedback": "Right: which is why a pending hold can look like a second charge.",
                },
                {
                    "text": "At checkout, in full",
                    "correct": False,
                    "feedback": "At checkout the bank places a hold; payment is taken on shipping.",
                },
                {
                    "text": "On delivery",
                    "correct": False,
                    "feedback": "Earlier: when the parcel is handed to the carrier.",
                },
                {
                    "text": "At the end of the month",
                    "correct": False,
                    "feedback": "Each order is charged when it ships.",
                },
            ],
        },
    ],
}


# -- Identity, privacy and billing -----------------------------------------------------------

ACCOUNTS_BILLING = {
    "slug": "identity-privacy-billing-check",
    "title": "Identity, privacy and billing check",
    "course_slug": "xyz-policies-accounts-billing",
    "description": (
        "Verifying callers, protecting their data and untangling charges: six questions drawn "
        "from a bank of eight."
    ),
    "pass_mark": 80,
    "attempts_allowed": 3,
    "draw": 6,
    "time_limit_minutes": None,
    "wait_minutes": 5,
    "questions": [
        {
            "type": "single",
            "prompt": (
                "A caller gives their full name and the correct account email, but the billing "
                "postcode doesn't match. What do you do?"
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "Any two of the three details will do: ask for the order number. If they can't "
                "give it, you can't discuss the account; offer general help instead."
            ),
            "choices": [
                {
                    "text": (
                        "Ask for the order number; if they can't give it, don't discuss the account"
                    ),
                    "correct": True,
                    "feedback": "Right: full name plus any two matching details.",
                },
                {
                    "text": "Carry on: the name and email are enough",
                    "correct": False,
                    "feedback": "Two details must match; one doesn't yet.",
                },
                {
                    "text": "Read out the postcode on file so they can correct it",
                    "correct": False,
                    "feedback": "Never read details out or hint at them.",
                },
                {
                    "text": "End the call",
                    "correct": False,
                    "feedback": "Ask for the remaining detail first, and offer general help.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": (
                "A woman calls about her husband's order. Once she gives his full name and two "
                "details, you may discuss it with her."
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "False. Only the account holder can hear account details. Explain kindly and "
                "tell her he can contact XYZ himself; the tracking link is in his shipping email."
            ),
            "answer": False,
        },
        {
            "type": "single",
            "prompt": (
                "A verified customer asks which card is on their account, to check it's their new "
                "one. What do you do?"
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "Never read a card number out, even to the account holder. Ask for the last "
                "four digits of the new card and confirm whether it's the one on file."
            ),
            "choices": [
                {
                    "text": (
                        "Ask them for the last four digits of their new card and confirm "
                        "whether it matches"
                    ),
                    "correct": True,
                    "feedback": "Answers the real question without reading anything out.",
                },
                {
                    "text": "Read out the card number on file",
                    "correct": False,
                    "feedback": "Card numbers are never read out.",
                },
                {
                    "text": "Read out just the first eight digits",
                    "correct": False,
                    "feedback": "Still reading out a card number.",
                },
                {
                    "text": "Ask them to read you their whole new card number",
                    "correct": False,
                    "feedback": "You never need, hear or type a card number.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": "Which of these questions need verification first? Choose all that apply.",
            "skills": ["policy-compliance"],
            "explanation": (
                "Anything about the customer's own order or account needs verification. General "
                "questions about policies or products don't."
            ),
            "choices": [
                {
                    "text": "Where is my order?",
                    "correct": True,
                    "feedback": "About their own order: verify first.",
                },
                {
                    "text": "Why was I charged $59 yesterday?",
                    "correct": True,
                    "feedback": "About their own account: verify first.",
                },
                {
                    "text": "When does my XYZ Plus membership renew?",
                    "correct": True,
                    "feedback": "Their renewal date is account information.",
                },
                {
                    "text": "How many days do I have to return something?",
                    "correct": False,
                    "feedback": "A general policy question.",
                },
                {
                    "text": "Does the HomeHub work with 5 GHz Wi-Fi?",
                    "correct": False,
                    "feedback": "A general product question (it needs 2.4 GHz).",
                },
            ],
        },
        {
            "type": "ordering",
            "prompt": "Put the verification steps in order.",
            "skills": ["policy-compliance"],
            "explanation": (
                "Full name, then two of the three details, check them without reading anything "
                "out, ask for the remaining detail if one doesn't match, and note it."
            ),
            "items": [
                "Ask for the customer's full name",
                "Ask for two of: order number, account email, billing postcode",
                "Check them against the account without reading anything out",
                "If one doesn't match, ask for the remaining detail",
                "Note that verification was completed",
            ],
        },
        {
            "type": "matching",
            "prompt": "'I've been charged twice!' Match what you find to what it is.",
            "skills": ["policy-compliance", "problem-solving"],
            "explanation": (
                "Most 'double charges' are a hold plus the real charge, or two different things. "
                "Only a true duplicate is refunded, after verification."
            ),
            "pairs": [
                [
                    "A pending amount from order day and a completed one from shipping day",
                    "A hold and a charge: the hold drops off within 3 business days",
                ],
                [
                    "The same order captured twice",
                    "A true duplicate: refund it to the original payment method",
                ],
                [
                    "A yearly charge the customer doesn't recognise",
                    "Very often the XYZ Plus renewal",
                ],
                [
                    "Two charges for an order that arrived in two parcels",
                    "A split shipment: each parcel is charged when it ships",
                ],
            ],
        },
        {
            "type": "short_text",
            "prompt": (
                "A return has been received at the warehouse. Within how many business days does "
                "the refund reach the original payment method? (a range, e.g. 1-2)"
            ),
            "skills": ["policy-compliance"],
            "explanation": "5-7 business days after the return is received.",
            "accepted": ["5-7", "5 to 7", "five to seven", "5-7 business days", "5 to 7 days"],
            "patterns": [r"^(5|five)\s*(-|–|to)\s*(7|seven)(\s+(business|working))?(\s+days)?$"],
        },
        {
            "type": "true_false",
            "prompt": "A pre-authorisation hold is refunded in the same way as a duplicate charge.",
            "skills": ["policy-compliance"],
            "explanation": (
                "False. A hold is not a charge: it drops off on its own within 3 business days, "
                "so there is nothing to refund."
            ),
            "answer": False,
        },
    ],
}


# -- Policies ----------------------------------------------------------------------------

POLICIES = {
    "slug": "policies-check",
    "title": "Policies check",
    "course_slug": "xyz-policies-orders-returns",
    "description": (
        "Verification, returns and refunds, shipping delays, cancellations, order changes, "
        "billing and privacy: ten questions drawn from a bank of seventeen. The numbers matter."
    ),
    "pass_mark": 80,
    "attempts_allowed": 3,
    "draw": 10,
    "time_limit_minutes": 15,
    "wait_minutes": 10,
    "questions": [
        {
            "type": "single",
            "prompt": "Before you discuss an order, how must a caller verify their identity?",
            "skills": ["policy-compliance"],
            "explanation": (
                "Full name plus two of: order number, account email, billing postcode. Never "
                "discuss an account or order before that."
            ),
            "choices": [
                {
                    "text": (
                        "Full name plus two of: order number, account email, billing postcode"
                    ),
                    "correct": True,
                    "feedback": "Right.",
                },
                {
                    "text": "Full name only",
                    "correct": False,
                    "feedback": "A name alone isn't enough: two more details are needed.",
                },
                {
                    "text": "Any one of: order number, account email, billing postcode",
                    "correct": False,
                    "feedback": "Full name plus two of them.",
                },
                {
                    "text": "Their card number and account password",
                    "correct": False,
                    "feedback": "Never ask for or read out card numbers or passwords.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": (
                "A customer can return an unused item in its original packaging, with proof of "
                "purchase, within 30 days of delivery."
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "True: 30 days from delivery, unused, original packaging, proof of purchase."
            ),
            "answer": True,
        },
        {
            "type": "single",
            "prompt": "How and when does a customer receive the refund for a return?",
            "skills": ["policy-compliance"],
            "explanation": (
                "To the original payment method, within 5-7 business days after the return "
                "arrives at XYZ."
            ),
            "choices": [
                {
                    "text": (
                        "To the original payment method, within 5-7 business days after the "
                        "return arrives"
                    ),
                    "correct": True,
                    "feedback": "Right.",
                },
                {
                    "text": "As store credit, the moment the return is requested",
                    "correct": False,
                    "feedback": "Refunds go to the original payment method.",
                },
                {
                    "text": "To any card the customer chooses, within 24 hours",
                    "correct": False,
                    "feedback": "Original payment method, 5-7 business days.",
                },
                {
                    "text": "Within 5-7 business days after the return is posted",
                    "correct": False,
                    "feedback": "The clock starts when the return arrives, not when it's posted.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": (
                "A customer asks for a refund 45 days after delivery. What may you offer? "
                "Choose all that apply."
            ),
            "skills": ["policy-compliance", "problem-solving"],
            "explanation": (
                "Never refund outside the 30-day window. You may offer store credit up to 50% "
                "of the item price, once, with team-lead approval, or help with the "
                "manufacturer's warranty. Don't promise an exception."
            ),
            "choices": [
                {
                    "text": (
                        "Store credit up to 50% of the item price, once, with team-lead approval"
                    ),
                    "correct": True,
                    "feedback": "Allowed, once the team lead approves.",
                },
                {
                    "text": "A claim under the manufacturer's warranty",
                    "correct": True,
                    "feedback": "Allowed, and often the best fix for a faulty item.",
                },
                {
                    "text": "A full refund, as a one-off exception",
                    "correct": False,
                    "feedback": "Never refund outside the 30-day window.",
                },
                {
                    "text": "A promise that your team lead will approve a refund",
                    "correct": False,
                    "feedback": "Never promise an exception.",
                },
                {
                    "text": "Store credit for the full price",
                    "correct": False,
                    "feedback": "Store credit is capped at 50% of the item price.",
                },
            ],
        },
        {
            "type": "ordering",
            "prompt": "Put the steps of a late-order call in order.",
            "skills": ["policy-compliance", "problem-solving"],
            "explanation": (
                "Verify first (never discuss an order before), give the tracking status, check "
                "how late it is, offer what the policy allows, then confirm the next steps."
            ),
            "items": [
                "Verify the caller's identity",
                "Give the tracking status",
                "Check how many days past the promised date it is",
                "Offer a free reship, or a refund if the customer prefers",
                "Confirm the next steps and close",
            ],
        },
        {
            "type": "single",
            "prompt": (
                "An order is 7 or more calendar days past its promised date. What does the "
                "policy allow?"
            ),
            "skills": ["policy-compliance"],
            "explanation": "A free reship, or a refund if the customer prefers.",
            "choices": [
                {
                    "text": "A free reship, or a refund if the customer prefers",
                    "correct": True,
                    "feedback": "Right: the customer chooses.",
                },
                {
                    "text": "A goodwill credit only",
                    "correct": False,
                    "feedback": "At 7+ days late, a reship or refund is allowed.",
                },
                {
                    "text": "Nothing until the carrier confirms the parcel is lost",
                    "correct": False,
                    "feedback": "No need to wait: 7+ days late is enough.",
                },
                {
                    "text": "A reship with a guaranteed delivery date",
                    "correct": False,
                    "feedback": "Never promise a date the carrier hasn't confirmed.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "You may give a goodwill credit of up to $15 per order without approval.",
            "skills": ["policy-compliance"],
            "explanation": "True. Anything above $15 needs a team lead's approval.",
            "answer": True,
        },
        {
            "type": "single",
            "prompt": (
                "A customer whose order is late asks for a $25 credit for the trouble. What do "
                "you do?"
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "Up to $15 per order is yours to give; above that needs a team lead's approval. "
                "Don't promise the higher amount before it's approved."
            ),
            "choices": [
                {
                    "text": "Offer up to $15 yourself; anything above $15 needs team-lead approval",
                    "correct": True,
                    "feedback": "Right.",
                },
                {
                    "text": "Give $25: goodwill has no limit",
                    "correct": False,
                    "feedback": "The limit without approval is $15 per order.",
                },
                {
                    "text": "Give $25 and tell your team lead afterwards",
                    "correct": False,
                    "feedback": "Approval comes first.",
                },
                {
                    "text": "Refuse any credit",
                    "correct": False,
                    "feedback": "Up to $15 is allowed without approval.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": (
                "To reassure an upset customer, you may tell them their parcel will arrive "
                "tomorrow, even if the carrier hasn't confirmed it."
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "False. Never promise a delivery date the carrier hasn't confirmed: give the "
                "tracking status and what you will do."
            ),
            "answer": False,
        },
        {
            "type": "ordering",
            "prompt": (
                "A subscriber wants to cancel and is happy to hear options. Put the steps in "
                "the order XYZ's policy sets."
            ),
            "skills": ["policy-compliance", "active-listening"],
            "explanation": (
                "Listen to the reason, offer a pause of up to 3 months, then 25% off the next 3 "
                "boxes, and process the cancellation if they still want it. If a customer "
                "refuses offers outright, cancel straight away."
            ),
            "items": [
                "Listen to the reason for cancelling",
                "Offer a pause of up to 3 months",
                "Offer 25% off the next 3 boxes",
                "Process the cancellation if they still want to cancel",
            ],
        },
        {
            "type": "multiple",
            "prompt": "Which of these are allowed on a cancellation call? Choose all that apply.",
            "skills": ["policy-compliance"],
            "explanation": (
                "Two offers at most (pause up to 3 months, then 25% off the next 3 boxes), and "
                "the cancellation is always processed when asked. No invented discounts, no "
                "obstruction."
            ),
            "choices": [
                {
                    "text": "Offer a pause of up to 3 months",
                    "correct": True,
                    "feedback": "The first retention offer.",
                },
                {
                    "text": "Offer 25% off the next 3 boxes",
                    "correct": True,
                    "feedback": "The second retention offer.",
                },
                {
                    "text": "Process the cancellation when the customer asks",
                    "correct": True,
                    "feedback": "Always.",
                },
                {
                    "text": "Offer 50% off to change their mind",
                    "correct": False,
                    "feedback": "An invented discount.",
                },
                {
                    "text": "Tell them they must cancel online themselves",
                    "correct": False,
                    "feedback": "That obstructs the cancellation.",
                },
                {
                    "text": "Make a third offer after they decline two",
                    "correct": False,
                    "feedback": "Two offers at most.",
                },
            ],
        },
        {
            "type": "matching",
            "prompt": "Match each situation to what the policy says to do.",
            "skills": ["policy-compliance", "problem-solving"],
            "explanation": (
                "Changes are free before shipping; after shipping, offer a carrier redirect "
                "request (not guaranteed) or a return on arrival. A pending charge next to the "
                "real one is a hold that drops off within 3 business days; a true duplicate is "
                "refunded after verification."
            ),
            "pairs": [
                [
                    "Not shipped yet; the customer wants a different colour",
                    "Change the order free of charge",
                ],
                [
                    "Already shipped; the customer needs a different address",
                    "Offer a carrier redirect request or a return on arrival",
                ],
                [
                    "A pending charge for the order total, next to the real charge",
                    "Explain it is a hold that drops off within 3 business days",
                ],
                [
                    "A true duplicate charge, caller verified",
                    "Refund the duplicate charge",
                ],
            ],
        },
        {
            "type": "short_text",
            "prompt": (
                "Within how many business days does a pre-authorisation hold drop off? (a number)"
            ),
            "skills": ["policy-compliance"],
            "explanation": "Within 3 business days. Explain it in plain words: a temporary hold.",
            "accepted": ["3", "three", "3 business days", "three business days"],
            "patterns": [r"^(3|three)(\s+(business|working))?(\s+days?)?$"],
        },
        {
            "type": "single",
            "prompt": "What does a carrier redirect request cost an XYZ Plus member?",
            "skills": ["policy-compliance", "product-knowledge"],
            "explanation": "Nothing: the $5 fee is waived for XYZ Plus members.",
            "choices": [
                {
                    "text": "Nothing: the $5 fee is waived",
                    "correct": True,
                    "feedback": "Right.",
                },
                {"text": "$5", "correct": False, "feedback": "Waived for XYZ Plus members."},
                {"text": "$15", "correct": False, "feedback": "The fee is $5, waived for Plus."},
                {
                    "text": "Redirects aren't available to Plus members",
                    "correct": False,
                    "feedback": "Anyone can request one; Plus members don't pay the fee.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": "Once you submit a carrier redirect request, the redirect is guaranteed.",
            "skills": ["policy-compliance"],
            "explanation": (
                "False. A redirect request is not guaranteed: say so, and give the customer the "
                "backup (a return on arrival)."
            ),
            "answer": False,
        },
        {
            "type": "true_false",
            "prompt": "You may read a customer's card number back to them to confirm it.",
            "skills": ["policy-compliance"],
            "explanation": "False. Never read out card numbers or passwords.",
            "answer": False,
        },
        {
            "type": "short_text",
            "prompt": (
                "How many days after delivery does a customer have to return an item? (a number)"
            ),
            "skills": ["policy-compliance"],
            "explanation": "30 days from delivery, unused, in the original packaging.",
            "accepted": ["30", "thirty", "30 days", "thirty days"],
            "patterns": [r"^(30|thirty)(\s+(calendar\s+)?days?)?$"],
        },
    ],
}


# -- Onboarding final --------------------------------------------------------------------

ONBOARDING_FINAL = {
    "slug": "onboarding-final",
    "title": "Onboarding final",
    "course_slug": "xyz-policies-orders-returns",
    "description": (
        "The last check of the onboarding path: eight questions drawn from twelve, across the "
        "job, the soft skills, XYZ's products and its policies. Ten minutes."
    ),
    "pass_mark": 80,
    "attempts_allowed": 2,
    "draw": 8,
    "time_limit_minutes": 10,
    "wait_minutes": 30,
    "questions": [
        {
            "type": "single",
            "prompt": (
                "A caller asks where their order is but hasn't given any details yet. What do "
                "you do first?"
            ),
            "skills": ["policy-compliance"],
            "explanation": (
                "Verify first: full name plus two of order number, account email, billing "
                "postcode. Only then discuss the order."
            ),
            "choices": [
                {
                    "text": (
                        "Ask for their full name plus two of: order number, account email, "
                        "billing postcode"
                    ),
                    "correct": True,
                    "feedback": "Right: verification comes before anything else.",
                },
                {
                    "text": "Read out the order details so they can confirm it's theirs",
                    "correct": False,
                    "feedback": "That discusses the account before verification.",
                },
                {
                    "text": "Ask for their account password",
                    "correct": False,
                    "feedback": "Never ask for or read out passwords.",
                },
                {
                    "text": "Give the tracking status, then verify",
                    "correct": False,
                    "feedback": "Tracking comes first on a delay call, but after verification.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": (
                "If a subscriber declines your retention offers and still wants to cancel, you "
                "must process the cancellation."
            ),
            "skills": ["policy-compliance"],
            "explanation": "True. Cancellations are always processed when the customer asks.",
            "answer": True,
        },
        {
            "type": "multiple",
            "prompt": "Which of these are dismissive phrases to avoid? Choose all that apply.",
            "skills": ["empathy", "positive-attitude"],
            "explanation": (
                "'Calm down', 'that's not my problem' and 'there's nothing I can do' dismiss the "
                "customer; acknowledging and taking ownership do the opposite."
            ),
            "choices": [
                {"text": "Calm down.", "correct": True, "feedback": "Dismissive."},
                {"text": "That's not my problem.", "correct": True, "feedback": "Dismissive."},
                {"text": "There's nothing I can do.", "correct": True, "feedback": "Dismissive."},
                {
                    "text": "I can hear how frustrating this is.",
                    "correct": False,
                    "feedback": "That's empathy.",
                },
                {
                    "text": "Let me check that for you right now.",
                    "correct": False,
                    "feedback": "That's ownership.",
                },
            ],
        },
        {
            "type": "ordering",
            "prompt": "Put the parts of a well-run call in order.",
            "skills": ["clear-communication", "policy-compliance"],
            "explanation": (
                "Greet, verify, understand the problem with questions, offer what the policy "
                "allows, then confirm the next steps and close."
            ),
            "items": [
                "Greet the customer and introduce yourself",
                "Verify the customer's identity",
                "Ask questions to understand the problem",
                "Offer a resolution the policy allows",
                "Confirm the next steps and close",
            ],
        },
        {
            "type": "matching",
            "prompt": "Match each policy to its number.",
            "skills": ["policy-compliance"],
            "explanation": (
                "Returns: 30 days from delivery. Refunds: 5-7 business days after the return "
                "arrives. Goodwill without approval: up to $15 per order. Holds: drop off within "
                "3 business days."
            ),
            "pairs": [
                ["Return window", "30 days from delivery"],
                ["Refund after a return", "5-7 business days after the return arrives"],
                ["Goodwill credit without approval", "Up to $15 per order"],
                ["Pre-authorisation hold", "Drops off within 3 business days"],
            ],
        },
        {
            "type": "short_text",
            "prompt": "Which XYZ membership gives customers free shipping?",
            "skills": ["product-knowledge"],
            "explanation": "XYZ Plus (which also waives the $5 carrier redirect fee).",
            "accepted": ["XYZ Plus", "Plus", "XYZ Plus membership", "Plus membership"],
            "patterns": [r"^(xyz\s*)?plus(\s+membership)?$"],
        },
        {
            "type": "single",
            "prompt": (
                "An order shipped yesterday to the wrong address and the customer asks you to "
                "change it. What do you say?"
            ),
            "skills": ["policy-compliance", "clear-communication"],
            "explanation": (
                "A shipped order can't be changed. Offer a carrier redirect request, honestly "
                "described as not guaranteed, or a return on arrival."
            ),
            "choices": [
                {
                    "text": (
                        "I can't change a shipped order, but I can ask the carrier to redirect "
                        "it (it isn't guaranteed), or you can return it when it arrives."
                    ),
                    "correct": True,
                    "feedback": "Honest, with both options the policy allows.",
                },
                {
                    "text": "I've changed the address; it'll arrive on Saturday.",
                    "correct": False,
                    "feedback": "A shipped order can't be changed, and never promise a date.",
                },
                {
                    "text": "Nothing can be done once it has shipped.",
                    "correct": False,
                    "feedback": "There are two options: a redirect request or a return.",
                },
                {
                    "text": "The redirect will definitely work, don't worry.",
                    "correct": False,
                    "feedback": "A redirect is never guaranteed.",
                },
            ],
        },
        {
            "type": "true_false",
            "prompt": (
                "Telling a confused caller about a 'pre-authorisation', without explaining it, "
                "helps them trust that you know what you're doing."
            ),
            "skills": ["clear-communication"],
            "explanation": (
                "False. Jargon confuses. Say 'a temporary hold that disappears by itself within "
                "3 business days'."
            ),
            "answer": False,
        },
        {
            "type": "single",
            "prompt": (
                "An anxious customer needs a present to arrive in time. Which response is best?"
            ),
            "skills": ["empathy", "policy-compliance"],
            "explanation": (
                "Empathy plus a clear plan and when they'll hear back, without promising what "
                "the carrier hasn't confirmed."
            ),
            "choices": [
                {
                    "text": (
                        "I can hear how much this matters. Here's what I'll do now, and when "
                        "you'll hear from us."
                    ),
                    "correct": True,
                    "feedback": "Empathy, ownership and next steps.",
                },
                {
                    "text": "Don't worry, it will definitely get there in time.",
                    "correct": False,
                    "feedback": "A promise you can't keep.",
                },
                {
                    "text": "These things happen.",
                    "correct": False,
                    "feedback": "Dismissive.",
                },
                {
                    "text": "Please hold.",
                    "correct": False,
                    "feedback": "A hold without a reason makes an anxious caller more anxious.",
                },
            ],
        },
        {
            "type": "multiple",
            "prompt": (
                "A customer says they were charged twice. Which of these are correct? Choose all "
                "that apply."
            ),
            "skills": ["policy-compliance", "active-listening"],
            "explanation": (
                "Verify, go through the charges line by line, and refund only a true duplicate. "
                "Never read out card numbers."
            ),
            "choices": [
                {
                    "text": "Verify their identity before discussing the account",
                    "correct": True,
                    "feedback": "Always first.",
                },
                {
                    "text": "Go through the charges line by line",
                    "correct": True,
                    "feedback": "That's how billing questions are answered.",
                },
                {
                    "text": "Refund a charge that turns out to be a true duplicate",
                    "correct": True,
                    "feedback": "After verification, yes.",
                },
                {
                    "text": "Read out the card number to check it's the right card",
                    "correct": False,
                    "feedback": "Never read out card numbers.",
                },
                {
                    "text": "Refund both charges straight away to keep them happy",
                    "correct": False,
                    "feedback": "One may be the real charge, or a hold that drops off.",
                },
            ],
        },
        {
            "type": "single",
            "prompt": "On XYZ's career ladder, who takes the complex and escalated contacts?",
            "skills": ["positive-attitude"],
            "explanation": (
                "Senior agents take complex and escalated contacts and mentor new hires."
            ),
            "choices": [
                {"text": "Senior agent", "correct": True, "feedback": "Right."},
                {
                    "text": "Junior agent",
                    "correct": False,
                    "feedback": "Junior agents handle common inquiries while they learn.",
                },
                {
                    "text": "Team lead",
                    "correct": False,
                    "feedback": "Team leads coach and approve; senior agents take escalations.",
                },
                {
                    "text": "Agent",
                    "correct": False,
                    "feedback": "Agents handle the full range; the complex ones go to seniors.",
                },
            ],
        },
        {
            "type": "short_text",
            "prompt": "For up to how many months can a subscriber pause their subscription?",
            "skills": ["policy-compliance", "product-knowledge"],
            "explanation": "Up to 3 months: XYZ's first retention offer.",
            "accepted": ["3", "three", "3 months", "three months"],
            "patterns": [r"^(up to\s+)?(3|three)(\s+months?)?$"],
        },
    ],
}


QUIZZES = [ROLE_BASICS, SOFT_SKILLS, PRODUCTS, ACCOUNTS_BILLING, POLICIES, ONBOARDING_FINAL]
