"""HTTP for certification: thin views over selectors and services (see each module)."""

from .certificates import (
    certificate_detail,
    certificate_issue,
    certificate_list,
    certificate_print,
    certificate_revoke,
    verify,
)
from .other import (
    analytics,
    analytics_criterion,
    assignment_list,
    export_detail,
    export_download,
    export_start,
    team_export,
)
from .team import person_detail, team_assign, team_detail, team_list

__all__ = [
    "analytics",
    "analytics_criterion",
    "assignment_list",
    "certificate_detail",
    "certificate_issue",
    "certificate_list",
    "certificate_print",
    "certificate_revoke",
    "export_detail",
    "export_download",
    "export_start",
    "person_detail",
    "team_assign",
    "team_detail",
    "team_export",
    "team_list",
    "verify",
]
