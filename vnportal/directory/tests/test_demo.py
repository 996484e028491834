"""The demo organisation of the province and of xã An Biên."""

import pytest

from vnportal.directory.demo import create_demo_directory
from vnportal.directory.models import Department, Official
from vnportal.testing.builders import build_site

from .conftest import URL

pytestmark = pytest.mark.django_db


def test_demo_fills_province_and_commune_once_and_marks_itself(client):
    province = build_site().site
    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False).site
    sites = {"angiang": province, "anbien": anbien}
    create_demo_directory(sites)
    create_demo_directory(sites)
    assert Department.objects.filter(site=province, name="Sở Nội vụ").count() == 1
    commune_names = set(Department.objects.filter(site=anbien).values_list("name", flat=True))
    assert {
        "Đảng ủy xã An Biên",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
        "Phòng Kinh tế",
        "Phòng Văn hóa - Xã hội",
        "Trung tâm Phục vụ hành chính công xã",
    } <= commune_names
    assert not Department.objects.filter(site=anbien, name_en="").exists()
    assert Official.objects.filter(is_leader=True, photo__isnull=False).exists()

    html = client.get(URL, HTTP_HOST="anbien.localhost").content.decode()
    assert "Dữ liệu mẫu" in html and "Lý Văn Thử" in html
    english = client.get(URL + "en/", HTTP_HOST="anbien.localhost").content.decode()
    assert "Public Administrative Service Centre" in english and "Demo data" in english
