"""Cross-origin access to the open data API, and to nothing else of the portal.

The API is read-only and carries no session, so allowing every origin (the default) lets
any web page use the data without exposing anything a cookie would unlock.
"""

from django.conf import settings
from django.http import HttpResponse

API_PREFIX = "/api/"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since, Content-Type"
EXPOSED_HEADERS = "ETag, Last-Modified, Retry-After"
PREFLIGHT_MAX_AGE = "86400"


def allowed_origin(request) -> str | None:
    origin = request.headers.get("Origin")
    if not origin:
        return None
    allowed = list(getattr(settings, "API_CORS_ALLOWED_ORIGINS", ["*"]))
    if "*" in allowed:
        return "*"
    return origin if origin in allowed else None


class ApiCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        preflight = request.method == "OPTIONS" and (
            "Access-Control-Request-Method" in request.headers
        )
        response = HttpResponse(status=204) if preflight else self.get_response(request)
        origin = allowed_origin(request)
        if origin is not None:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
            if preflight:
                response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
                response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        if origin != "*":
            # A list of origins makes the answer depend on the asking origin.
            vary = response.get("Vary")
            response["Vary"] = f"{vary}, Origin" if vary else "Origin"
        return response
