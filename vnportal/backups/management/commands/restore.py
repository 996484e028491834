"""`manage.py restore DIR`: check a backup's manifest, then put its database and media
back (vnportal/backups/archive.py). DIR is a backup or a directory of backups (the newest
is taken). Stop the portal's processes first."""

from django.core.management.base import BaseCommand, CommandError

from vnportal.backups import archive


class Command(BaseCommand):
    help = (
        "Phục hồi cơ sở dữ liệu và tệp media từ bản sao lưu (kiểm tra tổng kiểm trước). "
        "Từ chối ghi đè cổng đã có dữ liệu nếu không có --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="bản sao lưu, hoặc thư mục chứa các bản sao lưu")
        parser.add_argument(
            "--force", action="store_true", help="ghi đè cơ sở dữ liệu và media hiện có"
        )
        parser.add_argument(
            "--check", action="store_true", help="chỉ kiểm tra bản sao lưu, không phục hồi"
        )
        parser.add_argument("--database", default="default")

    def handle(self, directory, force, check, database, **options):
        try:
            backup = archive.find_backup(directory)
            if check:
                manifest = archive.verify(backup)
                self.stdout.write(
                    f"Bản sao lưu {backup} toàn vẹn: {len(manifest['files'])} tệp khớp tổng kiểm."
                )
                return
            manifest = archive.restore_backup(backup, archive.Target(alias=database), force=force)
        except (archive.BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Đã phục hồi từ {backup} (tạo lúc {archive.created_at(manifest)}): cơ sở dữ "
            f"liệu {manifest['database']['vendor']} và {manifest['media']['files']} tệp media. "
            "Nếu mã nguồn mới hơn bản sao lưu, hãy chạy `manage.py migrate`."
        )
