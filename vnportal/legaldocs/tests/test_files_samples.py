"""Builders of the files the test_files_* modules feed to ``inspect``.

Every sample is made here from strings and structs, so no binary fixture is committed and
each crafted attack can be read. This module holds no tests.
"""

import io
import struct
import unicodedata
import zipfile
from datetime import date
from functools import cache

import openpyxl

VIETNAMESE = "Quyết định số 12/2026/QĐ-UBND về việc phê duyệt kế hoạch đầu tư công"
SECOND_LINE = "Điều 1. Ủy ban nhân dân xã Tây Yên chịu trách nhiệm thi hành"

# --- PDF -------------------------------------------------------------------------------


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF with these objects (1 is the catalog) and a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def pdf_with_text(lines: tuple[str, ...] = (VIETNAMESE, SECOND_LINE)) -> bytes:
    """A one-page PDF whose text is Vietnamese with diacritics.

    A standard font has no glyphs for ệ or Đ, so every distinct character gets a one-byte
    code and a ToUnicode CMap tells readers (and pypdf) which character each code is.
    """
    chars = sorted({char for line in lines for char in line} - {" "})
    codes = {" ": 0x20} | {char: 0x21 + index for index, char in enumerate(chars)}
    assert max(codes.values()) < 0xFF
    content = b"BT /F1 12 Tf 14 TL 50 750 Td\n"
    for line in lines:
        content += b"<" + bytes(codes[char] for char in line).hex().encode() + b"> Tj T*\n"
    content += b"ET"
    mappings = "".join(
        f"<{code:02X}> <{char.encode('utf-16-be').hex().upper()}>\n" for char, code in codes.items()
    )
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /VN-Test def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(codes)} beginbfchar\n{mappings}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            _stream(cmap),
        ]
    )


def pdf_without_text(pages: int = 2) -> bytes:
    """A scan-like PDF: each page only paints a filled rectangle."""
    kids = b" ".join(b"%d 0 R" % (3 + 2 * page) for page in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
    ]
    for page in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>"
            % (4 + 2 * page)
        )
        objects.append(_stream(b"0.2 0.2 0.2 rg 50 50 495 742 re f"))
    return _pdf(objects)


# --- ZIP packages ----------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def zip_of(parts: dict[str, bytes | str], stored: tuple[str, ...] = ("mimetype",)) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(name, body, compress_type=method)
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def document_xml(body: str, prolog: str = "") -> str:
    return (
        f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>{prolog}"
        f"<w:document xmlns:w='{_W}' xmlns:r='{_R}'><w:body>{body}</w:body></w:document>"
    )


def docx_parts(body: str | None = None, main_type: str = DOCX_MAIN) -> dict[str, str | bytes]:
    if body is None:
        body = (
            paragraph(VIETNAMESE)
            + "<w:p><w:r><w:t>Điều 1.</w:t><w:tab/><w:t>Phê duyệt</w:t><w:br/>"
            "<w:t>kế hoạch</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc>" + paragraph("Ô một") + "</w:tc><w:tc>" + paragraph("Ô hai")
            + "</w:tc></w:tr></w:tbl>"
        )  # fmt: skip
    return {
        "[Content_Types].xml": (
            "<?xml version='1.0' encoding='UTF-8'?>"
            "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
            "<Default Extension='rels' "
            "ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
            "<Default Extension='xml' ContentType='application/xml'/>"
            f"<Override PartName='/word/document.xml' ContentType='{main_type}'/>"
            "</Types>"
        ),
        "_rels/.rels": (
            "<?xml version='1.0' encoding='UTF-8'?>"
            "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Target='word/document.xml' Type='http://schemas."
            "openxmlformats.org/officeDocument/2006/relationships/officeDocument'/>"
            "</Relationships>"
        ),
        "word/document.xml": document_xml(body),
    }


def docx(body: str | None = None) -> bytes:
    return zip_of(docx_parts(body))


