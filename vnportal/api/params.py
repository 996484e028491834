"""Reading query parameters; every bad value becomes one entry of a 400's `errors`."""

import datetime
import re

from django.utils import timezone

from .errors import BadParametersError, NotFoundError

# Larger ids cannot exist and would overflow the database's integer columns.
MAX_ID = 2**31 - 1
MIN_YEAR, MAX_YEAR = 1900, 2100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class Params:
    """The request's query string, read one parameter at a time; `check()` raises a
    single 400 listing every problem found."""

    def __init__(self, request):
        self.query = request.GET
        self.errors = {}

    def _raw(self, name):
        value = self.query.get(name)
        if value is None or value.strip() == "":
            return None
        return value.strip()

    def integer(self, name, low=1, high=MAX_ID, message=None):
        value = self._raw(name)
        if value is None:
            return None
        if value.isascii() and value.isdigit() and low <= int(value) <= high:
            return int(value)
        self.errors[name] = message or f"Phải là số nguyên từ {low} đến {high}."
        return None

    def choice(self, name, choices):
        value = self._raw(name)
        if value is None:
            return None
        if value in dict(choices):
            return value
        self.errors[name] = "Giá trị không hợp lệ; chọn một trong: " + ", ".join(
            code for code, _ in choices
        )
        return None

    def boolean(self, name):
        value = self._raw(name)
        if value is None:
            return None
        if value.lower() in ("true", "1"):
            return True
        if value.lower() in ("false", "0"):
            return False
        self.errors[name] = "Chỉ nhận true hoặc false."
        return None

    def text(self, name, max_length=200):
        value = self._raw(name)
        if value is None:
            return None
        if len(value) > max_length or _CONTROL.search(value):
            self.errors[name] = f"Chuỗi tối đa {max_length} ký tự, không có ký tự điều khiển."
            return None
        return value

    def date(self, name):
        value = self._raw(name)
        if value is None:
            return None
        match = _DMY.match(value) or _YMD.match(value)
        if match:
            parts = [int(part) for part in match.groups()]
            day, month, year = parts if match.re is _DMY else reversed(parts)
            if MIN_YEAR <= year <= MAX_YEAR:
                try:
                    return datetime.date(year, month, day)
                except ValueError:
                    pass
        self.errors[name] = (
            f"Ngày không hợp lệ: dùng dd/mm/yyyy hoặc yyyy-mm-dd, năm từ {MIN_YEAR} đến {MAX_YEAR}."
        )
        return None

    def exists(self, name, queryset, message):
        """The id given in `name`, which must name a row of `queryset`."""
        pk = self.integer(name)
        if pk is not None and not queryset.filter(pk=pk).exists():
            self.errors[name] = message
            return None
        return pk

    def check(self):
        if self.errors:
            raise BadParametersError(self.errors)


def day_start(day: datetime.date) -> datetime.datetime:
    """Midnight at the start of `day` in the portal's time zone (Vietnam)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def path_id(value) -> int:
    """An object id from the URL; anything else is a 404, like an id that does not exist."""
    text = str(value)
    if text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_ID:
        return int(text)
    raise NotFoundError()
