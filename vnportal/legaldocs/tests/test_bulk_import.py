"""Importing a register kept in CSV or XLSX: `manage.py import_legaldocs`."""

import csv
import datetime
import io
import json
import unicodedata

import openpyxl
import pypdf
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from vnportal.legaldocs.bulk import SourceRow, import_documents, read_rows, validate
from vnportal.legaldocs.bulk import writing as bulk_writing
from vnportal.legaldocs.models import (
    DocumentField,
    DocumentKind,
    IssuingBody,
    LegalDocument,
    RelationKind,
)
from vnportal.testing.builders import add_document, add_documents_section, build_site

pytestmark = pytest.mark.django_db

D = datetime.date
HEADER = [
    "Số, ký hiệu",
    "Hình thức",
    "Cơ quan ban hành",
    "Lĩnh vực",
    "Người ký",
    "Ngày ban hành",
    "Ngày có hiệu lực",
    "Trích yếu",
    "Thay thế",
]
ROWS = [
    [
        "15/2024/QĐ-UBND",
        "Quyết định",
        "Ủy ban nhân dân tỉnh An Giang",
        "Đất đai",
        "Hồ Văn Mừng",
        "02/05/2024",
        "15/05/2024",
        "Ban hành bảng giá đất năm 2024 trên địa bàn tỉnh",
        "10/2020/QD-UBND",
    ],
    [
        "10/2020/QĐ-UBND",
        "",
        "Ủy ban nhân dân tỉnh An Giang",
        "Đất đai",
        "",
        "1/3/2020",
        "",
        "Ban hành bảng giá đất giai đoạn 2020 - 2024",
        "",
    ],
    [
        "123/UBND-VP",
        "",
        "Văn phòng UBND tỉnh",
        "",
        "",
        "2024-06-01",
        "",
        "Về việc tổ chức trực Tết Nguyên đán",
        "",
    ],
]


@pytest.fixture
def site():
    built = build_site()
    add_documents_section(built.site)
    return built.site


def write_csv(path, rows, header=HEADER, encoding="utf-8", delimiter=","):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    if encoding == "cp1258":
        path.write_bytes(as_windows_1258(text))
    else:
        path.write_bytes(text.encode(encoding))
    return path


def as_windows_1258(text):
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes the tone as a separate
    combining mark, so "ế" is "ê" + U+0301."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = "".join(mark for mark in decomposed if mark not in tones)
        tone = "".join(mark for mark in decomposed if mark in tones)
        out.append(unicodedata.normalize("NFC", base) + tone)
    return "".join(out).encode("cp1258")


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import_legaldocs", str(path), "--site", "localhost", *args, stdout=out, stderr=err
    )
    return out.getvalue()


def run_failing(path, *args):
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command(
            "import_legaldocs", str(path), "--site", "localhost", *args, stdout=out, stderr=out
        )
    return out.getvalue(), str(failure.value)


def pdf_bytes():
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_clean_csv_imports_every_row_with_its_fields_and_relations(site, tmp_path):
    output = run(write_csv(tmp_path / "so-van-ban.csv", ROWS))

    assert "Đã nhập 3 văn bản mới, cập nhật 0, không đổi 0, bỏ qua 0." in output
    decision = LegalDocument.objects.get(site=site, number="15/2024/QĐ-UBND")
    assert decision.kind == DocumentKind.QUYET_DINH
    assert decision.issuing_body.name == "Ủy ban nhân dân tỉnh An Giang"
    assert decision.field.name == "Đất đai"
    assert decision.field.slug == "dat-dai"
    assert decision.signer == "Hồ Văn Mừng"
    assert decision.issued_on == D(2024, 5, 2)
    assert decision.effective_from == D(2024, 5, 15)
    assert decision.title == "Ban hành bảng giá đất năm 2024 trên địa bàn tỉnh"
    old = LegalDocument.objects.get(site=site, number="10/2020/QĐ-UBND")
    # The kind left empty comes from the number's type code.
    assert old.kind == DocumentKind.QUYET_DINH
    relation = decision.relations.get()
    assert (relation.kind, relation.target_id) == (RelationKind.REPLACES, old.pk)
    # The replaced decision stops being in force the day the new one takes effect.
    assert old.ends_on == D(2024, 5, 15)
    letter = LegalDocument.objects.get(site=site, number="123/UBND-VP")
    assert letter.kind == DocumentKind.CONG_VAN
    assert letter.issued_on == D(2024, 6, 1)
    assert letter.field is None
    assert IssuingBody.objects.count() == 2


