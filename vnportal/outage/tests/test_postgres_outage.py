"""Stop a real PostgreSQL server under a running portal, then start it again.

The test makes its own throwaway cluster (initdb into a temporary directory, port 5441 on
127.0.0.1; as the `postgres` OS user when run as root) and its own app server
(`manage.py runserver --noreload` in a subprocess), so the shared database server is
never touched. Skipped when PostgreSQL's server binaries are not installed.
"""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

requests = pytest.importorskip("requests")

pytestmark = pytest.mark.servers

ROOT = Path(__file__).resolve().parents[3]
PG_PORT = int(os.environ.get("VNPORTAL_OUTAGE_PG_PORT", "5441"))
APP_PORT = int(os.environ.get("VNPORTAL_OUTAGE_APP_PORT", "16601"))
DATABASE = "vnportal_outage"
SETTINGS = "vnportal.outage.tests.outage_settings"
CONTENT = "Đường vào ấp Xẻo Nhàu ngập sâu sau mỗi cơn mưa.\nXin hỏi khi nào được sửa?"

SETUP = """
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.testing.builders import add_article, build_site
built = build_site()
add_questions_section(built.site)
add_article(built.categories["tin-hoat-dong"], title="Khai mạc hội chợ nông sản")
print(add_field("Giao thông").pk)
"""


def _pg_bin():
    base = Path("/usr/lib/postgresql")
    versions = sorted(
        (path for path in base.glob("*/bin") if (path / "initdb").is_file()),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1]
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_postgres(command, **kwargs):
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root.
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # noqa: S603


def _port_free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


class Cluster:
    def __init__(self, bin_dir, directory):
        self.bin = bin_dir
        self.data = directory / "data"
        self.directory = directory

    def start(self):
        options = (
            f"-p {PG_PORT} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        log = self.directory / "postgresql.log"
        _as_postgres(
            [str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(log), "-w"]
            + ["start"]
        )

    def stop(self):
        _as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])

    def psql(self, sql, database="postgres"):
        return _as_postgres(
            [str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres"]
            + ["-d", database, "-Atc", sql]
        ).stdout.strip()


@pytest.fixture(scope="module")
def cluster():
    bin_dir = _pg_bin()
    if bin_dir is None or not (bin_dir / "pg_ctl").is_file():
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode:  # noqa: S607
        pytest.skip("running as root without a `postgres` OS user to run PostgreSQL")
    if not _port_free(PG_PORT):
        pytest.skip(f"port {PG_PORT} is taken; set VNPORTAL_OUTAGE_PG_PORT")
    directory = Path(tempfile.mkdtemp(prefix="vnportal-outage-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres")
    _as_postgres(
        [str(bin_dir / "initdb"), "-D", str(directory / "data"), "-A", "trust", "-U"]
        + ["postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]
    )
    instance = Cluster(bin_dir, directory)
    instance.start()
    try:
        instance.psql(f"CREATE DATABASE {DATABASE}")
        yield instance
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            instance.stop()
        shutil.rmtree(directory, ignore_errors=True)


def _env():
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{PG_PORT}/{DATABASE}",
        DJANGO_SETTINGS_MODULE=SETTINGS,
        PYTHONUNBUFFERED="1",
    )
    return env


def _manage(*args, **kwargs):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    )


@pytest.fixture(scope="module")
def server(cluster):
    if not _port_free(APP_PORT):
        pytest.skip(f"port {APP_PORT} is taken; set VNPORTAL_OUTAGE_APP_PORT")
    _manage("migrate", "--run-syncdb", "-v0")
    field_id = _manage("shell", "-c", SETUP).stdout.strip().splitlines()[-1]
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{APP_PORT}"],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{APP_PORT}"
    try:
        for _ in range(300):
            with contextlib.suppress(requests.ConnectionError):
                requests.get(base + "/robots.txt", timeout=5)
                break
            time.sleep(0.2)
        else:
            pytest.fail("the app server did not start")
        yield base, field_id
    finally:
        process.terminate()
        process.wait(timeout=30)


def _question(session, base, field_id):
    form = session.get(base + "/hoi-dap/gui/", timeout=30)
    assert form.status_code == 200
    started = re.search(r'name="bat_dau" value="([^"]+)"', form.text).group(1)
    return {
        "csrfmiddlewaretoken": session.cookies["csrftoken"],
        "name": "Lê Văn Tám",
        "phone": "0987 654 321",
        "field": field_id,
        "kind": "hoi-dap",
        "title": "Đường ngập ở ấp Xẻo Nhàu",
        "content": CONTENT,
        "consent": "on",
        "website": "",
        "bat_dau": started,
    }


def test_the_portal_through_a_postgresql_outage(cluster, server):
    base, field_id = server
    reader = requests.Session()
    assert reader.get(base + "/tin-tuc/", timeout=30).headers["X-Cache"] == "MISS"
    assert reader.get(base + "/tin-tuc/", timeout=30).headers["X-Cache"] == "HIT"
    citizen = requests.Session()
    data = _question(citizen, base, field_id)
    time.sleep(3)  # the form's minimum fill time

    cluster.stop()
    try:
        cached = reader.get(base + "/tin-tuc/", timeout=30)
        assert cached.status_code == 200
        assert "Khai mạc hội chợ nông sản" in cached.text

        other = reader.get(base + "/tin-tuc/tin-hoat-dong/", timeout=30)
        assert other.status_code == 503
        assert "Cổng thông tin đang bảo trì" in other.text

        refused = citizen.post(base + "/hoi-dap/gui/", data=data, timeout=30)
        assert refused.status_code == 503
        assert "Chưa lưu được nội dung bạn gửi" in refused.text
        assert "vui lòng gửi lại sau" in refused.text
        assert "tiếp nhận" not in refused.text
        assert "Xẻo Nhàu ngập sâu sau mỗi cơn mưa.\nXin hỏi khi nào được sửa?</textarea>" in (
            refused.text.replace("\r\n", "\n")
        )
    finally:
        cluster.start()

    assert cluster.psql("SELECT count(*) FROM feedback_submission", DATABASE) == "0"
    saved = citizen.post(base + "/hoi-dap/gui/", data=data, timeout=30)
    assert saved.status_code == 200
    assert "Đã tiếp nhận" in saved.text
    assert cluster.psql("SELECT content FROM feedback_submission", DATABASE) == CONTENT
    assert reader.get(base + "/tin-tuc/tin-hoat-dong/", timeout=30).status_code == 200
