"""Who is asking, for rate limits: the person's address, not our reverse proxy's."""

from django.conf import settings


def client_address(request) -> str:
    """X-Forwarded-For is read only when `VNPORTAL_TRUSTED_PROXY` is set: otherwise anyone
    could dodge the limits by sending the header. The last entry is the one the trusted
    proxy itself appended (entries before it come from the client and can be forged).
    """
    if getattr(settings, "VNPORTAL_TRUSTED_PROXY", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if entries:
            return entries[-1]
    return request.META.get("REMOTE_ADDR", "")