def test_xlsx_with_a_title_row_and_date_cells_imports(site, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2024"])
    sheet.append(
        ["STT", "SỐ KÝ HIỆU", "Loại văn bản", "Co quan ban hanh", "Ngày ban hành", "Trích yếu"]
    )
    sheet.append(
        [
            1,
            "42/2024/NQ-HĐND",
            "Nghị quyết",
            "HĐND tỉnh",
            datetime.datetime(2024, 7, 10),
            "Quy định mức chi",
        ]
    )
    sheet.append([2, "7/2024/QĐ-UBND", None, "UBND tỉnh", D(2024, 2, 29), "Quy định phân cấp"])
    path = tmp_path / "van-ban.xlsx"
    workbook.save(path)

    report = import_documents(site, path)

    assert [row.status for row in report.rows] == ["created", "created"]
    assert [row.row for row in report.rows] == [3, 4]
    resolution = LegalDocument.objects.get(number="42/2024/NQ-HĐND")
    assert resolution.kind == DocumentKind.NGHI_QUYET
    assert resolution.issued_on == D(2024, 7, 10)
    assert LegalDocument.objects.get(number="7/2024/QĐ-UBND").issued_on == D(2024, 2, 29)
    assert report.ignored_columns == ["STT"]


BAD_ROWS = [
    ROWS[0],
    ["ABC/QĐ", "Quyết định", "UBND tỉnh", "", "", "03/05/2024", "", "Số sai", ""],
    ["16/2024/QĐ-UBND", "Quyết định", "UBND tỉnh", "", "", "31/02/2024", "", "Ngày sai", ""],
    ["17/2024/QĐ-UBND", "Quyết định", "UBND tỉnh", "", "", "04/05/2024", "", "", ""],
    ["18/2024/QĐ-UBND", "Quyết đinh tạm", "UBND tỉnh", "", "", "05/05/2024", "", "Loại sai", ""],
]


def test_one_bad_row_imports_nothing_and_names_row_and_column(site, tmp_path):
    path = write_csv(tmp_path / "loi.csv", BAD_ROWS)
    report_path = tmp_path / "ket-qua.jsonl"

    output, error = run_failing(path, "--report", str(report_path))

    assert LegalDocument.objects.count() == 0
    assert IssuingBody.objects.count() == 0
    assert "Chưa nhập văn bản nào" in error
    assert "--skip-invalid" in error
    assert "Dòng  Cột" in output
    assert "Ngày “31/02/2024” không có thật." in output
    lines = [json.loads(line) for line in report_path.read_text(encoding="utf-8").splitlines()]
    assert [line["row"] for line in lines] == [2, 3, 4, 5, 6]
    assert [line["status"] for line in lines] == ["skipped"] + ["invalid"] * 4
    assert [[p["column"] for p in line["problems"]] for line in lines] == [
        [],
        ["Số, ký hiệu"],
        ["Ngày ban hành"],
        ["Trích yếu"],
        ["Hình thức"],
    ]
    assert lines[1]["problems"][0]["problem"] == "Thiếu số văn bản"
    assert lines[4]["problems"][0]["problem"].startswith("Không có hình thức văn bản “Quyết đinh")


def test_skip_invalid_imports_the_valid_rows_and_lists_the_others(site, tmp_path):
    path = write_csv(tmp_path / "loi.csv", BAD_ROWS)

    output = run(path, "--skip-invalid")

    assert list(LegalDocument.objects.values_list("number", flat=True)) == ["15/2024/QĐ-UBND"]
    assert "Đã nhập 1 văn bản mới, cập nhật 0, không đổi 0, bỏ qua 4." in output
    assert "Chưa ghi trích yếu." in output


def test_running_the_same_file_again_changes_nothing(site, tmp_path):
    path = write_csv(tmp_path / "so-van-ban.csv", ROWS)
    run(path)
    stamps = dict(LegalDocument.objects.values_list("number", "updated_at"))

    output = run(path)
    report = import_documents(site, path)

    assert "Đã nhập 0 văn bản mới, cập nhật 0, không đổi 3, bỏ qua 0." in output
    assert [row.status for row in report.rows] == ["unchanged"] * 3
    assert dict(LegalDocument.objects.values_list("number", "updated_at")) == stamps
    assert LegalDocument.objects.count() == 3


def test_an_edited_row_updates_its_document_in_place(site, tmp_path):
    run(write_csv(tmp_path / "so-van-ban.csv", ROWS))
    before = LegalDocument.objects.get(number="15/2024/QĐ-UBND")
    edited = [row[:] for row in ROWS]
    edited[0][7] = "Ban hành bảng giá đất điều chỉnh năm 2024"
    edited[0][8] = ""
    # A field the register does not have yet, on a document that had none.
    edited[2][3] = "Văn thư, lưu trữ"
    # Spelled without the leading zero or the Đ, it is still the same document.
    edited[1][0] = "10/2020/QD-UBND"

    output = run(write_csv(tmp_path / "so-van-ban.csv", edited))

    assert "Đã nhập 0 văn bản mới, cập nhật 2, không đổi 1, bỏ qua 0." in output
    after = LegalDocument.objects.get(pk=before.pk)
    assert after.title == "Ban hành bảng giá đất điều chỉnh năm 2024"
    assert after.slug == before.slug
    # The replacement removed from the file: the old decision is back in force.
    assert not after.relations.exists()
    assert LegalDocument.objects.get(number="10/2020/QĐ-UBND").ends_on is None
    assert LegalDocument.objects.get(number="123/UBND-VP").field.name == "Văn thư, lưu trữ"
    assert LegalDocument.objects.count() == 3


def test_a_cong_van_number_of_another_year_is_another_document(site, tmp_path):
    add_document(site, "123/UBND-VP", issued_on=D(2023, 6, 1), kind=DocumentKind.CONG_VAN)

    report = import_documents(site, write_csv(tmp_path / "cv.csv", [ROWS[2]]))

    assert [row.status for row in report.rows] == ["created"]
    assert LegalDocument.objects.filter(number="123/UBND-VP").count() == 2


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("cp1258", ";"), ("utf-8-sig", ";"), ("utf-8", "\t"), ("utf-16", "\t")],
)
def test_csv_encodings_and_delimiters_keep_vietnamese_intact(site, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "vb.csv", ROWS[1:], encoding=encoding, delimiter=delimiter)

    report = import_documents(site, path)

    assert not report.problems
    document = LegalDocument.objects.get(number="123/UBND-VP")
    assert document.title == "Về việc tổ chức trực Tết Nguyên đán"
    assert unicodedata.is_normalized("NFC", document.title)
    assert document.issuing_body.name == "Văn phòng UBND tỉnh"
    assert DocumentField.objects.get().name == "Đất đai"


