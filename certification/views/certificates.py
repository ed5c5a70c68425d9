"""Certificates: the public verification page, the holder's list, detail, print, issue, revoke."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.selectors import display_name

from .. import services
from ..forms import CertificateIssueForm, CertificateRevokeForm
from ..models import Certificate
from ..permissions import can_issue_certificates, can_view_certificate
from ..selectors import certificates as selectors
from ..selectors.certificates import learners_for_issue


def verify(request, token: str):
    """Public: anyone holding the link can check a certificate, signed in or not."""
    try:
        certificate = selectors.certificate_get_by_token(token)
    except Certificate.DoesNotExist as exc:
        raise Http404(_("No certificate has this verification link.")) from exc
    response = render(
        request,
        "certification/verify.html",
        {"certificate": certificate, "holder_name": display_name(certificate.holder)},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def certificate_list(request):
    return render(
        request,
        "certification/certificate_list.html",
        {
            "certificates": selectors.certificate_list_for(request.user),
            "programs": selectors.program_progress_for(request.user),
        },
    )


def _get_visible(request, pk: int) -> Certificate:
    try:
        certificate = selectors.certificate_get(pk)
    except Certificate.DoesNotExist as exc:
        raise Http404 from exc
    if not can_view_certificate(request.user, certificate):
        raise PermissionDenied
    return certificate


@login_required
def certificate_detail(request, pk: int):
    certificate = _get_visible(request, pk)
    return render(
        request,
        "certification/certificate_detail.html",
        {
            "certificate": certificate,
            "holder_name": display_name(certificate.holder),
            "history": selectors.certificate_history(certificate),
            "can_revoke": can_issue_certificates(request.user) and not certificate.revoked_at,
            "revoke_form": CertificateRevokeForm(),
            "verify_url": request.build_absolute_uri(certificate.get_verify_url()),
        },
    )


@login_required
def certificate_print(request, pk: int):
    certificate = _get_visible(request, pk)
    return render(
        request,
        "certification/certificate_print.html",
        {"certificate": certificate, "holder_name": display_name(certificate.holder)},
    )


@login_required
@require_POST
def certificate_revoke(request, pk: int):
    certificate = get_object_or_404(Certificate, pk=pk)
    if not can_issue_certificates(request.user):
        raise PermissionDenied
    form = CertificateRevokeForm(request.POST)
    if form.is_valid():
        try:
            services.certificate_revoke(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.CertificateError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The certificate has been revoked."))
    else:
        messages.error(request, _("Give a reason for revoking the certificate."))
    return redirect("certification:certificate", pk=certificate.pk)


@login_required
def certificate_issue(request):
    if not can_issue_certificates(request.user):
        raise PermissionDenied
    form = CertificateIssueForm(request.POST or None, people=learners_for_issue(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            certificate = services.certificate_issue(
                holder=form.cleaned_data["holder"],
                program=form.cleaned_data["program"],
                issued_by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except (services.CertificateError, ValidationError) as exc:
            form.add_error(None, exc.messages[0] if hasattr(exc, "messages") else str(exc))
        else:
            messages.success(request, _("Certificate issued."))
            return redirect("certification:certificate", pk=certificate.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "certification/certificate_issue.html", {"form": form}, status=status)
