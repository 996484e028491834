"""Checks on a procedure's code and link, in plain Python (no Django), so the model, the
admin form and the CSV import give the same Vietnamese message.

A procedure code (mã thủ tục) is the one the national database of administrative
procedures gives it: a level digit, a dot and six digits (`1.001234`, `2.000123`).
Links go only to public service portals the installation trusts (the national one and the
province's), over https, so a typo or a pasted tracking link never sends residents to a
look-alike site.
"""

import re
from urllib.parse import urlsplit

CODE_PATTERN = re.compile(r"^[1-3]\.\d{6}$")

CODE_MESSAGE = (
    "Mã thủ tục “{value}” không đúng dạng: mã gồm một chữ số, dấu chấm và sáu chữ số, "
    "ví dụ 1.001234 hoặc 2.000123. Để trống nếu chưa biết mã."
)
NOT_HTTPS_MESSAGE = "Liên kết phải bắt đầu bằng https:// (ví dụ https://dichvucong.gov.vn/)."
HOST_MESSAGE = (
    "Liên kết tới “{host}” không được phép: chỉ liên kết tới cổng dịch vụ công "
    "({allowed}). Hãy dán đường dẫn của thủ tục trên một trong các cổng này."
)


def code_error(value: str) -> str | None:
    """The message for a malformed code, or None when it is empty or well formed."""
    value = value.strip()
    if not value or CODE_PATTERN.match(value):
        return None
    return CODE_MESSAGE.format(value=value)


def host_allowed(host: str, allowed_hosts) -> bool:
    """`host` is one of `allowed_hosts` or a subdomain of one."""
    host = host.lower().rstrip(".")
    return any(host == allowed or host.endswith("." + allowed) for allowed in allowed_hosts)


def link_error(url: str, allowed_hosts) -> str | None:
    """The message for a link residents must not be sent to, or None when it is fine."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() != "https" or not parts.hostname:
        return NOT_HTTPS_MESSAGE
    if parts.username or parts.password or not host_allowed(parts.hostname, allowed_hosts):
        return HOST_MESSAGE.format(host=parts.hostname, allowed=", ".join(allowed_hosts))
    return None