def test_an_attachment_path_leaving_the_folder_is_refused(site, tmp_path):
    folder = tmp_path / "nhap"
    folder.mkdir()
    (tmp_path / "bi-mat.pdf").write_bytes(pdf_bytes())
    header = [*HEADER[:8], "Tệp đính kèm"]
    rows = [
        [*ROWS[0][:8], "../bi-mat.pdf"],
        [*ROWS[1][:8], str(tmp_path / "bi-mat.pdf")],
    ]

    report = import_documents(site, write_csv(folder / "vb.csv", rows, header=header))

    assert [(p.row, p.column) for p in report.problems] == [
        (2, "Tệp đính kèm"),
        (3, "Tệp đính kèm"),
    ]
    assert "ra ngoài thư mục" in report.problems[0].problem
    assert "đường dẫn tuyệt đối" in report.problems[1].problem
    assert LegalDocument.objects.count() == 0


def test_attachments_are_stored_once_and_a_refused_file_is_a_problem(site, tmp_path):
    (tmp_path / "tep").mkdir()
    (tmp_path / "tep" / "qd-15.pdf").write_bytes(pdf_bytes())
    (tmp_path / "tep" / "trang.pdf").write_bytes(b"<html><body>not a pdf</body></html>")
    header = [*HEADER[:8], "Tệp đính kèm"]
    path = write_csv(
        tmp_path / "vb.csv",
        [[*ROWS[0][:8], "tep/qd-15.pdf"], [*ROWS[1][:8], "tep\\trang.pdf"]],
        header=header,
    )

    report = import_documents(site, path, skip_invalid=True)
    again = import_documents(site, path, skip_invalid=True)

    document = LegalDocument.objects.get(number="15/2024/QĐ-UBND")
    assert document.attachments.count() == 1
    assert document.attachments.get().kind == "pdf"
    assert [row.status for row in report.rows] == ["created", "invalid"]
    assert report.rows[1].problems[0].column == "Tệp đính kèm"
    assert "HTML" in report.rows[1].problems[0].problem
    assert [row.status for row in again.rows] == ["unchanged", "invalid"]


