"""Backups of one installation: the database, the media files and a manifest of checksums.

A backup is a directory `vnportal-YYYYMMDD-HHMMSS/` (Vietnam time) holding

- `db.sqlite3` (SQLite, copied with SQLite's online backup API, so a running portal
  keeps writing meanwhile) or `db.pgdump` (PostgreSQL, `pg_dump -Fc`);
- `media/`, a copy of MEDIA_ROOT, taken after the database: a file uploaded in between
  is extra, never missing;
- `manifest.json`: format, time, versions, database vendor and applied migrations, and
  the SHA-256 and size of every file above.

It is written under a hidden name and renamed when complete, so a backup cut short (disk
full, power) never looks like a backup. Restoring checks the whole manifest before it
touches anything, refuses a backup made by newer code (migrations this code does not
have) and, unless forced, an installation that already holds content.
"""

import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess  # noqa: S404 (pg_dump and pg_restore, with argument lists)
from dataclasses import dataclass
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "db.sqlite3"
PG_FILE = "db.pgdump"
MEDIA_DIR = "media"
PREFIX = "vnportal-"
CHUNK = 1024 * 1024
PG_BIN_DIRS = "/usr/lib/postgresql/{major}/bin"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, in Vietnamese."""


@dataclass
class Target:
    """Where a restore writes: the configured database (alias) or, for SQLite, another
    file; and a media directory."""

    alias: str = "default"
    sqlite_path: Path | None = None
    media_root: Path | None = None
    # PostgreSQL: another database on the alias's server (a scratch one to try a restore).
    database_name: str | None = None

    def vendor(self):
        return "sqlite" if self.sqlite_path else connections[self.alias].vendor

    def settings_dict(self) -> dict:
        found = dict(connections[self.alias].settings_dict)
        if self.database_name:
            found["NAME"] = self.database_name
        return found

    def media(self) -> Path:
        return Path(self.media_root or settings.MEDIA_ROOT)


# Checksums


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _entry(path: Path) -> dict:
    return {"sha256": sha256_of(path), "size": path.stat().st_size}


def _media_files(root: Path):
    if not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                yield path


# Backing up


def create_backup(parent, alias="default", media_root=None) -> Path:
    """Write a new backup under `parent` and return its directory."""
    parent = Path(parent)
    parent.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    final = parent / f"{PREFIX}{stamp}"
    suffix = 1
    while final.exists():
        suffix += 1
        final = parent / f"{PREFIX}{stamp}-{suffix}"
    work = parent / f".{final.name}.dang-ghi"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        connection = connections[alias]
        if connection.vendor == "sqlite":
            database = _dump_sqlite(connection, work / SQLITE_FILE)
        elif connection.vendor == "postgresql":
            database = _dump_postgresql(connection, work / PG_FILE)
        else:
            raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu loại {connection.vendor}.")
        database["migrations"] = _applied_migrations(connection)
        media_source = Path(media_root or settings.MEDIA_ROOT)
        files = {database["file"]: _entry(work / database["file"])}
        on_disk = media_root is not None or isinstance(default_storage, FileSystemStorage)
        # Media on S3-compatible storage is kept by the bucket's own versioning.
        for source in _media_files(media_source) if on_disk else ():
            relative = source.relative_to(media_source).as_posix()
            copy = work / MEDIA_DIR / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            files[f"{MEDIA_DIR}/{relative}"] = _entry(copy)
        (work / MEDIA_DIR).mkdir(exist_ok=True)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.localtime().isoformat(timespec="seconds"),
            "versions": _versions(),
            "database": database,
            "media": {
                "on_disk": on_disk,
                "files": sum(1 for name in files if name.startswith(MEDIA_DIR + "/")),
                "bytes": sum(
                    entry["size"] for name, entry in files.items() if name.startswith("media/")
                ),
            },
            "files": files,
        }
        (work / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
        )
        os.replace(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final


def _versions():
    from importlib.metadata import PackageNotFoundError, version

    try:
        own = version("vnportal")
    except PackageNotFoundError:
        own = "0.1.0"
    return {
        "vnportal": own,
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "python": platform.python_version(),
    }


def _applied_migrations(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        return [f"{app}.{name}" for app, name in cursor.fetchall()]


def _dump_sqlite(connection, out: Path) -> dict:
    connection.ensure_connection()
    target = sqlite3.connect(out)
    try:
        # Django's own connection: the same database it uses, in-memory test ones too.
        connection.connection.backup(target)
    finally:
        target.close()
    return {"vendor": "sqlite", "file": SQLITE_FILE, "server_version": sqlite3.sqlite_version}


def _pg_major(connection) -> int:
    connection.ensure_connection()
    return connection.connection.info.server_version // 10000


def _pg_env(settings_dict, dbname=None) -> dict:
    env = dict(os.environ)
    # Credentials through the environment: a command line is visible to every user.
    env.update(
        PGHOST=str(settings_dict.get("HOST") or "localhost"),
        PGPORT=str(settings_dict.get("PORT") or "5432"),
        PGUSER=str(settings_dict.get("USER") or ""),
        PGPASSWORD=str(settings_dict.get("PASSWORD") or ""),
        PGDATABASE=str(dbname or settings_dict["NAME"]),
    )
    return {key: value for key, value in env.items() if value != ""}


def pg_tool(name, server_major) -> str:
    """The pg_dump or pg_restore able to handle a server of `server_major`: the one of
    the same major version when installed, else the one on PATH if it is not older."""
    candidates = [str(Path(PG_BIN_DIRS.format(major=server_major)) / name)]
    found = shutil.which(name)
    if found:
        candidates.append(found)
    for candidate in candidates:
        if not Path(candidate).is_file():
            continue
        output = subprocess.run(  # noqa: S603
            [candidate, "--version"], capture_output=True, text=True, check=False
        ).stdout
        match = re.search(r"(\d+)\.", output)
        if match and int(match.group(1)) >= server_major:
            return candidate
    raise BackupError(
        f"Không tìm thấy {name} phiên bản {server_major} trở lên cho máy chủ PostgreSQL "
        f"{server_major}; hãy cài gói postgresql-client-{server_major}."
    )


def _run(command, env, what):
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{what} không thành công: {result.stderr.strip()[-2000:]}")
    return result


def _dump_postgresql(connection, out: Path) -> dict:
    major = _pg_major(connection)
    tool = pg_tool("pg_dump", major)
    _run(
        [tool, "--format=custom", "--no-owner", "--no-privileges", f"--file={out}"],
        _pg_env(connection.settings_dict),
        "pg_dump",
    )
    return {
        "vendor": "postgresql",
        "file": PG_FILE,
        "server_version": connection.connection.info.server_version,
    }


def prune(parent, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups under `parent`; returns those removed."""
    backups = list_backups(parent)
    removed = backups[:-keep] if keep > 0 else []
    for path in removed:
        shutil.rmtree(path)
    return removed


