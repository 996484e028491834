import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from vnportal.accounts.models import SecurityEvent


class Command(BaseCommand):
    help = (
        "Delete security log events older than VNPORTAL_SECURITY_LOG_RETENTION_DAYS "
        "(run daily, beside erase_expired_personal_data)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="keep this many days instead of the setting",
        )

    def handle(self, *args, days=None, **options):
        days = settings.VNPORTAL_SECURITY_LOG_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _ = SecurityEvent.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} security log events older than {days} days.")
