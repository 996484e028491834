"""`manage.py import_legaldocs --site HOST FILE`: import a register kept in a CSV or XLSX
file into a site's "Văn bản". Every row is checked first; with a problem in any row,
the problems are printed as a table (row, column, problem) and nothing is written,
unless --skip-invalid. Running the same file again changes nothing."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from vnportal.legaldocs.bulk import ImportFileError, import_documents


def _seconds(value):
    return f"{value:.1f}".replace(".", ",")


class Command(BaseCommand):
    help = (
        "Nhập văn bản vào sổ văn bản của một trang từ tệp CSV hoặc XLSX có dòng tiêu đề "
        "(Số, ký hiệu; Hình thức; Cơ quan ban hành; Ngày ban hành; Trích yếu; ...). "
        "Kiểm tra cả tệp trước; có dòng sai thì không nhập gì, trừ khi dùng --skip-invalid. "
        "Chạy lại nhiều lần vẫn an toàn."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Tệp .csv hoặc .xlsx.")
        parser.add_argument(
            "--site",
            required=True,
            help="Tên miền của trang nhận văn bản, ví dụ anbien.angiang.gov.vn.",
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Nhập các dòng hợp lệ, bỏ qua và liệt kê các dòng có vấn đề.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ kiểm tra và cho biết sẽ làm gì; không ghi gì vào cơ sở dữ liệu.",
        )
        parser.add_argument(
            "--report",
            metavar="FILE",
            help="Ghi kết quả từng dòng vào tệp JSON Lines.",
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        site = self.site(options["site"])
        path = Path(options["path"])
        try:
            report = import_documents(
                site, path, skip_invalid=options["skip_invalid"], dry_run=options["dry_run"]
            )
        except ImportFileError as error:
            raise CommandError(f"{path.name}: {error.reason} Chưa nhập văn bản nào.") from error

        if report.ignored_columns:
            names = ", ".join(f"“{name}”" for name in report.ignored_columns)
            self.stdout.write(f"Bỏ qua các cột không dùng: {names}.")
        if report.problems:
            self.write_problems(report.problems)
        if report.new_bodies and not report.refused:
            verb = "Sẽ thêm" if report.dry_run else "Đã thêm"
            names = "; ".join(report.new_bodies)
            self.stdout.write(f"{verb} {len(report.new_bodies)} cơ quan ban hành: {names}.")
        if report.new_fields and not report.refused:
            verb = "Sẽ thêm" if report.dry_run else "Đã thêm"
            names = "; ".join(report.new_fields)
            self.stdout.write(f"{verb} {len(report.new_fields)} lĩnh vực: {names}.")
        if options["report"]:
            try:
                report.write_jsonl(options["report"])
            except OSError as error:
                raise CommandError(
                    f"Không ghi được tệp báo cáo {options['report']}: {error.strerror}."
                ) from error

        if report.refused:
            hint = (
                ""
                if options["skip_invalid"]
                else (
                    " Hãy sửa các dòng trên rồi chạy lại, hoặc dùng --skip-invalid để nhập các "
                    "dòng hợp lệ."
                )
            )
            raise CommandError(report.summary() + hint)
        elapsed = _seconds(time.perf_counter() - started)
        self.stdout.write(self.style.SUCCESS(f"{report.summary()} ({elapsed} giây)"))

    def site(self, hostname: str) -> Site:
        try:
            return Site.objects.get(hostname=hostname)
        except Site.DoesNotExist:
            known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True))
            raise CommandError(
                f"Không có trang nào có tên miền “{hostname}”. "
                f"Các tên miền đã có: {known or '(chưa có trang nào)'}."
            ) from None
        except Site.MultipleObjectsReturned:
            raise CommandError(
                f"Có nhiều trang cùng tên miền “{hostname}” (khác cổng); hãy sửa lại trong "
                "phần quản trị trang."
            ) from None

    def write_problems(self, problems) -> None:
        rows = [("Dòng", "Cột", "Vấn đề")] + [
            (str(problem.row), problem.column or "—", problem.problem) for problem in problems
        ]
        row_width = max(len(row[0]) for row in rows)
        column_width = min(max(len(row[1]) for row in rows), 30)
        for row, column, problem in rows:
            self.stdout.write(f"{row:>{row_width}}  {column:<{column_width}}  {problem}")
