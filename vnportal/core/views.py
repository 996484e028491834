from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from .reading import COOKIE_MAX_AGE, FONT_SIZE_COOKIE, font_size_step, next_step


@require_GET
def change_font_size(request, direction):
    """Plain links change the text size, so the control works without JavaScript."""
    if direction not in {"lon", "nho", "mac-dinh"}:
        raise Http404
    target = request.GET.get("next", "/")
    # Only same-site paths: the parameter must never become an open redirect.
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    step = next_step(font_size_step(request.COOKIES), direction)
    response = HttpResponseRedirect(target)
    response.set_cookie(
        FONT_SIZE_COOKIE,
        str(step),
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=False,
    )
    return response
