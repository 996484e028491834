"""Wagtail documents (the admin's "Tài liệu" library: files linked from articles, statistics
tables, videos of the galleries) are accepted by their content, not by their name.

Each accepted extension names the signature its bytes must start with: a PDF is `%PDF-`,
a DOC/XLS/PPT an OLE2 compound file, DOCX/XLSX/PPTX/ODF and ZIP a ZIP archive, a video or
picture its container's magic number. Text kinds (CSV, TXT) must be text that does not
open like a web page, and captions (VTT) must start with `WEBVTT`. So an HTML page, an
SVG with a script or a program renamed `bao-cao.pdf` is refused before it reaches the
disk, and the file is never served as something a browser would run (see also
core/security_headers.py, which keeps every served upload inert).

The legal documents' register and the feedback form have stricter checks of their own
(vnportal/legaldocs/files, vnportal/feedback/uploads.py); this one guards the rest.
"""

import posixpath

import filetype
from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

SNIFF_BYTES = 8192

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
JPEG = b"\xff\xd8\xff"
PNG = b"\x89PNG\r\n\x1a\n"
# Markup that makes a "text" file a web page, an SVG or XML a browser would render.
MARKUP = (b"<!doctype", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml", b"<iframe")


def _is_mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] >= 0xE0)


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"<"):
        return False
    return not any(marker in lowered for marker in MARKUP)


SIGNATURES = {
    "pdf": lambda h: h.startswith(b"%PDF-"),
    "doc": lambda h: h.startswith(OLE),
    "xls": lambda h: h.startswith(OLE),
    "ppt": lambda h: h.startswith(OLE),
    "docx": lambda h: h.startswith(ZIP),
    "xlsx": lambda h: h.startswith(ZIP),
    "pptx": lambda h: h.startswith(ZIP),
    "odt": lambda h: h.startswith(ZIP),
    "ods": lambda h: h.startswith(ZIP),
    "odp": lambda h: h.startswith(ZIP),
    "zip": lambda h: h.startswith(ZIP),
    "rar": lambda h: h.startswith(b"Rar!\x1a\x07"),
    "7z": lambda h: h.startswith(b"7z\xbc\xaf\x27\x1c"),
    "rtf": lambda h: h.startswith(b"{\\rtf"),
    "mp4": lambda h: h[4:8] == b"ftyp",
    "webm": lambda h: h.startswith(b"\x1a\x45\xdf\xa3"),
    "ogv": lambda h: h.startswith(b"OggS"),
    "mp3": _is_mp3,
    "vtt": lambda h: h.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"),
    "csv": _is_text,
    "txt": _is_text,
    "jpg": lambda h: h.startswith(JPEG),
    "jpeg": lambda h: h.startswith(JPEG),
    "png": lambda h: h.startswith(PNG),
    "gif": lambda h: h.startswith((b"GIF87a", b"GIF89a")),
    "webp": lambda h: h[:4] == b"RIFF" and h[8:12] == b"WEBP",
}


class DocumentRejected(ValueError):  # noqa: N818 (reads as what happened to the file)
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def accepted_extensions() -> list[str]:
    configured = getattr(settings, "VNPORTAL_DOCUMENT_EXTENSIONS", None) or list(SIGNATURES)
    return [ext for ext in configured if ext in SIGNATURES]


def _describe(head: bytes) -> str:
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script")):
        return "trang web (HTML)"
    if lowered.startswith((b"<svg", b"<?xml")):
        return "tệp SVG/XML"
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        return "chương trình chạy được"
    guess = filetype.guess(head)
    if guess is not None:
        return f"tệp {guess.extension.upper()} ({guess.mime})"
    return "không nhận ra loại nội dung"


def check_document(head: bytes, filename: str) -> str:
    """The extension of an accepted document; DocumentRejected (reason in Vietnamese)."""
    extension = posixpath.splitext((filename or "").lower())[1].lstrip(".")
    accepted = accepted_extensions()
    listed = ", ".join(ext.upper() for ext in accepted)
    if extension not in accepted:
        shown = f".{extension}" if extension else "không có phần mở rộng"
        raise DocumentRejected(
            f"Không nhận tệp “{filename}”: loại tệp {shown} không được phép. "
            f"Chỉ nhận các loại: {listed}."
        )
    if not head:
        raise DocumentRejected(f"Tệp “{filename}” rỗng (0 byte); hãy chọn lại tệp.")
    if not SIGNATURES[extension](head):
        raise DocumentRejected(
            f"Không nhận tệp “{filename}”: tên tệp có đuôi .{extension} nhưng nội dung là "
            f"{_describe(head)}. Loại tệp được xác định theo nội dung; hãy lưu lại tệp "
            "đúng định dạng rồi tải lên."
        )
    return extension


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload, choosers) with the content
    check above; set as WAGTAILDOCS_DOCUMENT_FORM_BASE."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not isinstance(uploaded, UploadedFile):
            return uploaded  # the file already stored, kept on an edit
        uploaded.seek(0)
        head = uploaded.read(SNIFF_BYTES)
        uploaded.seek(0)
        try:
            check_document(head, uploaded.name)
        except DocumentRejected as rejected:
            raise forms.ValidationError(rejected.reason, code="content") from rejected
        return uploaded