# Checking and restoring


def list_backups(parent) -> list[Path]:
    """Complete backups under `parent`, oldest first."""
    parent = Path(parent)
    if not parent.is_dir():
        return []
    return sorted(
        path
        for path in parent.iterdir()
        if path.name.startswith(PREFIX) and (path / MANIFEST).is_file()
    )


def find_backup(path) -> Path:
    """`path` itself when it is a backup, else the newest backup inside it."""
    path = Path(path)
    if (path / MANIFEST).is_file():
        return path
    backups = list_backups(path)
    if not backups:
        raise BackupError(f"Không có bản sao lưu nào (thiếu {MANIFEST}) trong {path}.")
    return backups[-1]


def read_manifest(backup: Path) -> dict:
    try:
        manifest = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"Không đọc được {MANIFEST} trong {backup}: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"Bản sao lưu có định dạng {manifest.get('format')}, phiên bản này chỉ đọc "
            f"định dạng {FORMAT}."
        )
    return manifest


def verify(backup) -> dict:
    """The manifest, after every file it lists was found with its size and checksum."""
    backup = Path(backup)
    manifest = read_manifest(backup)
    problems = []
    for name, expected in sorted(manifest["files"].items()):
        path = backup / name
        if not path.is_file():
            problems.append(f"thiếu tệp {name}")
        elif path.stat().st_size != expected["size"] or sha256_of(path) != expected["sha256"]:
            problems.append(f"tệp {name} đã bị thay đổi (sai tổng kiểm SHA-256)")
    if problems:
        shown = "; ".join(problems[:20])
        more = f" và {len(problems) - 20} lỗi khác" if len(problems) > 20 else ""
        raise BackupError(f"Bản sao lưu {backup} không toàn vẹn, không phục hồi: {shown}{more}.")
    return manifest


def _unknown_migrations(manifest) -> list[str]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = {f"{app}.{name}" for app, name in loader.disk_migrations}
    return [name for name in manifest["database"]["migrations"] if name not in known]


