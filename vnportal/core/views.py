import hashlib

from django.http import Http404, HttpResponse, HttpResponseNotModified, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from .contrast import MIN_TEXT_CONTRAST, WHITE, contrast_ratio, darken, is_hex_colour
from .models import DEFAULT_PRIMARY_COLOUR, SiteSettings
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


def _css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "") + '"'


def site_look_css(portal):
    """The custom properties of portal.css for one site, and its header banner."""
    colour = DEFAULT_PRIMARY_COLOUR
    banner_url = None
    if portal is not None:
        candidate = (portal.primary_colour or "").lower()
        # A colour saved around the form's check (a script, the shell) must not make the
        # menu unreadable: it falls back to the default.
        if is_hex_colour(candidate) and contrast_ratio(WHITE, candidate) >= MIN_TEXT_CONTRAST:
            colour = candidate
        if portal.banner_image is not None:
            try:
                banner_url = portal.banner_image.get_rendition("width-1600").url
            except SourceImageIOError:
                banner_url = None
    lines = [
        "/* Giao diện riêng của cổng này (màu chủ đạo, ảnh đầu trang), sửa trong",
        "   Quản trị > Cài đặt > Thông tin cổng. */",
        f":root {{ --brand: {colour}; --brand-dark: {darken(colour)}; }}",
    ]
    if banner_url:
        lines += [
            f".site-header {{ background-image: url({_css_string(banner_url)});",
            "  background-size: cover; background-position: center; }",
            # The portal's name stays on a light plate, readable over any picture.
            ".site-header .brand-link { background: rgb(255 248 236 / 92%);",
            "  padding: .5rem 1rem; border-radius: .25rem; }",
        ]
    return "\n".join(lines) + "\n"


@require_GET
def site_stylesheet(request):
    """`/giao-dien.css`: the look of the site the request is for. Pages link it with a
    version from the settings (`look_version`), so a change shows at once; the ETag
    spares the body when nothing changed."""
    site = Site.find_for_request(request)
    portal = None
    if site is not None:
        portal = SiteSettings.objects.filter(site=site).select_related("banner_image").first()
    css = site_look_css(portal)
    etag = '"' + hashlib.sha256(css.encode()).hexdigest()[:20] + '"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=3600"
    return response
