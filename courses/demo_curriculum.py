"""Demo onboarding curriculum for XYZ Company, as plain Python data.

This module holds the words, not the pages: ``courses/demo.py`` reads it and builds the
Wagtail course and lesson pages, the onboarding learning path and the French translation
of the first course. It imports nothing from Django, so it can be read, tested and edited
on its own.

XYZ Company is the fictional retailer of the source material (``/work/shared/seeds``): it
ships orders of home goods and electronics and sells subscriptions (the XYZ Home Essentials
box and the XYZ Plus membership). The policy figures written here (30-day returns, refunds in
5 to 7 business days, reship at 7 days late, $15 goodwill limit, two retention offers, the
$5 carrier redirect fee, identity verification with two details) are the ones the call
simulations and graders use: change them together.

Shapes:

* ``COURSES``: a list of courses in path order. Each course is a dict with ``slug``,
  ``title``, ``category`` ("soft_skill" | "product" | "policy"), ``summary``,
  ``estimated_minutes``, ``skills`` (skill slugs), ``prerequisites`` (course slugs) and
  ``lessons``. Each lesson has ``slug``, ``title``, ``estimated_minutes``, ``skills`` and a
  ``body``: a list of ``(block_type, value)`` tuples, where block_type is one of
  ``rich_text`` (simple HTML), ``callout`` ({kind: tip|warning|policy, title, text}),
  ``phrase_card`` ({customer_line, say, avoid, why}), ``checklist`` ({title, items}),
  ``practice_scenario`` ({scenario_slug, text}) and ``knowledge_check`` ({question,
  choices: [{text, correct, feedback}], skills}).
* ``ONBOARDING_PATH``: the new-hire learning path (slug, title, intro, ordered course slugs).
* ``FRENCH``: the French translation of the first course (title, summary and every lesson).
"""

