"""The CSV import: good rows land on the named site; any bad row saves nothing and says
which line is wrong, in Vietnamese."""

import pytest
from django.core.management import CommandError, call_command

from vnportal.procedures.models import Level, OnlineLevel, Procedure

pytestmark = pytest.mark.django_db

HEADER = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ,Liên kết\n"


def write(tmp_path, text):
    path = tmp_path / "thu-tuc.csv"
    path.write_text(HEADER + text, encoding="utf-8")
    return str(path)


def test_rows_are_imported_into_the_named_site_and_reimport_updates(tmp_path, province, commune):
    path = write(
        tmp_path,
        ",Đăng ký khai sinh,Hộ tịch,Cấp xã,Toàn trình,https://dichvucong.gov.vn/\n"
        ",Chứng thực chữ ký,Chứng thực,cap xa,truc tiep,\n",
    )
    call_command("import_procedures", "--site", "tayyen.localhost", path)
    call_command("import_procedures", "--site", "tayyen.localhost", path)
    assert Procedure.objects.filter(site=commune.site).count() == 2
    assert not Procedure.objects.filter(site=province.site).exists()
    signature = Procedure.objects.get(name="Chứng thực chữ ký")
    assert (signature.level, signature.online_level) == (Level.COMMUNE, OnlineLevel.OFFLINE)


def test_a_bad_row_saves_nothing_and_names_the_line(tmp_path, province):
    path = write(
        tmp_path,
        ",Đăng ký khai sinh,Hộ tịch,Cấp xã,Toàn trình,\n"
        "1-23,Đăng ký kết hôn,Hộ tịch,Cấp huyện,Toàn trình,http://example.com/\n",
    )
    with pytest.raises(CommandError) as error:
        call_command("import_procedures", "--site", "localhost", path)
    message = str(error.value)
    assert "Dòng 3" in message and "Cấp huyện" in message
    assert "không đúng dạng" in message and "https://" in message
    assert not Procedure.objects.exists()


def test_missing_column_is_explained(tmp_path, province):
    path = tmp_path / "x.csv"
    path.write_text("Tên,Ghi chú\nA,B\n", encoding="utf-8")
    with pytest.raises(CommandError, match="thiếu cột"):
        call_command("import_procedures", "--site", "localhost", str(path))
