"""Sign-in, the role-based home page, the profile page with personal API tokens, and the
admin's test of the LLM connection."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django.views.i18n import set_language

from lms import llm

from . import services
from .forms import ApiTokenForm, LanguageForm, SignInForm
from .models import language_of
from .navigation import home_panels_for
from .permissions import is_admin
from .roles import primary_role


def set_language_cookie(response, language: str) -> None:
    """The cookie ``LocaleMiddleware`` reads, set as Django's ``set_language`` sets it."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


class SignInView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        """Signing in applies the language saved on the person's profile, in any browser."""
        response = super().form_valid(form)
        language = language_of(form.get_user())
        if language:
            set_language_cookie(response, language)
        return response


class SignOutView(auth_views.LogoutView):
    pass


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
def home(request):
    role = primary_role(request.user)
    return render(
        request,
        "home.html",
        {"panels": home_panels_for(request), "role": role},
    )


@login_required
def profile(request):
    form = ApiTokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        try:
            token, new_token = services.api_token_create(
                user=request.user, name=form.cleaned_data["name"]
            )
        except services.TokenLimitError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Token “%(name)s” created.") % {"name": token.name})
            form = ApiTokenForm()
    tokens = request.user.api_tokens.order_by("-created")
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "tokens": tokens,
            "new_token": new_token,
            "language_form": LanguageForm(
                initial={"language": language_of(request.user) or get_language()}
            ),
        },
        status=400 if request.method == "POST" and form.errors else 200,
    )


@login_required
@require_POST
def token_revoke(request, pk: int):
    token = get_object_or_404(request.user.api_tokens, pk=pk)
    services.api_token_revoke(token=token)
    messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("accounts:profile")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def llm_test(request):
    """Admins only: the LLM settings, and (on POST) one short completion to test them."""
    if not is_admin(request.user):
        raise PermissionDenied
    result = llm.connection_test() if request.method == "POST" else None
    return render(
        request,
        "accounts/llm_test.html",
        {"llm": llm.llm_settings(), "result": result},
    )


@require_POST
def language_set(request):
    """The footer's language switch: Django's ``set_language`` (the cookie and the way back),
    and for a signed-in person the choice kept on their profile."""
    response = set_language(request)
    if request.user.is_authenticated:
        form = LanguageForm(request.POST)
        if form.is_valid():
            form.save(request.user)
    return response


def locked_out(request, credentials=None, *args, **kwargs):
    return render(request, "accounts/locked_out.html", status=429)