def test_files_written_before_a_failure_are_removed(site, tmp_path, monkeypatch):
    (tmp_path / "qd-15.pdf").write_bytes(pdf_bytes())
    header = [*HEADER[:8], "Tệp đính kèm"]
    path = write_csv(
        tmp_path / "vb.csv", [[*ROWS[0][:8], "qd-15.pdf"], [*ROWS[2][:8], ""]], header=header
    )
    save = bulk_writing._Register.save

    def failing_save(register, item, written):
        if item.row == 3:
            raise RuntimeError("database went away")
        return save(register, item, written)

    monkeypatch.setattr(bulk_writing._Register, "save", failing_save)
    media = settings.MEDIA_ROOT / "van-ban"
    files_before = set(media.rglob("*")) if media.exists() else set()

    with pytest.raises(RuntimeError):
        import_documents(site, path)

    files_after = set(media.rglob("*")) if media.exists() else set()
    assert {f for f in files_after - files_before if f.is_file()} == set()
    assert LegalDocument.objects.count() == 0


def test_dry_run_writes_nothing_and_says_what_it_would_do(site, tmp_path):
    IssuingBody.objects.create(name="Ủy ban nhân dân tỉnh An Giang")

    output = run(write_csv(tmp_path / "vb.csv", ROWS), "--dry-run")

    assert "Chạy thử, chưa ghi gì: sẽ nhập 3 văn bản mới" in output
    assert "Sẽ thêm 1 cơ quan ban hành: Văn phòng UBND tỉnh." in output
    assert IssuingBody.objects.count() == 1
    assert DocumentField.objects.count() == 0
    assert LegalDocument.objects.count() == 0


def test_an_unknown_host_lists_the_known_ones(site, tmp_path):
    path = write_csv(tmp_path / "vb.csv", ROWS)
    with pytest.raises(CommandError, match="“xa-khong-co.gov.vn”.*localhost"):
        call_command("import_legaldocs", str(path), "--site", "xa-khong-co.gov.vn")


def test_a_number_given_twice_in_a_year_is_a_problem_on_the_second(site, tmp_path):
    rows = [ROWS[0], [*ROWS[0][:7], "Bản chép lại", ""]]

    items, problems = validate(
        read_rows(write_csv(tmp_path / "vb.csv", rows)), site, folder=tmp_path
    )

    assert [item.row for item in items] == [2]
    assert [(p.row, p.column) for p in problems] == [(3, "Số, ký hiệu")]
    assert "Trùng với dòng 2" in problems[0].problem


