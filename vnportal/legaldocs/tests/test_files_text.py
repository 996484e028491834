"""The text each kind of attachment gives the Vietnamese search index."""

import io
import unicodedata

import pytest
from pypdf import PdfWriter

from vnportal.legaldocs.files import inspect, limits

from . import test_files_samples as samples

NO_TEXT_LAYER = "Tệp PDF không có lớp chữ (có thể là bản quét): nội dung không tìm kiếm được."


def test_pdf_text_with_vietnamese_diacritics_is_extracted():
    inspection = inspect(samples.pdf_with_text(), "quyet-dinh.pdf")

    assert inspection.text.split("\n") == [samples.VIETNAMESE, samples.SECOND_LINE]
    assert inspection.flags == []


def test_pdf_without_text_layer_is_kept_and_flagged():
    scan = samples.pdf_without_text()

    inspection = inspect(scan, "ban-quet.pdf")

    assert inspection.kind == "pdf"
    assert inspection.data == scan
    assert inspection.text == ""
    assert inspection.flags[0].startswith(NO_TEXT_LAYER)


def test_pdf_with_a_few_letters_on_many_pages_counts_as_without_text_layer():
    scan = samples.pdf_with_text(("Trang 1",))

    assert inspect(scan).flags[0].startswith(NO_TEXT_LAYER)


def test_pdf_locked_with_an_open_password_is_kept_and_flagged():
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("mat-khau", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    inspection = inspect(buffer.getvalue(), "mat.pdf")

    assert inspection.kind == "pdf"
    assert inspection.text == ""
    assert "mật khẩu" in inspection.flags[0]


def test_docx_paragraphs_tabs_breaks_and_cells_become_lines():
    inspection = inspect(samples.docx(), "a.docx")

    assert inspection.text.split("\n") == [
        samples.VIETNAMESE,
        "Điều 1. Phê duyệt",
        "kế hoạch",
        "Ô một",
        "Ô hai",
    ]


def test_text_typed_decomposed_is_stored_precomposed():
    decomposed = samples.utf(samples.VIETNAMESE)
    assert decomposed != samples.VIETNAMESE

    inspection = inspect(samples.docx(samples.paragraph(decomposed)))

    assert inspection.text == samples.VIETNAMESE
    assert unicodedata.is_normalized("NFC", inspection.text)


def test_xlsx_sheet_name_and_cells_are_searchable():
    inspection = inspect(samples.xlsx(), "a.xlsx")

    assert inspection.text.split("\n") == [
        "Kế hoạch vốn",
        "Dự án Số vốn Ngày",
        "Đường giao thông ấp Xẻo Nhàu 1500000000 01/07/2026",
        "Trường mẫu giáo Tây Yên 2.5",
    ]


def test_xlsx_openpyxl_cannot_read_is_kept_and_flagged():
    broken = samples.with_parts(samples.xlsx(), {"xl/workbook.xml": "<workbook"})

    inspection = inspect(broken, "a.xlsx")

    assert inspection.kind == "xlsx"
    assert inspection.text == ""
    assert "Không đọc được nội dung bảng tính" in inspection.flags[0]


def test_odt_headings_paragraphs_and_notes_without_deleted_text():
    inspection = inspect(samples.odt(), "a.odt")

    assert inspection.text.split("\n") == [
        samples.VIETNAMESE,
        "Điều 1. Giao Phòng Kinh tế chủ trì thực hiện",
        "dòng mới",
        "Có chú thích",
        "Ghi chú cuối trang",
        "ở đây",
    ]
    assert "xóa" not in inspection.text


def test_doc_text_from_unicode_and_8bit_pieces_without_field_codes():
    inspection = inspect(samples.word97(), "a.doc")

    assert inspection.text.split("\n") == [
        samples.VIETNAMESE,
        samples.SECOND_LINE,
        "Xem cong thong tin tinh.",
    ]
    assert "HYPERLINK" not in inspection.text


def test_doc_encrypted_is_kept_and_flagged():
    inspection = inspect(samples.word97(encrypted=True), "a.doc")

    assert inspection.kind == "doc"
    assert inspection.text == ""
    assert "mật khẩu" in inspection.flags[0]


def test_doc_whose_piece_table_is_unreadable_is_kept_and_flagged():
    document = bytearray(samples.word97())
    # The WordDocument stream's first sector follows the header, the FAT and the directory.
    assert document[1536:1538] == b"\xec\xa5"
    document[1536:1538] = b"\0\0"

    inspection = inspect(bytes(document), "a.doc")

    assert inspection.kind == "doc"
    assert inspection.text == ""
    assert "Không đọc được chữ trong tệp Word (DOC)" in inspection.flags[0]


def test_xls_sheet_names_and_shared_strings_across_continue_records():
    inspection = inspect(samples.excel97(), "a.xls")

    assert inspection.text.split("\n") == [
        "Danh mục",
        "Nguồn vốn ngân sách tỉnh",
        "Chương trình muc tieu quoc gia",
    ]


def test_text_past_the_cap_is_cut_and_flagged(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 100)
    long_body = "".join(samples.paragraph(f"Điều {number}. Nội dung") for number in range(50))

    inspection = inspect(samples.docx(long_body))

    assert 80 <= len(inspection.text) <= 100
    assert inspection.text.startswith("Điều 0. Nội dung\nĐiều 1.")
    assert "chỉ phần đầu được đưa vào tìm kiếm" in inspection.flags[-1]


@pytest.mark.parametrize(
    ("control", "expected"),
    [("\x00", "Ủy ban"), ("\x1b", "Ủy ban"), ("\x0c", "Ủy\nban"), ("\u200b", "Ủyban")],
)
def test_control_and_invisible_characters_do_not_reach_the_index(control, expected):
    # Only binary formats can carry these; XML refuses them.
    inspection = inspect(samples.word97(text=f"Ủy{control}ban  \t nhân   dân\r"))

    assert inspection.text.startswith(expected + " nhân dân\n")
