"""Who is calling: the client's IP address, believing only the proxies we were told about.

``X-Forwarded-For`` is whatever the client wrote, plus one address appended by each
proxy it passed. With ``TRUSTED_PROXY_COUNT = N`` (``DJANGO_TRUSTED_PROXY_COUNT``)
the client is the N-th address from the right, the one our outermost proxy saw;
with 0, the default, the header is ignored and the socket's address is the client.
Sign-in lockout (django-axes, ``AXES_CLIENT_IP_CALLABLE``) and the API throttle
both ask here, so a rotating header fools neither.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    """The caller's IP address (``REMOTE_ADDR`` unless proxies are configured and agree)."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if proxies <= 0 or not hops:
        return remote
    candidate = hops[-min(proxies, len(hops))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:  # not an address: a misconfigured proxy, or a forged header
        return remote
