"""Erasing personal data across the apps that hold it (Law 91/2025/QH15).

Each app with people's data registers two functions: under ERASE_PERSON_HOOK
`(email, phone) -> (label, count)`, erasing what one person gave on request, and under
ERASE_EXPIRED_HOOK `(today) -> (label, count)`, erasing what is past its retention
period. `manage.py erase_personal_data` and `erase_expired_personal_data` call them all.
"""

import datetime

from django.conf import settings
from wagtail import hooks

ERASE_PERSON_HOOK = "vnportal_erase_person"
ERASE_EXPIRED_HOOK = "vnportal_erase_expired"
# Five years: long enough for a complaint's follow-up and an inspection of the handling.
DEFAULT_RETENTION_DAYS = 5 * 365
ERASED_NAME = "(đã xóa)"


def retention_days() -> int:
    return int(getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def normalised_phone(phone: str) -> str:
    """Digits only, +84 written as 0: "+84 912.345.678" and "0912345678" are one number."""
    digits = "".join(char for char in phone or "" if char.isdigit())
    return "0" + digits[2:] if digits.startswith("84") else digits


def erase_person(email: str = "", phone: str = "") -> list[tuple[str, int]]:
    return [hook(email.strip(), phone.strip()) for hook in hooks.get_hooks(ERASE_PERSON_HOOK)]


def erase_expired(today: datetime.date) -> list[tuple[str, int]]:
    return [hook(today) for hook in hooks.get_hooks(ERASE_EXPIRED_HOOK)]
