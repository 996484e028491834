"""``inspect``: accept or refuse an uploaded attachment and read its searchable text."""

import logging
import posixpath
from dataclasses import dataclass, field

from . import limits
from .errors import FileRejected
from .kinds import KINDS, container_of
from .ole import read_ole
from .pdf import read_pdf
from .safezip import corrupt
from .textclean import clean
from .zipdocs import read_zip

logger = logging.getLogger(__name__)

EMPTY = "Tệp rỗng (0 byte): hãy chọn lại tệp cần tải lên."
TOO_LARGE = "Tệp lớn hơn {limit}, mức tối đa cho phép; hãy nén hoặc tách tệp rồi tải lên lại."
WRONG_EXTENSION = (
    "Tên tệp có đuôi “{given}” nhưng nội dung là {label}; tệp sẽ được lưu với đuôi “{right}”."
)
_READERS = {"pdf": read_pdf, "ole": read_ole, "zip": read_zip}
_CONTAINER_LABELS = {"pdf": "PDF", "ole": "Office 97-2003", "zip": "Office"}


@dataclass
class Inspection:
    """An accepted attachment: its kind decided from its content, and its searchable text."""

    kind: str
    label: str
    mime: str
    extension: str
    size: int
    text: str
    data: bytes
    flags: list[str] = field(default_factory=list)

    def filename_for(self, filename: str) -> str:
        """``filename`` with the extension its content calls for ("QD 12.pdf.exe" → ...docx)."""
        stem, _extension = posixpath.splitext(posixpath.basename(filename.replace("\\", "/")))
        return (stem or "tep-dinh-kem") + self.extension


def inspect(data: bytes, filename: str = "", *, max_bytes: int = limits.MAX_BYTES) -> Inspection:
    """Return what the upload is, or raise ``FileRejected`` with the reason in Vietnamese.

    ``filename`` is only used to tell the editor when its extension disagrees with the
    content; the content alone decides the kind.
    """
    data = bytes(data)
    if not data:
        raise FileRejected(EMPTY)
    if len(data) > max_bytes:
        raise FileRejected(TOO_LARGE.format(limit=_size(max_bytes)))
    container = container_of(data)
    try:
        extracted = _READERS[container](data)
    except FileRejected:
        raise
    except Exception as exc:
        # Every reader turns what it expects to fail into FileRejected or a notice; this is
        # the net for what a crafted file finds beyond that, logged so it can be handled.
        logger.warning("unexpected failure reading an upload", exc_info=True)
        raise corrupt(_CONTAINER_LABELS[container]) from exc

    kind = KINDS[extracted.kind]
    text, cut_flags = clean(extracted.text)
    flags = extracted.flags + cut_flags
    given = posixpath.splitext(filename)[1].lower()
    if given and given != kind.extension:
        flags.append(WRONG_EXTENSION.format(given=given, label=kind.label, right=kind.extension))
    return Inspection(
        kind=kind.code,
        label=kind.label,
        mime=kind.mime,
        extension=kind.extension,
        size=len(extracted.data),
        text=text,
        data=extracted.data,
        flags=flags,
    )


def _size(count: int) -> str:
    if count >= limits.MEGABYTE:
        value, unit = count / limits.MEGABYTE, "MB"
    else:
        value, unit = count / 1024, "KB"
    shown = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{shown} {unit}"
