"""The product's own Wagtail hooks: one name for each, and what its functions receive.

Apps register with ``@hooks.register(lms_hooks.AFTER_GRADE_RECORDED)`` and call with
``hooks.get_hooks(lms_hooks.AFTER_GRADE_RECORDED)``, so a misspelt hook is an
``AttributeError`` at import rather than a listener that silently never runs. Wagtail's
own hooks (``register_admin_menu_item`` and the like) keep their literal names.
"""

# -- roles and navigation (accounts) ---------------------------------------------------------

#: ``fn() -> {Role: ["app_label.codename", ...]}``: permissions each role's group gets
#: (``accounts.services.roles_sync``, after every migrate; it only adds).
REGISTER_ROLE_PERMISSIONS = "register_role_permissions"

#: ``fn() -> NavItem``: one entry of the LMS's top navigation (``accounts.navigation``).
REGISTER_LMS_NAV_ITEM = "register_lms_nav_item"

#: ``fn(request, panels: list[HomePanel]) -> None``: append panels to the signed-in home
#: page; they are shown sorted by their ``order``.
CONSTRUCT_LMS_HOME_PANELS = "construct_lms_home_panels"

# -- learning (courses) ---------------------------------------------------------------------

#: ``fn(enrolment) -> None``: a learner has just completed a course (``completed_at`` set).
AFTER_COURSE_COMPLETED = "after_course_completed"

# -- calls (simulations) --------------------------------------------------------------------

#: ``fn(session) -> None``: a practice call has just ended, not yet graded (never called for
#: a trial run); an exception a listener raises is logged, not passed to the caller.
AFTER_SIMULATION_SESSION_END = "after_simulation_session_end"

#: ``fn(user, scenario_ids: list[int]) -> {scenario_id: {"best", "latest", "url"}}`` (or
#: ``None``): the user's best and latest call score per scenario, and the latest grade's
#: page, for the scenario library; the results of every listener are merged.
SCENARIO_SCORES_FOR = "scenario_scores_for"

# -- assessments -------------------------------------------------------------------------------

#: ``fn(attempt) -> None``: a quiz attempt has just been submitted and marked.
AFTER_QUIZ_ATTEMPT_SUBMITTED = "after_quiz_attempt_submitted"

#: ``fn(grade) -> None``: a call's grade has been recorded, regraded or overridden (possibly
#: inside the caller's transaction: work that must follow the commit uses ``on_commit``).
AFTER_GRADE_RECORDED = "after_grade_recorded"

ALL = (
    REGISTER_ROLE_PERMISSIONS,
    REGISTER_LMS_NAV_ITEM,
    CONSTRUCT_LMS_HOME_PANELS,
    AFTER_COURSE_COMPLETED,
    AFTER_SIMULATION_SESSION_END,
    SCENARIO_SCORES_FOR,
    AFTER_QUIZ_ATTEMPT_SUBMITTED,
    AFTER_GRADE_RECORDED,
)