def docm() -> bytes:
    """A macro-enabled Word document: main type, vbaProject.bin and the relationship to it."""
    parts = docx_parts(main_type=DOCM_MAIN)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "<Default Extension='xml'",
        "<Default Extension='bin' ContentType='application/vnd.ms-office.vbaProject'/>"
        "<Default Extension='xml'",
    )
    parts["word/_rels/document.xml.rels"] = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
        "<Relationship Id='rId9' Target='vbaProject.bin' "
        "Type='http://schemas.microsoft.com/office/2006/relationships/vbaProject'/>"
        "</Relationships>"
    )
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1Attribute VB_Name = Evil"
    parts["word/_rels/vbaProject.bin.rels"] = "<Relationships/>"
    return zip_of(parts)


@cache
def xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kế hoạch vốn"
    sheet.append(["Dự án", "Số vốn", "Ngày"])
    sheet.append(["Đường giao thông ấp Xẻo Nhàu", 1500000000, date(2026, 7, 1)])
    sheet.append(["Trường mẫu giáo Tây Yên", 2.5, None])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_parts(package: bytes, changes: dict[str, bytes | str | None]) -> bytes:
    """``package`` with parts replaced, added or (None) removed."""
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        parts: dict[str, bytes | str] = {name: source.read(name) for name in source.namelist()}
    for name, body in changes.items():
        if body is None:
            parts.pop(name, None)
        else:
            parts[name] = body
    return zip_of(parts)


def xlsm() -> bytes:
    with zipfile.ZipFile(io.BytesIO(xlsx())) as source:
        types = source.read("[Content_Types].xml").decode()
        rels = source.read("xl/_rels/workbook.xml.rels").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ).replace(
        "</Types>",
        "<Override PartName='/xl/vbaProject.bin' "
        "ContentType='application/vnd.ms-office.vbaProject'/></Types>",
    )
    rels = rels.replace(
        "</Relationships>",
        "<Relationship Id='rIdVba' Target='vbaProject.bin' "
        "Type='http://schemas.microsoft.com/office/2006/relationships/vbaProject'/>"
        "</Relationships>",
    )
    return with_parts(
        xlsx(),
        {
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": rels,
            "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1Sub AutoOpen()",
        },
    )


_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def odt(extra: dict[str, str] | None = None, mimetype: str = "text") -> bytes:
    body = (
        f"<text:h>{VIETNAMESE}</text:h>"
        "<text:p>Điều 1.<text:s text:c='3'/>Giao <text:span>Phòng Kinh tế</text:span>"
        " chủ trì<text:tab/>thực hiện<text:line-break/>dòng mới</text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion>"
        "<text:p>Câu đã xóa bỏ</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:p>Có chú thích<text:note><text:note-body><text:p>Ghi chú cuối trang</text:p>"
        "</text:note-body></text:note> ở đây</text:p>"
    )
    content = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<office:document-content xmlns:office='{_ODF['office']}' xmlns:text='{_ODF['text']}'>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    entries = "".join(
        f"<manifest:file-entry manifest:full-path='{name}' manifest:media-type='text/xml'/>"
        for name in ["content.xml", *(extra or {})]
    )
    manifest = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<manifest:manifest xmlns:manifest='{_ODF['manifest']}'>{entries}</manifest:manifest>"
    )
    return zip_of(
        {
            "mimetype": f"application/vnd.oasis.opendocument.{mimetype}",
            "content.xml": content,
            "META-INF/manifest.xml": manifest,
            **(extra or {}),
        }
    )


# --- OLE2 compound files (DOC, XLS) ---------------------------------------------------

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NONE = 0xFFFFFFFF


