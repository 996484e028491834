"""Office Open XML (DOCX, XLSX): the main part's kind, VBA removal, and text."""

import io
import logging
import posixpath
import warnings
import zipfile
from datetime import date, datetime, time

import openpyxl
from lxml import etree

from . import limits
from .safezip import SafeZip, corrupt
from .xmlsafe import iterparse, parse_for_edit

logger = logging.getLogger(__name__)

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CANONICAL_MAIN = {"docx": f"{_WML}.document.main+xml", "xlsx": f"{_SML}.sheet.main+xml"}
_MAIN_TYPES = {
    f"{_WML}.document.main+xml": "docx",
    f"{_WML}.template.main+xml": "docx",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "docx",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "docx",
    f"{_SML}.sheet.main+xml": "xlsx",
    f"{_SML}.template.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsx",
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "xlsx",
    "application/vnd.ms-excel.addin.macroEnabled.main+xml": "xlsx",
}
_VBA_TYPES = {
    "application/vnd.ms-office.vbaProject",
    "application/vnd.ms-word.vbaData+xml",
    "application/vnd.ms-office.vbaProjectSignature",
    "application/vnd.ms-office.vbaProjectSignatureAgile",
    "application/vnd.ms-office.vbaProjectSignatureV3",
}
_VBA_FILES = {
    "vbaproject.bin",
    "vbadata.xml",
    "vbaprojectsignature.bin",
    "vbaprojectsignatureagile.bin",
    "vbaprojectsignaturev3.bin",
}
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def main_kind(types) -> tuple[str | None, str | None]:
    """("docx" | "xlsx" | None, the main part's content type) from [Content_Types].xml."""
    for override in types.iter(f"{_CT}Override"):
        content_type = override.get("ContentType", "")
        if content_type in _MAIN_TYPES:
            return _MAIN_TYPES[content_type], content_type
    return None, None


def _main_part(types) -> str:
    for override in types.iter(f"{_CT}Override"):
        if override.get("ContentType", "") in _MAIN_TYPES:
            return override.get("PartName", "").lstrip("/")
    return ""


def has_macro_type(content_type: str | None) -> bool:
    return "macroEnabled" in (content_type or "")


def macro_parts(names: list[str]) -> set[str]:
    """The VBA parts, with their own relationship parts."""
    found = {name for name in names if posixpath.basename(name).lower() in _VBA_FILES}
    found |= {
        name
        for name in names
        if name.endswith(".rels")
        and posixpath.basename(name)[: -len(".rels")].lower() in _VBA_FILES
    }
    return found


def rebuilt(archive: SafeZip, kind: str, removed: set[str]) -> bytes:
    """The package without ``removed`` and with a plain (not macro-enabled) main type.

    Office refuses a .docx whose main part says "macro-enabled", and keeps running a
    vbaProject.bin that is still referenced, so parts, relationships and content types are
    all edited together.
    """
    bad = corrupt(archive.label)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for name, info in archive.infos.items():
            if name in removed:
                continue
            body = archive.read(name)
            if name == "[Content_Types].xml":
                kept = [part for part in archive.infos if part not in removed]
                body = _plain_content_types(body, kind, removed, kept, bad)
            elif name.endswith(".rels"):
                body = _without_relationships(name, body, removed, bad)
            copy = zipfile.ZipInfo(name, date_time=info.date_time)
            copy.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(copy, body)
    return output.getvalue()


