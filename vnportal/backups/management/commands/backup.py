"""`manage.py backup DIR`: the database, the media files and a manifest of checksums, in a
new directory DIR/vnportal-YYYYMMDD-HHMMSS/ (vnportal/backups/archive.py)."""

from django.core.management.base import BaseCommand, CommandError

from vnportal.backups import archive


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu, tệp media và bảng tổng kiểm vào thư mục mới "
        "DIR/vnportal-YYYYMMDD-HHMMSS/."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="thư mục chứa các bản sao lưu")
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="chỉ giữ N bản mới nhất trong thư mục (mặc định: giữ tất cả)",
        )
        parser.add_argument("--database", default="default")

    def handle(self, directory, keep, database, **options):
        try:
            backup = archive.create_backup(directory, alias=database)
        except (archive.BackupError, OSError) as error:
            raise CommandError(f"Sao lưu không thành công: {error}") from error
        manifest = archive.read_manifest(backup)
        media = manifest["media"]
        self.stdout.write(
            f"Đã sao lưu vào {backup}: cơ sở dữ liệu {manifest['database']['vendor']}, "
            f"{media['files']} tệp media ({media['bytes']:,} byte).".replace(",", ".")
        )
        if not media["on_disk"]:
            self.stdout.write(
                "Tệp media không nằm trên ổ đĩa của máy (S3): chúng không có trong bản sao "
                "lưu này; hãy bật lưu phiên bản (versioning) cho bucket."
            )
        if keep:
            for removed in archive.prune(directory, keep):
                self.stdout.write(f"Đã xóa bản sao lưu cũ {removed}")
