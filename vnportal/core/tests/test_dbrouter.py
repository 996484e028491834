"""Read replicas (vnportal/core/dbrouter.py): which database each read and write goes to.

Two real SQLite databases stand for the primary and a replica, each holding a different
row, so a test sees by the data it gets back where the query went. Real streaming
replication (and its lag) is not tested here; see docs/deploy.md.
"""

from pathlib import Path

import pytest
from django.db import connections, transaction
from django.test import RequestFactory, override_settings
from taggit.models import Tag

from vnportal.core.dbrouter import ReplicaMiddleware, replica_databases, use_primary

REPLICA = "replica_test"
ROUTERS = {
    "DATABASE_ROUTERS": ["vnportal.core.dbrouter.ReplicaRouter"],
    "VNPORTAL_DATABASE_REPLICAS": [REPLICA],
}


@pytest.fixture
def replica(tmp_path, transactional_db):
    """A second SQLite database with the tag table, holding one row the primary lacks.

    transactional_db: a test wrapped in a transaction would read the primary throughout.
    """
    config = dict(connections.settings["default"])  # every key Django expects
    name = str(tmp_path / "replica.sqlite3")
    # SQLite also when the primary is PostgreSQL: the router does not look at engines.
    config.update(ENGINE="django.db.backends.sqlite3", NAME=name, TEST={"NAME": name}, OPTIONS={})
    config.update(HOST="", PORT="", USER="", PASSWORD="")
    connections.settings[REPLICA] = config
    # Connected here: the test case only lets aliases it was told about connect later.
    connections[REPLICA].connect()
    with connections[REPLICA].schema_editor() as editor:
        editor.create_model(Tag)
    Tag.objects.using(REPLICA).create(name="chỉ ở bản sao", slug="chi-o-ban-sao")
    Tag.objects.using("default").create(name="chỉ ở máy chính", slug="chi-o-may-chinh")
    yield REPLICA
    connections[REPLICA].close()
    del connections[REPLICA]
    del connections.settings[REPLICA]


def serve(request, view):
    return ReplicaMiddleware(view)(request)


def tag_names():
    return set(Tag.objects.values_list("name", flat=True))


@override_settings(**ROUTERS)
def test_an_anonymous_page_view_reads_the_replica(replica):
    seen = {}
    serve(RequestFactory().get("/tin-tuc/"), lambda request: seen.update(names=tag_names()))
    assert seen["names"] == {"chỉ ở bản sao"}


@override_settings(**ROUTERS)
def test_after_a_write_the_same_request_reads_the_primary(replica):
    seen = {}

    def view(request):
        seen["before"] = tag_names()
        Tag.objects.create(name="mới ghi", slug="moi-ghi")
        seen["after"] = tag_names()

    serve(RequestFactory().get("/"), view)
    assert seen["before"] == {"chỉ ở bản sao"}
    assert seen["after"] == {"chỉ ở máy chính", "mới ghi"}
    assert not Tag.objects.using(replica).filter(slug="moi-ghi").exists()


@override_settings(**ROUTERS)
@pytest.mark.parametrize(
    "make_request",
    [
        pytest.param(lambda rf: rf.post("/hoi-dap/gui/"), id="form post"),
        pytest.param(
            lambda rf: rf.get("/", HTTP_COOKIE="sessionid=abc"), id="someone with a session"
        ),
        pytest.param(lambda rf: rf.get("/admin/login/"), id="admin"),
    ],
)
def test_forms_sessions_and_the_admin_read_the_primary(replica, make_request):
    seen = {}
    serve(make_request(RequestFactory()), lambda request: seen.update(names=tag_names()))
    assert seen["names"] == {"chỉ ở máy chính"}


@override_settings(**ROUTERS)
def test_reads_inside_a_transaction_and_outside_requests_use_the_primary(replica):
    assert tag_names() == {"chỉ ở máy chính"}  # a command or a timer: no request
    seen = {}

    def view(request):
        with transaction.atomic():
            seen["atomic"] = tag_names()
        seen["plain"] = tag_names()
        with use_primary():
            seen["pinned"] = tag_names()

    serve(RequestFactory().get("/"), view)
    assert seen == {
        "atomic": {"chỉ ở máy chính"},
        "plain": {"chỉ ở bản sao"},
        "pinned": {"chỉ ở máy chính"},
    }


@override_settings(**ROUTERS)
def test_each_request_starts_afresh(replica):
    serve(RequestFactory().get("/"), lambda request: Tag.objects.create(name="x", slug="x"))
    seen = {}
    serve(RequestFactory().get("/"), lambda request: seen.update(names=tag_names()))
    assert seen["names"] == {"chỉ ở bản sao"}


def test_replica_urls_become_databases_mirrored_in_tests():
    primary = {"ENGINE": "django.db.backends.postgresql"}
    databases = replica_databases(
        "postgres://u:p@10.0.0.2:5432/vnportal, postgres://u:p@10.0.0.3:5433/vnportal",
        primary,
    )
    assert list(databases) == ["replica1", "replica2"]
    assert databases["replica2"]["HOST"] == "10.0.0.3"
    assert databases["replica2"]["PORT"] == 5433
    assert databases["replica1"]["TEST"] == {"MIRROR": "default"}
    with pytest.raises(ValueError, match="Replica 1"):
        replica_databases("sqlite:////tmp/x.sqlite3", primary)


def test_production_settings_switch_replicas_on_from_the_environment(tmp_path):
    import subprocess
    import sys

    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "vnportal.settings.production",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/primary",
        "DATABASE_REPLICA_URLS": "postgres://u:p@127.0.0.2:5432/replica",
    }
    code = (
        "import json; from django.conf import settings; print(json.dumps(["
        "sorted(settings.DATABASES), settings.DATABASE_ROUTERS, settings.MIDDLEWARE[0],"
        "settings.DATABASES['replica1']['HOST']]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == (
        '[["default", "replica1"], ["vnportal.core.dbrouter.ReplicaRouter"], '
        '"vnportal.core.dbrouter.ReplicaMiddleware", "127.0.0.2"]'
    )
