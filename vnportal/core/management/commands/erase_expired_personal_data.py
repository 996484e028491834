from django.core.management.base import BaseCommand
from django.utils import timezone

from vnportal.core.privacy import erase_expired, retention_days


class Command(BaseCommand):
    help = (
        "Xóa dữ liệu cá nhân đã lưu quá thời hạn (PERSONAL_DATA_RETENTION_DAYS) trong câu hỏi, "
        "phản ánh và góp ý dự thảo. Chạy hằng ngày."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Thời hạn lưu dữ liệu cá nhân: {retention_days()} ngày.")
        for label, count in erase_expired(timezone.localdate()):
            self.stdout.write(f"Đã xóa dữ liệu cá nhân trong {count} {label}.")
