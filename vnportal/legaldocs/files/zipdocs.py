"""ZIP containers: which Office kind they hold, with macros taken out, and their text."""

from . import odt, ooxml
from .errors import FileRejected
from .extracted import Extracted
from .kinds import not_accepted
from .safezip import SafeZip, corrupt
from .xmlsafe import parse, refuse_dtd

MACROS_REMOVED = "Đã bỏ macro khỏi tệp: bản được lưu không còn mã VBA hay Basic."
XLM_MACROS = (
    "Không nhận tệp này: tệp có macro Excel 4.0 (trang macro), không gỡ ra được mà không làm "
    "hỏng bảng tính. Hãy lưu lại dưới dạng XLSX không có macro hoặc PDF rồi tải lên lại."
)
ODT_MIME = b"application/vnd.oasis.opendocument.text"

# Parts that are never parsed as XML, so a DOCTYPE inside them (an SVG drawing) is harmless.
_BINARY_SUFFIXES = (
    ".bin", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf",
    ".svg", ".wdp", ".jfif", ".ico", ".odttf", ".ttf", ".otf", ".pdf",
)  # fmt: skip


def read_zip(data: bytes) -> Extracted:
    archive = SafeZip(data)
    if archive.has("mimetype"):
        mime = archive.read("mimetype", cap=256).strip()
        if mime != ODT_MIME:
            raise not_accepted(f"nội dung là tệp OpenDocument loại {_printable(mime)}")
        kind, label, main_type = "odt", "OpenDocument (ODT)", None
    elif archive.has("[Content_Types].xml"):
        types = parse(archive.read("[Content_Types].xml"), corrupt("Office"))
        kind, main_type = ooxml.main_kind(types)
        if kind is None:
            raise not_accepted("tệp Office này không phải Word (DOCX) hay Excel (XLSX)")
        label = "Word (DOCX)" if kind == "docx" else "Excel (XLSX)"
    else:
        raise not_accepted("nội dung là tệp nén ZIP, không phải văn bản")
    archive.label = label

    for name in archive.names():
        if not name.endswith("/") and not name.lower().endswith(_BINARY_SUFFIXES):
            refuse_dtd(archive.read(name))

    flags = []
    if kind == "odt":
        macro_parts = odt.macro_parts(archive.names())
        if macro_parts:
            data = odt.without_macros(archive, macro_parts)
            flags.append(MACROS_REMOVED)
            archive = SafeZip(data, label)
        text = odt.text(archive)
        return Extracted(kind, text, data, flags)

    if any(name.lower().startswith("xl/macrosheets/") for name in archive.names()):
        raise FileRejected(XLM_MACROS)
    macro_parts = ooxml.macro_parts(archive.names())
    if macro_parts or main_type != ooxml.CANONICAL_MAIN[kind]:
        data = ooxml.rebuilt(archive, kind, macro_parts)
        if macro_parts or ooxml.has_macro_type(main_type):
            flags.append(MACROS_REMOVED)
        archive = SafeZip(data, label)
    if kind == "docx":
        text = ooxml.docx_text(archive)
    else:
        text, more_flags = ooxml.xlsx_text(data)
        flags.extend(more_flags)
    return Extracted(kind, text, data, flags)


def _printable(mime: bytes) -> str:
    shown = mime[:80].decode("ascii", errors="replace")
    return "".join(char for char in shown if char.isprintable()) or "không rõ"