def _plain_content_types(body, kind, removed, kept, bad) -> bytes:
    root = parse_for_edit(body, bad)
    overridden = {entry.get("PartName", "").lstrip("/") for entry in root.iter(f"{_CT}Override")}
    for entry in list(root):
        content_type = entry.get("ContentType", "")
        part = entry.get("PartName", "").lstrip("/")
        extension = "." + entry.get("Extension", "").lower()
        # A default still used by a kept part (an embedded .bin object) must stay, or Office
        # calls the package corrupt; the declaration alone runs nothing.
        still_used = entry.tag == f"{_CT}Default" and any(
            name.lower().endswith(extension) and name not in overridden for name in kept
        )
        if (content_type in _VBA_TYPES and not still_used) or part in removed:
            root.remove(entry)
        elif content_type in _MAIN_TYPES:
            entry.set("ContentType", CANONICAL_MAIN[kind])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _without_relationships(rels_name, body, removed, bad) -> bytes:
    root = parse_for_edit(body, bad)
    changed = False
    for relationship in list(root):
        target = relationship.get("Target", "")
        kind = relationship.get("Type", "")
        if relationship.get("TargetMode") == "External":
            continue
        if _resolve(rels_name, target) in removed or kind.lower().endswith(
            ("/vbaproject", "/wordvbadata", "/vbaprojectsignature")
        ):
            root.remove(relationship)
            changed = True
    if not changed:
        return body
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _resolve(rels_name: str, target: str) -> str:
    """The part a relationship points to; ``word/_rels/x.xml.rels`` speaks from ``word/``."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(posixpath.dirname(rels_name))
    return posixpath.normpath(posixpath.join(folder, target))


def docx_text(archive: SafeZip) -> str:
    types = parse_for_edit(archive.read("[Content_Types].xml"), corrupt(archive.label))
    main = _main_part(types)
    if not archive.has(main):
        raise corrupt(archive.label)
    parts = [main] + [
        name for name in ("word/footnotes.xml", "word/endnotes.xml") if archive.has(name)
    ]
    pieces: list[str] = []
    budget = limits.MAX_TEXT_CHARS
    for part in parts:
        for event, element in iterparse(archive.read(part), corrupt(archive.label)):
            tag = element.tag
            if event == "end":
                if tag == f"{_W}t" and element.text:
                    pieces.append(element.text)
                    budget -= len(element.text)
                elif tag == f"{_W}p":
                    pieces.append("\n")
                    element.clear()
                elif tag == f"{_W}tc":
                    pieces.append("\t")
            elif tag == f"{_W}tab":
                pieces.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
            if budget < 0:
                # ``inspect`` cuts at the cap and says so; no need to read further.
                return "".join(pieces)
    return "".join(pieces)


XLSX_UNREADABLE = (
    "Không đọc được nội dung bảng tính này: tệp vẫn được lưu nhưng nội dung không tìm kiếm được."
)
XLSX_CUT = "Bảng tính quá lớn: chỉ phần đầu (tới {rows} dòng) được đưa vào tìm kiếm."


def xlsx_text(data: bytes) -> tuple[str, list[str]]:
    """Cell values row by row, tab-separated, each sheet under its name.

    openpyxl is stricter than Excel, so a workbook it cannot read is kept with a notice.
    """
    lines: list[str] = []
    rows = cells = 0
    try:
        with warnings.catch_warnings():
            # openpyxl warns about every extension it does not know (data validation, ...).
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
            try:
                for sheet in book.worksheets:
                    lines.append(sheet.title)
                    # A crafted dimension (A1:XFD1048576) would make openpyxl pad every row.
                    sheet.reset_dimensions()
                    for row in sheet.iter_rows(values_only=True):
                        values = [_cell_text(value) for value in row if value is not None]
                        rows += 1
                        cells += len(row)
                        if rows > limits.MAX_XLSX_ROWS or cells > limits.MAX_XLSX_CELLS:
                            return "\n".join(lines), [
                                XLSX_CUT.format(rows=f"{rows - 1:,}".replace(",", "."))
                            ]
                        if values:
                            lines.append("\t".join(values))
            finally:
                book.close()
    except Exception:
        logger.info("openpyxl could not read an uploaded workbook", exc_info=True)
        return "", [XLSX_UNREADABLE]
    return "\n".join(lines), []


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != time() else f"{value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)
