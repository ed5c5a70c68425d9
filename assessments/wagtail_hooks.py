"""Quizzes and rubrics in Wagtail admin (a rubric's calibration one click from its editor),
the override, dispute and review audit actions, role permissions, navigation, the
skill-profile home panel, and the hooks other apps call.

Listeners only hand over to services and selectors; no rules live here.
"""

from django.db.models import Case, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from accounts.navigation import HomePanel, NavItem
from accounts.permissions import is_learner
from accounts.roles import LEARNER_ROLES, Role
from lms import hooks as lms_hooks

from .models import GradingJob, GradingStatus, Quiz, Rubric


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    list_display = ["title", "course", "pass_mark", "attempts_allowed", "draw"]
    list_filter = ["live", "counting"]

    def get_queryset(self, request):
        return Quiz.objects.select_related("course")


class RubricEditView(EditView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        buttons.append(
            HeaderButton(
                _("Calibration"),
                url=reverse("assessments:rubric_calibration", args=[self.object.pk]),
                icon_name="table",
                attrs={"title": _("How far reviewers agree with the grader, per criterion")},
            )
        )
        return buttons


class RubricViewSet(SnippetViewSet):
    model = Rubric
    icon = "list-ul"
    menu_label = _("Rubrics")
    edit_view_class = RubricEditView
    list_display = ["name", "slug", "pass_mark", "is_default", "extends"]
    list_filter = ["live", "is_default"]

    def get_queryset(self, request):
        return Rubric.objects.select_related("extends")


class AssessmentsGroup(SnippetViewSetGroup):
    items = (QuizViewSet, RubricViewSet)
    menu_icon = "tasks"
    menu_label = _("Assessments")
    menu_name = "assessments"
    menu_order = 350


register_snippet(AssessmentsGroup)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """People with the view permission may look; nobody edits the queue by hand."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(GradingJob, ReadOnlyPolicy(GradingJob))
_ATTENTION_ORDER = [GradingStatus.FAILED, GradingStatus.RETRYING, GradingStatus.PENDING]


class GradingQueueViewSet(ModelViewSet):
    """Admins see calls whose grading failed or waits; grade_pending (cron) retries them."""

    model = GradingJob
    icon = "warning"
    menu_label = _("Grading queue")
    menu_order = 360
    add_to_admin_menu = True
    list_display = ["session", "status", "attempts", "last_error", "next_attempt_at", "updated_at"]
    list_filter = ["status"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]  # required by ModelViewSet; the policy allows no editing

    def get_queryset(self, request):
        # What needs attention first: failed, then retrying, then waiting, then graded.
        first = Case(
            *(When(status=status, then=n) for n, status in enumerate(_ATTENTION_ORDER)),
            default=len(_ATTENTION_ORDER),
        )
        return (
            GradingJob.objects.select_related("session__user", "session__scenario")
            .annotate(attention=first)
            .order_by("attention", "-updated_at")
        )


@hooks.register("register_admin_viewset")
def grading_queue_viewset():
    return GradingQueueViewSet("grading_queue")


_AUTHORING = [
    f"assessments.{verb}_{model}"
    for model in ("quiz", "rubric")
    for verb in ("add", "change", "delete", "publish")
]


@hooks.register(lms_hooks.REGISTER_ROLE_PERMISSIONS)
def role_permissions():
    return {Role.TRAINER: _AUTHORING, Role.ADMIN: [*_AUTHORING, "assessments.view_gradingjob"]}


@hooks.register("register_log_actions")
def log_actions(actions):
    @actions.register_action("assessments.override")
    class OverrideFormatter(LogFormatter):
        label = _("Override a grade criterion")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            try:
                return (
                    _(
                        "Changed “%(label)s” from %(before)s to %(after)s "
                        "(total %(total_before)s → %(total_after)s): %(reason)s"
                    )
                    % data
                )
            except KeyError:
                return _("Overrode a grade criterion")

    @actions.register_action("assessments.dispute")
    class DisputeFormatter(LogFormatter):
        label = _("Dispute a grade")

        def format_message(self, log_entry):
            comment = (log_entry.data or {}).get("comment", "")
            return _("Disputed the grade: %(comment)s") % {"comment": comment}

    @actions.register_action("assessments.review")
    class ReviewFormatter(LogFormatter):
        label = _("Review a grade")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            try:
                if data["decision"] == "accepted":
                    message = _("Reviewed the grade and accepted it at %(score_after)s") % data
                else:
                    message = (
                        _(
                            "Reviewed the grade and changed it from %(score_before)s "
                            "to %(score_after)s"
                        )
                        % data
                    )
            except KeyError:
                return _("Reviewed a grade")
            return f"{message}: {data['reason']}" if data.get("reason") else message


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_quizzes():
    return NavItem(_("Quizzes"), "assessments:quizzes", order=250, roles=LEARNER_ROLES)


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_skills():
    return NavItem(_("My skills"), "assessments:skills", order=300, roles=LEARNER_ROLES)


@hooks.register(lms_hooks.REGISTER_LMS_NAV_ITEM)
def nav_review_queue():
    return NavItem(
        _("Review queue"),
        "assessments:review_queue",
        order=350,
        roles=frozenset({Role.TRAINER, Role.MANAGER, Role.ADMIN}),
    )


class SkillProfilePanel(HomePanel):
    """Home page: the learner's skill profile at a glance and their latest graded call."""

    order = 50
    template_name = "assessments/panels/skills.html"

    def get_context_data(self, parent_context=None):
        from .selectors import grades_for_user, skill_profile_for

        context = super().get_context_data(parent_context)
        context["levels"] = skill_profile_for(self.request.user, history=False)
        context["grades"] = grades_for_user(self.request.user, limit=3)
        return context


@hooks.register(lms_hooks.CONSTRUCT_LMS_HOME_PANELS)
def home_panels(request, panels):
    if is_learner(request.user):
        panels.append(SkillProfilePanel(request))


@hooks.register(lms_hooks.AFTER_SIMULATION_SESSION_END)
def grade_ended_session(session):
    from .services import grading_request

    grading_request(session=session)


@hooks.register(lms_hooks.SCENARIO_SCORES_FOR)
def scenario_scores(user, scenario_ids):
    from .selectors import scenario_scores_for

    return scenario_scores_for(user, scenario_ids)