def _sqlite_has_content(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    db = sqlite3.connect(path)
    try:
        return _has_content(db.cursor(), "sqlite")
    finally:
        db.close()


CONTENT_QUERIES = (
    "SELECT 1 FROM auth_user LIMIT 1",
    # Wagtail's first migration makes the root and a welcome page (depth 1 and 2).
    "SELECT 1 FROM wagtailcore_page WHERE depth > 2 LIMIT 1",
    "SELECT 1 FROM wagtaildocs_document LIMIT 1",
    "SELECT 1 FROM wagtailimages_image LIMIT 1",
)


def _has_content(cursor, vendor) -> bool:
    if vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    tables = {row[0] for row in cursor.fetchall()}
    for query in CONTENT_QUERIES:
        table = query.split(" FROM ")[1].split()[0]
        if table in tables:
            cursor.execute(query)
            if cursor.fetchone():
                return True
    return False


def installation_has_content(target: Target) -> bool:
    media = target.media()
    if media.is_dir() and any(_media_files(media)):
        return True
    if target.sqlite_path:
        return _sqlite_has_content(Path(target.sqlite_path))
    if target.database_name:
        with _pg_connect(target.settings_dict()) as db, db.cursor() as cursor:
            return _has_content(cursor, "postgresql")
    connection = connections[target.alias]
    with connection.cursor() as cursor:
        return _has_content(cursor, connection.vendor)


def _pg_connect(settings_dict):
    import psycopg

    return psycopg.connect(
        host=settings_dict.get("HOST") or "localhost",
        port=settings_dict.get("PORT") or "5432",
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        dbname=settings_dict["NAME"],
    )


def restore_backup(path, target: Target | None = None, force=False) -> dict:
    """Restore the backup at `path` (or the newest one inside it) into `target`; returns
    its manifest. Raises BackupError before changing anything when the backup is damaged,
    of another database vendor, newer than this code, or the target holds content and
    `force` is not set."""
    target = target or Target()
    backup = find_backup(path)
    manifest = verify(backup)
    vendor = manifest["database"]["vendor"]
    if vendor != target.vendor():
        raise BackupError(
            f"Bản sao lưu là của cơ sở dữ liệu {vendor}, cổng này đang dùng "
            f"{target.vendor()}: không phục hồi chéo được. Hãy cấu hình DATABASE_URL "
            f"đúng loại."
        )
    unknown = _unknown_migrations(manifest)
    if unknown:
        raise BackupError(
            "Bản sao lưu được tạo bởi phiên bản mã nguồn mới hơn (có migration mà bản này "
            f"chưa có: {', '.join(unknown[:5])}). Hãy cập nhật mã nguồn trước khi phục hồi."
        )
    if not force and installation_has_content(target):
        raise BackupError(
            "Cổng này đã có dữ liệu (người dùng, trang, tài liệu hoặc tệp trong "
            f"{target.media()}). Phục hồi sẽ ghi đè toàn bộ; nếu chắc chắn, chạy lại với "
            "--force (nên sao lưu dữ liệu hiện tại trước)."
        )
    if vendor == "sqlite":
        _restore_sqlite(backup / SQLITE_FILE, target)
    else:
        _restore_postgresql(backup / PG_FILE, target)
    _restore_media(backup, manifest, target.media())
    return manifest


def _restore_sqlite(source: Path, target: Target):
    src = sqlite3.connect(source)
    try:
        if target.sqlite_path:
            path = Path(target.sqlite_path)
            path.parent.mkdir(parents=True, exist_ok=True)
            dst = sqlite3.connect(path)
            try:
                src.backup(dst)
            finally:
                dst.close()
        else:
            connection = connections[target.alias]
            connection.ensure_connection()
            # Into Django's own connection: SQLite replaces every page of the target, and
            # keeps its WAL consistent.
            src.backup(connection.connection)
    finally:
        src.close()


def _restore_postgresql(source: Path, target: Target):
    connection = connections[target.alias]
    major = _pg_major(connection)
    tool = pg_tool("pg_restore", major)
    settings_dict = target.settings_dict()
    if not target.database_name:
        connection.close()
    _run(
        [
            tool,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={settings_dict['NAME']}",
            str(source),
        ],
        _pg_env(settings_dict),
        "pg_restore",
    )


def _restore_media(backup: Path, manifest: dict, media_root: Path):
    media_root.mkdir(parents=True, exist_ok=True)
    # Forced over an installation with content: its media is replaced, not merged.
    for child in media_root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    prefix = MEDIA_DIR + "/"
    for name, expected in manifest["files"].items():
        if not name.startswith(prefix):
            continue
        destination = media_root / name[len(prefix) :]
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(backup / name, destination)
        if sha256_of(destination) != expected["sha256"]:
            raise BackupError(f"Tệp {destination} chép ra bị sai tổng kiểm; hãy kiểm tra ổ đĩa.")


def created_at(manifest) -> str:
    moment = datetime.datetime.fromisoformat(manifest["created_at"])
    return timezone.localtime(moment).strftime("%H:%M:%S ngày %d/%m/%Y")
