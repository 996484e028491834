"""Everything `make run` does before serving, in one process so a second run is quick:
migrate, load the demo portal when it is empty, build the search index when it is empty,
ensure the admin login and print it."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from vnportal.search.models import SearchEntry


class Command(BaseCommand):
    help = "Chuẩn bị cổng chạy thử: cập nhật CSDL, nạp nội dung mẫu, in tài khoản quản trị."

    def handle(self, *args, **options):
        self.stdout.write("Đang cập nhật cơ sở dữ liệu…")
        call_command("migrate", interactive=False, verbosity=0, stdout=self.stdout)
        call_command("load_demo", stdout=self.stdout)
        # An install from before the search index existed has none yet.
        if not SearchEntry.objects.exists():
            call_command("rebuild_search_index", no_progress=True, stdout=self.stdout)
        call_command("ensure_admin", stdout=self.stdout)
