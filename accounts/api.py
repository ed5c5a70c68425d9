"""The signed-in caller, for integrations checking their token."""

from ninja import Router, Schema

from .roles import roles_of

router = Router(tags=["accounts"])


class MeOut(Schema):
    username: str
    name: str
    roles: list[str]
    teams: list[str]


@router.get("/me", response=MeOut, summary="Who am I")
def me(request):
    user = request.user
    return {
        "username": user.get_username(),
        "name": user.get_full_name(),
        "roles": sorted(str(r.value) for r in roles_of(user)),
        "teams": [t.name for t in user.teams.all()],
    }
