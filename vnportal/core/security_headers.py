"""Security headers on every response: Content-Security-Policy, Permissions-Policy, and
safe serving of uploaded files.

Django 5.2 has no CSP of its own, so this middleware writes it. It sits right after
SecurityMiddleware and before the page cache (vnportal/core/pagecache.py), so a page
served from the cache carries the same headers as one just rendered.

Three policies:

- Public pages: nothing inline and nothing from another origin. Scripts and styles come
  only from our own static files (templates carry no `<script>` body but JSON data blocks,
  which browsers never execute, and no `style=""`); images also as `data:` URLs (Leaflet's
  and the charts' small icons); no plugins, no `<base>`, forms post only to the portal,
  and no other site may frame a page.
- The Wagtail admin (/admin/): Wagtail 7.4 still writes a few inline scripts (the inline
  panel's set-up, the date and time pickers) and its editors' scripts (vendor.js) insert
  <style> elements (checked: with style-src 'self' the page editor reports violations), so
  'unsafe-inline' is allowed for scripts and styles there, and nothing else: no eval, no
  other origin, no plugins; only the admin itself may frame it (the preview panel).
- Uploaded files (under MEDIA_URL, Wagtail documents at /tai-lieu/, any file response):
  `default-src 'none'` and a sandbox, so a file opened in the browser can run nothing;
  PDFs keep Wagtail's `default-src 'none'` without the sandbox, which browsers' PDF
  viewers refuse. A file whose type a browser would run or render as a page (HTML, SVG,
  XML, JavaScript, CSS) is sent as `application/octet-stream` to download, never shown.

Every response also gets a Permissions-Policy that turns off the device features the
portal never uses. HSTS, nosniff, Referrer-Policy and Cross-Origin-Opener-Policy come
from Django's SecurityMiddleware (settings/base.py and production.py).
"""

from django.conf import settings
from django.http import FileResponse

ADMIN_PREFIX = "/admin/"
DOCUMENTS_PREFIX = "/tai-lieu/"

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "frame-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    # Wagtail 7.4's admin templates still carry inline <script> (InlinePanel, date
    # pickers) and its editors set style attributes; see the module docstring.
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "worker-src": "'self' blob:",
    "frame-ancestors": "'self'",
}
FILE_POLICY = "default-src 'none'; sandbox"
PDF_POLICY = "default-src 'none'"

PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
    "fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), "
    "xr-spatial-tracking=()"
)

# Types a browser renders as a page or runs as code: an uploaded file never goes out as
# one of these from the portal's origin.
ACTIVE_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "image/svg+xml",
        "text/xml",
        "application/xml",
        "text/xsl",
        "application/xslt+xml",
        "text/javascript",
        "application/javascript",
        "application/x-javascript",
        "application/ecmascript",
        "text/ecmascript",
        "text/css",
        "application/x-shockwave-flash",
        "multipart/x-mixed-replace",
        "text/cache-manifest",
    }
)
DOWNLOAD_TYPE = "application/octet-stream"


def _serialise(policy: dict) -> str:
    return "; ".join(f"{name} {value}" for name, value in policy.items())


PUBLIC_CSP = _serialise(PUBLIC_POLICY)
ADMIN_CSP = _serialise(ADMIN_POLICY)


def is_active_type(content_type: str) -> bool:
    """True for a Content-Type a browser would render or execute (HTML, SVG, XML, JS)."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    return (
        media_type in ACTIVE_TYPES
        or media_type.endswith(("+xml", "/xml"))
        or "javascript" in media_type
        or "ecmascript" in media_type
    )


def _file_prefixes():
    media = settings.MEDIA_URL or "/media/"
    if not media.startswith("/"):
        media = "/" + media
    return (media, DOCUMENTS_PREFIX)


def is_file_response(request, response) -> bool:
    """A response that carries a stored file rather than a page of the portal."""
    if isinstance(response, FileResponse):
        return True
    return response.streaming and request.path.startswith(_file_prefixes())


def _make_download(response):
    response["Content-Type"] = DOWNLOAD_TYPE
    disposition = response.get("Content-Disposition", "")
    if not disposition.lower().startswith("attachment"):
        filename = disposition.split(";", 1)[1].strip() if ";" in disposition else ""
        response["Content-Disposition"] = "attachment" + (f"; {filename}" if filename else "")


def secure_file_response(response):
    """Headers that keep a served upload inert in the browser."""
    content_type = response.get("Content-Type", "")
    if not content_type or is_active_type(content_type):
        _make_download(response)
        content_type = DOWNLOAD_TYPE
    pdf = content_type.split(";", 1)[0].strip().lower() == "application/pdf"
    response["Content-Security-Policy"] = PDF_POLICY if pdf else FILE_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    return response


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_file_response(request, response) or (
            request.path.startswith(_file_prefixes()[0]) and not response.streaming
        ):
            secure_file_response(response)
        elif "Content-Security-Policy" not in response:
            admin = request.path.startswith(ADMIN_PREFIX)
            response["Content-Security-Policy"] = ADMIN_CSP if admin else PUBLIC_CSP
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = PERMISSIONS_POLICY
        return response
