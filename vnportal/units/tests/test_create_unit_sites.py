"""`manage.py create_unit_sites FILE.csv` on a file shaped like An Giang's 102 units."""

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail import hooks
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from vnportal.core.models import HomePage, SiteSettings
from vnportal.units import roles
from vnportal.units.models import SiteGroup, Unit
from vnportal.units.provisioning import SECTIONS_HOOK
from vnportal.units.tests.unit_csv import unit_rows, write_unit_file

pytestmark = pytest.mark.django_db


def _run(path):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("create_unit_sites", str(path), stdout=out, stderr=err)
    finally:
        _run.stderr = err.getvalue()
    return out.getvalue()


def _census():
    return {
        "units": Unit.objects.count(),
        "sites": Site.objects.count(),
        "pages": Page.objects.count(),
        "settings": SiteSettings.objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
    }


def _menu(html):
    nav = html[html.index('class="main-nav"') : html.index("</nav>")]
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav)


# About 0.7 s a site through Wagtail's page tree; the other tests here create sites on
# both databases.
@pytest.mark.single_db
def test_the_an_giang_file_makes_103_sites_and_a_second_run_changes_nothing(tmp_path, client):
    path = write_unit_file(tmp_path / "an-giang.csv", bom=True)

    output = _run(path)

    assert "Xong 103 đơn vị" in output
    assert "tạo mới 103 cổng, cập nhật 0 cổng" in output
    census = _census()
    assert census["units"] == census["sites"] == census["settings"] == 103
    assert HomePage.objects.count() == 103
    assert SiteGroup.objects.filter(site__isnull=False).count() == 103 * len(roles.ROLES)

    html = client.get("/", HTTP_HOST="tayyen.angiang.gov.vn").content.decode()
    assert "Cổng thông tin điện tử xã Tây Yên" in html
    assert "Ủy ban nhân dân xã Tây Yên" in html
    menu = _menu(html)
    assert menu[:3] == ["Trang chủ", "Giới thiệu", "Điều kiện tự nhiên"]
    assert menu[menu.index("Tin tức") + 1] == "Tin hoạt động"
    assert _menu(html)[-1] == "Liên hệ"
    zone = client.get("/", HTTP_HOST="phuquoc.angiang.gov.vn").content.decode()
    assert "Cổng thông tin điện tử đặc khu Phú Quốc" in zone
    # The province answers for addresses no site claims.
    assert "Cổng thông tin điện tử tỉnh An Giang" in client.get("/").content.decode()
    tay_yen = Unit.objects.get(name="Xã Tây Yên")
    assert set(tay_yen.site.role_groups.values_list("group__name", flat=True)) == {
        "Cổng thông tin điện tử xã Tây Yên – Cộng tác viên",
        "Cổng thông tin điện tử xã Tây Yên – Biên tập viên",
        "Cổng thông tin điện tử xã Tây Yên – Ban biên tập",
        "Cổng thông tin điện tử xã Tây Yên – Cán bộ xử lý hỏi đáp",
        "Cổng thông tin điện tử xã Tây Yên – Lãnh đạo duyệt trả lời",
        "Cổng thông tin điện tử xã Tây Yên – Quản trị trang",
    }

    output = _run(path)

    assert "tạo mới 0 cổng, cập nhật 103 cổng" in output
    assert _census() == census


def test_a_malformed_row_is_reported_with_its_line_number_and_nothing_is_created(tmp_path):
    rows = unit_rows()
    rows[5] = ("AG-HUYEN", "Huyện An Biên", "huyen", "AG", "")  # line 7
    code, name, kind, _, host = rows[40]
    rows[40] = (code, name, kind, "", host)  # line 42: no province
    path = write_unit_file(tmp_path / "an-giang.csv", rows)
    before = _census()

    with pytest.raises(CommandError, match="có 2 lỗi; chưa tạo hay sửa đơn vị nào"):
        _run(path)

    assert _run.stderr.splitlines() == [
        "Dòng 7: loại “huyen” không hợp lệ; cột kind chỉ nhận province, commune, ward hoặc "
        "special_zone (cấp huyện không còn từ 01/07/2025).",
        "Dòng 42: thiếu mã tỉnh, thành phố trực thuộc (cột parent).",
    ]
    assert _census() == before


def test_a_failure_while_saving_undoes_every_unit_of_the_file(tmp_path):
    rows = unit_rows(communes=8, wards=2, special_zones=1)
    path = write_unit_file(tmp_path / "an-giang.csv", rows)
    before = _census()
    failing_code = rows[6][0]  # line 8

    def broken_section(home_page, unit):
        if unit.code == failing_code:
            raise RuntimeError("ổ đĩa đầy")

    with hooks.register_temporarily(SECTIONS_HOOK, broken_section):
        with pytest.raises(CommandError, match=f"Dòng 8: không lưu được đơn vị “{failing_code}”"):
            _run(path)

    assert _census() == before


def test_an_edited_file_moves_a_site_to_its_new_host_and_name(tmp_path, client):
    rows = unit_rows(communes=2, wards=1, special_zones=0)
    _run(write_unit_file(tmp_path / "v1.csv", rows))
    code = rows[1][0]
    rows[1] = (code, "Xã Tây Yên Mới", "commune", "AG", "tayyenmoi.angiang.gov.vn")

    output = _run(write_unit_file(tmp_path / "v2.csv", rows))

    assert "tạo mới 0 cổng" in output
    html = client.get("/", HTTP_HOST="tayyenmoi.angiang.gov.vn").content.decode()
    assert "Cổng thông tin điện tử xã Tây Yên Mới" in html
    assert not Site.objects.filter(hostname="tayyen.angiang.gov.vn").exists()


def test_dry_run_checks_the_file_and_writes_nothing(tmp_path):
    path = write_unit_file(tmp_path / "an-giang.csv")
    before = _census()
    out = io.StringIO()
    call_command("create_unit_sites", str(path), "--dry-run", stdout=out)
    assert "Tệp hợp lệ: 103 đơn vị" in out.getvalue()
    assert _census() == before


def test_a_missing_file_is_named():
    with pytest.raises(CommandError, match="Không đọc được tệp /khong/co/tep.csv"):
        call_command("create_unit_sites", "/khong/co/tep.csv")
