"""Certification in Wagtail admin, the audit-log actions, role permissions, navigation,
home panels, and the listeners that react to grades and quiz attempts.

The listeners only hand over to services; no rules live here.
"""

from functools import partial

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.navigation import NavItem
from accounts.permissions import is_learner, is_manager
from accounts.roles import Role
from lms import hooks as lms_hooks

from .models import CertificationProgram, RetrainingRule, RuleEvaluationLog
from .panels import AnalyticsPanel, AssignmentsPanel, CertificatesPanel, TeamPanel
from .permissions import can_view_analytics


class CertificationProgramViewSet(SnippetViewSet):
    model = CertificationProgram
    icon = "success"
    menu_label = _("Programs")
    list_display = ["title", "level", "validity_months", "recert_window_days"]
    list_filter = ["level", "live"]


class RetrainingRuleViewSet(SnippetViewSet):
    model = RetrainingRule
    icon = "warning"
    menu_label = _("Retraining rules")
    list_display = ["name", "kind", "skill", "cooldown_days", "auto_assign", "active"]
    list_filter = ["kind", "active", "auto_assign"]


class RuleEvaluationLogViewSet(SnippetViewSet):
    """Read-only for trainers: why each rule did or did not raise a need, for whom."""

    model = RuleEvaluationLog
    icon = "list-ul"
    menu_label = _("Why needs were raised")
    list_display = ["created_at", "rule", "user", "outcome", "detail", "trigger"]
    list_filter = ["outcome", "rule", "raised"]
    inspect_view_enabled = True
    list_per_page = 50

    def get_queryset(self, request):
        return RuleEvaluationLog.objects.select_related("rule", "user")


class CertificationGroup(SnippetViewSetGroup):
    items = (CertificationProgramViewSet, RetrainingRuleViewSet, RuleEvaluationLogViewSet)
    menu_icon = "success"
    menu_label = _("Certification")
    menu_name = "certification"
    menu_order = 500


register_snippet(CertificationGroup)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "certification.certificate.issue", _("Issue certificate"), _("Certificate issued")
    )
    actions.register_action(
        "certification.certificate.recertify", _("Recertify"), _("Certificate renewed")
    )
    actions.register_action(
        "certification.certificate.window",
        _("Renewal window opened"),
        _("Certificate entered its renewal window"),
    )
    actions.register_action(
        "certification.certificate.reenrol", _("Re-enrol"), _("Holder re-enrolled for renewal")
    )
    actions.register_action(
        "certification.certificate.expire", _("Expire certificate"), _("Certificate expired")
    )
    actions.register_action(
        "certification.certificate.revoke", _("Revoke certificate"), _("Certificate revoked")
    )
    actions.register_action(
        "certification.need.raise", _("Raise retraining need"), _("Retraining need raised")
    )
    actions.register_action(
        "certification.need.resolve", _("Resolve retraining need"), _("Retraining need resolved")
    )
    actions.register_action("certification.assignment.create", _("Assign"), _("Assigned"))
    actions.register_action(
        "certification.assignment.complete", _("Complete assignment"), _("Assignment completed")
    )
    actions.register_action(
        "certification.assignment.update",
        _("Update assignment"),
        _("Assignment's due date or note updated"),
    )
    actions.register_action(
        "certification.assignment.reopen",
        _("Reopen assignment"),
        _("Assignment reopened: the call that completed it no longer passes"),
    )
    actions.register_action(
        "certification.need.evidence",
        _("Add evidence to retraining need"),
        _("Evidence added to retraining need"),
    )
    actions.register_action(
        "certification.need.reopen", _("Reopen retraining need"), _("Retraining need reopened")
    )


_AUTHORING = [
    *(
        f"certification.{verb}_certificationprogram"
        for verb in ("add", "change", "delete", "publish")
    ),
    *(f"certification.{verb}_retrainingrule" for verb in ("add", "change", "delete")),
    "certification.view_ruleevaluationlog",
]


@hooks.register(lms_hooks.REGISTER_ROLE_PERMISSIONS)
def role_permissions():
    return {Role.TRAINER: _AUTHORING, Role.ADMIN: _AUTHORING}


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_team():
    return NavItem(
        _("My team"), "certification:teams", order=300, roles=frozenset({Role.MANAGER, Role.ADMIN})
    )


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_certificates():
    return NavItem(
        _("Certificates"),
        "certification:certificates",
        order=400,
        roles=frozenset({Role.NEW_HIRE, Role.AGENT}),
    )


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_analytics():
    return NavItem(
        _("Analytics"),
        "certification:analytics",
        order=500,
        roles=frozenset({Role.TRAINER, Role.ADMIN}),
    )


_PANELS_READY = True


@hooks.register(lms_hooks.CONSTRUCT_LMS_HOME_PANELS)
def home_panels(request, panels):
    if not _PANELS_READY:
        return
    user = request.user
    if is_learner(user):
        panels.append(AssignmentsPanel(request))
        panels.append(CertificatesPanel(request))
    if is_manager(user):
        panels.append(TeamPanel(request))
    if can_view_analytics(user):
        panels.append(AnalyticsPanel(request))


# Listeners: the lower apps call these hooks; certification reacts after their commit,
# so a failure here never loses a grade or an attempt (the cron catches up).


def _after_learning_record(user_id: int, *, grade_id=None, attempt_id=None) -> None:
    from .services import learning_record_react

    learning_record_react(user_id=user_id, grade_id=grade_id, attempt_id=attempt_id)


@hooks.register(lms_hooks.AFTER_GRADE_RECORDED)
def after_grade_recorded(grade):
    transaction.on_commit(
        partial(_after_learning_record, grade.user_id, grade_id=grade.pk), robust=True
    )


@hooks.register(lms_hooks.AFTER_QUIZ_ATTEMPT_SUBMITTED)
def after_quiz_attempt_submitted(attempt):
    transaction.on_commit(
        partial(_after_learning_record, attempt.user_id, attempt_id=attempt.pk), robust=True
    )


@hooks.register(lms_hooks.AFTER_COURSE_COMPLETED)
def after_course_completed(enrolment):
    transaction.on_commit(partial(_after_learning_record, enrolment.user_id), robust=True)
