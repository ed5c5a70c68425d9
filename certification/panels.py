"""Home page panels: assignments (5), the manager's teams (15), certificates (60), analytics (70).

Each panel asks one selector for its data; the templates only show it.
"""

from accounts.navigation import HomePanel


class AssignmentsPanel(HomePanel):
    """First on a learner's home: what they were given to do, and by when."""

    order = 5
    template_name = "certification/panels/assignments.html"

    def get_context_data(self, parent_context=None):
        from .selectors.assignments import assignment_list_for_learner

        context = super().get_context_data(parent_context)
        context["assignments"] = assignment_list_for_learner(self.request.user)
        return context


class TeamPanel(HomePanel):
    """The manager's home: each team at a glance, with the way into the full dashboard."""

    order = 15
    template_name = "certification/panels/team.html"

    def get_context_data(self, parent_context=None):
        from .selectors.team import attention_for, team_summaries_for

        context = super().get_context_data(parent_context)
        context["summaries"] = team_summaries_for(self.request.user)
        context["attention"] = attention_for(self.request.user)
        return context


class CertificatesPanel(HomePanel):
    order = 60
    template_name = "certification/panels/certificates.html"

    def get_context_data(self, parent_context=None):
        from courses.dashboard import completed_course_ids_read

        from .selectors.certificates import program_progress_for

        context = super().get_context_data(parent_context)
        # The courses panels read the learner's enrolments already: not read twice.
        context["programs"] = program_progress_for(
            self.request.user, completed_course_ids=completed_course_ids_read(self.request)
        )
        return context


class AnalyticsPanel(HomePanel):
    order = 70
    template_name = "certification/panels/analytics.html"

    def get_context_data(self, parent_context=None):
        from .selectors.analytics import analytics_overview

        context = super().get_context_data(parent_context)
        context["overview"] = analytics_overview()
        return context
