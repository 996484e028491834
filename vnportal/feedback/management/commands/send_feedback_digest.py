"""One e-mail per handler: the questions of their sites that are overdue or due within
three working days."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from vnportal.feedback import access, notify
from vnportal.feedback.models import OPEN_STATES, Submission
from vnportal.feedback.tracking import shown
from vnportal.feedback.workdays import add_working_days, overrides_from_db

SOON_WORKING_DAYS = 3


def due_soon_limit(today):
    overrides = overrides_from_db(today, today + datetime.timedelta(days=30))
    return add_working_days(today, SOON_WORKING_DAYS, overrides)


def _items(queryset):
    return [
        {"code": shown(s.tracking_code), "title": s.title, "due_on": s.due_on}
        for s in queryset.order_by("due_on", "pk")
    ]


def waiting_by_site(site, today, limit):
    """(overdue, due soon) of one site, without anyone's personal data."""
    waiting = Submission.objects.filter(site=site, state__in=OPEN_STATES)
    overdue = _items(waiting.filter(due_on__lt=today))
    soon = _items(waiting.filter(due_on__gte=today, due_on__lte=limit))
    return overdue, soon


def handlers():
    """Everyone who holds handle_submission on some site or on every site. Superusers are
    not handlers unless a group or a permission of their own makes them one."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return [
        user
        for user in users.order_by("pk")
        if access.policy.user_has_any_permission(user, [access.HANDLE])
        and (not user.is_superuser or _holds_it_themselves(user))
    ]


def _holds_it_themselves(user):
    return user.groups.filter(site_permissions__permission__codename="handle_submission").exists()


class Command(BaseCommand):
    help = (
        "Gửi mỗi cán bộ xử lý hỏi đáp một thư liệt kê các câu hỏi quá hạn và sắp đến hạn "
        "(trong 3 ngày làm việc) của các trang họ xử lý; ai không có việc hoặc không có "
        "thư điện tử thì không nhận thư. Chạy mỗi sáng bằng cron, ví dụ: "
        "`30 7 * * 1-5 cd /srv/vnportal && set -a && . /etc/vnportal/env && set +a && "
        "DJANGO_SETTINGS_MODULE=vnportal.settings.production "
        ".venv/bin/python manage.py send_feedback_digest`."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        limit = due_soon_limit(today)
        by_site = {}
        sent = 0
        for user in handlers():
            entries = []
            for site in access.sites_for_user(user).order_by("site_name", "pk"):
                if site.pk not in by_site:
                    by_site[site.pk] = waiting_by_site(site, today, limit)
                overdue, soon = by_site[site.pk]
                if overdue or soon:
                    entries.append((site, overdue, soon))
            if entries:
                notify.digest(user, entries)
                sent += 1
        self.stdout.write(f"Đã gửi {sent} thư nhắc hạn trả lời.")