def compound_file(streams: dict[str, bytes], storages: tuple[str, ...] = ()) -> bytes:
    """A version 3 compound file holding ``streams`` and empty ``storages`` at its root.

    Streams are padded with zeros to at least 4096 bytes, so they live in regular sectors
    and no mini stream is needed; the directory is a chain of right siblings, which readers accept.
    """
    sector = 512
    bodies = [
        data.ljust(max(4096, -(-len(data) // sector) * sector), b"\0") for data in streams.values()
    ]
    names = list(streams) + list(storages)
    entries_count = 1 + len(names)
    dir_sectors = -(-entries_count * 128 // sector)
    fat = [_FAT] + [_END if i == dir_sectors - 1 else 2 + i for i in range(dir_sectors)]
    starts = []
    for body in bodies:
        count = len(body) // sector
        start = len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(count - 1)] + [_END]
    assert len(fat) <= 128
    fat += [_FREE] * (128 - len(fat))

    def entry(name, kind, child=_NONE, right=_NONE, start=_END, size=0):
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(encoded), kind, 1, _NONE, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, child=1 if names else _NONE)
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else _NONE
        if index < len(bodies):
            size = len(bodies[index])
            directory += entry(name, 2, right=right, start=starts[index], size=size)
        else:
            directory += entry(name, 1, right=right, start=0)
    directory = directory.ljust(dir_sectors * sector, b"\0")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<108I", *([_FREE] * 108))
    )
    assert len(header) == sector
    fat_sector = struct.pack("<128I", *fat)
    return header + fat_sector + directory + b"".join(bodies)


def word97(storages: tuple[str, ...] = (), encrypted: bool = False, text: str = "") -> bytes:
    """A Word 97-2003 document: a UTF-16 piece (Vietnamese) and an 8-bit piece with a field."""
    unicode_text = text or VIETNAMESE + "\r" + SECOND_LINE + "\r"
    ascii_text = 'Xem \x13 HYPERLINK "http://an.gov.vn" \x14cong thong tin\x15 tinh.\r'
    word = bytearray(4096)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200 | (0x0100 if encrypted else 0))
    struct.pack_into("<H", word, 32, 14)  # csw
    struct.pack_into("<H", word, 62, 22)  # cslw
    struct.pack_into("<I", word, 64 + 4 * 3, len(unicode_text) + len(ascii_text))  # ccpText
    struct.pack_into("<H", word, 152, 93)  # cbRgFcLcb
    unicode_at, ascii_at = 1024, 3072
    word[unicode_at : unicode_at + 2 * len(unicode_text)] = unicode_text.encode("utf-16-le")
    word[ascii_at : ascii_at + len(ascii_text)] = ascii_text.encode("cp1252")
    cps = [0, len(unicode_text), len(unicode_text) + len(ascii_text)]
    pieces = struct.pack("<HIH", 0, unicode_at, 0) + struct.pack(
        "<HIH", 0, (ascii_at * 2) | 0x40000000, 0
    )
    plc = struct.pack("<3I", *cps) + pieces
    clx = b"\x01" + struct.pack("<h", 2) + b"\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc
    table_at = 16
    struct.pack_into("<II", word, 154 + 8 * 33, table_at, len(clx))
    table = bytes(table_at) + clx
    return compound_file({"WordDocument": bytes(word), "1Table": table}, storages)


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def excel97(storages: tuple[str, ...] = (), sheet_type: int = 0) -> bytes:
    """A BIFF8 workbook stream: one sheet and a shared string table split by CONTINUE."""
    bof = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
    name = "Danh mục"
    sheet = _record(
        0x0085, struct.pack("<IBBBB", 0, 0, sheet_type, len(name), 1) + name.encode("utf-16-le")
    )
    first = "Nguồn vốn ngân sách tỉnh"
    # The second string's characters start 16-bit and continue in a CONTINUE record that
    # switches to 8-bit, as Excel does when the rest fits in Latin-1.
    head, tail = "Chương trình ", "muc tieu quoc gia"
    sst = struct.pack("<II", 2, 2)
    sst += struct.pack("<HB", len(first), 1) + first.encode("utf-16-le")
    sst += struct.pack("<HB", len(head) + len(tail), 1) + head.encode("utf-16-le")
    cont = _record(0x003C, b"\x00" + tail.encode("latin-1"))
    eof = _record(0x000A, b"")
    stream = bof + sheet + _record(0x00FC, sst) + cont + eof
    return compound_file({"Workbook": stream}, storages)


def utf(text: str) -> str:
    """``text`` in decomposed form, as some Vietnamese input tools type it."""
    return unicodedata.normalize("NFD", text)
