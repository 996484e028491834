import pytest

from vnportal.procedures.demo import create_demo_procedures
from vnportal.procedures.models import Procedure
from vnportal.testing.builders import build_site

pytestmark = pytest.mark.django_db


def test_demo_fills_province_and_commune_once(client, province):
    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    sites = {"angiang": province.site, "anbien": anbien.site}
    create_demo_procedures(sites)
    count = Procedure.objects.count()
    create_demo_procedures(sites)
    assert Procedure.objects.count() == count
    for procedure in Procedure.objects.all():
        procedure.full_clean()
    html = client.get("/thu-tuc-hanh-chinh/", HTTP_HOST="anbien.localhost").content.decode()
    assert "Chứng thực chữ ký trong các giấy tờ, văn bản" in html
    assert "Dữ liệu mẫu" in html
