"""`manage.py import_procedures --site HOST FILE.csv`: load a site's procedures from a
CSV file (UTF-8, first line the column names); see importing.py for the columns."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from vnportal.procedures.importing import import_rows, read_rows


class Command(BaseCommand):
    help = "Nhập danh mục thủ tục hành chính của một trang từ tệp CSV."

    def add_arguments(self, parser):
        parser.add_argument("--site", required=True, help="Tên miền của trang, ví dụ localhost")
        parser.add_argument("file", help="Tệp CSV mã hóa UTF-8")

    def handle(self, *args, site, file, **options):
        found = Site.objects.filter(hostname=site).first()
        if found is None:
            raise CommandError(f"Không có trang nào có tên miền “{site}”.")
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                rows = read_rows(handle)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Không đọc được tệp {file}: {error}") from error
        except ValueError as error:
            raise CommandError(str(error)) from error
        saved, problems = import_rows(found, rows)
        if problems:
            raise CommandError("Chưa nhập thủ tục nào vì tệp có lỗi:\n" + "\n".join(problems))
        self.stdout.write(f"Đã nhập {saved} thủ tục vào trang {found.hostname}.")
