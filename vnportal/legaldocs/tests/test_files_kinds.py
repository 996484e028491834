"""Uploads are accepted by what their bytes are, never by the name they arrive with."""

import pytest

from vnportal.legaldocs.files import ACCEPTED_KINDS, MAX_BYTES, FileRejected, inspect

from . import test_files_samples as samples

ACCEPTED_WORDS = ("PDF", "DOC", "DOCX", "XLS", "XLSX", "ODT")


def rejection(data: bytes, filename: str = "", **options) -> str:
    with pytest.raises(FileRejected) as caught:
        inspect(data, filename, **options)
    return caught.value.reason


@pytest.mark.parametrize(
    ("build", "kind", "label", "mime", "extension"),
    [
        (samples.pdf_with_text, "pdf", "PDF", "application/pdf", ".pdf"),
        (samples.word97, "doc", "Word (DOC)", "application/msword", ".doc"),
        (
            samples.docx,
            "docx",
            "Word (DOCX)",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".docx",
        ),
        (samples.excel97, "xls", "Excel (XLS)", "application/vnd.ms-excel", ".xls"),
        (
            samples.xlsx,
            "xlsx",
            "Excel (XLSX)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".xlsx",
        ),
        (
            samples.odt,
            "odt",
            "OpenDocument (ODT)",
            "application/vnd.oasis.opendocument.text",
            ".odt",
        ),
    ],
)
def test_each_accepted_kind_is_recognised_from_its_content(build, kind, label, mime, extension):
    data = build()
    inspection = inspect(data, "tai-lieu" + extension)

    assert (inspection.kind, inspection.label, inspection.mime) == (kind, label, mime)
    assert inspection.extension == extension
    assert inspection.size == len(data)
    assert inspection.data == data
    assert inspection.flags == []
    assert kind in ACCEPTED_KINDS


def test_html_page_named_pdf_is_refused_with_the_accepted_kinds_named():
    page = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"

    reason = rejection(page, "quyet-dinh.pdf")

    assert "HTML" in reason
    assert all(word in reason for word in ACCEPTED_WORDS)


def test_program_named_docx_is_refused():
    program = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200)

    assert "EXE" in rejection(program, "bao-cao.docx")


def test_image_and_plain_text_are_refused():
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)

    assert "PNG" in rejection(png, "scan.pdf")
    assert "PDF" in rejection("Quyết định số 12".encode(), "quyet-dinh.doc")


def test_zip_that_is_not_an_office_document_is_refused():
    archive = samples.zip_of({"readme.txt": "không phải văn bản"})

    assert "ZIP" in rejection(archive, "van-ban.docx")


def test_presentation_and_spreadsheet_of_other_families_are_refused():
    slides = samples.zip_of(
        samples.docx_parts(
            main_type="application/vnd.openxmlformats-officedocument."
            "presentationml.presentation.main+xml"
        )
    )
    calc = samples.odt(mimetype="spreadsheet")

    assert "DOCX" in rejection(slides, "a.pptx")
    assert "OpenDocument" in rejection(calc, "a.ods")


def test_powerpoint_97_is_refused_by_its_streams():
    presentation = samples.compound_file({"PowerPoint Document": b"\0" * 100})

    assert "không phải Word hay Excel" in rejection(presentation, "a.doc")


def test_password_protected_office_file_is_refused_with_what_to_do():
    protected = samples.compound_file({"EncryptionInfo": b"\1", "EncryptedPackage": b"\2"})

    assert "mật khẩu" in rejection(protected, "a.docx")


def test_misnamed_upload_keeps_its_kind_and_gets_the_right_extension():
    inspection = inspect(samples.docx(), "Quyết định 12.pdf")

    assert inspection.kind == "docx"
    assert inspection.filename_for("Quyết định 12.pdf") == "Quyết định 12.docx"
    assert any("“.pdf”" in flag and "“.docx”" in flag for flag in inspection.flags)


def test_empty_file_is_refused():
    assert "rỗng" in rejection(b"", "a.pdf")


def test_file_over_the_given_limit_is_refused_before_it_is_read():
    reason = rejection(samples.pdf_with_text(), "a.pdf", max_bytes=1024)

    assert reason.startswith("Tệp lớn hơn 1 KB")


def test_default_limit_is_fifty_megabytes():
    assert MAX_BYTES == 50 * 1024 * 1024
    reason = rejection(b"%PDF-" + bytes(MAX_BYTES), "a.pdf")

    assert reason.startswith("Tệp lớn hơn 50 MB")
