"""An import killed outright (SIGKILL, a crash, a power cut) resumes where it stopped.

Runs the real command in its own process on its own SQLite file, kills it once its first
batch is committed, then runs it again: every article exists exactly once.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vnportal.importers import runner

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = 2 * runner.BATCH + 600  # the first batch is written once the second is read


def _environment(tmp_path):
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "vnportal.settings.test",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }


def _manage(environment, *args, **kwargs):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        **kwargs,
    )


def _count(database, table):
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as connection:
        try:
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        except sqlite3.OperationalError:
            return 0


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="runs on its own SQLite file"
)
def test_a_killed_import_resumes_without_losing_or_doubling_articles(tmp_path):
    environment = _environment(tmp_path)
    database = tmp_path / "portal.sqlite3"
    _manage(environment, "migrate", "-v0")
    _manage(
        environment, "shell", "-c", "from vnportal.testing.builders import build_site; build_site()"
    )
    source = tmp_path / "tin.jsonl"
    with source.open("w", encoding="utf-8") as stream:
        for number in range(ARTICLES):
            stream.write(
                json.dumps(
                    {
                        "id": f"tin-{number}",
                        "title": f"Tin hoạt động số {number} của xã",
                        "date": f"2024-0{1 + number % 9}-1{number % 10}T08:00:00+07:00",
                        "category": "Tin hoạt động",
                        "body": f"Sapo tin số {number}.\n\nNội dung tin số {number}.",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    command = [
        sys.executable,
        "manage.py",
        "import_portal",
        str(source),
        "--format",
        "jsonl",
        "--site",
        "localhost",
    ]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment,  # noqa: S603
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    try:
        while _count(database, "importers_importeditem") < runner.BATCH:
            assert process.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline, "no batch was committed in two minutes"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    kept = _count(database, "importers_importeditem")
    assert runner.BATCH <= kept < ARTICLES
    assert _count(database, "news_articlepage") == kept  # a batch is all there or not at all

    report = tmp_path / "report.jsonl"
    output = _manage(
        environment,
        "import_portal",
        str(source),
        "--format",
        "jsonl",
        "--site",
        "localhost",
        "--report",
        str(report),
    ).stdout
    assert "chưa xong" in output
    statuses = [json.loads(line)["status"] for line in report.read_text("utf-8").splitlines()]
    assert statuses.count("unchanged") == kept
    assert statuses.count("created") == ARTICLES - kept
    assert _count(database, "news_articlepage") == ARTICLES
    assert _count(database, "vnsearch_searchentry") == ARTICLES
    # Wagtail's own index (the admin's page search) has the articles of both runs.
    assert _count(database, "wagtailsearch_indexentry") >= ARTICLES
