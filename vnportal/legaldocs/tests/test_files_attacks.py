"""Crafted uploads: zip bombs, XML entities, macros. None may cost the server or reach readers."""

import io
import struct
import zipfile
from functools import cache

import pytest

from vnportal.legaldocs.files import FileRejected, inspect
from vnportal.legaldocs.files.xmlsafe import parse

from . import test_files_samples as samples

MEGABYTE = 1024 * 1024


def rejection(data: bytes, filename: str = "") -> str:
    with pytest.raises(FileRejected) as caught:
        inspect(data, filename)
    return caught.value.reason


# --- zip bombs -------------------------------------------------------------------------


@cache
def docx_with_zeros(megabytes: int) -> bytes:
    """A valid DOCX plus a part of zeros, written in chunks so the test never holds it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in samples.docx_parts().items():
            archive.writestr(name, body)
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as member:
            chunk = bytes(MEGABYTE)
            for _ in range(megabytes):
                member.write(chunk)
    return buffer.getvalue()


def test_zip_bomb_is_refused_from_its_directory():
    bomb = docx_with_zeros(64)

    assert len(bomb) < 200 * 1024  # 64 MB of zeros in a few dozen kilobytes
    assert "bom nén" in rejection(bomb, "bom.docx")


def test_many_small_members_adding_up_past_the_total_limit_are_refused():
    # Each member stays under the 1 MB ratio threshold; together they inflate to 210 MB.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, body in samples.docx_parts().items():
            archive.writestr(name, body)
        block = bytes(MEGABYTE)
        for number in range(210):
            archive.writestr(f"word/media/part{number}.bin", block)

    assert "bom nén" in rejection(buffer.getvalue(), "bom.docx")


def _declared_size(package: bytes, name: str, size: int) -> bytes:
    """``package`` whose local and central headers claim ``name`` inflates to ``size``."""
    data = bytearray(package)
    encoded = name.encode()
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_length] == encoded:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == encoded:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def test_member_that_inflates_past_its_declared_size_is_refused():
    # The directory says 2 KB, which passes every check; the data would inflate to 5 MB.
    # Reading stops at the declared size, so the part fails its checksum and is refused.
    parts = samples.docx_parts(samples.paragraph("x" * 5 * MEGABYTE))
    lying = _declared_size(samples.zip_of(parts), "word/document.xml", 2048)

    with zipfile.ZipFile(io.BytesIO(lying)) as archive:
        assert archive.getinfo("word/document.xml").file_size == 2048
    assert rejection(lying, "a.docx").startswith("Tệp Word (DOCX) bị hỏng")


def test_member_declared_huge_is_refused_without_inflating_it():
    lying = _declared_size(samples.docx(), "word/document.xml", 300 * MEGABYTE)

    assert "bom nén" in rejection(lying, "a.docx")


def test_package_with_thousands_of_members_is_refused():
    parts = samples.docx_parts()
    parts.update({f"customXml/item{number}.xml": "" for number in range(5001)})

    assert "5.000 thành phần" in rejection(samples.zip_of(parts), "a.docx")


def test_package_with_encrypted_members_is_refused_as_password_protected():
    data = bytearray(samples.docx())
    central = data.find(b"PK\x01\x02")
    while central != -1:
        data[central + 8] |= 0x01  # general purpose flag: encrypted
        central = data.find(b"PK\x01\x02", central + 4)

    assert "mật khẩu" in rejection(bytes(data), "a.docx")


# --- XML entities ----------------------------------------------------------------------

XXE = "<!DOCTYPE w:document [<!ENTITY secret SYSTEM 'file:///etc/passwd'>]>"
LAUGHS = (
    "<!DOCTYPE w:document [<!ENTITY a 'hahahahahahahaha'>"
    + "".join(f"<!ENTITY {chr(98 + i)} '{('&' + chr(97 + i) + ';') * 10}'>" for i in range(9))
    + "]>"
)


def docx_with_prolog(prolog: str, encoding: str = "utf-8") -> bytes:
    document = samples.document_xml(samples.paragraph("Đầu &secret; &j; cuối"), prolog)
    if encoding != "utf-8":
        document = document.replace("encoding='UTF-8'", f"encoding='{encoding.upper()}'")
    parts = samples.docx_parts()
    parts["word/document.xml"] = document.encode(encoding)
    return samples.zip_of(parts)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_docx_with_external_entity_is_refused_and_never_reads_the_server_file(encoding):
    crafted = docx_with_prolog(XXE, encoding)

    reason = rejection(crafted, "a.docx")

    assert "thực thể XML" in reason
    assert "root:" not in reason


def test_xml_reader_itself_refuses_entities_rather_than_expanding_them():
    # The same guarantee one layer down, in case a part escapes the package-wide scan.
    document = samples.document_xml(samples.paragraph("&secret;"), XXE).encode()

    with pytest.raises(FileRejected) as caught:
        parse(document, FileRejected("hỏng"))
    assert "thực thể XML" in caught.value.reason


def test_billion_laughs_is_refused_at_once():
    assert "thực thể XML" in rejection(docx_with_prolog(LAUGHS), "a.docx")


def test_entity_in_a_workbook_part_is_refused_before_openpyxl_reads_it():
    with zipfile.ZipFile(io.BytesIO(samples.xlsx())) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    crafted = samples.with_parts(
        samples.xlsx(),
        {"xl/worksheets/sheet1.xml": XXE + sheet.replace("Ng&#224;y", "&secret;")},
    )

    assert "thực thể XML" in rejection(crafted, "a.xlsx")


def test_part_in_an_exotic_encoding_is_refused():
    document = samples.document_xml(samples.paragraph("x")).replace("UTF-8", "UTF-7")
    crafted = samples.with_parts(samples.docx(), {"word/document.xml": document})

    assert "thực thể XML" in rejection(crafted, "a.docx")


def test_svg_image_with_a_doctype_does_not_refuse_the_document():
    svg = (
        '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>'
    )
    with_logo = samples.with_parts(samples.docx(), {"word/media/logo.svg": svg})

    assert inspect(with_logo, "a.docx").kind == "docx"


# --- macros ----------------------------------------------------------------------------

MACROS_REMOVED = "Đã bỏ macro khỏi tệp"


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_docm_is_stored_without_its_macros_and_still_searchable():
    inspection = inspect(samples.docm(), "to-trinh.docm")

    parts = _parts(inspection.data)
    assert inspection.kind == "docx"
    assert any(flag.startswith(MACROS_REMOVED) for flag in inspection.flags)
    assert "word/vbaProject.bin" not in parts
    assert "word/_rels/vbaProject.bin.rels" not in parts
    assert b"macroEnabled" not in parts["[Content_Types].xml"]
    assert b"vbaProject" not in parts["[Content_Types].xml"]
    assert b"vbaProject" not in parts["word/_rels/document.xml.rels"]
    assert samples.VIETNAMESE in inspection.text
    assert inspection.filename_for("to-trinh.docm") == "to-trinh.docx"


def test_neutralised_docm_inspects_as_a_plain_docx():
    cleaned = inspect(samples.docm()).data

    again = inspect(cleaned, "to-trinh.docx")

    assert again.flags == []
    assert again.data == cleaned


def test_xlsm_is_stored_without_its_macros_and_openpyxl_still_reads_it():
    inspection = inspect(samples.xlsm(), "du-toan.xlsm")

    parts = _parts(inspection.data)
    assert "xl/vbaProject.bin" not in parts
    assert b"macroEnabled" not in parts["[Content_Types].xml"]
    assert b"vbaProject" not in parts["xl/_rels/workbook.xml.rels"]
    assert any(flag.startswith(MACROS_REMOVED) for flag in inspection.flags)
    assert "Đường giao thông ấp Xẻo Nhàu" in inspection.text


def test_workbook_with_an_excel4_macro_sheet_is_refused():
    crafted = samples.with_parts(samples.xlsx(), {"xl/macrosheets/sheet1.xml": "<xm/>"})

    assert "macro" in rejection(crafted, "a.xlsx")


def test_odt_with_basic_module_is_stored_without_it():
    module = "<script:module xmlns:script='urn:oasis:names:tc:openoffice:xmlns:script'/>"
    crafted = samples.odt({"Basic/Standard/Module1.xml": module, "Basic/script-lc.xml": "<x/>"})

    inspection = inspect(crafted, "a.odt")

    parts = _parts(inspection.data)
    assert any(flag.startswith(MACROS_REMOVED) for flag in inspection.flags)
    assert not [name for name in parts if name.startswith("Basic/")]
    assert b"Basic/" not in parts["META-INF/manifest.xml"]
    assert list(parts)[0] == "mimetype"
    assert samples.VIETNAMESE in inspection.text


@pytest.mark.parametrize(
    "build",
    [
        lambda: samples.word97(storages=("Macros",)),
        lambda: samples.excel97(storages=("_VBA_PROJECT_CUR",)),
        lambda: samples.excel97(sheet_type=0x01),
    ],
    ids=["doc-with-vba", "xls-with-vba", "xls-with-excel4-macro-sheet"],
)
def test_binary_office_file_with_macros_is_refused(build):
    assert "macro" in rejection(build(), "a.doc")


def test_removing_macros_keeps_the_content_type_an_embedded_object_still_needs():
    with_object = samples.with_parts(samples.docm(), {"word/embeddings/oleObject1.bin": b"ole"})

    parts = _parts(inspect(with_object, "a.docm").data)

    assert "word/vbaProject.bin" not in parts
    assert "word/embeddings/oleObject1.bin" in parts
    assert b"Extension='bin'" in parts["[Content_Types].xml"].replace(b'"', b"'")