def test_the_editing_forms_date_rules_name_their_columns(site, tmp_path):
    header = [
        "Số hiệu",
        "Cơ quan ban hành",
        "Ngày ban hành",
        "Ngày có hiệu lực",
        "Ngày hết hiệu lực",
        "Trích yếu",
    ]
    rows = [
        ["20/2023/QĐ-UBND", "UBND tỉnh", "05/01/2024", "", "", "Năm trong số khác năm ban hành"],
        [
            "21/2024/QĐ-UBND",
            "UBND tỉnh",
            "05/03/2024",
            "01/03/2024",
            "",
            "Hiệu lực trước ngày ban hành",
        ],
        [
            "22/2024/QĐ-UBND",
            "UBND tỉnh",
            "05/03/2024",
            "10/03/2024",
            "09/03/2024",
            "Hết trước khi có",
        ],
        ["23/2024/QĐ-UBND", "UBND tỉnh", "5/3/24", "", "", "Năm hai chữ số"],
    ]

    _, problems = validate(
        read_rows(write_csv(tmp_path / "vb.csv", rows, header=header)), site, folder=tmp_path
    )

    assert [(p.row, p.column) for p in problems] == [
        (2, "Ngày ban hành"),
        (3, "Ngày có hiệu lực"),
        (4, "Ngày hết hiệu lực"),
        (5, "Ngày ban hành"),
    ]
    assert problems[0].problem == "Số, ký hiệu ghi năm 2023 nhưng ngày ban hành thuộc năm 2024."
    assert "bốn chữ số" in problems[3].problem


def test_a_missing_required_column_is_reported_on_the_header_row(site, tmp_path):
    header = ["So ky hieu", "Ngay ban hanh", "Trich yeu"]
    path = write_csv(tmp_path / "vb.csv", [["1/QĐ-UBND", "01/01/2024", "Thử"]], header=header)

    output, error = run_failing(path)

    assert "Thiếu cột “Cơ quan ban hành” (bắt buộc)." in output
    assert "1 vấn đề ở 1 dòng" in error
    assert LegalDocument.objects.count() == 0


def test_report_file_gives_each_imported_row_its_address(site, tmp_path):
    report_path = tmp_path / "ket-qua.jsonl"

    run(write_csv(tmp_path / "vb.csv", ROWS[2:]), "--report", str(report_path))

    (line,) = [json.loads(text) for text in report_path.read_text(encoding="utf-8").splitlines()]
    document = LegalDocument.objects.get()
    assert line == {
        "row": 2,
        "number": "123/UBND-VP",
        "status": "created",
        "problems": [],
        "url": f"http://localhost/van-ban/{document.slug}/",
    }


def test_a_header_split_at_its_comma_is_explained(site, tmp_path):
    path = tmp_path / "vb.csv"
    path.write_text(
        "Số, ký hiệu,Cơ quan ban hành,Ngày ban hành,Trích yếu\n"
        "1/QĐ-UBND,UBND tỉnh,01/01/2024,Thử\n",
        encoding="utf-8",
    )

    output, _ = run_failing(path)

    assert "Tên cột “Số, ký hiệu” bị tách làm hai ở dấu phẩy" in output
    assert LegalDocument.objects.count() == 0


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("15/03/2024", D(2024, 3, 15)),
        ("5/3/2024", D(2024, 3, 5)),
        ("15-03-2024", D(2024, 3, 15)),
        ("15.03.2024", D(2024, 3, 15)),
        ("2024-03-15", D(2024, 3, 15)),
        ("ngày 15 tháng 3 năm 2024", D(2024, 3, 15)),
    ],
)
def test_dates_in_the_forms_records_offices_write(site, written, day):
    rows = [SourceRow(2, {**dict(zip(HEADER, ROWS[2], strict=True)), "Ngày ban hành": written})]

    items, problems = validate(rows, site)

    assert problems == []
    assert items[0].values["issued_on"] == day


def test_an_unreadable_file_is_a_command_error(site, tmp_path):
    (tmp_path / "vb.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)

    _, missing = run_failing(tmp_path / "khong-co.csv")
    _, legacy = run_failing(tmp_path / "vb.xls")

    assert "Không đọc được tệp" in missing
    assert "Excel 97-2003 (.xls) chưa được hỗ trợ" in legacy
