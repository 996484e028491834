"""Settings read the environment; production refuses unsafe configurations."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vnportal.settings.base import database_from_env

ROOT = Path(__file__).resolve().parents[3]
GOOD_KEY = "k" * 30 + "-production-secret-from-the-environment"


def _manage(*args, **env):
    # A clean environment: the browser tests' async-unsafe switch must not leak in.
    inherited = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    full_env = {k: v for k, v in os.environ.items() if k not in inherited}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _production(**overrides):
    env = {
        "DJANGO_SETTINGS_MODULE": "vnportal.settings.production",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "angiang.gov.vn,.angiang.gov.vn",
        "DATABASE_URL": "postgres://portal:portal@127.0.0.1:5432/portal",
    }
    env.update(overrides)
    return env


def test_database_url_chooses_postgresql(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.internal:5433/portal")
    config = database_from_env(Path("/unused.sqlite3"))["default"]
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.internal", 5433, "portal")


def test_database_url_can_point_at_a_fresh_sqlite_file(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/other.sqlite3")
    config = database_from_env(Path("/unused.sqlite3"))["default"]
    assert config["NAME"] == f"{tmp_path}/other.sqlite3"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_without_database_url_sqlite_is_the_default(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_from_env(tmp_path / "db.sqlite3")["default"]
    assert config["ENGINE"] == "django.db.backends.sqlite3"


def test_production_deploy_check_is_clean():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **_production())
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"DEBUG": "1"}, "DEBUG must be off"),
        ({"SECRET_KEY": ""}, "SECRET_KEY"),
        ({"SECRET_KEY": "django-insecure-" + "x" * 50}, "looks like a default"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
        ({"DATABASE_URL": ""}, "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_unsafely(overrides, message):
    result = _manage("check", **_production(**overrides))
    assert result.returncode != 0
    assert message in result.stderr
