"""`manage.py create_unit_sites FILE.csv`: create or update a unit and its site for each
row of a CSV file (`code,name,kind,parent,host`). Every row is checked first; if any is
wrong, every problem is printed with its line number and nothing is written."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from vnportal.units.provisioning import RowError, known_from_database, provision_rows
from vnportal.units.unit_file import parse_unit_file


def _seconds(value):
    return f"{value:.1f}".replace(".", ",")


class Command(BaseCommand):
    help = (
        "Tạo hoặc cập nhật đơn vị và trang web của từng xã, phường, đặc khu, tỉnh từ tệp CSV "
        "UTF-8 có dòng tiêu đề code,name,kind,parent,host. Chạy lại nhiều lần vẫn an toàn."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Tệp CSV (UTF-8) danh sách đơn vị.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ kiểm tra tệp, không tạo hay sửa gì.",
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Không đọc được tệp {path}: {error.strerror}.") from error

        rows, errors = parse_unit_file(data, known_from_database())
        if errors:
            for message in errors:
                self.stderr.write(message)
            raise CommandError(
                f"Tệp {path.name} có {len(errors)} lỗi; chưa tạo hay sửa đơn vị nào. "
                "Hãy sửa các dòng trên rồi chạy lại."
            )
        if options["dry_run"]:
            self.stdout.write(f"Tệp hợp lệ: {len(rows)} đơn vị. Chưa tạo hay sửa gì (--dry-run).")
            return

        try:
            counts = provision_rows(rows)
        except RowError as error:
            raise CommandError(f"{error} Chưa tạo hay sửa đơn vị nào.") from error
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Xong {len(rows)} đơn vị trong {_seconds(elapsed)} giây: "
                f"tạo mới {counts['sites_created']} cổng, cập nhật {counts['sites_updated']} "
                f"cổng; {counts['units_created']} đơn vị mới, "
                f"{counts['units_updated']} đơn vị đã có."
            )
        )
