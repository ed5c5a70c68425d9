"""Demo people: one user per role and the team "Team Aurora". Idempotent."""

from .roles import Role
from .services import roles_sync, team_create, user_create

DEMO_PASSWORD = "callwise-demo"  # noqa: S105 - printed by load_demo and listed in README

DEMO_USERS = [
    # username, first, last, roles, superuser
    ("newhire", "Nadia", "Haddad", [Role.NEW_HIRE], False),
    ("agent", "Arjun", "Mehta", [Role.AGENT], False),
    ("trainer", "Tereza", "Novak", [Role.TRAINER], False),
    ("manager", "Marcus", "Bell", [Role.MANAGER], False),
    ("admin", "Ada", "Okafor", [Role.ADMIN], True),
]

AURORA_AGENTS = [
    ("lucia.moreno", "Lucía", "Moreno"),
    ("wei.chen", "Wei", "Chen"),
    ("kofi.mensah", "Kofi", "Mensah"),
    ("sofia.ivanova", "Sofia", "Ivanova"),
]


def load(*, stdout=None) -> None:
    roles_sync()
    users = {}
    for username, first, last, roles, superuser in DEMO_USERS:
        users[username] = user_create(
            username=username,
            password=DEMO_PASSWORD,
            roles=roles,
            first_name=first,
            last_name=last,
            email=f"{username}@xyz-company.example",
            is_superuser=superuser,
        )
    agents = [
        user_create(
            username=username,
            password=DEMO_PASSWORD,
            roles=[Role.AGENT],
            first_name=first,
            last_name=last,
            email=f"{username}@xyz-company.example",
        )
        for username, first, last in AURORA_AGENTS
    ]
    team_create(
        name="Team Aurora",
        slug="team-aurora",
        managers=[users["manager"]],
        members=[users["agent"], users["newhire"], *agents],
    )
