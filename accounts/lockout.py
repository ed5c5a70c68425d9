"""When sign-in pauses: per username and IP, and per IP across every username.

django-axes counts failures for each combination in ``AXES_LOCKOUT_PARAMETERS``
but compares the largest count with one ``AXES_FAILURE_LIMIT``; the per-IP count
is always the largest, so one limit would either lock a whole office behind one
NAT after five typos or let a password be tried across many usernames. This
handler gives each its own limit:

- ``AXES_FAILURE_LIMIT`` (5) failures for one username from one IP pause that username there;
- ``AXES_IP_FAILURE_LIMIT`` (30) failures from one IP, whatever the usernames, pause the IP.

A successful sign-in clears only its own username's failures, so signing in to
one's own account never wipes the per-IP count an attacker has built up.
``AXES_LOCKOUT_PARAMETERS`` names the same two combinations for axes' own tools.
"""

from __future__ import annotations

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class SignInLockoutHandler(AxesDatabaseHandler):
    def _recent_attempts(self, request):
        attempts = AccessAttempt.objects.all()
        if settings.AXES_COOLOFF_TIME is None:
            return attempts
        return attempts.filter(attempt_time__gte=get_cool_off_threshold(request))

    def failures_for(self, request, credentials: dict | None = None) -> tuple[int, int]:
        """(failures for this username from this IP, failures from this IP), within the cool-off."""
        recent = self._recent_attempts(request).filter(ip_address=request.axes_ip_address)
        username = get_client_username(request, credentials)
        per_ip = recent.aggregate(n=Sum("failures_since_start"))["n"] or 0
        per_pair = (
            recent.filter(username=username).aggregate(n=Sum("failures_since_start"))["n"] or 0
        )
        return per_pair, per_ip

    def get_failures(self, request, credentials: dict | None = None) -> int:
        """Failures on AXES_FAILURE_LIMIT's scale: the pair's, or the limit once the IP's is met.

        Axes locks when this reaches ``AXES_FAILURE_LIMIT``, both when a failure is
        recorded and when the next sign-in is checked.
        """
        per_pair, per_ip = self.failures_for(request, credentials)
        if per_ip >= settings.AXES_IP_FAILURE_LIMIT:
            return max(per_pair, get_failure_limit(request, credentials))
        return per_pair

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """After a successful sign-in, forget that username's failures from that IP only."""
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return count
