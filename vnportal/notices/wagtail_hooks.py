"""A cached page must not outlive the next bid closing on its site: the "Gói thầu đang
mời" box and each package's status change at that moment without anyone publishing. Nor
may it outlive the midnight at which a notice of the site leaves the current list."""

import datetime
import math

from django.utils import timezone
from wagtail import hooks
from wagtail.models import Site

from vnportal.core.pagecache import TTL_HOOK

from .models import NoticePage, next_closing


def _seconds(later, now):
    return max(1, math.ceil((later - now).total_seconds()))


def seconds_until_next_closing(site, now=None):
    now = now or timezone.now()
    closing = next_closing(site, now)
    return None if closing is None else _seconds(closing, now)


def seconds_until_notices_expire(site, now=None):
    """Until the coming Vietnam midnight, when a notice valid through today expires."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    expiring = (
        NoticePage.objects.live()
        .filter(path__startswith=site.root_page.path, valid_until=today)
        .exists()
    )
    if not expiring:
        return None
    midnight = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time())
    return _seconds(timezone.make_aware(midnight), now)


@hooks.register(TTL_HOOK)
def notices_page_cache_ttl(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    limits = [seconds_until_next_closing(site), seconds_until_notices_expire(site)]
    limits = [limit for limit in limits if limit is not None]
    return min(limits) if limits else None
