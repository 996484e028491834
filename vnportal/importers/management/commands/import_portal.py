"""`manage.py import_portal --format html|wxr|jsonl|van-ban|hoi-dap --site HOST
[--archive-of UNIT_CODE] [--dry-run] [--report FILE] PATH`: bring the content of an old
portal into a site, or into the archive of a former unit inside it. See docs/import.md.
"""

import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from vnportal.legaldocs.bulk import ImportFileError, import_documents

from ...editor_index import index_for_editors
from ...folding_pool import Folder
from ...media import Media
from ...models import ImportRun
from ...progress import Progress
from ...question_writer import QuestionWriter
from ...readers import jsonl, pages, questions, wxr
from ...runner import CREATED, SKIPPED, UNCHANGED, UPDATED, Outcome, Runner
from ...targets import Target, TargetError, find_former_unit, find_site
from ...writer import Writer, old_path

READERS = {"html": pages, "wxr": wxr, "jsonl": jsonl, "hoi-dap": questions}
FORMATS = [*READERS, "van-ban"]
WORDS = {CREATED: "mới", UPDATED: "cập nhật", UNCHANGED: "không đổi", SKIPPED: "bỏ qua"}


class Command(BaseCommand):
    help = (
        "Nhập nội dung của cổng cũ (trang HTML đã lưu, tệp xuất WordPress, JSON Lines, "
        "văn bản, hỏi đáp) vào một trang hoặc vào lưu trữ của đơn vị cũ. Chạy lại an toàn: "
        "mục đã nhập được cập nhật, không nhân đôi; lần chạy bị dừng được tiếp tục."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Thư mục hoặc tệp cần nhập.")
        parser.add_argument("--format", required=True, choices=FORMATS, help="Định dạng nguồn.")
        parser.add_argument("--site", required=True, help="Tên miền của trang nhận nội dung.")
        parser.add_argument(
            "--archive-of",
            metavar="UNIT_CODE",
            help="Mã đơn vị cũ (huyện, xã đã giải thể): nhập vào trang lưu trữ của đơn vị này.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đọc và báo sẽ làm gì.")
        parser.add_argument("--report", metavar="FILE", help="Ghi kết quả từng mục (JSON Lines).")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.exists():
            raise CommandError(f"Không tìm thấy {path}.")
        try:
            site = find_site(options["site"])
            unit = find_former_unit(options["archive_of"]) if options["archive_of"] else None
        except TargetError as error:
            raise CommandError(str(error)) from error
        report = self._open_report(options["report"])
        try:
            if options["format"] == "van-ban":
                counts = self._documents(site, path, options["dry_run"], report)
            else:
                counts = self._import(site, unit, path, options, report)
        finally:
            if report is not None:
                report.close()
        self._summary(counts, options["dry_run"])

    def _open_report(self, name):
        if not name:
            return None
        try:
            return open(name, "w", encoding="utf-8")  # noqa: SIM115 (closed in handle)
        except OSError as error:
            raise CommandError(f"Không ghi được tệp báo cáo {name}: {error.strerror}.") from error

    def _import(self, site, unit, path, options, report):
        dry_run = options["dry_run"]
        reader = READERS[options["format"]]
        try:
            target = Target(site, unit, dry_run=dry_run)
            target.root() if options["format"] != "hoi-dap" else None
        except TargetError as error:
            raise CommandError(str(error)) from error
        if options["format"] == "hoi-dap":
            writer = QuestionWriter(target)
        else:
            root = path if path.is_dir() else path.parent
            writer = Writer(target, Media(root, target.collection, dry_run=dry_run), Folder())
        progress = Progress(
            reader.count(path), stream=self.stderr._out, enabled=options["verbosity"] > 0
        )
        runner = Runner(target, writer, dry_run=dry_run, report=report, progress=progress)
        since = self._say_previous(site, options["format"], path)
        run = (
            None
            if dry_run
            else ImportRun.objects.create(
                site=site, format=options["format"], path=str(path.resolve())
            )
        )
        started = time.monotonic()
        try:
            counts = runner.run(self._remembering_hosts(reader.read(path), target), run)
        except ImportFileError as error:
            self._stopped(run, runner)
            raise CommandError(f"{path.name}: {error.reason}") from error
        except KeyboardInterrupt:
            progress.finish()
            self._stopped(run, runner)
            raise CommandError(
                f"Đã dừng sau {sum(runner.counts.values())} mục; các mục đã nhập được giữ. "
                "Chạy lại đúng lệnh này để nhập tiếp (mục đã có sẽ được bỏ qua nhanh)."
            ) from None
        except Exception:
            self._stopped(run, runner)
            raise
        finally:
            folder = getattr(writer, "folder", None)
            if folder is not None:
                folder.close()
        progress.finish()
        if run is not None and options["format"] != "hoi-dap":
            begun = time.monotonic()
            indexed = index_for_editors(site, since or run.started_at)
            if indexed:
                self.stdout.write(
                    f"Chỉ mục tìm kiếm của trang quản trị: {indexed} bài, "
                    f"{time.monotonic() - begun:.1f} giây."
                )
        if run is not None:
            run.state = ImportRun.State.DONE
            run.finished_at = timezone.now()
            run.save(update_fields=["state", "finished_at"])
        elapsed = time.monotonic() - started
        total = sum(counts.values())
        self.stdout.write(
            f"{total} mục trong {elapsed:.1f} giây ({total / max(elapsed, 1e-6):.0f} mục/giây), "
            f"vào {target.label}."
        )
        return counts

    def _remembering_hosts(self, items, target):
        """Once the archive of a former unit holds its pages, the closed portal's host name
        redirects there (units.former_hosts), each old address to its new page."""
        hosts = set()
        for item in items:
            if target.unit is not None and item.original_url and old_path(item.original_url):
                host = (urlsplit(item.original_url).hostname or "").lower()
                if host and host not in hosts:
                    hosts.add(host)
                    if target.remember_former_host(host):
                        self.stdout.write(
                            f"Tên miền cũ {host} từ nay chuyển về {target.label}. "
                            "Nhớ thêm tên miền này vào ALLOWED_HOSTS."
                        )
            yield item

    def _say_previous(self, site, format_name, path):
        """A run that was stopped (or killed: it never said it ended) is carried on."""
        previous = (
            ImportRun.objects.filter(site=site, format=format_name, path=str(path.resolve()))
            .order_by("-started_at")
            .first()
        )
        if previous is None or previous.state == ImportRun.State.DONE:
            return None
        done = sum(previous.counts.values())
        self.stdout.write(
            f"Lần chạy trước ({timezone.localtime(previous.started_at):%d/%m/%Y %H:%M}) "
            f"chưa xong (đã xử lý khoảng {done} mục); tiếp tục, bỏ qua các mục đã nhập."
        )
        last_done = (
            ImportRun.objects.filter(
                site=site, format=format_name, path=str(path.resolve()), state=ImportRun.State.DONE
            )
            .order_by("-started_at")
            .values_list("started_at", flat=True)
            .first()
        )
        unfinished = ImportRun.objects.filter(
            site=site, format=format_name, path=str(path.resolve())
        ).exclude(state=ImportRun.State.DONE)
        if last_done is not None:
            unfinished = unfinished.filter(started_at__gt=last_done)
        return unfinished.order_by("started_at").values_list("started_at", flat=True).first()

    def _stopped(self, run, runner):
        if run is None:
            return
        run.state = ImportRun.State.STOPPED
        run.counts = dict(runner.counts)
        run.finished_at = timezone.now()
        run.save(update_fields=["state", "counts", "finished_at"])

    def _documents(self, site, path, dry_run, report):
        """Legal documents: the register's own bulk import (checks, relations, files)."""
        try:
            result = import_documents(site, path, skip_invalid=True, dry_run=dry_run)
        except ImportFileError as error:
            raise CommandError(f"{path.name}: {error.reason} Chưa nhập văn bản nào.") from error
        counts = {}
        for row in result.rows:
            status = row.status if row.status in WORDS else SKIPPED
            counts[status] = counts.get(status, 0) + 1
            if report is not None:
                reason = "; ".join(p.problem for p in row.problems)
                report.write(
                    Outcome(
                        f"{path.name}:{row.row}", status, row.number, url=row.url, reason=reason
                    ).as_json()
                    + "\n"
                )
        return counts

    def _summary(self, counts, dry_run):
        head = "Chạy thử, không ghi gì" if dry_run else "Xong"
        parts = ", ".join(f"{counts.get(status, 0)} {WORDS[status]}" for status in WORDS)
        self.stdout.write(f"{head}: {parts}.")
        if counts.get(SKIPPED):
            self.stdout.write("Lý do bỏ qua từng mục có trong tệp báo cáo (--report).")
        sys.stdout.flush()
