"""The kinds of attachment a legal document may carry, and how a file's bytes name its kind.

Only the container is recognised here (PDF, OLE2 compound file, ZIP); which Office kind an
OLE2 or ZIP container holds is decided by ``ole`` and ``zipdocs`` from its streams or parts.
"""

from dataclasses import dataclass

import filetype

from .errors import FileRejected


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    mime: str
    extension: str


_ALL = (
    Kind("pdf", "PDF", "application/pdf", ".pdf"),
    Kind("doc", "Word (DOC)", "application/msword", ".doc"),
    Kind(
        "docx",
        "Word (DOCX)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docx",
    ),
    Kind("xls", "Excel (XLS)", "application/vnd.ms-excel", ".xls"),
    Kind(
        "xlsx",
        "Excel (XLSX)",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".xlsx",
    ),
    Kind("odt", "OpenDocument (ODT)", "application/vnd.oasis.opendocument.text", ".odt"),
)
KINDS = {kind.code: kind for kind in _ALL}
ACCEPTED_KINDS = tuple(KINDS)

PDF_MAGIC = b"%PDF-"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

ACCEPTED_SENTENCE = (
    "Chỉ nhận văn bản PDF, Word (DOC, DOCX), Excel (XLS, XLSX) và OpenDocument (ODT); "
    "loại tệp được xác định theo nội dung, không theo phần mở rộng của tên tệp."
)


def not_accepted(what: str) -> FileRejected:
    return FileRejected(f"Không nhận tệp này: {what}. {ACCEPTED_SENTENCE}")


def container_of(data: bytes) -> str:
    """Return "pdf", "ole" or "zip", or raise FileRejected naming what the bytes look like."""
    if data.startswith(PDF_MAGIC):
        return "pdf"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith(ZIP_MAGIC):
        return "zip"
    raise not_accepted(_describe(data))


def _describe(data: bytes) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script")):
        return "nội dung là trang web (HTML)"
    if head.startswith(b"<?xml") or head.startswith(b"<svg"):
        return "nội dung là tệp XML"
    if data.startswith(b"MZ"):
        return "nội dung là chương trình chạy được (EXE)"
    if data.startswith(b"{\\rtf"):
        return "nội dung là văn bản RTF; hãy lưu lại dưới dạng DOCX hoặc PDF"
    guess = filetype.guess(data[:8192])
    if guess is not None:
        return f"nội dung là tệp {guess.extension.upper()} ({guess.mime})"
    return "không nhận ra loại nội dung"