COURSES = [
    # 1. What the job is: the customer service agent at XYZ
    {
        "slug": "what-the-job-is",
        "title": "What the job is: the customer service agent at XYZ",
        "category": "soft_skill",
        "summary": (
            "What a customer service agent at XYZ Company actually does, on which channels, in "
            "what kind of workplace, and where the job can take you."
        ),
        "estimated_minutes": 40,
        "skills": ["positive-attitude", "empathy", "product-knowledge", "policy-compliance"],
        "prerequisites": [],
        "lessons": [
            {
                "slug": "the-bridge-between-xyz-and-its-customers",
                "title": "The bridge between XYZ and its customers",
                "estimated_minutes": 12,
                "skills": ["empathy", "positive-attitude"],
                "body": [
                    (
                        "rich_text",
                        (
                            '<p><em>"Thank you for calling XYZ Company, this is Sam. How can I '
                            'help you today?"</em></p>'
                            "<p>For most of our customers, that sentence is the only time they "
                            "will ever hear a real person from XYZ. They never see the warehouse, "
                            "the buyers who choose our products or the team that writes the "
                            "website. They see a parcel on the doorstep and, when something goes "
                            "wrong or they have a question, they meet you. That is why we describe "
                            "the customer service agent as the <strong>bridge between the company "
                            "and its customers</strong>: you carry the customer's problem into "
                            "XYZ, and you carry XYZ's answer back out.</p>"
                            "<p>A customer service agent is more than someone who answers the "
                            "phone. Your job is to support customers and to leave them with a "
                            "positive, productive experience: the question answered, the problem "
                            "solved or clearly on its way to being solved, and the feeling that "
                            "somebody cared. To do that you need to be courteous, friendly, quick "
                            "and accurate, all at the same time.</p>"
                            "<h3>Why the bar keeps rising</h3>"
                            "<p>Customers expect more every year. In a Harris Poll, <strong>82% of "
                            "executives</strong> said their customers' expectations were higher "
                            "than they had been six years earlier. Customers compare us with the "
                            "best service they have had anywhere, not only with other "
                            "retailers.</p>"
                            "<p>And they act on a bad experience. According to the US Small "
                            "Business Administration, <strong>68% of customers leave a "
                            "business</strong> because they were treated poorly. Not because the "
                            "product was wrong or the price too high, but because of how they were "
                            "treated. The good news is that the reverse is also true: a single "
                            "helpful, warm conversation can turn an annoyed customer into a loyal "
                            "one.</p>"
                            "<h3>You are part of the brand</h3>"
                            "<p>When a customer tells a friend about XYZ, they rarely describe the "
                            "checkout page. They describe what happened when the blender arrived "
                            "broken or the subscription box was charged twice, and who helped "
                            "them. On every contact you are XYZ's face and voice. That is a "
                            "responsibility, and it is also why the job needs a solid knowledge of "
                            "our products, our services and our service standards.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "One contact can change the whole story",
                            "text": (
                                "<p>Think of the last time a company fixed something for you "
                                "quickly and kindly. You probably still remember it. Aim to be "
                                "that memory for every customer, even when the answer is not the "
                                "one they hoped for.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<h3>What a good contact feels like to the customer</h3>"
                            "<p>Whatever the reason for the call, a customer who leaves satisfied "
                            "can usually say four things:</p>"
                            "<ul>"
                            "<li><strong>I was understood.</strong> The agent got what I needed, "
                            "without me repeating it three times.</li>"
                            "<li><strong>I got a straight answer.</strong> Clear, correct and in "
                            "plain words, even if it was a no.</li>"
                            "<li><strong>I know what happens next.</strong> What will happen, by "
                            "when, and what I need to do, if anything.</li>"
                            "<li><strong>I was treated like a person.</strong> Not like an order "
                            "number in a queue.</li>"
                            "</ul>"
                            "<p>Every course in this onboarding path builds one part of that: "
                            "patience, empathy, listening, clear communication, a positive "
                            "attitude and creative problem solving, and the product and policy "
                            "knowledge that lets you give correct answers.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I've been buying from you for five years and this is how you "
                                "treat me?"
                            ),
                            "say": (
                                "Five years means a lot to us, Mr Okafor, and I'm sorry this order "
                                "has let you down. Let me look into it right now."
                            ),
                            "avoid": (
                                "I just answer the phones, I don't control what the warehouse does."
                            ),
                            "why": (
                                "On this call you are XYZ. Distancing yourself from the company "
                                "tells the customer that nobody is responsible, which is exactly "
                                "what they fear. Thank them, apologise, and take ownership of the "
                                "next step."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'Why does XYZ describe the customer service agent as a "bridge"?'
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Because the agent's main job is to transfer calls to the "
                                        "right department."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Not quite. Transfers happen, but the agent is expected to "
                                        "own and resolve the contact, not pass it along."
                                    ),
                                },
                                {
                                    "text": (
                                        "Because the agent works between two shifts and hands over "
                                        "to the next team."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. The image is about the relationship between the "
                                        "customer and XYZ, not about shift handovers."
                                    ),
                                },
                                {
                                    "text": (
                                        "Because the agent defends the company's position against "
                                        "the customer."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. A bridge connects; it does not take sides. Your aim "
                                        "is a good outcome for the customer within XYZ's policies."
                                    ),
                                },
                                {
                                    "text": (
                                        "Because the agent connects the customer and the company: "
                                        "carrying the customer's need into XYZ and XYZ's answer "
                                        "back to the customer."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. For most customers you are the only person at XYZ "
                                        "they ever talk to, so you connect both sides."
                                    ),
                                },
                            ],
                            "skills": ["empathy", "positive-attitude"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "According to the US Small Business Administration, what share of "
                                "customers leave a business after being treated poorly?"
                            ),
                            "choices": [
                                {
                                    "text": "82%",
                                    "correct": False,
                                    "feedback": (
                                        "That is the other figure: in a Harris Poll, 82% of "
                                        "executives said customer expectations were higher than "
                                        "six years earlier."
                                    ),
                                },
                                {
                                    "text": "68%",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Roughly two customers in three walk away because "
                                        "of how they were treated, which is why the way you handle "
                                        "a contact matters as much as the answer."
                                    ),
                                },
                                {
                                    "text": "25%",
                                    "correct": False,
                                    "feedback": "Much higher, unfortunately: the figure is 68%.",
                                },
                                {
                                    "text": "6%",
                                    "correct": False,
                                    "feedback": (
                                        "No. Six is the number of years in the Harris Poll "
                                        "comparison. The SBA figure is 68%."
                                    ),
                                },
                            ],
                            "skills": ["empathy"],
                        },
                    ),
                ],
            },
            {
                "slug": "what-you-will-handle",
                "title": "What you will handle: duties and channels",
                "estimated_minutes": 14,
                "skills": ["product-knowledge", "problem-solving", "clear-communication"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>A day on the XYZ service desk is varied. Some contacts take two "
                            "minutes; some take half an hour and a call to the warehouse. Most of "
                            "them fall into a handful of families, and knowing them helps you "
                            "recognise quickly what the customer needs.</p>"
                            "<h3>Your main duties</h3>"
                            "<ul>"
                            "<li><strong>Answering inquiries.</strong> Questions about products "
                            "(does this air fryer have a timer, will these sheets fit a deep "
                            "mattress), stock availability, delivery options, how the Home "
                            "Essentials box or XYZ Plus works.</li>"
                            "<li><strong>Order status and tracking.</strong> Where is my order, "
                            "why does the tracking say nothing, when will it arrive. This is the "
                            "most common contact we get.</li>"
                            "<li><strong>Placing and changing orders.</strong> Helping a customer "
                            "order by phone, or changing the address, item or quantity on an order "
                            "before it ships.</li>"
                            "<li><strong>Complaints and conflict mediation.</strong> Late "
                            "deliveries, damaged or wrong items, payment problems. When a customer "
                            "and XYZ disagree, you are the one who listens to both sides and looks "
                            "for a fair outcome within policy.</li>"
                            "<li><strong>After-sales service.</strong> Returns, exchanges and "
                            "refunds, and pointing customers to warranty repairs for "
                            "electronics.</li>"
                            "<li><strong>Feedback and surveys.</strong> Recording what customers "
                            "tell us, sending satisfaction surveys, and flagging patterns (five "
                            "calls about the same faulty kettle is information the business "
                            "needs).</li>"
                            "<li><strong>Recommendations and promotions.</strong> Suggesting a "
                            "product that genuinely fits what the customer told you, or mentioning "
                            "a current promotion when it helps them. Helpful, never pushy.</li>"
                            "</ul>"
                            "<h3>Easy contacts and hard ones</h3>"
                            "<p>Some contacts are simple: a customer who wants to update their "
                            "email address or check a delivery date. Others are hard: a frustrated "
                            "customer whose smart speaker will not connect, who has already spent "
                            "an hour on it, and who needs you to walk them through a series of "
                            "technical steps while you stay calm and polite. Some contacts have a "
                            "sales side too: when a subscriber calls to cancel the Home Essentials "
                            "box, you may try to keep them with the retention offers XYZ allows. "
                            'Many companies reward agents for each customer they "save". At XYZ '
                            "a save only counts when the customer freely chooses to stay: you "
                            "never refuse or obstruct a cancellation.</p>"
                        ),
                    ),
                    (
                        "rich_text",
                        (
                            "<h3>The channels</h3>"
                            "<p>Customers reach us by phone, email, live chat and social media. "
                            "The job is the same on every channel, but each one asks something "
                            "different of you:</p>"
                            "<ul>"
                            "<li><strong>Phone.</strong> The customer cannot see you, so your "
                            "voice carries everything: warmth, confidence, patience. Silence feels "
                            "long on the phone; say what you are doing.</li>"
                            "<li><strong>Email.</strong> Answer everything in one reply, in order, "
                            "with clear next steps, so the customer does not have to write again. "
                            "Re-read before sending.</li>"
                            "<li><strong>Live chat.</strong> Short, friendly messages, one "
                            "question at a time. You may handle more than one chat at once, so "
                            "keep each customer informed if you need a moment.</li>"
                            "<li><strong>Social media.</strong> Public. Acknowledge quickly and "
                            "kindly in public, then move the conversation to a private message "
                            "before anything about an account or an order.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "Same rules on every channel",
                            "text": (
                                "<p>Identity verification comes before any account or order "
                                "details, whatever the channel: the customer's full name plus two "
                                "of order number, email address on the account, or billing "
                                "postcode. On social media, never ask a customer to post these "
                                "publicly; move to a private message first.</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "(Public post) @XYZ where is my order??? Third time I'm asking!!"
                            ),
                            "say": (
                                "We're sorry you've had to ask again, Dana, that's not the "
                                "experience we want for you. Please send us a direct message and "
                                "we'll look into your order with you right away."
                            ),
                            "avoid": (
                                "Please reply with your order number and email so we can check."
                            ),
                            "why": (
                                "Replying quickly and warmly in public shows everyone that XYZ "
                                "cares; asking for personal details in a public thread puts the "
                                "customer's privacy at risk and breaks our verification rules."
                            ),
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Behind every contact, whatever the channel",
                            "items": [
                                "Greet the customer and give your name.",
                                "Find out the reason for the contact, in the customer's own words.",
                                "Verify identity before discussing any account or order.",
                                "Resolve the issue, or agree clear next steps with a time frame.",
                                "Record what happened in the customer's notes in the CRM.",
                                "Recap, check nothing else is needed, and close warmly.",
                            ],
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "late-order-angry",
                            "text": (
                                "Order status is the contact you will handle most. Practise it "
                                "with an upset customer whose order is late."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which of these contacts is an example of after-sales service?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "A customer asks whether the bamboo towel set is in stock."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That is a product inquiry: the customer has not bought "
                                        "anything yet."
                                    ),
                                },
                                {
                                    "text": "A customer wants to know where their parcel is.",
                                    "correct": False,
                                    "feedback": "That is an order status and tracking contact.",
                                },
                                {
                                    "text": (
                                        "A customer wants to exchange a coffee maker that arrived "
                                        "in the wrong colour."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Returns, exchanges, refunds and warranty questions "
                                        "are after-sales service."
                                    ),
                                },
                                {
                                    "text": (
                                        "A customer fills in a satisfaction survey after a call."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That is feedback collection, another duty of the role, "
                                        "but not after-sales service."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer posts on XYZ's public social media page that their "
                                "refund has not arrived. What is the best first reply?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Apologise publicly, use their name, and invite them to a "
                                        "private message to look into it."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. A quick, warm public reply shows we care; the "
                                        "details belong in a private conversation after "
                                        "verification."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ask them to post their order number and billing postcode "
                                        "so you can check."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Never ask for account details in public; it exposes "
                                        "the customer's information."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ignore the post; social media is not a support channel."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Social media is one of our channels, and an "
                                        "unanswered public complaint is seen by everyone."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reply publicly with the refund status from their account."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. That discusses an account without verification, in "
                                        "public. It is a privacy breach."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "clear-communication"],
                        },
                    ),
                ],
            },
            {
                "slug": "life-in-the-contact-centre",
                "title": "Life in the contact centre, and where it leads",
                "estimated_minutes": 14,
                "skills": ["positive-attitude", "patience", "policy-compliance"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Most XYZ agents work in our contact centre, on site or from home. "
                            "It is a fast-moving place: a high volume of contacts every day, "
                            "busier still in the weeks before the holidays, during big sales and "
                            "on Monday mornings after weekend deliveries. It can be stressful, "
                            "especially on days when more customers than usual are upset. Knowing "
                            "how the centre works helps you handle that pressure.</p>"
                            "<h3>Calls are recorded and evaluated</h3>"
                            "<p>Your calls and chats are recorded. Quality reviewers listen to a "
                            "sample every month and score them against a rubric: opening, "
                            "verification, discovery, empathy, resolution, communication and "
                            "closing. Customers also receive follow-up surveys. The aim is not to "
                            "catch you out; it is to coach you. Recorded calls are used for "
                            "training, and when someone's calls show a skill falling short, they "
                            "are given retraining in that skill. Raises and bonuses are usually "
                            "based on this performance, which is why good agents keep learning and "
                            "improving.</p>"
                            "<p>The call simulations in Callwise are scored on the same sections, "
                            "so you can practise a difficult call as often as you like before you "
                            "take a real one.</p>"
                            "<h3>Handle time and quotas</h3>"
                            "<p>Contact centres measure <strong>handle time</strong>: how long a "
                            "contact takes, including the notes you write after it. Teams also "
                            "have targets for the number of contacts handled per hour or per "
                            "shift. These numbers matter because a queue of waiting customers is "
                            "real. But speed never comes before quality: the fastest contact is "
                            "the one that is resolved the first time, because a customer who has "
                            "to call back costs twice the time and is twice as annoyed. Be "
                            "efficient (know your tools, know the policies), not hurried.</p>"
                            "<h3>Shifts</h3>"
                            "<p>XYZ's customers shop at all hours, and the contact centre is open "
                            "every day, so agents work rotating shifts that include evenings, "
                            "nights, weekends and public holidays. Less popular shifts often pay a "
                            "higher hourly rate. Being on time and taking breaks when scheduled "
                            "(schedule adherence) matters, because the number of agents on shift "
                            "is planned against the expected number of contacts.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Your recorded calls are your best coach",
                            "text": (
                                "<p>Ask your team lead to review one of your calls with you each "
                                "week in your first months. Hearing yourself is the quickest way "
                                "to notice the habits (talking over customers, long silences, "
                                "jargon) that you don't hear while you are on the call.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<h3>Where the job leads: the career ladder</h3>"
                            "<p>Customer service is a real career path, and many team leads and "
                            "managers started on the phones. At XYZ the ladder has four steps:</p>"
                            "<ol>"
                            "<li><strong>Junior agent.</strong> You are here. You complete "
                            "onboarding, handle common inquiries and order questions, and your "
                            "team lead reviews your calls closely.</li>"
                            "<li><strong>Agent.</strong> You handle the full range of contacts on "
                            "every channel on your own, including complaints, returns and "
                            "cancellations.</li>"
                            "<li><strong>Senior agent.</strong> You take the complex and escalated "
                            "contacts, mentor new hires and help with quality reviews.</li>"
                            "<li><strong>Team lead.</strong> You run a team: coaching, schedules, "
                            "approvals that agents cannot give on their own (such as goodwill "
                            "credits above the agent limit), and the team's results. Beyond that "
                            "lie supervisor and manager roles.</li>"
                            "</ol>"
                            "<p>Callwise certifications follow the same ladder: each level is "
                            "earned with completed courses, passed quizzes and graded call "
                            "simulations.</p>"
                            "<h3>Keep learning</h3>"
                            "<p>XYZ adds product lines and revises its policies regularly. The "
                            "more you know about the company, the better the service you can give, "
                            "so treat every training, every policy update and every coaching "
                            "session as part of the job. An agent who quotes last year's return "
                            "policy makes a promise the company cannot keep.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "Sorry, I know you must be really busy today...",
                            "say": (
                                "You have my full attention, Mrs Chen. Let's get this sorted "
                                "properly."
                            ),
                            "avoid": "Yeah, there's a big queue, so if we can be quick...",
                            "why": (
                                "Handle time is yours to manage, not the customer's burden. Making "
                                "them feel rushed leads to missed details and repeat calls, which "
                                "cost more time in the end."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A call with a confused customer is running past your team's "
                                "average handle time. What should you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Promise to call the customer back later and end the call "
                                        "now."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. A callback you did not need only moves the work and "
                                        "the customer's frustration to later."
                                    ),
                                },
                                {
                                    "text": "Skip the identity verification to save time.",
                                    "correct": False,
                                    "feedback": (
                                        "Never. Verification is required before discussing any "
                                        "account or order, however busy the queue is."
                                    ),
                                },
                                {
                                    "text": (
                                        "Transfer the customer to another team so your handle time "
                                        "stays low."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. An unnecessary transfer frustrates the customer and "
                                        "does not solve anything."
                                    ),
                                },
                                {
                                    "text": (
                                        "Stay calm and efficient, and resolve the issue properly "
                                        "so the customer does not need to call back."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Quality comes first: a contact resolved the first "
                                        "time is the fastest contact overall."
                                    ),
                                },
                            ],
                            "skills": ["patience", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "What is the order of the career ladder at XYZ, from the first "
                                "step?"
                            ),
                            "choices": [
                                {
                                    "text": "Agent, junior agent, team lead, senior agent",
                                    "correct": False,
                                    "feedback": (
                                        "No. You start as a junior agent, and a team lead is above "
                                        "a senior agent."
                                    ),
                                },
                                {
                                    "text": "Junior agent, agent, senior agent, team lead",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Callwise certifications follow the same four "
                                        "levels."
                                    ),
                                },
                                {
                                    "text": "Junior agent, team lead, agent, senior agent",
                                    "correct": False,
                                    "feedback": (
                                        "No. Team lead is the top step of the agent ladder, after "
                                        "senior agent."
                                    ),
                                },
                                {
                                    "text": "Trainee, senior agent, agent, manager",
                                    "correct": False,
                                    "feedback": (
                                        "No. The steps are junior agent, agent, senior agent and "
                                        "team lead."
                                    ),
                                },
                            ],
                            "skills": ["positive-attitude"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Why are your calls recorded and evaluated?",
                            "choices": [
                                {
                                    "text": "Only to settle legal disputes with customers.",
                                    "correct": False,
                                    "feedback": (
                                        "Recordings can help in disputes, but their everyday use "
                                        "is training and quality."
                                    ),
                                },
                                {
                                    "text": (
                                        "To find a reason to dismiss agents who have a bad day."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Everyone has hard calls; reviews look for patterns to "
                                        "coach, not single mistakes to punish."
                                    ),
                                },
                                {
                                    "text": (
                                        "To coach agents, keep quality consistent, and give "
                                        "retraining where a skill falls short."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Evaluations are a coaching tool, and they also feed "
                                        "into raises and bonuses."
                                    ),
                                },
                            ],
                            "skills": ["positive-attitude"],
                        },
                    ),
                ],
            },
        ],
    },
    # 2. Patience under pressure
    {
        "slug": "patience-under-pressure",
        "title": "Patience under pressure",
        "category": "soft_skill",
        "summary": (
            "How to stay calm, steady and kind with upset, angry or confused customers, and how to "
            "look after yourself between hard contacts."
        ),
        "estimated_minutes": 36,
        "skills": ["patience", "empathy", "positive-attitude"],
        "prerequisites": ["what-the-job-is"],
        "lessons": [
            {
                "slug": "why-patience-is-half-the-job",
                "title": "Why patience is half the job",
                "estimated_minutes": 10,
                "skills": ["patience", "positive-attitude"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>People rarely contact XYZ because everything is fine. They call "
                            "because a parcel has not arrived, a charge looks wrong or a new "
                            "gadget will not do what the box promised. By the time they reach you "
                            "they may be worried, upset, in a hurry, or simply unable to explain "
                            "what is wrong. A good agent has the patience to work with every kind "
                            "of person in every kind of mood.</p>"
                            "<p>Patience is not the same as being slow or passive. It means "
                            "staying calm and steady long enough to get the information you need "
                            "to steer the customer to the best solution. An impatient agent misses "
                            "details, jumps to the wrong fix and ends up with a longer, angrier "
                            "call.</p>"
                            "<h3>Why it is hard</h3>"
                            "<p>Working with the public and solving other people's problems all "
                            "day is tiring, and customers are sometimes rude to you for things you "
                            "did not cause. It is natural to feel irritated. The skill is not to "
                            "feel nothing; it is to manage your own emotions so that they do not "
                            "leak into the call. Being able to stay patient and calm in front of "
                            "an angry customer is one of the most valued skills in a contact "
                            "centre, and one of the things your calls are evaluated on.</p>"
                            "<h3>What impatience sounds like</h3>"
                            "<p>Customers hear impatience long before you say anything rude. Watch "
                            "for:</p>"
                            "<ul>"
                            "<li>sighing, or a flat, clipped tone;</li>"
                            "<li>talking over the customer or finishing their sentences;</li>"
                            '<li>"As I already said..." or "Like I told you...";</li>'
                            "<li>speeding up when the customer is slowing down;</li>"
                            "<li>long silences while you type, with no explanation;</li>"
                            '<li>"Calm down" or "Relax", which never calm anyone.</li>'
                            "</ul>"
                            "<h3>Know your triggers</h3>"
                            '<p>Most impatience has a trigger: the tenth "where is my order" of '
                            "the morning, a queue alert on your screen, a customer who will not "
                            "let you speak, or the bad call you just finished. Notice which ones "
                            "catch you. Naming the trigger (\"I'm rushing because the queue is "
                            'long") is often enough to slow yourself back down.</p>'
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": 'The "tenth time today" trap',
                            "text": (
                                "<p>For you it may be the tenth late-parcel call today. For the "
                                "customer it is the first, and it is their parcel. Answer the "
                                "tenth caller with the same care as the first.</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "I already explained all of this to the last person!",
                            "say": (
                                "I'm sorry you have to go through it again, Ms Rossi. I can see "
                                "the notes from your last call, so let me just confirm two details "
                                "and I'll pick it up from there."
                            ),
                            "avoid": (
                                "Well, I'm not the last person, so I need you to tell me again."
                            ),
                            "why": (
                                "Repeating themselves is one of the things customers hate most. "
                                "Acknowledge it, show you have read the notes, and ask only for "
                                "what you truly need."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A worried customer asks for the third time whether their refund "
                                "has really been sent. What is the patient response?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Confirm it again calmly, in the same friendly tone, and "
                                        "offer to email the refund confirmation so they have it in "
                                        "writing."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Repetition usually signals worry, not stupidity. "
                                        "Reassure them again and give them something to hold on to."
                                    ),
                                },
                                {
                                    "text": (
                                        '"As I\'ve already said twice, yes, it has been sent."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The facts are right, but the tone tells the customer they "
                                        "are a nuisance. That makes worry worse, not better."
                                    ),
                                },
                                {
                                    "text": (
                                        "Move on quickly to the closing so the call does not run "
                                        "long."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Closing while the customer is still worried usually leads "
                                        "to a repeat call. Reassure first."
                                    ),
                                },
                            ],
                            "skills": ["patience"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these phrases signals impatience to a customer?",
                            "choices": [
                                {
                                    "text": '"Take your time, I\'ll wait."',
                                    "correct": False,
                                    "feedback": (
                                        "That is a patient phrase: it tells the customer there is "
                                        "no pressure."
                                    ),
                                },
                                {
                                    "text": '"Let me check that for you."',
                                    "correct": False,
                                    "feedback": (
                                        "That is a helpful, neutral phrase that tells the customer "
                                        "what you are doing."
                                    ),
                                },
                                {
                                    "text": '"Thanks for bearing with me."',
                                    "correct": False,
                                    "feedback": (
                                        "That thanks the customer for their patience, which is "
                                        "courteous."
                                    ),
                                },
                                {
                                    "text": '"Like I told you before..."',
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It suggests the customer was not paying attention. "
                                        "Simply explain again, differently if needed."
                                    ),
                                },
                            ],
                            "skills": ["patience", "clear-communication"],
                        },
                    ),
                ],
            },
            {
                "slug": "staying-calm-with-an-angry-caller",
                "title": "Staying calm with an angry caller",
                "estimated_minutes": 14,
                "skills": ["patience", "empathy", "active-listening"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Anger almost always has a reason behind it: a birthday present "
                            "that will not arrive in time, money that seems to have disappeared, "
                            "or the feeling of having been ignored by the company. The customer is "
                            "angry at the situation, and you are the person in front of it. "
                            "Keeping that in mind stops you taking it personally, which is the "
                            "first step to staying calm.</p>"
                            "<h3>Don't match their energy</h3>"
                            "<p>When someone raises their voice, the instinct is to raise yours or "
                            "to go cold and defensive. Do the opposite: slow down a little, lower "
                            "your volume, keep your tone warm and steady. People tend to mirror "
                            "the voice they hear; a calm voice gives them something to come down "
                            "to.</p>"
                            "<h3>A sequence that works</h3>"
                            "<ol>"
                            "<li><strong>Let them finish.</strong> Venting often contains the real "
                            "problem. Interrupting restarts the rant.</li>"
                            "<li><strong>Acknowledge the feeling and the impact.</strong> Be "
                            "specific: \"You planned around Friday and you've had no "
                            'answers."</li>'
                            "<li><strong>Apologise for the experience.</strong> Sincerely, once, "
                            "without excuses.</li>"
                            '<li><strong>Take ownership.</strong> "Let me look into it right '
                            'now." Then verify and get the facts.</li>'
                            "<li><strong>Move to action.</strong> Say what you are going to do and "
                            "what the customer can expect, within XYZ's policies.</li>"
                            "</ol>"
                            "<h3>Words that make it worse</h3>"
                            '<p>"Calm down", "There\'s no need to shout", "You need to '
                            'understand that...", blaming the carrier or the warehouse, or '
                            "reciting policy without any acknowledgement. Each of these tells the "
                            "customer that you are fighting them rather than helping them.</p>"
                            "<h3>Anger versus abuse</h3>"
                            "<p>Customers are allowed to be angry, and handling anger is part of "
                            "the job. Abuse is different: threats, slurs or sustained personal "
                            'insults. If a caller becomes abusive, give one calm warning ("I want '
                            "to help you, and I can't continue if the language is directed at "
                            'me"). If it continues, you may end the contact; note it in the '
                            "account and tell your team lead straight away.</p>"
                            "<h3>After the call</h3>"
                            "<p>Take the few seconds of after-call work you are given: breathe "
                            "out, sit back, write your notes. Do not carry the last caller's anger "
                            "into the next greeting.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "This is ridiculous! My order was supposed to be here Friday and "
                                "nobody can tell me anything!"
                            ),
                            "say": (
                                "I understand, Mr Alvarez. You planned around Friday and you've "
                                "been left without answers, and I'm sorry. Let me pull up the "
                                "tracking right now and tell you exactly where it is."
                            ),
                            "avoid": (
                                "Sir, please calm down. Shouting won't make it arrive any faster."
                            ),
                            "why": (
                                '"Calm down" dismisses the feeling and usually escalates it. '
                                "Naming the impact and moving straight to action shows you are on "
                                "the customer's side."
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "You people are completely useless!",
                            "say": (
                                "I can hear how fed up you are, and I want to fix this for you. "
                                "Let's start with your order: could you give me your full name and "
                                "order number?"
                            ),
                            "avoid": "I'm not useless, I'm trying to help you here.",
                            "why": (
                                "Defending yourself turns the call into an argument about you. Let "
                                "the remark pass, acknowledge the frustration and steer back to "
                                "the problem."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "late-order-angry",
                            "text": (
                                "Practise staying calm with an angry customer whose order is late. "
                                "Watch the mood meter respond to acknowledgement, apology and "
                                'clear next steps, and to "calm down".'
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'A caller is shouting that their order is late and "nobody at XYZ '
                                'cares". What is the best first response?'
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Let them finish, then acknowledge the frustration, "
                                        "apologise and say you will check the tracking now."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Listen, acknowledge, apologise, take ownership: "
                                        "the customer hears that someone finally cares."
                                    ),
                                },
                                {
                                    "text": "Ask them to calm down so you can help.",
                                    "correct": False,
                                    "feedback": (
                                        '"Calm down" is heard as dismissive and usually makes an '
                                        "angry caller angrier."
                                    ),
                                },
                                {
                                    "text": (
                                        "Explain that delays are caused by the carrier, not by XYZ."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Blaming the carrier sounds like an excuse and does not "
                                        "help. On this call you own the problem for XYZ."
                                    ),
                                },
                                {
                                    "text": (
                                        "Match their energy so they know you take it seriously."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Raising your voice escalates the call. A slower, calmer "
                                        "voice helps the customer come down."
                                    ),
                                },
                            ],
                            "skills": ["patience", "empathy"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "When may you end a contact with an angry customer?",
                            "choices": [
                                {
                                    "text": "As soon as the customer raises their voice.",
                                    "correct": False,
                                    "feedback": (
                                        "No. A raised voice is anger, not abuse. Handling it "
                                        "calmly is part of the job."
                                    ),
                                },
                                {
                                    "text": (
                                        "When the caller becomes abusive (threats, slurs or "
                                        "personal insults) and continues after one calm warning; "
                                        "then tell your team lead."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Anger is part of the job; sustained abuse is "
                                        "not. Warn once, then end it, note it and report it."
                                    ),
                                },
                                {
                                    "text": "When the call goes past the average handle time.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Handle time is never a reason to hang up on a "
                                        "customer."
                                    ),
                                },
                                {
                                    "text": "Never, under any circumstances.",
                                    "correct": False,
                                    "feedback": (
                                        "Not quite. You are not expected to accept threats or "
                                        "sustained personal abuse."
                                    ),
                                },
                            ],
                            "skills": ["patience", "policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "patience-with-confused-callers",
                "title": "Patience with confused and anxious callers",
                "estimated_minutes": 12,
                "skills": ["patience", "clear-communication", "empathy"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Not every difficult contact is an angry one. Many customers are "
                            "confused, anxious or uncomfortable with technology. Some are calling "
                            "in a second language, some are elderly, some have already spent an "
                            "hour trying to fix a smart speaker and feel embarrassed that they "
                            'could not. Many cannot describe the problem in our words: "the '
                            'little light thing is doing the orange blink".</p>'
                            "<p>With these customers, patience means making it safe not to know. "
                            "If they feel judged, they stop telling you things, agree to steps "
                            "they did not follow, and hang up without a solution.</p>"
                            "<h3>How to help a confused caller</h3>"
                            "<ul>"
                            "<li><strong>Let them describe it their way,</strong> then translate "
                            "it into what you need to know.</li>"
                            "<li><strong>Ask one thing at a time</strong> and wait for the "
                            "answer.</li>"
                            "<li><strong>Give one step at a time</strong> and check it worked "
                            "before the next.</li>"
                            "<li><strong>Repeat without changing your tone.</strong> If they did "
                            "not understand, explain it differently, not louder.</li>"
                            "<li><strong>Give them time.</strong> \"Take your time, I'll stay on "
                            'the line" while they look for an order email.</li>'
                            "<li><strong>Narrate long tasks.</strong> \"We're on step three of "
                            "five; we're nearly there.\"</li>"
                            "<li><strong>Offer it in writing.</strong> For anything with several "
                            "steps, offer to email them so they can follow later.</li>"
                            "</ul>"
                            "<h3>Anxious callers</h3>"
                            "<p>An anxious customer is often imagining the worst: the money is "
                            "gone, the gift will not arrive, they will be charged again. "
                            'Reassurance comes from facts, not from "don\'t worry". Tell them '
                            "exactly what you can see, what will happen next and when, and write "
                            "it down for them if it helps.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Small words that make customers feel small",
                            "text": (
                                '<p>"Just", "simply", "obviously", "it\'s easy" and "as I '
                                'said" tell a struggling customer that they should already know. '
                                'Drop them: "Tap the Devices icon" is clearer than "Just tap '
                                "Devices, it's easy\".</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I'm sorry, I'm hopeless with these things. I don't even know what "
                                "a Wi-Fi band is."
                            ),
                            "say": (
                                "No need to apologise at all, Mr Patel. Most people never have to "
                                "think about it. We'll go one step at a time and I'll tell you "
                                "exactly what to tap."
                            ),
                            "avoid": (
                                "It's easy, you just go into your router settings and switch to "
                                "2.4 GHz."
                            ),
                            "why": (
                                'Reassurance first makes the customer willing to try. "Easy" and '
                                '"just" make them feel worse when it is not easy for them, and '
                                "the jargon loses them."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "tech-support-frustrated",
                            "text": (
                                "Practise a long technical call with a frustrated customer whose "
                                "smart speaker will not connect. Keep your patience through every "
                                "step."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer is getting flustered because they cannot find their "
                                "order number to verify their identity. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Read them their order number from the account so they can "
                                        "continue."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. That would disclose account information before "
                                        "verification, which is a privacy breach."
                                    ),
                                },
                                {
                                    "text": "Ask them to call back when they have found it.",
                                    "correct": False,
                                    "feedback": (
                                        "Not needed, and it sends a worried customer away with "
                                        "nothing. There are other ways to verify."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reassure them and offer the other ways to verify: besides "
                                        "their full name, any two of order number, the email on "
                                        "the account, or billing postcode."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Patience plus knowing the policy: the customer "
                                        "does not need the order number if they can give the email "
                                        "and postcode."
                                    ),
                                },
                                {
                                    "text": (
                                        "Skip verification this time because they are clearly "
                                        "genuine."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Never. Verification is required before discussing any "
                                        "account or order, however genuine the caller sounds."
                                    ),
                                },
                            ],
                            "skills": ["patience", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "You are guiding a low-tech customer through a reset. Which "
                                "instruction is best?"
                            ),
                            "choices": [
                                {
                                    "text": '"Just hold the reset button, it\'s easy."',
                                    "correct": False,
                                    "feedback": (
                                        '"Just" and "easy" make a struggling customer feel '
                                        "judged, and it does not say where the button is."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"On the back of the speaker there's a small round "
                                        "button. Press and hold it, and tell me when the light "
                                        'changes colour."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: one step, described by what the customer can see, "
                                        "with a check before moving on."
                                    ),
                                },
                                {
                                    "text": (
                                        '"Hold reset for 15 seconds, re-pair in the app, pick 2.4 '
                                        'GHz, then re-enter your credentials."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Four steps and two jargon words in one breath: the "
                                        "customer will be lost after the first."
                                    ),
                                },
                            ],
                            "skills": ["patience", "clear-communication"],
                        },
                    ),
                ],
            },
        ],
    },
    # 3. Empathy: making every customer feel important
    {
        "slug": "making-customers-feel-important",
        "title": "Empathy: making every customer feel important",
        "category": "soft_skill",
        "summary": (
            "Putting yourself in the customer's place, treating them as a person rather than an "
            "order number, and apologising well, even when XYZ is not at fault."
        ),
        "estimated_minutes": 34,
        "skills": ["empathy", "active-listening", "positive-attitude"],
        "prerequisites": ["what-the-job-is"],
        "lessons": [
            {
                "slug": "what-empathy-sounds-like",
                "title": "What empathy sounds like",
                "estimated_minutes": 12,
                "skills": ["empathy", "active-listening"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Empathy is the ability to put yourself in the customer's place and "
                            "understand exactly what they want and what they need. The best agents "
                            "seem to do it naturally, but it can be learned and practised. It "
                            "matters for the business too: when customers feel a company does not "
                            "care about them, they take their business elsewhere; when they get "
                            "good service and feel understood, they are far more likely to "
                            "stay.</p>"
                            "<h3>Empathy is not agreement</h3>"
                            "<p>You can fully understand how a customer feels without agreeing "
                            "that XYZ did something wrong, and without promising something our "
                            'policies do not allow. "I can see why that\'s upsetting" is empathy. '
                            "\"You're right, that's a ridiculous policy\" is not, and \"I'll make "
                            'an exception just for you" is a promise you are not allowed to '
                            "make.</p>"
                            "<h3>Three steps</h3>"
                            "<ol>"
                            "<li><strong>Notice the feeling.</strong> Listen to the words and the "
                            "tone: worried, embarrassed, angry, disappointed, rushed.</li>"
                            "<li><strong>Name it, and connect it to the impact.</strong> Not only "
                            '"I understand your frustration" but what the problem means for this '
                            "person: \"and it was meant to be your daughter's present on "
                            'Saturday".</li>'
                            "<li><strong>Act.</strong> Empathy without action is just words. "
                            "Follow it straight away with what you are going to do.</li>"
                            "</ol>"
                            "<h3>Be specific, not scripted</h3>"
                            '<p>"I understand your frustration" said five times in one call '
                            "sounds like a script, and customers notice. Use what the customer has "
                            "told you:</p>"
                            "<ul>"
                            '<li>Instead of "Sorry for the inconvenience": "I\'m sorry, you took '
                            "the morning off to wait for this delivery and it didn't come.\"</li>"
                            '<li>Instead of "I understand": "Two charges when you were '
                            "expecting one would worry anyone. Let's look at them together.\"</li>"
                            '<li>Instead of "That\'s our policy": "I know you were hoping to '
                            "swap it for the larger size. Here's what we can do now that it's on "
                            'its way."</li>'
                            "</ul>"
                            "<h3>Empathy and policy together</h3>"
                            "<p>Some of the hardest moments come when the policy says no: the "
                            "order has shipped, the return window has closed. Policy recited "
                            "without empathy sounds cold and makes customers angrier. Empathy "
                            "without policy leads to promises XYZ cannot keep. You need both: "
                            "acknowledge the feeling, then explain clearly what is possible.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I ordered the wrong size duvet and it's already shipped. I'm "
                                "panicking, it's for my mum's move on Friday!"
                            ),
                            "say": (
                                "That's a stressful week to have this happen, Ms Nakamura, and I "
                                "want to help you get the right size in place for your mum's move. "
                                "Let me look at the options we have now that it's on its way."
                            ),
                            "avoid": (
                                "Unfortunately once an order has shipped it can't be changed. "
                                "That's the policy."
                            ),
                            "why": (
                                "Both are true to policy, but the second recites it without any "
                                "empathy. The first acknowledges the pressure, keeps the "
                                "customer's goal in view and leads into the options XYZ does allow."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "shipped-order-change-anxious",
                            "text": (
                                "Practise empathy with an anxious customer who needs to change an "
                                "order that has already shipped."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which response shows empathy and also moves towards a solution?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "\"I'm sorry the speaker stopped working the day before "
                                        "your party. Let's see if we can get it going now, and if "
                                        "not, I'll go through your options.\""
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: specific acknowledgement of the impact, followed by "
                                        "action."
                                    ),
                                },
                                {
                                    "text": (
                                        '"I understand your frustration. I understand. I totally '
                                        'understand."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Repeating a generic phrase sounds scripted and does "
                                        "nothing to solve the problem."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"Electronics can be faulty sometimes, it's nobody's "
                                        'fault."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "This dismisses the customer's experience and offers no "
                                        "next step."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"Oh no, that's awful, I'd be furious too. That "
                                        'manufacturer is terrible."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Sympathy that criticises a supplier is not empathy, and "
                                        "it still offers no solution."
                                    ),
                                },
                            ],
                            "skills": ["empathy"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer is upset that their Home Essentials box arrived "
                                "crushed. Does showing empathy mean agreeing that XYZ was at fault?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Yes. Empathy means taking the customer's side on "
                                        "everything."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Taking sides can lead you into promises that policy "
                                        "does not allow."
                                    ),
                                },
                                {
                                    "text": "Only if the damage was clearly the warehouse's fault.",
                                    "correct": False,
                                    "feedback": (
                                        "No. You show empathy whatever the cause; the customer's "
                                        "experience is the same."
                                    ),
                                },
                                {
                                    "text": (
                                        "No. You acknowledge the feeling and its impact without "
                                        "assigning blame, then move to what you can do."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Empathy is about understanding the customer, not "
                                        "about deciding who was at fault."
                                    ),
                                },
                            ],
                            "skills": ["empathy", "policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "using-the-customers-name",
                "title": "A person, not an order number: using the customer's name",
                "estimated_minutes": 10,
                "skills": ["empathy", "positive-attitude"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>A good agent makes each customer feel important, not like a "
                            "faceless name or number in a queue. The simplest technique is also "
                            "one of the most powerful: use the customer's name during the "
                            "conversation.</p>"
                            "<h3>How to use a name well</h3>"
                            "<ul>"
                            "<li><strong>Catch it early.</strong> Customers usually give their "
                            "name at the start, and you need it anyway for verification. Use it in "
                            "your very next sentence.</li>"
                            "<li><strong>Use it at natural moments:</strong> when you acknowledge "
                            "the problem, when you present the solution and when you close. Two to "
                            "four times in a call is about right.</li>"
                            "<li><strong>Do not overdo it.</strong> A name in every sentence "
                            "sounds like a sales script.</li>"
                            "<li><strong>Match the customer's formality.</strong> On the phone, "
                            "start with Mr or Ms and the surname unless the customer introduces "
                            "themselves by first name or asks you to use it. On chat and social "
                            "media, the first name is usually fine.</li>"
                            "<li><strong>Get it right.</strong> If you are unsure how to pronounce "
                            'a name, ask: "Could you tell me how to say your name so I get it '
                            'right?" Customers appreciate the care. Note the pronunciation or '
                            "preferred name in the account notes.</li>"
                            "</ul>"
                            "<h3>Other ways to make a customer feel important</h3>"
                            "<ul>"
                            "<li><strong>Remember what they told you.</strong> If they mentioned "
                            "the parcel was a birthday present, refer to it when you give the "
                            "solution.</li>"
                            '<li><strong>Recognise their history, after verification.</strong> "I '
                            "can see you've been an XYZ Plus member for three years, thank you for "
                            'that."</li>'
                            "<li><strong>Never make them repeat themselves</strong> if it is "
                            "already in the notes.</li>"
                            "<li><strong>Tell them what you are doing</strong> during silences, so "
                            "they know they have not been forgotten.</li>"
                            "<li><strong>Show that you are interested in their needs,</strong> not "
                            'only in closing the ticket: "Is there anything else about the order '
                            "that's worrying you?\"</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "A name is not verification",
                            "text": (
                                "<p>Using the name a customer gives you is good practice. It does "
                                "not verify them. Before you discuss any account or order, you "
                                "still need their full name plus two of: the order number, the "
                                "email address on the account, or the billing postcode.</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "Hi, it's Grace Liu. I'm calling about my subscription box."
                            ),
                            "say": (
                                "Hi Ms Liu, thank you for calling. I'd be glad to help with your "
                                "box. So that I can open your account, could you confirm two of "
                                "these for me: your order number, the email on the account, or "
                                "your billing postcode?"
                            ),
                            "avoid": "OK. Account number?",
                            "why": (
                                "The first reply uses her name, sounds glad to help and explains "
                                "why you need the details. The second treats her as a number and "
                                "gives no reason for the question."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "How often should you use the customer's name during a call?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "In every sentence, so they know you are paying attention."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Overusing a name sounds like a sales technique and can "
                                        "feel insincere."
                                    ),
                                },
                                {
                                    "text": "Only once, at the very end.",
                                    "correct": False,
                                    "feedback": (
                                        "Using it only at the end misses the moments where it "
                                        "matters most, such as acknowledging the problem."
                                    ),
                                },
                                {
                                    "text": "Never. Names are personal data.",
                                    "correct": False,
                                    "feedback": (
                                        "Using the name the customer gave you is part of good "
                                        "service; the privacy rules are about not disclosing "
                                        "account details before verification."
                                    ),
                                },
                                {
                                    "text": (
                                        "A few times, at natural moments: after they give it, when "
                                        "you acknowledge the problem, when you give the solution "
                                        "and at the close."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Enough to make it personal without sounding like a "
                                        "script."
                                    ),
                                },
                            ],
                            "skills": ["empathy"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer gives her name as Siobhan and you are not sure how to "
                                "pronounce it. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": "Avoid using her name for the rest of the call.",
                                    "correct": False,
                                    "feedback": (
                                        "That loses one of the simplest ways to make her feel "
                                        "important. Just ask."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ask politely how to say it, use it, and note the "
                                        "pronunciation in the account notes."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Taking care to get a name right is itself a way of "
                                        "showing respect."
                                    ),
                                },
                                {
                                    "text": "Guess from the spelling and carry on.",
                                    "correct": False,
                                    "feedback": (
                                        "A mispronounced name repeated several times can annoy "
                                        "more than no name at all."
                                    ),
                                },
                            ],
                            "skills": ["empathy", "active-listening"],
                        },
                    ),
                ],
            },
            {
                "slug": "apologising-well",
                "title": "Apologising well, even when it isn't our fault",
                "estimated_minutes": 12,
                "skills": ["empathy", "positive-attitude", "policy-compliance"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>A simple way to show a customer that you genuinely care about "
                            "their situation is to apologise for the problem, even when the "
                            "company is not at fault. The storm that held up the carrier, the bank "
                            "that placed a temporary hold, the wrong size the customer ordered "
                            "themselves: none of these is XYZ's doing, and the customer still had "
                            "a bad experience.</p>"
                            "<h3>An apology is not an admission of fault</h3>"
                            "<p>\"I'm sorry this happened\" recognises the customer's experience. "
                            "It does not say who caused it, and it does not commit XYZ to "
                            "anything. New agents sometimes hold back an apology in case it sounds "
                            "like blame; customers hear that hesitation as not caring.</p>"
                            "<h3>What a good apology sounds like</h3>"
                            "<ul>"
                            "<li><strong>Specific:</strong> \"I'm sorry your towels arrived damp "
                            'and the box was soaked", not "sorry for any inconvenience".</li>'
                            "<li><strong>Sincere in tone,</strong> said once or twice, not ten "
                            "times.</li>"
                            '<li><strong>No "but".</strong> "I\'m sorry, but..." cancels the '
                            'apology. Use "and": "I\'m sorry, and here\'s what I\'ll do."</li>'
                            "<li><strong>Followed by action.</strong> The apology opens the door; "
                            "the next step walks through it.</li>"
                            "</ul>"
                            "<h3>Never blame</h3>"
                            '<p>Do not blame the carrier, the warehouse, "the system", a '
                            "colleague or the customer. Blame makes XYZ sound disorganised, gives "
                            "the customer someone new to be angry with, and does nothing to solve "
                            "the problem. You can explain a cause factually (\"the carrier's last "
                            'scan was Tuesday in their regional hub") without pointing a '
                            "finger.</p>"
                            "<h3>Apologising is not promising</h3>"
                            "<p>A warm apology can tempt you to compensate with something you "
                            "cannot give: a delivery date the carrier has not confirmed, a refund "
                            "outside the return window, an exception to a policy. Apologise fully, "
                            "then offer only what XYZ's policies allow.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "The courier left my parcel out in the rain and now the whole box "
                                "is soaked!"
                            ),
                            "say": (
                                "I'm so sorry, Mr Daniels, that's not how your order should "
                                "arrive. Let's check the items together and I'll sort out the next "
                                "step for you."
                            ),
                            "avoid": (
                                "That's the courier's fault, not ours. You'll need to take it up "
                                "with them."
                            ),
                            "why": (
                                "The customer bought from XYZ, not from the courier. Blaming a "
                                "third party sends them away angry; apologising and owning the "
                                "next step keeps them with us."
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I ordered the wrong charger. It's my own fault, really."
                            ),
                            "say": (
                                "That happens more often than you'd think, no need to apologise. "
                                "Let's see what we can do: when was it delivered?"
                            ),
                            "avoid": "Yes, the compatible models are listed on the product page.",
                            "why": (
                                "Pointing out the customer's mistake adds embarrassment to the "
                                "problem. Reassure them and move straight to the solution (here, a "
                                "return if it is within 30 days of delivery and unused)."
                            ),
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "A good apology",
                            "items": [
                                "Names the specific problem and its impact.",
                                "Sounds sincere, and is not repeated until it sounds empty.",
                                'Has no "but" after it.',
                                (
                                    "Blames nobody: not the carrier, not a colleague, not the "
                                    "customer."
                                ),
                                "Is followed by what you will do now.",
                                "Promises nothing that XYZ's policies do not allow.",
                            ],
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "refund-outside-window",
                            "text": (
                                "Practise apologising sincerely when the answer is no: a customer "
                                "asks for a refund after the 30-day window has closed."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A parcel is late because a storm held up the carrier. Should you "
                                "apologise to the customer?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Yes. Apologise for the delay, give the latest tracking "
                                        "status and explain what happens next."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. The customer's experience is the same whatever the "
                                        "cause, and an apology is not an admission of fault."
                                    ),
                                },
                                {
                                    "text": (
                                        "No. It was the weather, not XYZ, so there is nothing to "
                                        "apologise for."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Withholding an apology sounds like you do not care. "
                                        "Apologise for the experience, not for the storm."
                                    ),
                                },
                                {
                                    "text": (
                                        "Yes, and promise the parcel will arrive tomorrow to make "
                                        "up for it."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The apology is right, but never promise a delivery date "
                                        "the carrier has not confirmed."
                                    ),
                                },
                                {
                                    "text": (
                                        "Yes, and explain that the carrier is to blame for the "
                                        "delay."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Blaming the carrier sounds like an excuse. Give the facts "
                                        "from the tracking without pointing fingers."
                                    ),
                                },
                            ],
                            "skills": ["empathy", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which apology is best?",
                            "choices": [
                                {
                                    "text": (
                                        "\"I'm sorry, but our packaging is tested and this rarely "
                                        'happens."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        '"But" cancels the apology and the rest sounds defensive.'
                                    ),
                                },
                                {
                                    "text": '"Sorry for any inconvenience this may have caused."',
                                    "correct": False,
                                    "feedback": (
                                        'Generic and vague: "may have caused" suggests you doubt '
                                        "the customer."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"I'm sorry your box arrived crushed, Ms Adeyemi, and I "
                                        "know you were counting on it this week. Here's what I'm "
                                        'going to do."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: specific, personal, no excuses, and it leads "
                                        "straight into action."
                                    ),
                                },
                            ],
                            "skills": ["empathy"],
                        },
                    ),
                ],
            },
        ],
    },
    # 4. Listening like an expert
    {
        "slug": "listening-like-an-expert",
        "title": "Listening like an expert",
        "category": "soft_skill",
        "summary": (
            "Active listening at XYZ: letting customers finish, asking the clarifying questions "
            "that uncover the real problem, and playing back what you heard before you act."
        ),
        "estimated_minutes": 34,
        "skills": ["active-listening", "patience", "problem-solving"],
        "prerequisites": ["what-the-job-is"],
        "lessons": [
            {
                "slug": "let-them-finish",
                "title": "Let them finish: listening without interrupting",
                "estimated_minutes": 11,
                "skills": ["active-listening", "patience"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Good agents are expert listeners. When a customer is pouring out "
                            "their frustration, it is tempting to cut in: you have heard this "
                            "problem a hundred times and you want to get to the fix. Resist it. "
                            "The real root of the problem often comes out in the middle of the "
                            "customer's rant, and it is not always the thing they opened with.</p>"
                            '<p>Imagine a customer who starts with "my box is late again". Two '
                            "minutes later, still venting, she adds \"and I've been charged twice "
                            'this month". The late box is the headline; the double charge is what '
                            'is really worrying her. Had you interrupted at "late" and read out '
                            "the tracking, you would have solved the wrong problem and she would "
                            "have had to start again.</p>"
                            "<h3>What active listening looks like on the phone</h3>"
                            "<ul>"
                            "<li><strong>Stay quiet until they pause.</strong> Do not plan your "
                            "answer while they are still talking.</li>"
                            '<li><strong>Show you are there.</strong> Short signals such as "I '
                            'see", "mm-hm" and "go on" tell the customer you are following '
                            "without interrupting.</li>"
                            "<li><strong>Listen for two things:</strong> the facts (what, which "
                            "order, when, what they have tried) and the feeling (worried, angry, "
                            "embarrassed).</li>"
                            "<li><strong>Listen for the goal.</strong> What does the customer "
                            "actually want: their money back, the item in time for a date, an "
                            "explanation, or simply to be heard?</li>"
                            "<li><strong>Take notes as you go.</strong> Key words, dates, amounts "
                            "and order numbers. You will need them for the play-back and for the "
                            "account notes.</li>"
                            "</ul>"
                            "<h3>On chat and email</h3>"
                            "<p>Listening in writing means reading the whole message before you "
                            "reply, and answering every question in it. Customers who write three "
                            "questions and get an answer to one feel exactly as unheard as a "
                            "caller who was interrupted.</p>"
                            "<h3>When you do need to step in</h3>"
                            "<p>Occasionally a customer goes round in circles for a long time. "
                            "Wait for a breath, acknowledge what they have said, summarise it, and "
                            "ask a focused question: \"You've been really clear. Can I check two "
                            'details so I can start fixing this?" That is guiding, not '
                            "interrupting.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Notes as you listen",
                            "text": (
                                "<p>Keep a simple pattern for your notes: <strong>who</strong> "
                                "(name, how they want to be addressed), <strong>what</strong> (the "
                                "problem, in their words), <strong>when</strong> (dates, order "
                                "placed, promised delivery), <strong>tried</strong> (what they "
                                "have already done) and <strong>wants</strong> (the outcome they "
                                "are hoping for).</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "...and then the app says delivered but there's nothing here, and "
                                "I've been charged again this month, and honestly I'm about ready "
                                "to give up on you."
                            ),
                            "say": (
                                "Thank you for explaining all of that, Ms Okoye. I've noted two "
                                "things: a box marked delivered that you haven't received, and a "
                                "charge this month you weren't expecting. Let's take them one at a "
                                "time."
                            ),
                            "avoid": "OK, let me stop you there. What's the order number?",
                            "why": (
                                "Cutting in at the first problem misses the second one and tells "
                                "the customer you are not interested. Waiting, then naming both "
                                "issues, shows you heard everything."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Why should you let a venting customer finish before you start "
                                "solving?"
                            ),
                            "choices": [
                                {
                                    "text": "So the call reaches the minimum handle time.",
                                    "correct": False,
                                    "feedback": (
                                        "No. There is no minimum; listening is about "
                                        "understanding, not time."
                                    ),
                                },
                                {
                                    "text": "Because interrupting is against the law.",
                                    "correct": False,
                                    "feedback": (
                                        "It is not illegal, just ineffective and disrespectful."
                                    ),
                                },
                                {
                                    "text": (
                                        "You shouldn't: the fastest way to calm them is to "
                                        "interrupt with the solution."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Interrupting usually restarts the venting, and you may "
                                        "not yet know the real problem."
                                    ),
                                },
                                {
                                    "text": (
                                        "The real root of the problem often comes out while they "
                                        "vent, and they need to feel heard before they can listen."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Interrupting risks solving the wrong problem and "
                                        "restarts the venting."
                                    ),
                                },
                            ],
                            "skills": ["active-listening"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A chat message from a customer contains three separate questions. "
                                "What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Answer the first one and wait to see if they ask the "
                                        "others again."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That forces the customer to repeat themselves and feels "
                                        "like being ignored."
                                    ),
                                },
                                {
                                    "text": (
                                        "Answer the easiest one quickly to keep the chat moving."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Speed is not the goal; a complete answer saves a second "
                                        "contact."
                                    ),
                                },
                                {
                                    "text": (
                                        "Acknowledge all three, then answer each one clearly, in "
                                        "order."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. In writing, listening means answering everything the "
                                        "customer asked."
                                    ),
                                },
                            ],
                            "skills": ["active-listening", "clear-communication"],
                        },
                    ),
                ],
            },
            {
                "slug": "asking-clarifying-questions",
                "title": "Asking the right clarifying questions",
                "estimated_minutes": 12,
                "skills": ["active-listening", "problem-solving"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Listening is not only staying quiet. It also means asking "
                            "questions that clarify the customer's problem, and by asking them you "
                            "show that you genuinely understand and care about getting it right. "
                            "Customers rarely volunteer the facts you need: the order number, the "
                            "date of the charge, the model of their router, whether the item has "
                            "been used. You have to ask.</p>"
                            "<h3>Open and closed questions</h3>"
                            "<ul>"
                            '<li><strong>Open questions</strong> explore: "What happens when you '
                            'try to connect it?" "Can you tell me more about the charge you\'re '
                            'seeing?" Use them early, to let the customer describe the '
                            "problem.</li>"
                            '<li><strong>Closed questions</strong> pin down facts: "Was that on '
                            'the 3rd?" "Is the light blinking or steady?" Use them to confirm '
                            "details.</li>"
                            "</ul>"
                            "<p>A useful pattern is the funnel: start open, narrow to specifics, "
                            "then confirm.</p>"
                            "<h3>How to ask</h3>"
                            "<ul>"
                            "<li><strong>One question at a time.</strong> Three questions in one "
                            "breath get one answer, usually to the last one.</li>"
                            "<li><strong>Say why you are asking</strong> when it is not obvious: "
                            '"So I can find the right charge, what amount are you seeing?"</li>'
                            '<li><strong>Prefer "what" and "how" to "why".</strong> "Why '
                            'did you do that?" sounds like an accusation; "What happened after '
                            'you pressed it?" does not.</li>'
                            "<li><strong>Never ask leading or blaming questions</strong> such as "
                            '"Did you even read the instructions?" or "You didn\'t drop it, did '
                            'you?"</li>'
                            "</ul>"
                            "<h3>Example: a confusing charge</h3>"
                            '<p>A customer says there is "a weird charge" from XYZ. Good '
                            "questions, one at a time: What is the amount and the date? What does "
                            "the description on the statement say? Does your bank show it as "
                            "pending or completed? Have you placed an order or had a subscription "
                            "renewal recently? The answers tell you whether you are looking at a "
                            "pre-authorisation hold (which drops off on its own within 3 business "
                            "days), a subscription or XYZ Plus renewal the customer forgot, or a "
                            "genuine duplicate charge (refunded once you have verified it).</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "There's a weird charge from you on my card.",
                            "say": (
                                "Let's get to the bottom of it together. First, what's the amount "
                                "and date you're seeing?"
                            ),
                            "avoid": "We don't make weird charges. What did you buy?",
                            "why": (
                                "The first reply is a calm, open invitation with one clear "
                                "question. The second is defensive and implies the customer is "
                                "wrong before you know anything."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "billing-confused",
                            "text": (
                                "Practise clarifying questions with a confused customer who does "
                                "not understand the charges on their statement. The facts you need "
                                "only come out if you ask."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'A customer says "my speaker doesn\'t work". Which is the best '
                                "clarifying question to start with?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        '"What happens when you try to turn it on or connect it?"'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. An open question lets the customer describe the "
                                        "symptom in their own words."
                                    ),
                                },
                                {
                                    "text": '"Did you read the setup guide?"',
                                    "correct": False,
                                    "feedback": (
                                        "This sounds like blame and tells you nothing about the "
                                        "problem."
                                    ),
                                },
                                {
                                    "text": (
                                        '"Is it plugged in, is your Wi-Fi on, is the app '
                                        'installed and what phone do you have?"'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Four questions in one breath: the customer will answer "
                                        "one of them and feel interrogated."
                                    ),
                                },
                                {
                                    "text": '"You haven\'t dropped it, have you?"',
                                    "correct": False,
                                    "feedback": (
                                        "A leading, suspicious question puts the customer on the "
                                        "defensive."
                                    ),
                                },
                            ],
                            "skills": ["active-listening", "problem-solving"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which of these is a closed question, best used to confirm a "
                                "detail?"
                            ),
                            "choices": [
                                {
                                    "text": '"Can you tell me what you see on your statement?"',
                                    "correct": False,
                                    "feedback": (
                                        "That is an open question, good for exploring, not "
                                        "confirming."
                                    ),
                                },
                                {
                                    "text": '"Was the second charge also for $42.50?"',
                                    "correct": True,
                                    "feedback": (
                                        "Right. It has a yes or no answer and pins down one fact."
                                    ),
                                },
                                {
                                    "text": '"How did the problem start?"',
                                    "correct": False,
                                    "feedback": (
                                        "That is an open question: it invites a description."
                                    ),
                                },
                            ],
                            "skills": ["active-listening"],
                        },
                    ),
                ],
            },
            {
                "slug": "playing-it-back",
                "title": "Playing it back: summarise before you act",
                "estimated_minutes": 11,
                "skills": ["active-listening", "problem-solving", "empathy"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Once the customer has explained and you have asked your questions, "
                            "play back what you heard: a short summary in your own words, followed "
                            'by a check. "So, if I\'ve got this right..." It is one of the most '
                            "useful habits an agent can build.</p>"
                            "<h3>Why it works</h3>"
                            "<ul>"
                            "<li><strong>It shows you understood.</strong> Customers calm down "
                            "noticeably when they hear their problem described accurately.</li>"
                            "<li><strong>It catches mistakes before you act.</strong> Better to "
                            "discover now that they meant the other order than after you have "
                            "changed it.</li>"
                            "<li><strong>It gives the customer a chance to add</strong> the detail "
                            "they forgot.</li>"
                            "<li><strong>It helps you choose the right solution,</strong> because "
                            "you have named the goal, not only the problem.</li>"
                            "</ul>"
                            "<h3>How to play back well</h3>"
                            "<p>Keep it short. Include the key facts (what, which order, when), "
                            "the impact or feeling, and what the customer wants. Use your own "
                            "words rather than parroting theirs, and end with a real question: "
                            '"Have I got that right?" or "Is there anything I\'ve missed?"</p>'
                            "<h3>When to play back</h3>"
                            "<ul>"
                            "<li>After the customer has explained, before you start solving.</li>"
                            "<li>Before any action that is hard to undo: a cancellation, an "
                            "address change, a refund.</li>"
                            "<li>At the end of the contact, as a recap of what was done and what "
                            "happens next.</li>"
                            "</ul>"
                            "<h3>Playing back on a cancellation call</h3>"
                            "<p>When a subscriber calls to cancel the Home Essentials box, the "
                            'reason they give matters. Playing it back ("so the boxes are '
                            'arriving faster than you can use them because you travel so much") '
                            "shows you listened, and tells you which retention offer, if any, "
                            "genuinely fits. If the customer has clearly said they just want to "
                            "cancel, play back that too, and process it.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I want to cancel. The boxes just keep piling up, I'm away half "
                                "the month for work."
                            ),
                            "say": (
                                "So the boxes are arriving faster than you can use them because "
                                "you're travelling so much. Have I got that right, Mr Farouk?"
                            ),
                            "avoid": "Everyone loves the box! Are you sure you want to cancel?",
                            "why": (
                                "Playing back the reason shows you listened and opens a genuine "
                                "conversation (a pause might suit someone who travels). Arguing "
                                "with the customer's decision sounds like obstruction."
                            ),
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "A good play-back",
                            "items": [
                                "Uses your own words, not a word-for-word repeat.",
                                "Includes the key facts: what, which order or charge, when.",
                                "Names the impact or feeling.",
                                "States what the customer wants to happen.",
                                'Ends with a check: "Have I got that right?"',
                            ],
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "cancel-subscription-save",
                            "text": (
                                "Practise listening for the reason and playing it back on a "
                                "retention call with a subscriber who wants to cancel."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "What is the main purpose of playing back what the customer said?"
                            ),
                            "choices": [
                                {
                                    "text": "To fill silence while you search the system.",
                                    "correct": False,
                                    "feedback": "A play-back is a deliberate check, not a filler.",
                                },
                                {
                                    "text": "To make the customer repeat their story.",
                                    "correct": False,
                                    "feedback": (
                                        "The opposite: you summarise so they do not have to repeat "
                                        "anything."
                                    ),
                                },
                                {
                                    "text": (
                                        "To confirm you understood correctly before acting, and to "
                                        "show the customer they were heard."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. It prevents mistakes and builds trust in one step."
                                    ),
                                },
                            ],
                            "skills": ["active-listening"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer explains that she wants the delivery address changed "
                                'on "my order from last week". She has two orders from last '
                                "week. What do you do before changing anything?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Change the most recent order; it is probably the one she "
                                        "means."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Guessing risks sending the wrong order to the wrong place."
                                    ),
                                },
                                {
                                    "text": (
                                        "Play back the details (which order, which items, the new "
                                        "address) and ask her to confirm."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. A quick play-back before an action prevents changing "
                                        "the wrong order."
                                    ),
                                },
                                {
                                    "text": "Change both orders to be safe.",
                                    "correct": False,
                                    "feedback": (
                                        "That could send an order she did not want moved to the "
                                        "new address."
                                    ),
                                },
                            ],
                            "skills": ["active-listening", "problem-solving"],
                        },
                    ),
                ],
            },
        ],
    },
    # 5. Clear communication and positive language
    {
        "slug": "clear-communication-positive-language",
        "title": "Clear communication and positive language",
        "category": "soft_skill",
        "summary": (
            "Explaining products, policies and solutions in plain words, one step at a time, and "
            "framing every answer around what you can do rather than what you can't."
        ),
        "estimated_minutes": 36,
        "skills": ["clear-communication", "positive-attitude", "patience"],
        "prerequisites": ["listening-like-an-expert"],
        "lessons": [
            {
                "slug": "plain-words-no-jargon",
                "title": "Plain words, no jargon",
                "estimated_minutes": 11,
                "skills": ["clear-communication", "product-knowledge"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Customer service agents need excellent communication skills: they "
                            "answer questions clearly and explain company policies, product "
                            "information and solutions simply and precisely, so nothing is "
                            "misunderstood. The first obstacle is jargon. After a few weeks at XYZ "
                            "you will speak the language of the contact centre without noticing, "
                            "and the customer will not understand a word of it.</p>"
                            "<h3>Jargon to translate</h3>"
                            "<ul>"
                            '<li>"SKU" or "item code": the product, by its name ("the grey '
                            'bamboo towel set").</li>'
                            '<li>"Label created": the shipping label is printed and the parcel '
                            "is waiting for the carrier to collect and scan it.</li>"
                            '<li>"In transit" or "at the hub": the parcel is with the carrier, '
                            "travelling between their depots.</li>"
                            '<li>"RMA" or "return authorisation": the return we have set up '
                            "for you, with its label.</li>"
                            '<li>"Pre-auth" or "authorisation hold": a temporary hold your '
                            "bank shows while a payment is confirmed. It is not a charge, and it "
                            "drops off on its own within 3 business days.</li>"
                            '<li>"Escalate to tier 2": "I\'m passing this to our specialist '
                            'team, and here is what happens next."</li>'
                            '<li>"It\'s in the system": say what actually happened: "I\'ve noted '
                            'it on your account".</li>'
                            "</ul>"
                            "<h3>Say it simply and precisely</h3>"
                            "<ul>"
                            "<li><strong>Short sentences.</strong> One idea each.</li>"
                            '<li><strong>The most important thing first.</strong> "Your refund '
                            'has been sent" before the detail of when.</li>'
                            '<li><strong>Real numbers, not vague words.</strong> "Back on your '
                            'card within 5 to 7 business days after we receive the return", not '
                            '"soon" or "in a few days".</li>'
                            '<li><strong>Check understanding without quizzing.</strong> "Does '
                            'that make sense?" can sound patronising. Try "Would it help if I '
                            'went over any of that again?" or "What questions do you have?"</li>'
                            "</ul>"
                            "<h3>In writing</h3>"
                            "<p>Emails and chats are read on phones, in a hurry. Use short "
                            "paragraphs, put steps in a numbered list, give dates and amounts "
                            "exactly, and read your message back once as if you were the customer "
                            "before you send it.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                'What does "label created" even mean? It\'s said that for four '
                                "days!"
                            ),
                            "say": (
                                "It means the shipping label has been printed and the parcel is "
                                "waiting for the carrier to collect it. Four days is longer than "
                                "it should be, Ms Ford, so let me check with the carrier what's "
                                "holding it up."
                            ),
                            "avoid": (
                                "It's been manifested but it hasn't had a first scan at the hub "
                                "yet."
                            ),
                            "why": (
                                "The customer asked a plain question and deserves a plain answer. "
                                "Jargon makes them feel shut out and does not tell them what "
                                "happens next."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'A customer sees a "pending" payment from XYZ for an order they '
                                "cancelled before it was processed. Which explanation is clear and "
                                "correct?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "\"It's just a pre-auth, it'll reverse when the auth "
                                        'expires."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Technically close, but full of jargon and with no time "
                                        "frame the customer can hold on to."
                                    ),
                                },
                                {
                                    "text": '"We\'ll refund it within 5 to 7 business days."',
                                    "correct": False,
                                    "feedback": (
                                        "No. A hold is not a charge and is not refunded; it drops "
                                        "off within 3 business days. 5 to 7 business days is the "
                                        "time for a refund after a return is received."
                                    ),
                                },
                                {
                                    "text": "\"That's between you and your bank, I'm afraid.\"",
                                    "correct": False,
                                    "feedback": (
                                        "Unhelpful and dismissive. You can explain exactly what it "
                                        "is and when it disappears."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"That's a temporary hold your bank placed while the "
                                        "payment was being checked. It isn't a charge, and it will "
                                        'drop off on its own within 3 business days."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: plain words, and the correct time frame for a "
                                        "pre-authorisation hold."
                                    ),
                                },
                            ],
                            "skills": ["clear-communication", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which sentence is clearest for a customer?",
                            "choices": [
                                {
                                    "text": (
                                        '"Your return label is in your inbox now. Once the parcel '
                                        "reaches us, your refund goes back to your card within 5 "
                                        'to 7 business days."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: the most important fact first, then a precise time "
                                        "frame in plain words."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"I've raised the RMA, so once it's receipted at the DC "
                                        'the refund will process."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Three pieces of jargon and no time frame: the customer "
                                        "learns nothing useful."
                                    ),
                                },
                                {
                                    "text": "\"It's all sorted, you'll get your money back soon.\"",
                                    "correct": False,
                                    "feedback": (
                                        'Friendly, but vague: "soon" invites a follow-up call '
                                        "when it does not happen tomorrow."
                                    ),
                                },
                            ],
                            "skills": ["clear-communication"],
                        },
                    ),
                ],
            },
            {
                "slug": "one-step-at-a-time",
                "title": "One step at a time, and clear next steps",
                "estimated_minutes": 13,
                "skills": ["clear-communication", "patience", "problem-solving"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Some contacts need you to walk a customer through a process: "
                            "setting up a return, connecting a smart speaker to Wi-Fi, finding a "
                            "setting in the XYZ app. A technical-support call in particular may "
                            "mean explaining a series of complex steps to a customer who is "
                            "already frustrated, while staying calm and polite. The way to do it "
                            "is one step at a time.</p>"
                            "<h3>Guiding a process</h3>"
                            "<ol>"
                            "<li><strong>Signpost.</strong> \"There are four steps; it'll take "
                            'about five minutes." Knowing the size of the task calms people.</li>'
                            "<li><strong>Give one step.</strong> Describe it by what the customer "
                            "can see: \"At the bottom of the screen there's an icon shaped like a "
                            'little house."</li>'
                            '<li><strong>Wait and check.</strong> "Tell me when you see it." Do '
                            "not give step two until step one has worked.</li>"
                            "<li><strong>Mark progress.</strong> \"Great, that's two of four "
                            'done."</li>'
                            "<li><strong>If a step fails,</strong> stay on it: ask what they see, "
                            "and try a different description. Do not skip ahead.</li>"
                            "</ol>"
                            "<h3>Setting expectations: the next steps</h3>"
                            "<p>Many follow-up calls happen because the customer did not know what "
                            "would happen after the first one. Before you close any contact where "
                            "something is still to happen, tell the customer:</p>"
                            "<ul>"
                            "<li><strong>what</strong> will happen next;</li>"
                            "<li><strong>who</strong> will do it (you, the warehouse, the carrier, "
                            "the bank);</li>"
                            "<li><strong>by when,</strong> as a real time frame from XYZ's "
                            "policies or a confirmed date, never a guess;</li>"
                            "<li><strong>what the customer needs to do,</strong> if anything;</li>"
                            "<li><strong>how they will hear</strong> (an email, a text) and what "
                            "to do if they do not.</li>"
                            "</ul>"
                            "<h3>In writing</h3>"
                            "<p>For email and chat, put the steps in a numbered list, one action "
                            "per line, and the next steps in a short final paragraph. Offer to "
                            "send written steps to phone customers too: many will follow them "
                            "later with the device in front of them.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "OK, I'm in the app... now what? There are about ten buttons here."
                            ),
                            "say": (
                                "Great, you're in the right place. At the bottom of the screen, "
                                "tap the icon that looks like a little house, called Devices. Tell "
                                "me when you're there."
                            ),
                            "avoid": (
                                "Go to Devices, tap Add, choose HomeHub, pick your network, type "
                                "the password and wait for the light to go green."
                            ),
                            "why": (
                                "Six steps in one breath overwhelm a customer who is already lost. "
                                "One step, described by what they see, with a check, keeps them "
                                "with you."
                            ),
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you close: the next steps are clear",
                            "items": [
                                "What happens next.",
                                "Who does it.",
                                "By when, using a policy time frame or a confirmed date only.",
                                "What the customer needs to do, if anything.",
                                "How the customer will be told, and what to do if they are not.",
                            ],
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "tech-support-frustrated",
                            "text": (
                                "Practise guiding a frustrated customer through a technical fix "
                                "one step at a time, and closing with clear next steps."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "You need to guide a phone customer through a four-step fix. What "
                                "is the best approach?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Read all four steps quickly so the customer has the full "
                                        "picture."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "On the phone the customer cannot scroll back. They will "
                                        "remember the last step and miss the first."
                                    ),
                                },
                                {
                                    "text": "Email the steps and end the call.",
                                    "correct": False,
                                    "feedback": (
                                        "Written steps help as a follow-up, but a frustrated "
                                        "customer usually needs you on the line while they try."
                                    ),
                                },
                                {
                                    "text": (
                                        "Say there are four steps, give the first one, wait until "
                                        "it has worked, then move on."
                                    ),
                                    "correct": True,
                                    "feedback": "Right. Signpost, one step, check, progress.",
                                },
                            ],
                            "skills": ["clear-communication", "patience"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "You have set up a return for a customer. Which closing gives "
                                "complete next steps?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "\"You'll get an email with the return label in the next "
                                        "few minutes. Pack the item unused in its original "
                                        "packaging and drop it at the carrier. Once we receive it, "
                                        "the refund goes back to your original payment method "
                                        'within 5 to 7 business days."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: what, who, what the customer does, and the correct "
                                        "refund time frame."
                                    ),
                                },
                                {
                                    "text": '"That\'s all set up for you, have a great day!"',
                                    "correct": False,
                                    "feedback": (
                                        "Friendly, but the customer does not know what to do or "
                                        "when to expect the money."
                                    ),
                                },
                                {
                                    "text": '"Send it back and you\'ll get your refund tomorrow."',
                                    "correct": False,
                                    "feedback": (
                                        "Wrong time frame. Refunds reach the original payment "
                                        "method within 5 to 7 business days after the return is "
                                        "received."
                                    ),
                                },
                            ],
                            "skills": ["clear-communication", "policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "what-i-can-do",
                "title": "Positive language: say what you can do",
                "estimated_minutes": 12,
                "skills": ["clear-communication", "positive-attitude", "policy-compliance"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>The same facts can be said in a way that closes the conversation "
                            "or in a way that moves it forward. Positive language means leading "
                            "with what you can do, not with what you can't. It is not about hiding "
                            "a no: the customer must clearly understand what is not possible. It "
                            "is about not stopping there.</p>"
                            "<h3>Swaps to practise</h3>"
                            "<ul>"
                            '<li>"I can\'t do that" becomes "What I can do is..."</li>'
                            '<li>"You have to fill in the form" becomes "The quickest way is '
                            "the online form; I'll send you the link.\"</li>"
                            '<li>"That\'s not my department" becomes "Let me find out for you" '
                            "or \"I'll connect you with the team that handles this, and I'll "
                            "explain the situation to them so you don't have to.\"</li>"
                            '<li>"I don\'t know" becomes "Good question, let me check so I give '
                            'you the right answer."</li>'
                            '<li>"You should have..." becomes "Next time, the easiest way '
                            'is..." (or nothing at all).</li>'
                            '<li>"It\'s our policy" becomes a reason: "We can only accept unused '
                            'items back, because we resell them as new."</li>'
                            '<li>"Calm down" becomes "I can hear how frustrating this is."</li>'
                            "</ul>"
                            "<h3>Watch the small words</h3>"
                            '<p>"But" cancels what came before it: "I\'m sorry, but..." sounds '
                            'like no apology at all. "Unfortunately" repeated in every sentence '
                            'makes the whole call sound like bad news. "Problem" and "issue" '
                            'can often be replaced by what it actually is: "the late parcel".</p>'
                            "<h3>Your tone carries it</h3>"
                            "<p>On the phone, people can hear a smile. Positive words said in a "
                            "flat, tired voice still sound negative. Sit up, slow down, and let "
                            "your voice sound like you want to help, because you do.</p>"
                            "<h3>Positive, not misleading</h3>"
                            "<p>Positive language must never turn into a promise you cannot keep. "
                            "\"I'm sure it'll arrive tomorrow\" sounds positive but breaks XYZ's "
                            'rule on unconfirmed delivery dates. "I\'ll get you a refund somehow" '
                            "sounds helpful but may break the returns policy. Be positive about "
                            "what is real.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "So you won't give me my money back? It's only ten days past your "
                                "deadline!"
                            ),
                            "say": (
                                "I understand that's disappointing, Mr Kowalski. I'm not able to "
                                "refund it because it's outside our 30-day window. What I can do "
                                "is help you with the manufacturer's warranty if it's faulty, and "
                                "I can ask my team lead whether a store credit is possible."
                            ),
                            "avoid": "No. The policy is 30 days. There's nothing I can do.",
                            "why": (
                                "Both are honest about the no. The first acknowledges the feeling, "
                                "gives the reason, and moves straight to the options XYZ allows, "
                                "without promising the credit before a team lead approves it."
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "Will this charger work with my older HomeHub?",
                            "say": (
                                "Good question. Let me check the compatibility list so I give you "
                                "the right answer; it'll take me a moment."
                            ),
                            "avoid": "I don't know, probably?",
                            "why": (
                                "Guessing about products leads to returns and angry follow-ups. "
                                "Saying you will check sounds confident and is honest."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "refund-outside-window",
                            "text": (
                                "Practise saying no clearly and then leading with what you can do, "
                                "with a customer who wants a refund after the 30-day window."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which is the positive-language version of \"I can't change your "
                                "order, it's already shipped\"?"
                            ),
                            "choices": [
                                {
                                    "text": '"No problem, I\'ll change the address for you now."',
                                    "correct": False,
                                    "feedback": (
                                        "Positive, but false: once an order has shipped, it cannot "
                                        "be changed."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"Unfortunately that's not possible, it's our policy.\""
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Honest, but it stops there, with no reason and no option."
                                    ),
                                },
                                {
                                    "text": '"You should have called before it shipped."',
                                    "correct": False,
                                    "feedback": (
                                        "Blaming the customer helps no one and makes them angrier."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"Your order has already left our warehouse, so it can't "
                                        "be changed now. What I can do is ask the carrier to "
                                        'redirect it, or help you return it once it arrives."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Clear about the no, and straight into the options "
                                        "policy allows (a redirect request is not guaranteed)."
                                    ),
                                },
                            ],
                            "skills": ["clear-communication", "positive-attitude"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Does positive language mean you should avoid saying no to a "
                                "customer?"
                            ),
                            "choices": [
                                {
                                    "text": "Yes. Always find a way to say yes.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Some requests are outside policy, and saying yes to "
                                        "them creates promises XYZ cannot keep."
                                    ),
                                },
                                {
                                    "text": (
                                        "No. Be clear about what is not possible, then lead with "
                                        "what you can do within policy."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Hiding a no causes confusion and repeat "
                                        "contacts; positive language is about what comes next."
                                    ),
                                },
                                {
                                    "text": (
                                        "Yes, as long as the customer sounds happy at the end of "
                                        "the call."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "A happy customer who was misled will be an angry customer "
                                        "later."
                                    ),
                                },
                            ],
                            "skills": ["clear-communication", "policy-compliance"],
                        },
                    ),
                ],
            },
        ],
    },
    # 6. Positive attitude and creative problem solving
    {
        "slug": "positive-attitude-problem-solving",
        "title": "Positive attitude and creative problem solving",
        "category": "soft_skill",
        "summary": (
            "Staying positive and professional on hard days, finding creative solutions inside "
            "XYZ's rules, and owning every problem through to the end."
        ),
        "estimated_minutes": 36,
        "skills": ["positive-attitude", "problem-solving", "policy-compliance"],
        "prerequisites": ["patience-under-pressure"],
        "lessons": [
            {
                "slug": "staying-positive-on-hard-days",
                "title": "Staying positive on hard days",
                "estimated_minutes": 10,
                "skills": ["positive-attitude", "patience"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Customer service can be stressful work, especially when the queue "
                            "is long or when contact after contact is an upset customer. Agents "
                            "often work with disappointed or even angry people, and they need to "
                            "stay positive and professional at all times. A good agent keeps a "
                            "positive attitude even on a bad day.</p>"
                            "<h3>Why it matters</h3>"
                            "<p>Customers pick up a negative attitude very quickly: in a sigh, a "
                            "flat voice, a short reply in chat. It spoils their experience even "
                            "when the answer is right. A positive attitude does the opposite. It "
                            "makes a no easier to hear, and it makes customers more willing to try "
                            "the steps you suggest.</p>"
                            '<p>Positive does not mean fake cheerfulness. A bright "Great!" to a '
                            "customer whose parcel is lost sounds like you are not listening. It "
                            "means being warm, constructive and focused on what can be done.</p>"
                            "<h3>Habits that help</h3>"
                            "<ul>"
                            "<li><strong>Reset between contacts.</strong> Use your after-call "
                            "work: breathe out slowly, roll your shoulders, take a sip of water, "
                            "write your notes. Then greet the next customer as if they were the "
                            "first of the day.</li>"
                            "<li><strong>Don't take it personally.</strong> The customer is angry "
                            "at the situation. You are the person who can change it.</li>"
                            "<li><strong>Talk to someone.</strong> After a really hard contact, "
                            "tell a colleague or your team lead. Teams that share the hard moments "
                            "and the solutions cope better and learn faster.</li>"
                            "<li><strong>Notice the wins.</strong> The customer who said thank "
                            "you, the tricky setup you solved. Remember them on the hard days.</li>"
                            "<li><strong>Look after the basics.</strong> Take your breaks, eat, "
                            "drink water. Fatigue shows in your voice before you feel it.</li>"
                            "</ul>"
                            "<h3>A willingness to learn</h3>"
                            "<p>XYZ adds product lines and updates its policies and procedures. "
                            "Agents who stay positive about change, learn the new things and take "
                            "the training offered give better service, because the more you know "
                            "about the company, the more you can do for the customer. Treat a new "
                            "policy as something that gives you clearer answers, not as one more "
                            "thing to remember.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "Hi... I hope you're having a better day than I am.",
                            "say": (
                                "That's kind of you, thank you! I'm sorry your day's been tough. "
                                "Let's see if I can make it a bit better. What can I help you with?"
                            ),
                            "avoid": "Ha, don't ask. What do you need?",
                            "why": (
                                "Your own bad moment is not the customer's to carry. A warm, "
                                "positive reply gives them confidence that you are there for them."
                            ),
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Reset routine after a hard contact",
                            "items": [
                                "Breathe out slowly, twice.",
                                "Sit back, roll your shoulders, unclench your jaw.",
                                "Write your notes while the facts are fresh.",
                                "If it was abusive or upsetting, tell your team lead.",
                                "Greet the next customer with a fresh start.",
                            ],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "You have just finished a call in which the customer shouted at "
                                "you for ten minutes. What is the best thing to do next?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Take the next call straight away and tell that customer "
                                        "what just happened."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The next customer should not carry the last call. Reset "
                                        "first."
                                    ),
                                },
                                {
                                    "text": (
                                        "Use your after-call time to reset and write your notes, "
                                        "tell your team lead if it was abusive, then greet the "
                                        "next customer fresh."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. A short reset protects both you and the next "
                                        "customer."
                                    ),
                                },
                                {
                                    "text": "Stay unavailable for the rest of the shift.",
                                    "correct": False,
                                    "feedback": (
                                        "Take the reset you need and talk to your team lead, but "
                                        "the queue still needs you."
                                    ),
                                },
                            ],
                            "skills": ["positive-attitude"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which reply best shows a positive attitude to a customer whose "
                                "parcel has been lost?"
                            ),
                            "choices": [
                                {
                                    "text": '"Great! Let\'s have a look!"',
                                    "correct": False,
                                    "feedback": (
                                        "Cheerful, but out of tune with a customer who has lost a "
                                        "parcel. Positive is not the same as upbeat."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"Lost parcels happen all the time, there's not much we "
                                        'can do."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Negative and defeatist: the customer hears that nobody "
                                        "will help."
                                    ),
                                },
                                {
                                    "text": (
                                        "\"I'm sorry it hasn't reached you. Let's find out what "
                                        "happened, and I'll make sure you're not left without your "
                                        'order."'
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: warm, constructive and focused on what can be done."
                                    ),
                                },
                            ],
                            "skills": ["positive-attitude", "empathy"],
                        },
                    ),
                ],
            },
            {
                "slug": "creative-problem-solving-within-the-rules",
                "title": "Creative problem solving within the rules",
                "estimated_minutes": 14,
                "skills": ["problem-solving", "policy-compliance", "product-knowledge"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Customers contact us because they have a question or a problem, "
                            "and your job is to find a solution. In most cases XYZ's policies and "
                            "procedures tell you exactly what to do. Sometimes they don't fit "
                            "neatly, and you need to be creative and find another way. At XYZ, "
                            "creative has a precise meaning: finding the best solution "
                            "<em>within</em> the rules, never around them.</p>"
                            "<h3>Find the need behind the request</h3>"
                            '<p>Customers ask for a specific thing ("I want a refund", "change '
                            'the address"), but behind it there is a need ("I need a kettle that '
                            'works", "I need this present at my sister\'s by Saturday"). When '
                            "the request itself is not possible, the need often still can be "
                            "met.</p>"
                            "<h3>A four-step method</h3>"
                            "<ol>"
                            '<li><strong>Identify the real need.</strong> Ask and play back: "So '
                            'what matters most is having it before the party?"</li>'
                            "<li><strong>List every option policy allows.</strong> Your toolkit "
                            "includes: the tracking status, a reship at no cost when an order is 7 "
                            "or more calendar days late, a goodwill credit of up to $15 for a "
                            "delay, a carrier redirect request, a return within 30 days of "
                            "delivery, the manufacturer's warranty, a one-time store credit of up "
                            "to 50% with team lead approval, pausing a subscription, product "
                            "recommendations.</li>"
                            "<li><strong>Offer the best one or two,</strong> explain them simply, "
                            "and let the customer choose.</li>"
                            "<li><strong>Act, confirm and note it.</strong> Do what you said, tell "
                            "them what happens next, and record it on the account.</li>"
                            "</ol>"
                            "<h3>Examples</h3>"
                            "<ul>"
                            "<li>A kettle fails five weeks after delivery. A refund is not "
                            "possible (outside 30 days), but the need is a working kettle: the "
                            "manufacturer's warranty covers a repair or replacement, and you can "
                            "walk the customer through the claim.</li>"
                            "<li>A gift has shipped to the customer's old address and must arrive "
                            "by Saturday. The order cannot be changed, but you can request a "
                            "carrier redirect (not guaranteed) and, if the customer wants "
                            "certainty, help them place a new order to the right address while the "
                            "first is returned when it arrives.</li>"
                            "<li>A customer cannot get a smart plug to work with their router. "
                            "Before anything else, check compatibility: the product page may show "
                            "it only works on 2.4 GHz Wi-Fi, and a simple router setting solves "
                            "it.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Creative never means inventing",
                            "text": (
                                "<p>Never invent a discount, promise an exception to a policy, or "
                                "promise a delivery date the carrier has not confirmed. If the "
                                "best solution needs approval (a goodwill credit above $15, a "
                                "store credit outside the return window), say you will ask your "
                                "team lead, and do not promise the outcome.</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "The kettle stopped working five weeks after it arrived. I want my "
                                "money back."
                            ),
                            "say": (
                                "I'm sorry it's let you down so soon, Ms Byrne. It's outside our "
                                "30-day return window, so I can't refund it, but it's covered by "
                                "the manufacturer's warranty for a repair or replacement, and I "
                                "can take you through the claim right now."
                            ),
                            "avoid": (
                                "Don't worry, I'll make an exception and refund you this once."
                            ),
                            "why": (
                                "Exceptions are never promised by agents. The creative answer "
                                "meets the real need (a working kettle) with an option the rules "
                                "allow."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "refund-outside-window",
                            "text": (
                                "Practise finding a solution within the rules for a customer who "
                                "wants a refund outside the 30-day window."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A gift order has shipped to the customer's old address and they "
                                "need it by Saturday. What is the best creative solution within "
                                "policy?"
                            ),
                            "choices": [
                                {
                                    "text": "Change the address on the order in the system.",
                                    "correct": False,
                                    "feedback": (
                                        "Not possible: once an order has shipped, it cannot be "
                                        "changed."
                                    ),
                                },
                                {
                                    "text": (
                                        "Promise the carrier will deliver to the new address by "
                                        "Saturday."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Never promise a delivery date or outcome the carrier has "
                                        "not confirmed; redirects are not guaranteed."
                                    ),
                                },
                                {
                                    "text": (
                                        "Offer a 20% discount on their next order to make up for "
                                        "it."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Agents never invent discounts. Stick to the options XYZ's "
                                        "policies allow."
                                    ),
                                },
                                {
                                    "text": (
                                        "Explain the order can no longer be changed, offer a "
                                        "carrier redirect request (not guaranteed), or help with a "
                                        "return when it arrives and, if they wish, a new order to "
                                        "the right address."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. You meet the need with every option the rules "
                                        "allow, and you are honest that the redirect is not "
                                        "guaranteed."
                                    ),
                                },
                            ],
                            "skills": ["problem-solving", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which of these is creative problem solving as XYZ means it?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Finding out the customer needs a working device, not "
                                        "specifically a refund, and offering the manufacturer's "
                                        "warranty."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. You looked for the need behind the request and met "
                                        "it within the rules."
                                    ),
                                },
                                {
                                    "text": (
                                        "Offering a free XYZ Plus year because the customer sounds "
                                        "upset."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That is an invented offer. Agents only offer what policy "
                                        "allows."
                                    ),
                                },
                                {
                                    "text": (
                                        "Telling the customer the return window is 60 days this "
                                        "time."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That is bending the rules. The return window is 30 days, "
                                        "and agents never promise exceptions."
                                    ),
                                },
                            ],
                            "skills": ["problem-solving", "policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "owning-it-to-the-end",
                "title": "Owning the problem through to the end",
                "estimated_minutes": 12,
                "skills": ["problem-solving", "positive-attitude", "policy-compliance"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>Customers hate being passed around. The single phrase that most "
                            "often turns a call around is some version of \"I'll take care of this "
                            'for you", followed by an agent who actually does. That is ownership: '
                            "from the moment you pick up the contact until it is resolved or "
                            "safely handed on, the problem is yours.</p>"
                            "<h3>What ownership looks like</h3>"
                            "<ul>"
                            "<li><strong>Say what you will do, then do it.</strong> If you promise "
                            "an email by 5 pm, it is sent by 5 pm.</li>"
                            "<li><strong>Write notes the next person can use.</strong> What the "
                            "customer asked, what you checked, what you did, what was promised and "
                            "by when. Good notes mean the customer never has to tell the story "
                            "twice.</li>"
                            "<li><strong>Know your limits and use your team lead.</strong> Some "
                            "things need approval: a goodwill credit above $15 for a delay, a "
                            "one-time store credit for an item outside the return window. Ask with "
                            "a short summary and a clear proposal, and tell the customer honestly "
                            "that you are asking.</li>"
                            "<li><strong>Transfer warmly, if you must transfer.</strong> Tell the "
                            "customer why and to whom, brief the colleague so the customer does "
                            "not have to repeat anything, and stay on the line until the handover "
                            'is done. Never send a customer away with "call back and ask for '
                            'someone else".</li>'
                            "<li><strong>Follow up</strong> when you said you would, even if it is "
                            "only to say there is no news yet.</li>"
                            "</ul>"
                            "<h3>Closing the contact</h3>"
                            "<p>A good close has four parts: a recap of what was done and what "
                            'happens next; a check ("Is there anything else I can help with '
                            "today?\"); thanks, using the customer's name; and a warm goodbye. "
                            "Rushing the close undoes a lot of good work.</p>"
                            "<h3>Teamwork</h3>"
                            "<p>Ownership does not mean working alone. Share the solution you "
                            "found for a tricky problem with your team, and flag patterns (several "
                            "customers with the same faulty product, the same confusing charge) to "
                            "your team lead. That is how XYZ fixes problems at the source.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "So am I going to have to call again and explain all of this to "
                                "someone else?"
                            ),
                            "say": (
                                "No, Ms Green. I've written everything on your account, and I'll "
                                "email you the carrier's answer on the redirect by 5 pm today. If "
                                "you reply to that email, it comes back to our team with all the "
                                "notes."
                            ),
                            "avoid": "Probably, yeah. Just call back if it doesn't turn up.",
                            "why": (
                                "A specific commitment with a time, and notes that mean no "
                                'repetition, gives the customer confidence. A vague "call back" '
                                "tells them the problem is still theirs."
                            ),
                        },
                    ),
                    (
                        "checklist",
                        {
                            "title": "Before you close a contact",
                            "items": [
                                "The problem is resolved, or next steps are agreed.",
                                "The customer knows what happens next and by when.",
                                (
                                    "Everything you promised is within policy (or approved by your "
                                    "team lead)."
                                ),
                                "Account notes are written.",
                                "You asked if there is anything else.",
                                "You thanked the customer by name.",
                            ],
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "shipped-order-change-anxious",
                            "text": (
                                "Practise taking ownership of a stressful problem: an anxious "
                                "customer whose order has shipped to the wrong address."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "An order is 9 days late and the customer asks for a $25 credit "
                                "for the trouble. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Apply a $25 credit straight away to keep the customer "
                                        "happy."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Goodwill credit above $15 per order needs a team lead's "
                                        "approval."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tell them credits are not possible and transfer them to "
                                        "your team lead."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Credits up to $15 are within your authority, and a cold "
                                        "transfer is not ownership."
                                    ),
                                },
                                {
                                    "text": (
                                        "Promise the $25 and ask your team lead after the call."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Never promise something that needs approval before you "
                                        "have it."
                                    ),
                                },
                                {
                                    "text": (
                                        "Explain what you can do yourself (a goodwill credit up to "
                                        "$15, and a reship at no cost or a refund since it is 7 or "
                                        "more days late) and, if they want more, ask your team "
                                        "lead without promising the outcome."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. You own the problem, use your authority fully, and "
                                        "escalate honestly for anything above it."
                                    ),
                                },
                            ],
                            "skills": ["problem-solving", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "You need to transfer a customer to the specialist team. What is a "
                                "warm transfer?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        'You transfer the call with a friendly "have a nice day".'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "A friendly cold transfer is still a cold transfer: the "
                                        "customer starts again from scratch."
                                    ),
                                },
                                {
                                    "text": (
                                        "You tell the customer why and to whom, brief the "
                                        "colleague on the problem, and stay on until the handover "
                                        "is done."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. The customer does not have to repeat anything, and "
                                        "nobody is left wondering what is happening."
                                    ),
                                },
                                {
                                    "text": "You give the customer another number to call.",
                                    "correct": False,
                                    "feedback": (
                                        "That hands the problem back to the customer. Transfer it "
                                        "yourself, with a briefing."
                                    ),
                                },
                            ],
                            "skills": ["problem-solving", "clear-communication"],
                        },
                    ),
                ],
            },
        ],
    },
    # 7. XYZ's products and services
    {
        "slug": "xyz-products",
        "title": "XYZ's products and services",
        "category": "product",
        "summary": (
            "What XYZ sells, how an order travels from placed to delivered, how the Home "
            "Essentials box and XYZ Plus work, and first-line help for XYZ smart home devices."
        ),
        "estimated_minutes": 51,
        "skills": ["product-knowledge", "problem-solving", "clear-communication"],
        "prerequisites": ["what-the-job-is"],
        "lessons": [
            {
                "slug": "what-xyz-sells",
                "title": "What XYZ sells",
                "estimated_minutes": 12,
                "skills": ["product-knowledge", "clear-communication"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>XYZ Company is an online retailer. Customers shop on the XYZ "
                            "website and in the XYZ app, and we ship their orders to their door "
                            "through our carrier partners. You cannot help a customer well without "
                            "knowing what they bought, so this lesson is a tour of the shop.</p>"
                            "<h3>Home goods</h3>"
                            "<ul>"
                            "<li><strong>Bed and bath:</strong> duvets and pillows, sheets "
                            "(including deep-pocket sheets for thick mattresses), bamboo and "
                            "cotton towel sets, bath mats.</li>"
                            "<li><strong>Kitchen and dining:</strong> cookware, knives, food "
                            "storage, tableware.</li>"
                            "<li><strong>Cleaning and laundry:</strong> detergents, laundry pods, "
                            "cloths and sponges, bins and bags.</li>"
                            "<li><strong>Storage and décor:</strong> baskets, shelving, lamps, "
                            "cushions.</li>"
                            "</ul>"
                            "<h3>Electronics</h3>"
                            "<ul>"
                            "<li><strong>Small kitchen appliances:</strong> air fryers, kettles, "
                            "coffee makers, blenders.</li>"
                            "<li><strong>Audio:</strong> headphones and speakers.</li>"
                            "<li><strong>Smart home:</strong> XYZ's own HomeHub smart speaker, XYZ "
                            "smart plugs and bulbs, all set up with the XYZ Home app.</li>"
                            "<li><strong>Chargers and cables</strong> for phones, tablets and "
                            "laptops.</li>"
                            "</ul>"
                            "<p>Electronics come with a manufacturer's warranty. XYZ's own smart "
                            "home devices carry a 12-month warranty; for other brands, the "
                            "warranty terms are on the product page and in the box. The warranty "
                            "is what covers a fault that appears after the 30-day return "
                            "window.</p>"
                            "<h3>Subscriptions</h3>"
                            "<ul>"
                            "<li><strong>XYZ Home Essentials:</strong> a subscription box of "
                            "everyday household essentials, delivered every month or every two "
                            "months.</li>"
                            "<li><strong>XYZ Plus:</strong> a yearly membership with free standard "
                            "shipping on every order and other member benefits.</li>"
                            "</ul>"
                            "<p>Both are covered in detail later in this course.</p>"
                            "<h3>Where to find the answer</h3>"
                            "<p>Customers ask very specific questions: will this sheet fit a 35 cm "
                            "mattress, does this kettle have a keep-warm setting, does the smart "
                            "plug work with my router. Always check before you answer. The product "
                            "page has specifications, dimensions, compatibility and warranty; the "
                            "internal knowledge base has troubleshooting guides and known issues. "
                            "If you do not know, say you will check. A confident wrong answer "
                            "becomes a return and an angry follow-up.</p>"
                            "<h3>Recommending products</h3>"
                            "<p>Part of the role is recommending products and mentioning current "
                            "promotions. Do it when it genuinely helps the customer, based on what "
                            "they told you, and never push. A good recommendation sounds like "
                            "advice from a knowledgeable friend, not a sales pitch. For stock "
                            "questions, the product page shows availability; if an item is out of "
                            "stock, offer the back-in-stock alert rather than guessing a restock "
                            "date.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "Which air fryer should I get? There are so many on your site."
                            ),
                            "say": (
                                "Happy to help you narrow it down. How many people do you usually "
                                "cook for, and how much counter space do you have?"
                            ),
                            "avoid": "Just get the most expensive one, it's the best.",
                            "why": (
                                "Two good questions lead to a recommendation that fits the "
                                "customer's life. A pushy or lazy answer risks a return and the "
                                "customer's trust."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer asks whether the XYZ smart plug works with their "
                                "router. Where do you find a reliable answer?"
                            ),
                            "choices": [
                                {
                                    "text": "Your best guess: most routers work with most plugs.",
                                    "correct": False,
                                    "feedback": (
                                        "Guessing leads to returns and repeat contacts. Check the "
                                        "product information."
                                    ),
                                },
                                {
                                    "text": "Ask the customer to search online reviews.",
                                    "correct": False,
                                    "feedback": (
                                        "That pushes your job onto the customer, and reviews may "
                                        "be wrong."
                                    ),
                                },
                                {
                                    "text": (
                                        "The product page specifications and the internal "
                                        "knowledge base."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Check the documented compatibility (XYZ smart home "
                                        "devices need a 2.4 GHz Wi-Fi network) before answering."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer asks when an out-of-stock blender will be back. No "
                                "restock date is shown. What do you say?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "That there is no confirmed date yet, and offer to set up "
                                        "the back-in-stock alert (or suggest a similar blender "
                                        "that is in stock, if it fits their needs)."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes: honest, helpful, and a genuine alternative rather "
                                        "than a guess."
                                    ),
                                },
                                {
                                    "text": '"It should be back next week."',
                                    "correct": False,
                                    "feedback": (
                                        "Never guess dates. If it is not back next week, you have "
                                        "created a broken promise."
                                    ),
                                },
                                {
                                    "text": '"I don\'t know, check the website."',
                                    "correct": False,
                                    "feedback": (
                                        "True but unhelpful. Offer the alert or an alternative."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge", "clear-communication"],
                        },
                    ),
                ],
            },
            {
                "slug": "the-order-lifecycle",
                "title": "The order lifecycle: placed, packed, shipped, delivered",
                "estimated_minutes": 13,
                "skills": ["product-knowledge", "policy-compliance", "clear-communication"],
                "body": [
                    (
                        "rich_text",
                        (
                            '<p>"Where is my order?" is the contact you will handle most, and '
                            "most questions about changes, charges and returns depend on where an "
                            "order is in its life. Every XYZ order goes through four stages, shown "
                            "on the order screen and in the customer's account.</p>"
                            "<ol>"
                            "<li><strong>Placed.</strong> The customer has completed checkout. "
                            "They receive a confirmation email with the order number and the "
                            "<strong>promised delivery date</strong>. The bank places a temporary "
                            "pre-authorisation hold for the amount; it is not yet a charge.</li>"
                            "<li><strong>Packed.</strong> The warehouse is picking and packing the "
                            "items. The order has not shipped, so address, item and quantity "
                            "changes are still possible and free. Move quickly: packed orders "
                            "usually ship within a day.</li>"
                            "<li><strong>Shipped.</strong> The parcel has been handed to the "
                            "carrier. The customer receives a shipping email with a tracking "
                            "number, and the payment is taken. From this point the order cannot be "
                            "changed.</li>"
                            "<li><strong>Delivered.</strong> The carrier has scanned the parcel as "
                            "delivered. The 30-day return window starts on the delivery date.</li>"
                            "</ol>"
                            "<p>Large orders sometimes ship in more than one parcel. Each parcel "
                            "then has its own tracking number and its own charge when it ships, "
                            "which can surprise customers; check the order screen for split "
                            "shipments.</p>"
                            "<h3>Reading the tracking</h3>"
                            "<ul>"
                            "<li><strong>Label created:</strong> the label is printed; the carrier "
                            "has not collected or scanned the parcel yet.</li>"
                            "<li><strong>In transit:</strong> the parcel is moving through the "
                            "carrier's network. Look at the date and place of the last scan.</li>"
                            "<li><strong>Out for delivery:</strong> on the van today.</li>"
                            "<li><strong>Delivery exception:</strong> something stopped delivery "
                            "(weather, access, address problem). The details tell you what.</li>"
                            "<li><strong>Delivered:</strong> the carrier recorded delivery, "
                            "sometimes with a note of where it was left.</li>"
                            "</ul>"
                            "<h3>Dates: promised versus estimated</h3>"
                            "<p>The promised delivery date is the one XYZ gave at checkout; the "
                            "delay rules count from it. The carrier may later show its own "
                            "estimate. You may share a date the carrier has confirmed, as the "
                            "carrier's estimate. You never promise a date the carrier has not "
                            "confirmed, however much the customer wants one.</p>"
                            "<h3>Home Essentials boxes are orders too</h3>"
                            "<p>Each subscription box appears in the customer's account as its own "
                            "order, with its own order number and tracking. Questions about a late "
                            "box follow the same rules as any other order.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "The order stage decides what you can do",
                            "text": (
                                "<p><strong>Before shipping</strong> (placed or packed): address, "
                                "item and quantity changes are free. <strong>After "
                                "shipping</strong>: the order cannot be changed; offer a carrier "
                                "redirect request or a return on arrival. <strong>After "
                                "delivery</strong>: the 30-day return window has started.</p>"
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                'The tracking has said "in transit" for three days. Will it come '
                                "tomorrow?"
                            ),
                            "say": (
                                "Let me check the latest scan for you. It was scanned yesterday "
                                "evening at the carrier's regional depot, so it's moving. The "
                                "carrier hasn't confirmed a delivery day yet, so I won't guess, "
                                "but your promised date is Thursday, and if it's late I'll go "
                                "through the options with you."
                            ),
                            "avoid": "Yes, it'll definitely be there tomorrow.",
                            "why": (
                                "Real information (the last scan) reassures. A promise the carrier "
                                "has not confirmed becomes a broken promise and a second, angrier "
                                "call."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "late-order-angry",
                            "text": (
                                "Practise reading the tracking and explaining it in plain words to "
                                "an angry customer whose order is late."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'An order\'s status is "packed". The customer wants to change the '
                                "quantity from one to two. What can you do?"
                            ),
                            "choices": [
                                {
                                    "text": "Nothing: once an order is packed it is locked.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The line is shipping, not packing. Until it ships, "
                                        "changes are possible and free."
                                    ),
                                },
                                {
                                    "text": (
                                        "Change it now, free of charge, because the order has not "
                                        "shipped yet."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Before shipping, address, item and quantity "
                                        "changes are free. Act quickly and confirm the change."
                                    ),
                                },
                                {
                                    "text": "Change it and add a $5 change fee.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Changes before shipping are free. The $5 fee is for a "
                                        "carrier redirect request after shipping."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge", "policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "When does the 30-day return window start?",
                            "choices": [
                                {
                                    "text": "On the day the order was placed.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Customers would lose days while the parcel travels. "
                                        "It counts from delivery."
                                    ),
                                },
                                {
                                    "text": "On the day the order shipped.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The window starts when the customer receives the "
                                        "order: the delivery date."
                                    ),
                                },
                                {
                                    "text": "On the day the customer first uses the item.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Returned items must be unused, and the window counts "
                                        "from delivery."
                                    ),
                                },
                                {
                                    "text": "On the delivery date.",
                                    "correct": True,
                                    "feedback": "Correct. The window is 30 days from delivery.",
                                },
                            ],
                            "skills": ["policy-compliance", "product-knowledge"],
                        },
                    ),
                ],
            },
            {
                "slug": "home-essentials-and-xyz-plus",
                "title": "The Home Essentials box and XYZ Plus",
                "estimated_minutes": 13,
                "skills": ["product-knowledge", "policy-compliance"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<h3>XYZ Home Essentials</h3>"
                            "<p>The Home Essentials box is a subscription that delivers everyday "
                            "household basics so customers never run out: dish soap, laundry pods, "
                            "sponges and cloths, bin bags, hand soap refills, kitchen roll. How it "
                            "works:</p>"
                            "<ul>"
                            "<li><strong>Frequency:</strong> every month or every two months; the "
                            "customer chooses and can change it in their account.</li>"
                            "<li><strong>Customising:</strong> customers can swap items, add "
                            "extras or remove things they do not need, up to the edit cutoff shown "
                            "in the account before each billing date.</li>"
                            "<li><strong>Billing:</strong> the box is charged on its billing date "
                            "each cycle, then packed and shipped. The box price includes "
                            "shipping.</li>"
                            "<li><strong>Each box is an order,</strong> with its own order number "
                            "and tracking.</li>"
                            "<li><strong>Skipping:</strong> customers can skip a single box in "
                            "their account before the edit cutoff.</li>"
                            "<li><strong>Pausing:</strong> an agent can pause a subscription for "
                            "up to 3 months. It is also the first of the two retention offers you "
                            "may make when a subscriber asks to cancel.</li>"
                            "<li><strong>Cancelling:</strong> customers can cancel in their "
                            "account or by contacting us. When a customer asks you to cancel, you "
                            "process it; the full rules are in the policies course.</li>"
                            "</ul>"
                            "<h3>XYZ Plus</h3>"
                            "<p>XYZ Plus is a paid membership, billed once a year. Members get:</p>"
                            "<ul>"
                            "<li><strong>free standard shipping on every order,</strong> with no "
                            "minimum spend (faster delivery options are charged at the price shown "
                            "at checkout);</li>"
                            "<li><strong>the $5 fee waived</strong> on carrier redirect "
                            "requests;</li>"
                            "<li><strong>member-only deals</strong> and early access to sales.</li>"
                            "</ul>"
                            "<p>The membership renews automatically each year on the date the "
                            "customer joined, using the payment method on the account, and a "
                            "reminder email is sent before each renewal. Customers can turn off "
                            "automatic renewal or cancel in their account, or ask you to cancel "
                            "it. The two box retention offers do not apply to XYZ Plus.</p>"
                            "<h3>Common questions</h3>"
                            "<ul>"
                            '<li><strong>"What is this yearly charge?"</strong> Very often the '
                            "XYZ Plus renewal, which the customer has forgotten. Verify first, "
                            "then explain it line by line.</li>"
                            '<li><strong>"I\'m a member, why was I charged shipping?"</strong> '
                            "Check whether they chose a faster delivery option, or whether the "
                            "order was placed from a different account or before the membership "
                            "started.</li>"
                            '<li><strong>"My box had things I didn\'t want."</strong> Show them '
                            "how to customise before the next cutoff.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "Why have you taken $49 from my account? I didn't buy anything!"
                            ),
                            "say": (
                                "Thank you for confirming those details, Mr Grant. That charge is "
                                "the yearly renewal of your XYZ Plus membership, which renewed on "
                                "14 March, the date you joined last year. Let me go through what "
                                "it covers, and your options if you don't want to keep it."
                            ),
                            "avoid": (
                                "It's your Plus renewal. It says in the terms that it renews "
                                "automatically."
                            ),
                            "why": (
                                "The first reply explains the charge clearly after verification "
                                "and opens the customer's options. The second is correct but "
                                'sounds like "you should have read the small print".'
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "billing-confused",
                            "text": (
                                "Practise explaining subscription and membership charges to a "
                                "customer who is confused about what they are paying for."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these is an XYZ Plus benefit?",
                            "choices": [
                                {
                                    "text": (
                                        "Free standard shipping on every order, and the $5 carrier "
                                        "redirect fee waived."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Members also get member-only deals and early "
                                        "access to sales."
                                    ),
                                },
                                {
                                    "text": "A 60-day return window.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The return window is 30 days from delivery for every "
                                        "customer."
                                    ),
                                },
                                {
                                    "text": "25% off every Home Essentials box.",
                                    "correct": False,
                                    "feedback": (
                                        "No. 25% off the next 3 boxes is a retention offer for "
                                        "subscribers who ask to cancel, not a Plus benefit."
                                    ),
                                },
                                {
                                    "text": "Guaranteed next-day delivery.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Plus covers free standard shipping; no one can "
                                        "guarantee a date the carrier has not confirmed."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A subscriber wants this month's box with extra laundry pods and "
                                "no sponges. The edit cutoff has not passed. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": "Tell them the contents are fixed.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Customers can swap, add and remove items until the "
                                        "edit cutoff."
                                    ),
                                },
                                {
                                    "text": "Offer 25% off their next 3 boxes instead.",
                                    "correct": False,
                                    "feedback": (
                                        "No. That is a retention offer for customers who ask to "
                                        "cancel, not a substitute for customising."
                                    ),
                                },
                                {
                                    "text": (
                                        "Help them customise the box (or show them how in their "
                                        "account) before the cutoff."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Customising is a normal part of the subscription and "
                                        "often solves the real problem."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge", "problem-solving"],
                        },
                    ),
                ],
            },
            {
                "slug": "troubleshooting-smart-home-devices",
                "title": "First-line help for XYZ smart home devices",
                "estimated_minutes": 13,
                "skills": ["product-knowledge", "problem-solving", "patience"],
                "body": [
                    (
                        "rich_text",
                        (
                            "<p>The XYZ HomeHub smart speaker and the XYZ smart plugs and bulbs "
                            "are set up with the XYZ Home app. Most technical contacts are about "
                            "one of three things: the device will not connect during setup, it "
                            "keeps going offline, or it does not respond. Customers calling about "
                            "them have often already spent a long time trying, so expect "
                            "frustration, and bring patience.</p>"
                            "<h3>Start with what the customer can see</h3>"
                            "<p>The light on the HomeHub tells you a lot:</p>"
                            "<ul>"
                            "<li><strong>Blue, spinning:</strong> starting up. Wait a minute.</li>"
                            "<li><strong>Orange, blinking:</strong> ready for setup.</li>"
                            "<li><strong>Orange, steady:</strong> cannot reach the Wi-Fi "
                            "network.</li>"
                            "<li><strong>Green, briefly:</strong> connected.</li>"
                            "<li><strong>Red:</strong> the microphone is switched off (button on "
                            "the back).</li>"
                            "</ul>"
                            "<h3>The first-line sequence</h3>"
                            "<ol>"
                            "<li><strong>Power:</strong> plugged into a wall socket with the "
                            "supplied adapter, not a laptop or low-power USB port.</li>"
                            "<li><strong>The app:</strong> updated to the latest version; "
                            "Bluetooth and location switched on on the phone during setup (the app "
                            "uses Bluetooth to find the device).</li>"
                            "<li><strong>The Wi-Fi network:</strong> XYZ smart home devices work "
                            "on 2.4 GHz Wi-Fi only. Many routers broadcast a 2.4 GHz and a 5 GHz "
                            "network, sometimes under one name; the customer may need to pick the "
                            "2.4 GHz one. The device should be within a few rooms of the "
                            "router.</li>"
                            "<li><strong>Restart:</strong> unplug the device for 10 seconds, plug "
                            "it back in, wait for the light.</li>"
                            "<li><strong>Factory reset:</strong> press and hold the action button "
                            "on top for 15 seconds until the light blinks orange, then run setup "
                            "again in the app.</li>"
                            "<li><strong>Still not working:</strong> note every step tried, then "
                            "escalate to the specialist technical team or open a warranty claim. "
                            "XYZ smart home devices have a 12-month manufacturer's warranty. A "
                            "device that has been set up is no longer unused, so it is not a case "
                            "for the 30-day return policy; the warranty covers faults.</li>"
                            "</ol>"
                            "<p>Take it one step at a time, and check each result before the next. "
                            "Offer to email the steps for next time.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "Never ask for passwords",
                            "text": (
                                "<p>The customer types their Wi-Fi password and XYZ account "
                                "password into the app themselves. Never ask for either, and if a "
                                "customer starts to read one out, stop them kindly: you never need "
                                "it.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Notes save the next call",
                            "text": (
                                "<p>Write down which steps you tried and what the light did at "
                                "each one. If the customer calls back, the next agent starts where "
                                'you stopped instead of at "have you tried turning it off and on '
                                'again?"</p>'
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I've been at this for an hour! I've done everything the app says "
                                "and it still won't connect!"
                            ),
                            "say": (
                                "An hour is a long time to spend on this, Mr Brennan, and I'm "
                                "sorry it's been such a struggle. Let's solve it together. First, "
                                "what colour is the light on top of the HomeHub right now?"
                            ),
                            "avoid": "Have you tried turning it off and on again?",
                            "why": (
                                "Acknowledging the hour he has lost calms the customer. Starting "
                                "from what he can see respects what he has already tried; a stock "
                                "question suggests you are not listening."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "tech-support-frustrated",
                            "text": (
                                "Practise the first-line sequence with a frustrated customer whose "
                                "device will not connect."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer's HomeHub shows a steady orange light and the app says "
                                "it cannot connect. What is the most likely cause and your next "
                                "step?"
                            ),
                            "choices": [
                                {
                                    "text": "The device is faulty: start a return.",
                                    "correct": False,
                                    "feedback": (
                                        "Too early. Work through the first-line sequence before "
                                        "concluding it is faulty."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ask the customer to read you their Wi-Fi password so you "
                                        "can check it."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Never ask for passwords. The customer types it into the "
                                        "app themselves."
                                    ),
                                },
                                {
                                    "text": "The microphone is switched off.",
                                    "correct": False,
                                    "feedback": (
                                        "That is the red light. Steady orange is a Wi-Fi "
                                        "connection problem."
                                    ),
                                },
                                {
                                    "text": (
                                        "It cannot reach the Wi-Fi: check the customer chose the "
                                        "2.4 GHz network and retyped the password themselves."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Steady orange means no Wi-Fi connection, and the 5 "
                                        "GHz network is the most common cause."
                                    ),
                                },
                            ],
                            "skills": ["product-knowledge", "problem-solving"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "After the full first-line sequence, a HomeHub delivered four "
                                "months ago still will not work. What is the right next step?"
                            ),
                            "choices": [
                                {
                                    "text": "Refund the customer, since the device is faulty.",
                                    "correct": False,
                                    "feedback": (
                                        "No. It was delivered more than 30 days ago and has been "
                                        "used. Refunds outside the window are never given; the "
                                        "warranty covers faults."
                                    ),
                                },
                                {
                                    "text": (
                                        "Note the steps tried, and escalate to the specialist team "
                                        "or open a claim under the 12-month manufacturer's "
                                        "warranty."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. The warranty covers faults; good notes mean the "
                                        "customer does not start over."
                                    ),
                                },
                                {
                                    "text": "Tell the customer to buy a new one.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The device is under warranty; help the customer use "
                                        "it."
                                    ),
                                },
                            ],
                            "skills": ["problem-solving", "policy-compliance"],
                        },
                    ),
                ],
            },
        ],
    },
    # 8. XYZ policies: identity, privacy and billing
    {
        "slug": "xyz-policies-accounts-billing",
        "title": "XYZ policies: identity, privacy and billing",
        "category": "policy",
        "summary": (
            "How to verify a customer before discussing any account or order, the privacy rules "
            "you never break, and how to explain charges, holds, duplicates and refunds."
        ),
        "estimated_minutes": 36,
        "skills": ["policy-compliance", "clear-communication", "active-listening"],
        "prerequisites": ["xyz-products"],
        "lessons": [
            {
                "slug": "verifying-identity",
                "title": "Verifying identity before you discuss an account",
                "estimated_minutes": 12,
                "skills": ["policy-compliance", "clear-communication"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: identity verification",
                            "text": (
                                "<p>Before you discuss any account or order, verify the customer's "
                                "identity: their <strong>full name</strong> plus "
                                "<strong>two</strong> of the following:</p>"
                                "<ul>"
                                "<li>the order number;</li>"
                                "<li>the email address on the account;</li>"
                                "<li>the billing postcode.</li>"
                                "</ul>"
                                "<p>This applies on every channel: phone, email, chat and social "
                                "media.</p>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Verification protects customers. An order reveals a home address, "
                            "what someone bought and when they will be away from home waiting for "
                            "a parcel; an account reveals payment details and purchase history. "
                            "Fraudsters know this, and they call contact centres pretending to be "
                            "customers. They are often charming, in a hurry, or upset, because "
                            "that is what pushes agents to skip steps.</p>"
                            '<h3>What counts as "discussing an account or order"</h3>'
                            "<p>Anything specific to this customer: the status or tracking of an "
                            "order, what was ordered, the delivery address, charges, refunds, "
                            "subscription details, membership renewal dates. Confirming that an "
                            "order or account exists is already discussing it.</p>"
                            '<p>General questions do not need verification: "What is your return '
                            'window?", "Does XYZ Plus include free shipping?", "Does the '
                            'HomeHub work with 5 GHz Wi-Fi?" As soon as the question becomes '
                            "about their own order or account, verify.</p>"
                            "<h3>How to verify smoothly</h3>"
                            "<ul>"
                            '<li><strong>Explain why, briefly:</strong> "So I can keep your '
                            'account safe, could you confirm..."</li>'
                            "<li><strong>Let the customer give the details.</strong> Never read "
                            'them out for the customer to confirm ("Is your email jsmith '
                            'at...?"), and never hint ("The postcode starts with...").</li>'
                            "<li><strong>If a detail does not match,</strong> ask for another of "
                            "the allowed details. If the customer cannot give the full name and "
                            "two matching details, you cannot discuss the account; offer general "
                            "help and tell them where to find the details (the order number is in "
                            "the confirmation email).</li>"
                            "<li><strong>Only the account holder.</strong> If a partner or "
                            "relative calls about someone else's account, you cannot discuss it "
                            "with them. The account holder can contact us themselves.</li>"
                            "<li><strong>On social media,</strong> move to a private message "
                            "before asking for any details.</li>"
                            "<li><strong>Record it.</strong> Note on the contact that verification "
                            "was completed.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "checklist",
                        {
                            "title": "Verification, step by step",
                            "items": [
                                "Ask for the customer's full name.",
                                (
                                    "Ask for two of: order number, email on the account, billing "
                                    "postcode."
                                ),
                                "Check both against the account; never read them out or hint.",
                                "If one does not match, ask for the remaining allowed detail.",
                                "No match, no discussion: offer general help only.",
                                "Note that verification was completed.",
                            ],
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "Just tell me where my order is, I don't have time for twenty "
                                "questions!"
                            ),
                            "say": (
                                "I'll be quick, Ms Harper, it's to keep your account safe. I just "
                                "need your full name and any two of: your order number, the email "
                                "on your account, or your billing postcode."
                            ),
                            "avoid": (
                                "I can see an order under Harper, it's out for delivery today."
                            ),
                            "why": (
                                "Disclosing order details before verification is a privacy breach, "
                                "however urgent the caller sounds. A short, friendly reason makes "
                                "the check feel like protection, not obstruction."
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "It's my husband's account, he's at work. Can you tell me when his "
                                "parcel is coming?"
                            ),
                            "say": (
                                "I understand, it's frustrating when you're the one waiting in. I "
                                "can only discuss an account with the account holder, so I can't "
                                "look at it with you, but your husband can call or chat with us "
                                "any time, and the tracking link is in his shipping email."
                            ),
                            "avoid": "Sure, what's his name? ... Right, it's arriving Tuesday.",
                            "why": (
                                "Only the account holder, once verified, can hear account details. "
                                "Explaining kindly and pointing to a way forward keeps the "
                                "customer on side."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these is enough to verify a caller?",
                            "choices": [
                                {
                                    "text": "Full name and phone number.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The phone number is not one of the allowed details, "
                                        "and one detail is not enough anyway."
                                    ),
                                },
                                {
                                    "text": "Order number and the email on the account.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Two details are right, but the full name is always "
                                        "required as well."
                                    ),
                                },
                                {
                                    "text": "Full name and the email on the account.",
                                    "correct": False,
                                    "feedback": (
                                        "No. That is only one of the allowed details; you need two."
                                    ),
                                },
                                {
                                    "text": "Full name, order number and billing postcode.",
                                    "correct": True,
                                    "feedback": (
                                        "Correct: the full name plus two of the three allowed "
                                        "details."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A caller gives their full name and the correct account email, but "
                                "the billing postcode does not match. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Ask for the order number as the second detail; if they "
                                        "cannot give it, do not discuss the account."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Any two of the three allowed details will do; "
                                        "without two matches, you cannot go on."
                                    ),
                                },
                                {
                                    "text": (
                                        'Give a hint: "The postcode on the account starts with N."'
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Never hint. That discloses account information and helps "
                                        "a fraudster guess."
                                    ),
                                },
                                {
                                    "text": "Carry on, since the email matched.",
                                    "correct": False,
                                    "feedback": (
                                        "No. One detail is not enough: you need the full name plus "
                                        "two."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'A caller asks "How many days do I have to return something?" Do '
                                "you need to verify them first?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Yes, every caller must be verified before you say "
                                        "anything."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Not needed for general questions, and it slows down a "
                                        "simple answer."
                                    ),
                                },
                                {
                                    "text": (
                                        "No, and you can then check their order without verifying, "
                                        "since they are only asking about returns."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. The moment you look at or discuss their order, "
                                        "verification is required."
                                    ),
                                },
                                {
                                    "text": (
                                        "No, it is a general policy question; verify as soon as "
                                        "they ask about their own order or account."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. General information is public; anything specific "
                                        "to their account needs verification."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "protecting-customer-privacy",
                "title": "Protecting customer privacy",
                "estimated_minutes": 11,
                "skills": ["policy-compliance", "empathy"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: privacy",
                            "text": (
                                "<ul>"
                                "<li><strong>Never read out card numbers or passwords,</strong> "
                                "not even to the account holder, and never ask for a password.</li>"
                                "<li><strong>Never discuss an account or order before "
                                "verification.</strong></li>"
                                "<li><strong>Never share another customer's information:</strong> "
                                "name, address, orders or anything else.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Customers trust XYZ with their home address, their payment details "
                            "and a record of what they buy. Every agent is responsible for keeping "
                            "that trust. A privacy breach is treated as a critical failure in call "
                            "evaluations (and in Callwise's graded simulations), whatever else "
                            "went well on the call.</p>"
                            "<h3>Card details</h3>"
                            "<p>You never read a card number out. If a customer wants to know "
                            "which card is on the account, they can tell you the last four digits "
                            "of their card and you confirm whether it is the one on the account. "
                            "When a customer places an order by phone, you transfer them to the "
                            "secure payment line to enter their card details; you never hear or "
                            "type the card number. Never write card details in account notes, and "
                            "if a customer starts typing a card number into a chat, stop them and "
                            "explain that you do not need it.</p>"
                            "<h3>Passwords</h3>"
                            "<p>XYZ never asks for a customer's password, and neither do you. If a "
                            "customer cannot sign in, send the password reset link to the email on "
                            "the account (after verification). The same goes for Wi-Fi passwords "
                            "during device setup: the customer types them in themselves.</p>"
                            "<h3>Other customers</h3>"
                            "<p>Sometimes a customer receives a parcel meant for someone else, or "
                            "asks about a neighbour's order, or a caller claims to be \"helping a "
                            "friend\". You never share another customer's name, address, order "
                            "details or contact information. You can still help: thank them, "
                            "arrange for the misdelivered parcel to be collected, and make sure "
                            "the right customer is looked after, without saying who they are.</p>"
                            "<h3>Be alert to social engineering</h3>"
                            "<p>Pressure is the fraudster's main tool: \"I'm in a hurry\", \"I'll "
                            'complain about you", "the last agent did it without all this". A '
                            "real customer will understand a short, friendly explanation. The "
                            "rules are the same for everyone, and no one will ever be criticised "
                            "for following them.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "Can you read me the card number you've got on file? I want to "
                                "check it's my new one."
                            ),
                            "say": (
                                "For your security I can't read card details out, Mr Osei, but if "
                                "you tell me the last four digits of your new card, I'll confirm "
                                "whether that's the one on your account."
                            ),
                            "avoid": "Sure, it's 4921 5530...",
                            "why": (
                                "Card numbers are never read out, even to a verified account "
                                "holder. Letting the customer give the last four digits answers "
                                "the real question safely."
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I've got someone else's parcel here. Who's it for? I'll drop it "
                                "round to them."
                            ),
                            "say": (
                                "That's really kind of you, and thank you for letting us know. I "
                                "can't share another customer's details, but I'll arrange for it "
                                "to be collected so it reaches the right person."
                            ),
                            "avoid": "It's for Mrs Patel at number 14, if you could take it over.",
                            "why": (
                                "The caller means well, but another customer's name and address "
                                "are never shared. Thank them and solve it without the details."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these breaks XYZ's privacy policy?",
                            "choices": [
                                {
                                    "text": (
                                        "Asking a caller for their full name and two verification "
                                        "details."
                                    ),
                                    "correct": False,
                                    "feedback": "That is the verification policy, not a breach.",
                                },
                                {
                                    "text": (
                                        "Telling a caller the name of the customer whose parcel "
                                        "was delivered to them by mistake."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Another customer's information is never shared, even "
                                        "with someone trying to help."
                                    ),
                                },
                                {
                                    "text": (
                                        "Telling a verified customer the status of their refund."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Once the customer is verified, you can discuss their own "
                                        "account."
                                    ),
                                },
                                {
                                    "text": (
                                        "Sending a password reset link to the email on a verified "
                                        "account."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That is exactly how to help with sign-in problems without "
                                        "ever handling a password."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "To speed things up, a customer offers to tell you their XYZ "
                                "account password. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": "Take it, and note it on the account for next time.",
                                    "correct": False,
                                    "feedback": (
                                        "Never. Passwords must never be asked for, heard, read out "
                                        "or written down."
                                    ),
                                },
                                {
                                    "text": "Let them say it, but don't write it down.",
                                    "correct": False,
                                    "feedback": "Still a breach. Stop them before they say it.",
                                },
                                {
                                    "text": (
                                        "Stop them kindly, explain you never need their password, "
                                        "and send a reset link if they cannot sign in."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. XYZ never asks for passwords, and you should not "
                                        "hear one."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "explaining-charges",
                "title": "Explaining charges and billing questions",
                "estimated_minutes": 13,
                "skills": ["policy-compliance", "clear-communication", "active-listening"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: billing",
                            "text": (
                                "<ul>"
                                "<li>Verify the customer before discussing any charge.</li>"
                                "<li><strong>Explain charges line by line.</strong></li>"
                                "<li><strong>Duplicate charges are refunded after "
                                "verification,</strong> once you have confirmed that the same "
                                "order really was charged twice.</li>"
                                "<li><strong>Pre-authorisation holds drop off on their own within "
                                "3 business days.</strong> They are not charges and are not "
                                "refunded.</li>"
                                "<li><strong>Refunds go to the original payment method</strong> "
                                "within 5 to 7 business days after the return is received.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Billing contacts are among the most anxious ones: it is the "
                            "customer's money, and an unexplained charge feels like it has been "
                            "taken. Confused customers often mix up several things at once: a "
                            "hold, a charge, a renewal, a refund that has not appeared yet. Your "
                            "job is to untangle them calmly, one line at a time.</p>"
                            "<h3>Line by line</h3>"
                            "<p>Open the order and go through it with the customer in the same "
                            "order as their confirmation email. For example:</p>"
                            "<ul>"
                            "<li>Bamboo bath towel set, grey: $39.00</li>"
                            "<li>Stainless steel kettle: $45.00</li>"
                            "<li>Discount code SPRING10 (10% off items): minus $8.40</li>"
                            "<li>Standard shipping: $6.99 (free for XYZ Plus members)</li>"
                            "<li>Sales tax: $6.05</li>"
                            "<li><strong>Total: $88.64</strong></li>"
                            "</ul>"
                            "<p>Say each line, pause, and check the customer is with you. Most "
                            '"wrong" charges turn out to be a line the customer did not expect, '
                            "such as shipping, tax, or a discount that applied to items but not to "
                            "shipping.</p>"
                            '<h3>"I\'ve been charged twice"</h3>'
                            "<p>Ask the clarifying questions: the amounts, the dates, and whether "
                            "the bank shows each one as pending or completed. Then compare with "
                            "the order. There are three usual answers:</p>"
                            "<ol>"
                            "<li><strong>A hold and a charge.</strong> When an order is placed, "
                            "the bank shows a pre-authorisation hold; when the order ships, the "
                            "actual charge is taken. For a few days both can appear. The hold "
                            "drops off on its own within 3 business days; no refund is needed, "
                            "because no money has been taken twice.</li>"
                            "<li><strong>Two different things.</strong> A split shipment (each "
                            "parcel is charged when it ships), a Home Essentials box billed on its "
                            "billing date, or the yearly XYZ Plus renewal.</li>"
                            "<li><strong>A genuine duplicate.</strong> The same order captured "
                            "twice. Once the customer is verified and you have confirmed the "
                            "duplicate, refund it to the original payment method and tell the "
                            "customer how it will appear on their statement.</li>"
                            "</ol>"
                            '<h3>"Where is my refund?"</h3>'
                            "<p>Refunds for returns go back to the original payment method within "
                            "5 to 7 business days after the return is received at the warehouse, "
                            "not from when the customer posted it. Check the date it was received, "
                            "count the business days, and tell the customer exactly where things "
                            "stand. Refunds cannot be sent to a different card, as cash or by bank "
                            "transfer.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": "You've charged me twice for the same order!",
                            "say": (
                                "I can see why that's worrying, Ms Evans. Let's look at both "
                                "charges together. Once I've verified your account, I'll check "
                                "whether one of them is a temporary hold or a second charge, and "
                                "if it's a duplicate I'll refund it."
                            ),
                            "avoid": "That'll just be your bank, it's nothing to do with us.",
                            "why": (
                                "Acknowledging the worry and explaining exactly how you will check "
                                "keeps the customer calm. Blaming the bank dismisses a real "
                                "concern, and it may actually be a duplicate."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "billing-confused",
                            "text": (
                                "Practise explaining a confusing statement line by line to a "
                                "customer who is not sure what they have been charged for."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A verified customer sees two amounts of $88.64: one pending from "
                                "the day they ordered, one completed from the day it shipped. What "
                                "do you tell them?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "The pending one is a pre-authorisation hold. It is not a "
                                        "charge and will drop off on its own within 3 business "
                                        "days."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. Only one payment has been taken; the hold "
                                        "disappears by itself."
                                    ),
                                },
                                {
                                    "text": "It is a duplicate, so you will refund one of them.",
                                    "correct": False,
                                    "feedback": (
                                        "No. A pending hold plus a completed charge is not a "
                                        "duplicate; refunding would give the customer the order "
                                        "for free."
                                    ),
                                },
                                {
                                    "text": "They need to contact their bank to dispute it.",
                                    "correct": False,
                                    "feedback": (
                                        "No. You can explain exactly what it is; a dispute is not "
                                        "needed."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "clear-communication"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer's return was received at the warehouse two business "
                                "days ago. Their refund has not appeared and they want it sent to "
                                "a different card instead. What do you say?"
                            ),
                            "choices": [
                                {
                                    "text": "Send it to the new card to make up for the wait.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Refunds always go to the original payment method."
                                    ),
                                },
                                {
                                    "text": "Apologise that it is late and escalate it.",
                                    "correct": False,
                                    "feedback": (
                                        "It is not late: 5 to 7 business days after receipt has "
                                        "not passed yet."
                                    ),
                                },
                                {
                                    "text": "Tell them it will arrive within 3 business days.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Three business days is how long a pre-authorisation "
                                        "hold takes to drop off; refunds take 5 to 7."
                                    ),
                                },
                                {
                                    "text": (
                                        "Refunds go to the original payment method within 5 to 7 "
                                        "business days after the return is received, so it is "
                                        "still on track; it cannot be sent to another card."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct on both points, and it gives the customer a clear "
                                        "time frame."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'A customer says a charge is "wrong". What is the best way to '
                                "start explaining it, once they are verified?"
                            ),
                            "choices": [
                                {
                                    "text": "Read out the total and ask if that is what they see.",
                                    "correct": False,
                                    "feedback": (
                                        "The total alone does not explain anything. Go line by "
                                        "line."
                                    ),
                                },
                                {
                                    "text": (
                                        "Refund the difference they think is wrong, to keep them "
                                        "happy."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. First understand and explain the charge; only genuine "
                                        "duplicates are refunded."
                                    ),
                                },
                                {
                                    "text": (
                                        "Go through the order line by line (items, discount, "
                                        "shipping, tax, total), checking they are with you."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Explaining charges line by line is XYZ policy, and "
                                        "it usually reveals the line they did not expect."
                                    ),
                                },
                            ],
                            "skills": ["clear-communication", "policy-compliance"],
                        },
                    ),
                ],
            },
        ],
    },
    # 9. XYZ policies: delays, order changes, returns and cancellations
    {
        "slug": "xyz-policies-orders-returns",
        "title": "XYZ policies: delays, order changes, returns and cancellations",
        "category": "policy",
        "summary": (
            "Exactly what you may offer for a late order, a change after shipping, a return or "
            "refund request, and a subscription cancellation, and what you must never promise."
        ),
        "estimated_minutes": 52,
        "skills": ["policy-compliance", "problem-solving", "empathy"],
        "prerequisites": ["xyz-policies-accounts-billing"],
        "lessons": [
            {
                "slug": "shipping-delays",
                "title": "Late orders: what to say and what you may offer",
                "estimated_minutes": 14,
                "skills": ["policy-compliance", "problem-solving", "empathy"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: shipping delays",
                            "text": (
                                "<ol>"
                                "<li><strong>Give the tracking status first:</strong> verify the "
                                "customer, look up the order and tell them the latest carrier scan "
                                "in plain words.</li>"
                                "<li><strong>Never promise a delivery date the carrier has not "
                                "confirmed.</strong></li>"
                                "<li><strong>Goodwill credit:</strong> you may give up to "
                                "<strong>$15 per order</strong> for a delay without supervisor "
                                "approval. Anything above $15 needs a team lead.</li>"
                                "<li><strong>7 or more calendar days</strong> past the promised "
                                "delivery date: you may <strong>reship the order at no "
                                "cost</strong>, or <strong>refund</strong> it if the customer "
                                "prefers.</li>"
                                "</ol>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>Late orders are the most common reason customers contact XYZ, and "
                            "often the angriest. The policy gives you a clear order of play, and "
                            "the soft skills make it land.</p>"
                            "<h3>The shape of a good late-order contact</h3>"
                            "<ol>"
                            "<li><strong>Listen and acknowledge.</strong> Let the customer "
                            'explain, name the impact ("you planned around Friday"), '
                            "apologise.</li>"
                            "<li><strong>Verify.</strong> Full name plus two of order number, "
                            "account email, billing postcode.</li>"
                            "<li><strong>Tracking status first.</strong> Where is it, according to "
                            "the carrier's latest scan, and when was that? Say it in plain "
                            "words.</li>"
                            "<li><strong>Work out how late it is.</strong> Count calendar days "
                            "(weekends included) from the promised delivery date in the order "
                            "confirmation.</li>"
                            "<li><strong>Offer what policy allows</strong> for that situation, and "
                            "let the customer choose.</li>"
                            "<li><strong>Next steps and notes.</strong> What happens now, by when, "
                            "and what you have recorded.</li>"
                            "</ol>"
                            "<h3>Counting the days</h3>"
                            "<p>Example: the promised delivery date was Tuesday 3 June. On Tuesday "
                            "10 June the order is 7 calendar days late, so from that day the "
                            "reship or refund option is open. On Friday 6 June it is 3 days late: "
                            "not yet.</p>"
                            "<h3>What you can offer</h3>"
                            "<ul>"
                            "<li><strong>Any delay:</strong> the tracking status, an honest "
                            "explanation, and a goodwill credit of up to $15 for the order if you "
                            "judge it right. A credit above $15 needs your team lead's approval; "
                            "ask before you mention an amount.</li>"
                            "<li><strong>Less than 7 calendar days late:</strong> you cannot "
                            "reship or refund yet. Tell the customer the date from which that "
                            "option opens, and offer to follow up.</li>"
                            "<li><strong>7 or more calendar days late:</strong> reship at no cost, "
                            "or refund if the customer prefers. If the original parcel turns up "
                            "after a reship, the customer can send it back through the normal "
                            "returns process.</li>"
                            "</ul>"
                            "<h3>The date question</h3>"
                            '<p>Every customer with a late order asks "so when will it come?" If '
                            "the carrier has confirmed a new delivery date, you can share it as "
                            "the carrier's date. If not, say so honestly and tell them what you "
                            'will do instead. "It should be there tomorrow" is the most common '
                            "broken promise in retail, and the call that follows it is always "
                            "worse.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "It was supposed to be here last Friday! When is it actually going "
                                "to come?"
                            ),
                            "say": (
                                "I'm sorry, Mr Alvarez, you've waited long enough. The carrier's "
                                "last scan was Monday morning at their regional depot, and they "
                                "haven't confirmed a new delivery day, so I won't guess one. What "
                                "I can do today is add a goodwill credit for the delay, and if it "
                                "isn't with you by this Friday, which is 7 days past the promised "
                                "date, we'll reship it at no cost or refund you, whichever you "
                                "prefer."
                            ),
                            "avoid": "Don't worry, it'll definitely be there tomorrow.",
                            "why": (
                                "The first reply gives the tracking status, refuses to invent a "
                                "date and sets out exactly what policy allows. The second is a "
                                "promise the carrier has not made, and it sets up an angrier call "
                                "tomorrow."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "late-order-angry",
                            "text": (
                                "Practise the full late-order policy with an angry customer: "
                                "tracking first, no invented dates, and the right offer for how "
                                "late the order is."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "The promised delivery date was Monday 2 June. Today is Wednesday "
                                "11 June and the order has not arrived. The customer would rather "
                                "have their money back. What can you do?"
                            ),
                            "choices": [
                                {
                                    "text": "Reship it: refunds are not allowed for late orders.",
                                    "correct": False,
                                    "feedback": (
                                        "No. At 7 or more days late, the customer may choose a "
                                        "refund instead of a reship."
                                    ),
                                },
                                {
                                    "text": (
                                        "Refund the order, because it is 7 or more calendar days "
                                        "late and the customer prefers a refund to a reship."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. It is 9 calendar days late; reship at no cost or "
                                        "refund, as the customer prefers."
                                    ),
                                },
                                {
                                    "text": "Nothing yet: count business days, and it is only 7.",
                                    "correct": False,
                                    "feedback": (
                                        "Delays are counted in calendar days, weekends included. "
                                        "It is 9 days late."
                                    ),
                                },
                                {
                                    "text": "Ask your team lead for approval before refunding.",
                                    "correct": False,
                                    "feedback": (
                                        "Not needed: a reship or refund at 7 or more days late is "
                                        "within your authority."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "An order is 3 days past its promised date. The customer demands "
                                "that you send a replacement today. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": "Reship it today to keep the customer happy.",
                                    "correct": False,
                                    "feedback": (
                                        "No. A reship at no cost is only allowed from 7 calendar "
                                        "days past the promised date."
                                    ),
                                },
                                {
                                    "text": "Promise the carrier will deliver it tomorrow.",
                                    "correct": False,
                                    "feedback": (
                                        "Never promise a delivery date the carrier has not "
                                        "confirmed."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tell the customer there is nothing you can do until day 7."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Not quite: you can give the tracking status and a "
                                        "goodwill credit of up to $15 now."
                                    ),
                                },
                                {
                                    "text": (
                                        "Give the tracking status, apologise, explain that a "
                                        "reship or refund becomes possible once it is 7 days late "
                                        "(and from which date), and offer a goodwill credit of up "
                                        "to $15."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. You are honest about the rule, tell them exactly "
                                        "when the option opens, and use the goodwill credit you "
                                        "are allowed to give."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "problem-solving"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which goodwill credit for a delayed order can you give without a "
                                "team lead's approval?"
                            ),
                            "choices": [
                                {
                                    "text": "$15",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Up to $15 per order is within your authority."
                                    ),
                                },
                                {
                                    "text": "$20",
                                    "correct": False,
                                    "feedback": (
                                        "No. Anything above $15 needs a team lead's approval."
                                    ),
                                },
                                {
                                    "text": "$25, if the customer is very upset",
                                    "correct": False,
                                    "feedback": (
                                        "No. How upset the customer is does not change the limit: "
                                        "above $15 needs a team lead."
                                    ),
                                },
                                {
                                    "text": "None: all credits need a team lead.",
                                    "correct": False,
                                    "feedback": (
                                        "No. You can give up to $15 per order for a delay yourself."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "changing-an-order",
                "title": "Changing an order before and after it ships",
                "estimated_minutes": 12,
                "skills": ["policy-compliance", "problem-solving", "clear-communication"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: order changes",
                            "text": (
                                "<p><strong>Before the order ships:</strong> changes to the "
                                "delivery address, the item and the quantity are free.</p>"
                                "<p><strong>After the order has shipped:</strong> the order cannot "
                                "be changed. Offer either:</p>"
                                "<ul>"
                                "<li>a <strong>carrier redirect request</strong>: not guaranteed, "
                                "the carrier decides; a $5 fee, <strong>waived for XYZ Plus "
                                "members</strong>; or</li>"
                                "<li><strong>return on arrival</strong> under the returns "
                                "policy.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<h3>Before shipping: just do it</h3>"
                            "<p>If the order is placed or packed, you can change the delivery "
                            "address, swap an item (another size, colour or product) or change the "
                            "quantity, free of charge. Play back the change before you make it "
                            '("the duvet in king size instead of double, to the same address?"), '
                            "make it straight away because packed orders ship quickly, tell the "
                            "customer about any price difference before you confirm, and let them "
                            "know a new confirmation email is on its way. A customer can also "
                            "cancel an order that has not shipped; the pre-authorisation hold then "
                            "drops off within 3 business days.</p>"
                            "<h3>After shipping: two options</h3>"
                            "<p>Once the parcel is with the carrier, XYZ can no longer change the "
                            "order. Say so clearly and move straight to what you can do:</p>"
                            "<ul>"
                            "<li><strong>Carrier redirect request.</strong> You ask the carrier to "
                            "deliver to a different address or hold the parcel at a depot. The "
                            "carrier decides, so it is <em>not guaranteed</em>: never present it "
                            "as done. The request costs $5, which is waived for XYZ Plus members. "
                            "Tell the customer how and when they will hear the outcome.</li>"
                            "<li><strong>Return on arrival.</strong> The customer accepts the "
                            "parcel and returns it under the normal returns policy: within 30 days "
                            "of delivery, unused, in the original packaging, with the order "
                            "number. The refund goes to the original payment method within 5 to 7 "
                            "business days after we receive it. If they need a different item, "
                            "they can place a new order.</li>"
                            "</ul>"
                            "<h3>Anxious customers</h3>"
                            "<p>Customers who realise they have sent a gift to the wrong address, "
                            "or ordered the wrong size just before an event, are often anxious "
                            "rather than angry. Calm, honest clarity helps most: what is certain, "
                            "what is not, and what happens next. Resist the urge to soothe them "
                            "with a promise the carrier has not made.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "Can you just stop the parcel and send it to my work address "
                                "instead?"
                            ),
                            "say": (
                                "Your parcel has already left our warehouse, so I can't change the "
                                "order itself, Ms Nakamura. What I can do is send the carrier a "
                                "request to redirect it to your work address. I'll be honest: the "
                                "carrier decides, so it isn't guaranteed. The fee is $5, and as an "
                                "XYZ Plus member you won't pay it. If it can't be redirected, you "
                                "can return it once it arrives."
                            ),
                            "avoid": (
                                "Sure, I'll update the address and it'll go to your work instead."
                            ),
                            "why": (
                                "A shipped order cannot be changed, and a redirect is only a "
                                "request. Presenting it as done creates a broken promise; being "
                                "clear about both options lets the customer decide."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "shipped-order-change-anxious",
                            "text": (
                                "Practise this policy with an anxious customer who needs to change "
                                "an order that has already shipped."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'An order is "packed" and the customer wants a different colour. '
                                "What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Swap the item now, free of charge, and confirm the change."
                                    ),
                                    "correct": True,
                                    "feedback": "Right. Before shipping, item changes are free.",
                                },
                                {
                                    "text": "Explain it is too late, and offer a redirect request.",
                                    "correct": False,
                                    "feedback": (
                                        "No. A packed order has not shipped, so it can still be "
                                        "changed."
                                    ),
                                },
                                {
                                    "text": "Charge a $5 change fee.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Changes before shipping are free; the $5 fee is for "
                                        "redirect requests after shipping."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "An order has shipped. The customer, who is not an XYZ Plus "
                                "member, has moved house. What can you offer?"
                            ),
                            "choices": [
                                {
                                    "text": "Change the delivery address on the order.",
                                    "correct": False,
                                    "feedback": "No. A shipped order cannot be changed.",
                                },
                                {
                                    "text": "A free, guaranteed redirect to the new address.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Redirects are never guaranteed, and the $5 fee is "
                                        "only waived for XYZ Plus members."
                                    ),
                                },
                                {
                                    "text": (
                                        "A carrier redirect request for a $5 fee, explaining it is "
                                        "not guaranteed, or returning the order on arrival under "
                                        "the returns policy."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: both options, with the fee and the honest caveat."
                                    ),
                                },
                                {
                                    "text": "Cancel the order and refund it now.",
                                    "correct": False,
                                    "feedback": (
                                        "No. A shipped order cannot be cancelled; it can be "
                                        "returned on arrival."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "problem-solving"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "Which statement about carrier redirect requests is correct?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "They are guaranteed if requested before the parcel is out "
                                        "for delivery."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. The carrier decides; a redirect is never guaranteed."
                                    ),
                                },
                                {
                                    "text": (
                                        "They are not guaranteed, and the $5 fee is waived for XYZ "
                                        "Plus members."
                                    ),
                                    "correct": True,
                                    "feedback": "Yes. Always tell the customer both.",
                                },
                                {
                                    "text": "They are free for everyone.",
                                    "correct": False,
                                    "feedback": (
                                        "No. There is a $5 fee, waived only for XYZ Plus members."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "product-knowledge"],
                        },
                    ),
                ],
            },
            {
                "slug": "returns-and-refunds",
                "title": "Returns, refunds, and requests outside the window",
                "estimated_minutes": 14,
                "skills": ["policy-compliance", "empathy", "problem-solving"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: returns and refunds",
                            "text": (
                                "<ul>"
                                "<li><strong>Returns are accepted within 30 days of "
                                "delivery,</strong> with proof of purchase (the receipt or the "
                                "order number).</li>"
                                "<li>Items must be <strong>unused and in their original "
                                "packaging</strong>.</li>"
                                "<li><strong>Refunds go to the original payment method</strong> "
                                "within <strong>5 to 7 business days</strong> after the return is "
                                "received.</li>"
                                "<li><strong>Agents never promise exceptions.</strong></li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: outside the 30-day window",
                            "text": (
                                "<p><strong>Never refund</strong> an item outside the 30-day "
                                "window. You may instead:</p>"
                                "<ul>"
                                "<li>offer a <strong>store credit of up to 50% of the item "
                                "price</strong>, once, with a <strong>team lead's "
                                "approval</strong>; or</li>"
                                "<li>point the customer to the <strong>manufacturer's "
                                "warranty</strong>.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<h3>Setting up a return</h3>"
                            "<ol>"
                            "<li>Verify the customer.</li>"
                            "<li>Check the <strong>delivery date</strong> on the order and count "
                            "30 days from it. Example: delivered on 1 March, returns accepted up "
                            "to and including 31 March.</li>"
                            "<li>Check the condition: unused, in the original packaging. Ask, do "
                            'not accuse: "Is it still unused and in its box?"</li>'
                            "<li>Proof of purchase: the order number (or the receipt) is "
                            "enough.</li>"
                            "<li>Create the return and tell the customer the label is on its way "
                            "by email.</li>"
                            "<li>Explain the refund: back to the original payment method within 5 "
                            "to 7 business days after we receive the return.</li>"
                            "</ol>"
                            "<p>For an exchange, the customer returns the item under this policy "
                            "and places a new order for the one they want; if the order has not "
                            "shipped yet, simply change the item instead.</p>"
                            "<h3>When the answer is no</h3>"
                            "<p>Some requests fall outside the policy: the item was delivered 40 "
                            "days ago, it has been used, the packaging has gone. These are the "
                            "moments where empathy and positive language matter most. Acknowledge "
                            "the disappointment, say clearly what is not possible and why, then "
                            "lead with what you can do:</p>"
                            "<ul>"
                            "<li><strong>Faulty item:</strong> the manufacturer's warranty covers "
                            "repairs or replacements. Help the customer start the claim.</li>"
                            "<li><strong>Outside the window:</strong> you may ask your team lead "
                            "to approve a one-time store credit of up to 50% of the item price. "
                            "Ask first; never promise it, and never state an amount before it is "
                            "approved.</li>"
                            "</ul>"
                            '<p>What you never do: refund outside the window, say "let me see if '
                            'I can get an exception" for a refund, or hint that another agent '
                            "might say yes. Exceptions to the returns policy are never promised by "
                            "agents. Customers who call back hoping for a different answer should "
                            "hear the same one.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "It's only a few days over your 30 days. Can't you just refund it?"
                            ),
                            "say": (
                                "I can hear how frustrating it is to miss it by a few days, Ms "
                                "Bianchi. I'm not able to refund it, because it was delivered more "
                                "than 30 days ago. What I can do is ask my team lead about a store "
                                "credit towards it, and if anything is faulty, the manufacturer's "
                                "warranty covers it and I can help you start that claim."
                            ),
                            "avoid": (
                                "Let me see if I can get an exception approved for a refund this "
                                "time."
                            ),
                            "why": (
                                "Refunds outside the window are never given, so hinting at an "
                                "exception creates false hope and a worse call later. The first "
                                "reply is clear, kind and offers the two options policy allows, "
                                "without promising the credit before approval."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "refund-outside-window",
                            "text": (
                                "Practise this policy with a customer who wants a refund after the "
                                "30-day window: a clear no, real empathy, and only the options XYZ "
                                "allows."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A verified customer wants to return a towel set delivered 12 days "
                                "ago. It is unused, still in its packaging, and they have the "
                                "order number. What do you tell them about the refund?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "The return is accepted; once we receive it, the refund "
                                        "goes to their original payment method within 5 to 7 "
                                        "business days."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: within 30 days, unused, original packaging, proof "
                                        "of purchase, and the correct refund time frame."
                                    ),
                                },
                                {
                                    "text": (
                                        "The refund will be on their card within 3 business days "
                                        "of posting it."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Refunds take 5 to 7 business days, counted from when "
                                        "we receive the return, not when it is posted."
                                    ),
                                },
                                {
                                    "text": "They will get store credit rather than a refund.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Within the window, eligible returns are refunded to "
                                        "the original payment method."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "An air fryer was delivered 41 days ago and the customer wants a "
                                "refund because they do not like it. What may you offer?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "A full refund as a one-time exception, since they are a "
                                        "loyal customer."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Refunds are never given outside the 30-day window, "
                                        "and agents never promise exceptions."
                                    ),
                                },
                                {
                                    "text": "A 50% refund to their card.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The 50% option is store credit, not a refund, and it "
                                        "needs a team lead's approval."
                                    ),
                                },
                                {
                                    "text": (
                                        "A store credit of 50% straight away, without asking "
                                        "anyone."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. The store credit needs a team lead's approval first."
                                    ),
                                },
                                {
                                    "text": (
                                        "No refund; with a team lead's approval, a one-time store "
                                        "credit of up to 50% of the item price, or the "
                                        "manufacturer's warranty if it is faulty."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Those are the only options outside the 30-day "
                                        "window."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "problem-solving"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A customer returning an item within the window asks for the "
                                "refund to go to a different card, because the original one has "
                                "expired. What do you say?"
                            ),
                            "choices": [
                                {
                                    "text": "Send the refund to the new card.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Refunds only go to the original payment method."
                                    ),
                                },
                                {
                                    "text": (
                                        "Refunds go to the original payment method; banks normally "
                                        "pass a refund to an expired card on to the replacement "
                                        "card, and they can check with their bank."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. You keep to the policy and still give useful "
                                        "information."
                                    ),
                                },
                                {
                                    "text": "Offer cash or a bank transfer instead.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Refunds only go to the original payment method."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                ],
            },
            {
                "slug": "subscription-cancellations",
                "title": "Subscription cancellations and retention offers",
                "estimated_minutes": 12,
                "skills": ["policy-compliance", "active-listening", "empathy"],
                "body": [
                    (
                        "callout",
                        {
                            "kind": "policy",
                            "title": "XYZ policy: subscription cancellation",
                            "text": (
                                "<ul>"
                                "<li>When a customer asks to cancel, <strong>you must process the "
                                "cancellation.</strong></li>"
                                "<li>You may make <strong>up to two retention offers, in this "
                                "order:</strong><ol>"
                                "<li><strong>pause</strong> the subscription for up to <strong>3 "
                                "months</strong>;</li>"
                                "<li><strong>25% off the next 3 boxes</strong>.</li>"
                                "</ol>"
                                "</li>"
                                "<li><strong>Never refuse or obstruct a cancellation.</strong></li>"
                                "<li><strong>Never invent other discounts</strong> or offers.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rich_text",
                        (
                            "<p>A cancellation call is partly a sales call: XYZ would like to keep "
                            "the customer, and you may try. But the customer decides. A save only "
                            "counts when the customer freely chooses to stay, and a customer who "
                            "felt trapped on the phone will cancel anyway, and tell their friends "
                            "how it felt.</p>"
                            "<h3>The shape of the call</h3>"
                            "<ol>"
                            '<li><strong>Thank and verify.</strong> "Thanks for being a '
                            'subscriber, Mr Farouk. I can help with that." Then the usual '
                            "verification.</li>"
                            "<li><strong>Ask once what is prompting it,</strong> and play the "
                            "reason back. This is listening, not arguing.</li>"
                            "<li><strong>First offer, if it fits:</strong> pause the subscription "
                            "for up to 3 months. It suits customers who are travelling, moving, or "
                            "have too much stock at home.</li>"
                            "<li><strong>Second offer, if they decline the first:</strong> 25% off "
                            "the next 3 boxes. It suits customers worried about cost.</li>"
                            "<li><strong>If they decline, or at any point say they just want to "
                            "cancel:</strong> process it straight away.</li>"
                            "<li><strong>Confirm:</strong> the subscription is cancelled, no "
                            "further boxes will be charged, and a confirmation email is on its "
                            "way. Thank them, and leave the door open.</li>"
                            "</ol>"
                            "<p>Two offers is a maximum, not a target. If the customer says at the "
                            'start "please don\'t try to keep me, just cancel it", respect that '
                            "and process it.</p>"
                            "<h3>What obstruction looks like</h3>"
                            "<ul>"
                            "<li>\"I can't cancel by phone, you'll have to do it online.\"</li>"
                            "<li>A third offer, or the same offer again after a clear no.</li>"
                            '<li>Guilt: "You\'ll lose all your benefits, are you really sure?" '
                            "asked again and again.</li>"
                            "<li>Transferring the customer somewhere to avoid processing it, or "
                            "saying it is done when it is not.</li>"
                            '<li>Inventing a better deal ("I can do 50% off for a year") to '
                            "change their mind.</li>"
                            "</ul>"
                            "<p>Each of these breaks the policy, and in call evaluations each is "
                            "treated as a serious failure.</p>"
                        ),
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "I want to cancel my Home Essentials box. I'm away so much the "
                                "boxes just pile up."
                            ),
                            "say": (
                                "I can help with that, Mr Farouk. Since the boxes are piling up "
                                "while you travel, one option is that I pause your subscription "
                                "for up to 3 months, so nothing arrives or is charged while you're "
                                "away. Would that suit you, or would you prefer that I cancel it "
                                "now?"
                            ),
                            "avoid": "If you stay, I can give you 50% off for the next year.",
                            "why": (
                                "The first reply uses the customer's own reason, makes the first "
                                "allowed offer and clearly leaves the choice with him. The second "
                                "invents a discount that does not exist and skips the order of "
                                "offers."
                            ),
                        },
                    ),
                    (
                        "phrase_card",
                        {
                            "customer_line": (
                                "No, I've told you, I just want to cancel. Please just do it."
                            ),
                            "say": (
                                "Of course. I'm cancelling it now... That's done: your "
                                "subscription is cancelled, no further boxes will be charged, and "
                                "you'll have a confirmation email in the next few minutes. Thank "
                                "you for being with us."
                            ),
                            "avoid": (
                                "Are you sure? Let me just tell you about one more offer first..."
                            ),
                            "why": (
                                "Once the customer has clearly said no, any further attempt is "
                                "obstruction. Processing promptly and confirming clearly is what "
                                "leaves a good last impression."
                            ),
                        },
                    ),
                    (
                        "practice_scenario",
                        {
                            "scenario_slug": "cancel-subscription-save",
                            "text": (
                                "Practise a retention call: listen for the reason, make at most "
                                "two allowed offers in order, and process the cancellation when "
                                "the customer asks."
                            ),
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "What are the retention offers you may make to a Home Essentials "
                                "subscriber who asks to cancel, and in what order?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "First 25% off the next 3 boxes, then a pause of up to 3 "
                                        "months."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The offers are right but the order is wrong: the pause "
                                        "comes first."
                                    ),
                                },
                                {
                                    "text": "A pause of up to 6 months, then 50% off the next box.",
                                    "correct": False,
                                    "feedback": (
                                        "No. The pause is up to 3 months and the discount is 25% "
                                        "off the next 3 boxes."
                                    ),
                                },
                                {
                                    "text": "Any discount you think will keep the customer.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Agents never invent discounts; only the two listed "
                                        "offers are allowed."
                                    ),
                                },
                                {
                                    "text": (
                                        "First a pause of up to 3 months, then 25% off the next 3 "
                                        "boxes."
                                    ),
                                    "correct": True,
                                    "feedback": "Correct: at most these two, in this order.",
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                "A subscriber has declined both retention offers and repeats that "
                                "they want to cancel. What do you do?"
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Make one more offer, since they might still change their "
                                        "mind."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Two offers is the maximum; a third is obstruction."
                                    ),
                                },
                                {
                                    "text": "Tell them cancellations must be done online.",
                                    "correct": False,
                                    "feedback": (
                                        "No. You must process a cancellation when asked. Sending "
                                        "them elsewhere is obstruction."
                                    ),
                                },
                                {
                                    "text": (
                                        "Process the cancellation straight away and confirm it: no "
                                        "further boxes charged, confirmation email on its way."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right. The customer has decided; processing it promptly "
                                        "is the policy and good service."
                                    ),
                                },
                                {
                                    "text": "Transfer them to your team lead for approval.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Cancellations need no approval; you process them "
                                        "yourself."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance"],
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": (
                                'A subscriber says: "A friend got 40% off to stay. Can I have '
                                'that?" What do you say?'
                            ),
                            "choices": [
                                {
                                    "text": "Agree to 40% so the customer stays.",
                                    "correct": False,
                                    "feedback": (
                                        "No. Agents never invent discounts; 40% is not an allowed "
                                        "offer."
                                    ),
                                },
                                {
                                    "text": (
                                        "Explain kindly that the offers you can make are a pause "
                                        "of up to 3 months or 25% off the next 3 boxes, and that "
                                        "you will cancel if neither suits them."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Honest, no invented discount, and the cancellation "
                                        "remains their choice."
                                    ),
                                },
                                {
                                    "text": "Say their friend must be mistaken and end the call.",
                                    "correct": False,
                                    "feedback": (
                                        "Dismissive, and it leaves the customer's request "
                                        "unanswered. Explain the real options."
                                    ),
                                },
                            ],
                            "skills": ["policy-compliance", "clear-communication"],
                        },
                    ),
                ],
            },
        ],
    },
]


ONBOARDING_PATH = {
    "slug": "onboarding",
    "title": "New-hire onboarding",
    "intro": (
        "Welcome to XYZ Company. This path takes you from your first day to your first real "
        "contacts: what the job is, the soft skills every call runs on (patience, empathy, "
        "listening, clear communication, a positive attitude and creative problem solving), then "
        "XYZ's products and the policies you apply on every contact. Work through the courses in "
        "order: each lesson ends with a knowledge check, and many link to a practice call you can "
        "try in the simulator before you take the real thing."
    ),
    "courses": [
        "what-the-job-is",
        "patience-under-pressure",
        "making-customers-feel-important",
        "listening-like-an-expert",
        "clear-communication-positive-language",
        "positive-attitude-problem-solving",
        "xyz-products",
        "xyz-policies-accounts-billing",
        "xyz-policies-orders-returns",
    ],
}


# French translation of the first course, block for block.
FRENCH = {
    "course_slug": "what-the-job-is",
    "title": "Le métier : l'agent du service clientèle chez XYZ",
    "summary": (
        "Ce que fait vraiment un agent du service clientèle chez XYZ Company, sur quels canaux, "
        "dans quel environnement de travail, et vers quoi ce métier peut vous mener."
    ),
    "lessons": {
        "the-bridge-between-xyz-and-its-customers": {
            "title": "Le pont entre XYZ et ses clients",
            "body": [
                (
                    "rich_text",
                    (
                        "<p><em>« Merci d'avoir appelé XYZ Company, Sam à l'appareil. Comment "
                        "puis-je vous aider ? »</em></p>"
                        "<p>Pour la plupart de nos clients, cette phrase est la seule occasion "
                        "d'entendre une vraie personne de chez XYZ. Ils ne voient jamais "
                        "l'entrepôt, les acheteurs qui choisissent nos produits ni l'équipe qui "
                        "rédige le site. Ils voient un colis devant leur porte et, quand quelque "
                        "chose ne va pas ou qu'ils ont une question, c'est vous qu'ils "
                        "rencontrent. C'est pourquoi nous décrivons l'agent du service clientèle "
                        "comme le <strong>pont entre l'entreprise et ses clients</strong> : vous "
                        "portez le problème du client à l'intérieur de XYZ, et vous rapportez la "
                        "réponse de XYZ au client.</p>"
                        "<p>Un agent du service clientèle est bien plus qu'une personne qui répond "
                        "au téléphone. Votre rôle est d'aider les clients et de leur laisser une "
                        "expérience positive et utile : la question a trouvé sa réponse, le "
                        "problème est résolu ou clairement en voie de l'être, et le client a senti "
                        "que quelqu'un s'en souciait. Pour cela, il faut être à la fois courtois, "
                        "aimable, rapide et précis.</p>"
                        "<h3>Des attentes toujours plus hautes</h3>"
                        "<p>Les clients attendent chaque année davantage. Dans un sondage Harris "
                        "Poll, <strong>82 % des dirigeants</strong> estimaient que les attentes de "
                        "leurs clients étaient plus élevées que six ans auparavant. Les clients "
                        "nous comparent au meilleur service qu'ils aient jamais reçu, pas "
                        "seulement aux autres enseignes.</p>"
                        "<p>Et une mauvaise expérience a des conséquences. Selon la Small Business "
                        "Administration américaine, <strong>68 % des clients quittent une "
                        "entreprise</strong> parce qu'ils y ont été mal traités. Pas parce que le "
                        "produit ne convenait pas ou que le prix était trop élevé, mais à cause de "
                        "la façon dont on les a traités. La bonne nouvelle, c'est que l'inverse "
                        "est vrai aussi : une seule conversation utile et chaleureuse peut "
                        "transformer un client agacé en client fidèle.</p>"
                        "<h3>Vous faites partie de la marque</h3>"
                        "<p>Quand un client parle de XYZ à un ami, il décrit rarement la page de "
                        "paiement. Il raconte ce qui s'est passé quand le blender est arrivé cassé "
                        "ou que la box d'abonnement a été prélevée deux fois, et qui l'a aidé. À "
                        "chaque contact, vous êtes le visage et la voix de XYZ. C'est une "
                        "responsabilité, et c'est aussi pour cela que ce métier exige une bonne "
                        "connaissance de nos produits, de nos services et de nos normes de "
                        "service.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Un seul contact peut changer toute l'histoire",
                        "text": (
                            "<p>Repensez à la dernière fois qu'une entreprise a réglé un problème "
                            "pour vous, rapidement et avec gentillesse. Vous vous en souvenez sans "
                            "doute encore. Visez à être ce souvenir pour chaque client, même "
                            "lorsque la réponse n'est pas celle qu'il espérait.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    (
                        "<h3>Ce qu'un bon contact représente pour le client</h3>"
                        "<p>Quel que soit le motif de l'appel, un client qui repart satisfait peut "
                        "en général dire quatre choses :</p>"
                        "<ul>"
                        "<li><strong>On m'a compris.</strong> L'agent a saisi mon besoin sans que "
                        "j'aie à le répéter trois fois.</li>"
                        "<li><strong>J'ai eu une réponse claire.</strong> Juste, exacte et en mots "
                        "simples, même si c'était un non.</li>"
                        "<li><strong>Je sais ce qui va se passer.</strong> Ce qui va se passer, "
                        "dans quel délai, et ce que je dois faire, le cas échéant.</li>"
                        "<li><strong>On m'a traité comme une personne.</strong> Pas comme un "
                        "numéro de commande dans une file d'attente.</li>"
                        "</ul>"
                        "<p>Chaque cours de ce parcours d'intégration développe l'un de ces points "
                        ": la patience, l'empathie, l'écoute, une communication claire, une "
                        "attitude positive et la résolution créative de problèmes, ainsi que la "
                        "connaissance des produits et des règles qui vous permet de donner des "
                        "réponses justes.</p>"
                    ),
                ),
                (
                    "phrase_card",
                    {
                        "customer_line": (
                            "Ça fait cinq ans que j'achète chez vous, et c'est comme ça que vous "
                            "me traitez ?"
                        ),
                        "say": (
                            "Cinq ans, c'est important pour nous, monsieur Okafor, et je suis "
                            "désolé que cette commande vous ait déçu. Je m'en occupe tout de suite."
                        ),
                        "avoid": (
                            "Moi, je réponds juste au téléphone, je ne contrôle pas ce que fait "
                            "l'entrepôt."
                        ),
                        "why": (
                            "Pendant cet appel, c'est vous, XYZ. Vous désolidariser de "
                            "l'entreprise dit au client que personne n'est responsable, et c'est "
                            "précisément ce qu'il craint. Remerciez-le, excusez-vous et prenez en "
                            "charge l'étape suivante."
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Pourquoi XYZ décrit-elle l'agent du service clientèle comme un « pont "
                            "» ?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Parce que le rôle principal de l'agent est de transférer les "
                                    "appels vers le bon service."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Pas tout à fait. Les transferts existent, mais on attend de "
                                    "l'agent qu'il prenne en charge et règle le contact, pas qu'il "
                                    "le fasse passer."
                                ),
                            },
                            {
                                "text": (
                                    "Parce que l'agent travaille entre deux équipes et fait la "
                                    "passation à l'équipe suivante."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. L'image parle de la relation entre le client et XYZ, pas "
                                    "des passations entre équipes."
                                ),
                            },
                            {
                                "text": (
                                    "Parce que l'agent défend la position de l'entreprise face au "
                                    "client."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Un pont relie, il ne prend pas parti. Votre objectif est "
                                    "une bonne issue pour le client, dans le respect des règles de "
                                    "XYZ."
                                ),
                            },
                            {
                                "text": (
                                    "Parce que l'agent relie le client et l'entreprise : il porte "
                                    "le besoin du client chez XYZ et rapporte la réponse de XYZ au "
                                    "client."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Exact. Pour la plupart des clients, vous êtes la seule "
                                    "personne de chez XYZ à qui ils parlent : vous reliez les deux "
                                    "côtés."
                                ),
                            },
                        ],
                        "skills": ["empathy", "positive-attitude"],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Selon la Small Business Administration américaine, quelle part des "
                            "clients quitte une entreprise après avoir été mal traitée ?"
                        ),
                        "choices": [
                            {
                                "text": "82 %",
                                "correct": False,
                                "feedback": (
                                    "C'est l'autre chiffre : dans un sondage Harris Poll, 82 % des "
                                    "dirigeants estimaient que les attentes des clients étaient "
                                    "plus élevées que six ans auparavant."
                                ),
                            },
                            {
                                "text": "68 %",
                                "correct": True,
                                "feedback": (
                                    "Exact. Environ deux clients sur trois partent à cause de la "
                                    "façon dont ils ont été traités : la manière de gérer un "
                                    "contact compte autant que la réponse."
                                ),
                            },
                            {
                                "text": "25 %",
                                "correct": False,
                                "feedback": (
                                    "C'est malheureusement beaucoup plus : le chiffre est de 68 %."
                                ),
                            },
                            {
                                "text": "6 %",
                                "correct": False,
                                "feedback": (
                                    "Non. Six, c'est le nombre d'années de la comparaison du "
                                    "sondage Harris Poll. Le chiffre de la SBA est de 68 %."
                                ),
                            },
                        ],
                        "skills": ["empathy"],
                    },
                ),
            ],
        },
        "what-you-will-handle": {
            "title": "Ce que vous allez traiter : missions et canaux",
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Une journée au service clientèle de XYZ est variée. Certains contacts "
                        "prennent deux minutes, d'autres une demi-heure et un appel à l'entrepôt. "
                        "La plupart appartiennent à quelques grandes familles, et les connaître "
                        "vous aide à reconnaître vite ce dont le client a besoin.</p>"
                        "<h3>Vos principales missions</h3>"
                        "<ul>"
                        "<li><strong>Répondre aux demandes.</strong> Questions sur les produits "
                        "(cette friteuse à air a-t-elle une minuterie, ces draps vont-ils sur un "
                        "matelas épais), disponibilité des stocks, options de livraison, "
                        "fonctionnement de la box Home Essentials ou de XYZ Plus.</li>"
                        "<li><strong>Statut et suivi des commandes.</strong> Où est ma commande, "
                        "pourquoi le suivi n'affiche rien, quand arrivera-t-elle. C'est le contact "
                        "le plus fréquent.</li>"
                        "<li><strong>Prise et modification de commandes.</strong> Aider un client "
                        "à commander par téléphone, ou modifier l'adresse, l'article ou la "
                        "quantité d'une commande avant son expédition.</li>"
                        "<li><strong>Réclamations et médiation.</strong> Livraisons en retard, "
                        "articles abîmés ou erronés, problèmes de paiement. Quand un client et XYZ "
                        "ne sont pas d'accord, c'est vous qui écoutez les deux parties et cherchez "
                        "une issue équitable, dans le respect des règles.</li>"
                        "<li><strong>Service après-vente.</strong> Retours, échanges et "
                        "remboursements, et orientation des clients vers la garantie pour les "
                        "réparations d'appareils électroniques.</li>"
                        "<li><strong>Avis et enquêtes.</strong> Noter ce que disent les clients, "
                        "envoyer les enquêtes de satisfaction et signaler les tendances (cinq "
                        "appels sur la même bouilloire défectueuse, c'est une information dont "
                        "l'entreprise a besoin).</li>"
                        "<li><strong>Conseils et promotions.</strong> Suggérer un produit qui "
                        "correspond vraiment à ce que le client vous a dit, ou mentionner une "
                        "promotion en cours quand elle lui est utile. Serviable, jamais "
                        "insistant.</li>"
                        "</ul>"
                        "<h3>Contacts faciles et contacts difficiles</h3>"
                        "<p>Certains contacts sont simples : un client qui veut mettre à jour son "
                        "adresse e-mail ou vérifier une date de livraison. D'autres sont "
                        "difficiles : un client frustré dont l'enceinte connectée refuse de se "
                        "connecter, qui y a déjà passé une heure, et que vous devez guider à "
                        "travers une série d'étapes techniques en restant calme et courtois. "
                        "Certains contacts ont aussi une dimension commerciale : quand un abonné "
                        "appelle pour résilier sa box Home Essentials, vous pouvez essayer de le "
                        "retenir avec les offres de fidélisation que XYZ autorise. Beaucoup "
                        "d'entreprises récompensent les agents pour chaque client « sauvé ». Chez "
                        "XYZ, un client sauvé ne compte que s'il choisit librement de rester : "
                        "vous ne refusez et ne freinez jamais une résiliation.</p>"
                    ),
                ),
                (
                    "rich_text",
                    (
                        "<h3>Les canaux</h3>"
                        "<p>Les clients nous contactent par téléphone, e-mail, chat en ligne et "
                        "réseaux sociaux. Le métier est le même sur tous les canaux, mais chacun "
                        "vous demande quelque chose de différent :</p>"
                        "<ul>"
                        "<li><strong>Téléphone.</strong> Le client ne vous voit pas : votre voix "
                        "porte tout, la chaleur, l'assurance, la patience. Au téléphone, un "
                        "silence paraît long ; dites ce que vous êtes en train de faire.</li>"
                        "<li><strong>E-mail.</strong> Répondez à tout en un seul message, dans "
                        "l'ordre, avec des étapes suivantes claires, pour que le client n'ait pas "
                        "à réécrire. Relisez-vous avant d'envoyer.</li>"
                        "<li><strong>Chat en ligne.</strong> Des messages courts et aimables, une "
                        "question à la fois. Vous pouvez gérer plusieurs conversations en même "
                        "temps : prévenez le client si vous avez besoin d'un instant.</li>"
                        "<li><strong>Réseaux sociaux.</strong> C'est public. Répondez vite et avec "
                        "bienveillance en public, puis passez en message privé avant d'aborder "
                        "quoi que ce soit concernant un compte ou une commande.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "policy",
                        "title": "Les mêmes règles sur tous les canaux",
                        "text": (
                            "<p>La vérification d'identité précède toute information sur un compte "
                            "ou une commande, quel que soit le canal : le nom complet du client "
                            "plus deux éléments parmi le numéro de commande, l'adresse e-mail du "
                            "compte ou le code postal de facturation. Sur les réseaux sociaux, ne "
                            "demandez jamais à un client de publier ces informations ; passez "
                            "d'abord en message privé.</p>"
                        ),
                    },
                ),
                (
                    "phrase_card",
                    {
                        "customer_line": (
                            "(Publication publique) @XYZ elle est où ma commande ??? C'est la "
                            "troisième fois que je demande !!"
                        ),
                        "say": (
                            "Nous sommes désolés que vous ayez dû redemander, Dana, ce n'est pas "
                            "l'expérience que nous voulons pour vous. Envoyez-nous un message "
                            "privé et nous regardons votre commande avec vous tout de suite."
                        ),
                        "avoid": (
                            "Répondez avec votre numéro de commande et votre e-mail pour qu'on "
                            "vérifie."
                        ),
                        "why": (
                            "Une réponse publique rapide et chaleureuse montre à tous que XYZ s'en "
                            "soucie ; demander des informations personnelles dans un fil public "
                            "met en danger la vie privée du client et enfreint nos règles de "
                            "vérification."
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Derrière chaque contact, quel que soit le canal",
                        "items": [
                            "Saluer le client et donner votre prénom.",
                            "Comprendre le motif du contact, avec les mots du client.",
                            "Vérifier l'identité avant de parler d'un compte ou d'une commande.",
                            (
                                "Régler le problème, ou convenir d'étapes suivantes claires avec "
                                "un délai."
                            ),
                            "Noter ce qui s'est passé dans la fiche du client dans le CRM.",
                            (
                                "Récapituler, vérifier que le client n'a besoin de rien d'autre, "
                                "et conclure chaleureusement."
                            ),
                        ],
                    },
                ),
                (
                    "practice_scenario",
                    {
                        "scenario_slug": "late-order-angry",
                        "text": (
                            "Le statut de commande est le contact que vous traiterez le plus "
                            "souvent. Entraînez-vous avec un client contrarié dont la commande est "
                            "en retard."
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Lequel de ces contacts relève du service après-vente ?",
                        "choices": [
                            {
                                "text": (
                                    "Un client demande si la parure de serviettes en bambou est en "
                                    "stock."
                                ),
                                "correct": False,
                                "feedback": (
                                    "C'est une demande d'information produit : le client n'a "
                                    "encore rien acheté."
                                ),
                            },
                            {
                                "text": "Un client veut savoir où se trouve son colis.",
                                "correct": False,
                                "feedback": "C'est un contact de statut et de suivi de commande.",
                            },
                            {
                                "text": (
                                    "Un client veut échanger une cafetière arrivée dans la "
                                    "mauvaise couleur."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Oui. Les retours, échanges, remboursements et questions de "
                                    "garantie relèvent du service après-vente."
                                ),
                            },
                            {
                                "text": (
                                    "Un client remplit une enquête de satisfaction après un appel."
                                ),
                                "correct": False,
                                "feedback": (
                                    "C'est la collecte d'avis, une autre mission du poste, mais "
                                    "pas du service après-vente."
                                ),
                            },
                        ],
                        "skills": ["product-knowledge"],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Un client publie sur la page publique de XYZ que son remboursement "
                            "n'est pas arrivé. Quelle est la meilleure première réponse ?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "S'excuser publiquement, utiliser son prénom et l'inviter en "
                                    "message privé pour regarder le dossier."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Exact. Une réponse publique rapide et chaleureuse montre que "
                                    "nous nous en soucions ; les détails se traitent en privé, "
                                    "après vérification."
                                ),
                            },
                            {
                                "text": (
                                    "Lui demander de publier son numéro de commande et son code "
                                    "postal de facturation pour vérifier."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Ne demandez jamais d'informations de compte en public : "
                                    "cela expose les données du client."
                                ),
                            },
                            {
                                "text": (
                                    "Ignorer la publication : les réseaux sociaux ne sont pas un "
                                    "canal d'assistance."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Les réseaux sociaux font partie de nos canaux, et une "
                                    "réclamation publique sans réponse est vue par tout le monde."
                                ),
                            },
                            {
                                "text": (
                                    "Répondre publiquement avec le statut du remboursement tiré de "
                                    "son compte."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Ce serait parler d'un compte sans vérification, et en "
                                    "public : c'est une atteinte à la vie privée."
                                ),
                            },
                        ],
                        "skills": ["policy-compliance", "clear-communication"],
                    },
                ),
            ],
        },
        "life-in-the-contact-centre": {
            "title": "La vie au centre d'appels, et les perspectives",
            "body": [
                (
                    "rich_text",
                    (
                        "<p>La plupart des agents XYZ travaillent dans notre centre de contact, "
                        "sur site ou à domicile. C'est un lieu où tout va vite : un volume élevé "
                        "de contacts chaque jour, encore plus dans les semaines qui précèdent les "
                        "fêtes, pendant les grandes promotions et le lundi matin après les "
                        "livraisons du week-end. L'environnement peut être stressant, surtout les "
                        "jours où les clients contrariés sont plus nombreux que d'habitude. "
                        "Comprendre comment fonctionne le centre vous aide à gérer cette "
                        "pression.</p>"
                        "<h3>Les appels sont enregistrés et évalués</h3>"
                        "<p>Vos appels et vos chats sont enregistrés. Chaque mois, des évaluateurs "
                        "qualité en écoutent un échantillon et les notent selon une grille : "
                        "accueil, vérification, découverte du besoin, empathie, résolution, "
                        "communication et conclusion. Les clients reçoivent aussi des enquêtes de "
                        "suivi. Le but n'est pas de vous prendre en faute, mais de vous "
                        "accompagner. Les appels enregistrés servent à la formation et, quand les "
                        "appels d'une personne montrent une compétence insuffisante, elle suit une "
                        "nouvelle formation sur cette compétence. Les augmentations et les primes "
                        "dépendent en général de ces performances : c'est pourquoi les bons agents "
                        "ne cessent d'apprendre et de progresser.</p>"
                        "<p>Les simulations d'appels de Callwise sont notées sur les mêmes "
                        "rubriques : vous pouvez vous entraîner à un appel difficile autant de "
                        "fois que vous le voulez avant d'en prendre un vrai.</p>"
                        "<h3>Durée de traitement et quotas</h3>"
                        "<p>Les centres de contact mesurent la <strong>durée de "
                        "traitement</strong> : le temps que prend un contact, y compris les notes "
                        "rédigées ensuite. Les équipes ont aussi des objectifs de nombre de "
                        "contacts traités par heure ou par service. Ces chiffres comptent, car une "
                        "file de clients en attente est bien réelle. Mais la rapidité ne passe "
                        "jamais avant la qualité : le contact le plus rapide est celui qui est "
                        "résolu du premier coup, car un client obligé de rappeler coûte deux fois "
                        "plus de temps et il est deux fois plus agacé. Soyez efficace (maîtrisez "
                        "vos outils et les règles), pas pressé.</p>"
                        "<h3>Les horaires</h3>"
                        "<p>Les clients de XYZ achètent à toute heure et le centre de contact est "
                        "ouvert tous les jours : les agents travaillent en horaires tournants, y "
                        "compris le soir, la nuit, le week-end et les jours fériés. Les créneaux "
                        "les moins demandés sont souvent mieux payés à l'heure. Être à l'heure et "
                        "prendre ses pauses aux moments prévus (le respect du planning) est "
                        "important, car le nombre d'agents présents est calculé selon le nombre de "
                        "contacts attendus.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Vos appels enregistrés sont votre meilleur coach",
                        "text": (
                            "<p>Pendant vos premiers mois, demandez à votre chef d'équipe "
                            "d'écouter avec vous un de vos appels chaque semaine. S'entendre "
                            "soi-même est le moyen le plus rapide de repérer les habitudes (couper "
                            "la parole, laisser de longs silences, employer du jargon) qu'on ne "
                            "remarque pas pendant l'appel.</p>"
                        ),
                    },
                ),
                (
                    "rich_text",
                    (
                        "<h3>Les perspectives : l'échelle de carrière</h3>"
                        "<p>Le service clientèle est un vrai parcours professionnel, et beaucoup "
                        "de chefs d'équipe et de responsables ont commencé au téléphone. Chez XYZ, "
                        "l'échelle compte quatre échelons :</p>"
                        "<ol>"
                        "<li><strong>Agent junior.</strong> C'est votre point de départ. Vous "
                        "suivez l'intégration, traitez les demandes courantes et les questions de "
                        "commande, et votre chef d'équipe suit vos appels de près.</li>"
                        "<li><strong>Agent.</strong> Vous traitez seul tout l'éventail des "
                        "contacts sur tous les canaux, y compris les réclamations, les retours et "
                        "les résiliations.</li>"
                        "<li><strong>Agent senior.</strong> Vous prenez les contacts complexes et "
                        "escaladés, vous accompagnez les nouvelles recrues et vous participez aux "
                        "évaluations qualité.</li>"
                        "<li><strong>Chef d'équipe.</strong> Vous dirigez une équipe : coaching, "
                        "plannings, accords que les agents ne peuvent pas donner seuls (comme un "
                        "geste commercial au-delà de la limite de l'agent) et résultats de "
                        "l'équipe. Au-delà viennent les postes de superviseur et de "
                        "responsable.</li>"
                        "</ol>"
                        "<p>Les certifications Callwise suivent la même échelle : chaque niveau "
                        "s'obtient par des cours terminés, des quiz réussis et des simulations "
                        "d'appels notées.</p>"
                        "<h3>Continuer à apprendre</h3>"
                        "<p>XYZ ajoute régulièrement de nouvelles gammes de produits et révise ses "
                        "règles. Plus vous connaissez l'entreprise, meilleur est le service que "
                        "vous rendez : considérez chaque formation, chaque mise à jour des règles "
                        "et chaque séance de coaching comme une partie du métier. Un agent qui "
                        "cite la politique de retour de l'an dernier fait une promesse que "
                        "l'entreprise ne peut pas tenir.</p>"
                    ),
                ),
                (
                    "phrase_card",
                    {
                        "customer_line": (
                            "Désolée, je sais que vous devez être débordé aujourd'hui..."
                        ),
                        "say": (
                            "Vous avez toute mon attention, madame Chen. Réglons cela comme il "
                            "faut."
                        ),
                        "avoid": "Oui, il y a beaucoup d'attente, alors si on peut faire vite...",
                        "why": (
                            "La durée de traitement, c'est à vous de la gérer, ce n'est pas un "
                            "poids pour le client. Le presser entraîne des oublis et des rappels, "
                            "qui coûtent finalement plus de temps."
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Un appel avec un client perdu dépasse la durée de traitement moyenne "
                            "de votre équipe. Que faites-vous ?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Promettre de rappeler le client plus tard et raccrocher "
                                    "maintenant."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Un rappel inutile ne fait que reporter le travail et la "
                                    "frustration du client."
                                ),
                            },
                            {
                                "text": "Sauter la vérification d'identité pour gagner du temps.",
                                "correct": False,
                                "feedback": (
                                    "Jamais. La vérification est obligatoire avant de parler d'un "
                                    "compte ou d'une commande, quelle que soit l'attente."
                                ),
                            },
                            {
                                "text": (
                                    "Transférer le client vers une autre équipe pour garder une "
                                    "durée de traitement basse."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Un transfert inutile agace le client et ne règle rien."
                                ),
                            },
                            {
                                "text": (
                                    "Rester calme et efficace, et régler le problème correctement "
                                    "pour que le client n'ait pas à rappeler."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Exact. La qualité d'abord : un contact résolu du premier coup "
                                    "est, au total, le plus rapide."
                                ),
                            },
                        ],
                        "skills": ["patience", "policy-compliance"],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": (
                            "Dans quel ordre se présente l'échelle de carrière chez XYZ, en "
                            "partant du premier échelon ?"
                        ),
                        "choices": [
                            {
                                "text": "Agent, agent junior, chef d'équipe, agent senior",
                                "correct": False,
                                "feedback": (
                                    "Non. On commence comme agent junior, et le chef d'équipe est "
                                    "au-dessus de l'agent senior."
                                ),
                            },
                            {
                                "text": "Agent junior, agent, agent senior, chef d'équipe",
                                "correct": True,
                                "feedback": (
                                    "Exact. Les certifications Callwise suivent ces quatre niveaux."
                                ),
                            },
                            {
                                "text": "Agent junior, chef d'équipe, agent, agent senior",
                                "correct": False,
                                "feedback": (
                                    "Non. Chef d'équipe est le dernier échelon de l'échelle des "
                                    "agents, après agent senior."
                                ),
                            },
                            {
                                "text": "Stagiaire, agent senior, agent, responsable",
                                "correct": False,
                                "feedback": (
                                    "Non. Les échelons sont agent junior, agent, agent senior et "
                                    "chef d'équipe."
                                ),
                            },
                        ],
                        "skills": ["positive-attitude"],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "question": "Pourquoi vos appels sont-ils enregistrés et évalués ?",
                        "choices": [
                            {
                                "text": (
                                    "Uniquement pour régler des litiges juridiques avec les "
                                    "clients."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Les enregistrements peuvent aider en cas de litige, mais leur "
                                    "usage quotidien, c'est la formation et la qualité."
                                ),
                            },
                            {
                                "text": (
                                    "Pour trouver un motif de licencier les agents qui ont une "
                                    "mauvaise journée."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Non. Tout le monde a des appels difficiles ; les évaluations "
                                    "cherchent des tendances à travailler, pas des erreurs isolées "
                                    "à sanctionner."
                                ),
                            },
                            {
                                "text": (
                                    "Pour accompagner les agents, garantir une qualité constante "
                                    "et proposer une nouvelle formation là où une compétence est "
                                    "insuffisante."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Oui. Les évaluations sont un outil de coaching, et elles "
                                    "comptent aussi pour les augmentations et les primes."
                                ),
                            },
                        ],
                        "skills": ["positive-attitude"],
                    },
                ),
            ],
        },
    },
}
