"""Names, call lines and rubric criteria that ``certification.scale`` draws from."""

AGENT_LINES = (
    "Hello, thank you for calling XYZ, my name is {name}. How can I help?",
    "I'm sorry about that, I can hear how frustrating it is.",
    "Could you give me your order number, please?",
    "Here's what I'll do: I'll sort this out today and email you a confirmation.",
)
CUSTOMER_LINES = (
    "My order still hasn't arrived!",
    "It's XYZ-20417.",
    "Fine. When will I get it?",
    "OK, thank you.",
)

CRITERIA = (
    ("greeting", "Greeted and gave their name", "clear-communication"),
    ("empathy", "Showed empathy or apologised", "empathy"),
    ("verification", "Verified identity", "policy-compliance"),
    ("ownership", "Took ownership", "problem-solving"),
    ("not_rude", "Was never rude to the customer", "patience"),
)
FIRST = (
    "Amara",
    "Ben",
    "Chen",
    "Dalia",
    "Emeka",
    "Fatima",
    "Goran",
    "Hana",
    "Ivan",
    "Jia",
    "Kwame",
    "Leila",
    "Mateo",
    "Nia",
    "Oskar",
    "Priya",
    "Rosa",
    "Sami",
    "Tomasz",
    "Yuki",
)
LAST = (
    "Abara",
    "Bianchi",
    "Costa",
    "Dimitrov",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Mensah",
    "Nguyen",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
)
