"""`manage.py empty_trash`: delete for good the pages that have waited in the trash
longer than TRASH_RETENTION_DAYS (30). Run daily (deploy/systemd/vnportal-daily.service)."""

from django.core.management.base import BaseCommand

from vnportal.trash import actions
from vnportal.trash.models import retention_days


class Command(BaseCommand):
    help = "Xóa hẳn các trang đã nằm trong Thùng rác quá thời hạn lưu (mặc định 30 ngày)."

    def handle(self, **options):
        count = actions.empty_expired()
        self.stdout.write(
            f"Đã xóa hẳn {count} trang nằm trong Thùng rác quá {retention_days()} ngày."
        )
