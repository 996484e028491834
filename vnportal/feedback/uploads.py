"""Attachments sent with a question: photos (JPEG, PNG, WebP) and PDF, judged by content.

Photos are decoded with Pillow and encoded again, which leaves behind whatever rode along
the pixels: EXIF (with the GPS position of the phone that took the picture), XMP, text
chunks, and any script or HTML a crafted file hid in them. The orientation is applied to
the pixels first, so dropping EXIF does not turn the picture on its side. PDFs go through
the register's checker (vnportal.legaldocs.files) and are refused unless it finds a PDF.
"""

import io
import posixpath

from PIL import Image, ImageOps, UnidentifiedImageError

from vnportal.legaldocs.files import FileRejected, inspect

from .intake import CheckedFile

MEGABYTE = 1024 * 1024
MAX_BYTES = 10 * MEGABYTE
MAX_FILES = 3
# Past what a 10 MB photo holds in practice (about 50 megapixels); a small file claiming
# more is a decompression bomb that would take the worker's memory (~200 MB decoded here).
MAX_PIXELS = 64_000_000

NOT_ACCEPTED = (
    "Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF; tệp này không thuộc loại nào trong số đó."
)
TOO_LARGE = (
    "Tệp lớn hơn 10 MB, mức tối đa cho mỗi tệp; "
    "hãy chụp lại với độ phân giải thấp hơn hoặc nén tệp."
)
EMPTY = "Tệp rỗng (0 byte); hãy chọn lại tệp."
DAMAGED_IMAGE = "Không đọc được ảnh này (tệp hỏng hoặc không phải ảnh); hãy chọn ảnh khác."
HUGE_IMAGE = "Ảnh có kích thước quá lớn để xử lý; hãy gửi ảnh nhỏ hơn."


class UploadRejected(ValueError):  # noqa: N818 (reads as what happened to the file)
    """The file is not accepted; `reason` is shown under the field."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Signature, Pillow format, kind, extension.
_IMAGES = (
    (b"\xff\xd8\xff", "JPEG", "jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "PNG", "png", ".png"),
)


def _image_format(data: bytes):
    for signature, pillow_format, kind, extension in _IMAGES:
        if data.startswith(signature):
            return pillow_format, kind, extension
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP", "webp", ".webp"
    return None


def check(uploaded) -> CheckedFile:
    """Accept an uploaded file (Django's UploadedFile) or raise UploadRejected."""
    if uploaded.size is not None and uploaded.size > MAX_BYTES:
        raise UploadRejected(TOO_LARGE)
    data = uploaded.read(MAX_BYTES + 1)
    return check_bytes(data, uploaded.name or "")


def check_bytes(data: bytes, filename: str) -> CheckedFile:
    if not data:
        raise UploadRejected(EMPTY)
    if len(data) > MAX_BYTES:
        raise UploadRejected(TOO_LARGE)
    image = _image_format(data)
    if image is not None:
        pillow_format, kind, extension = image
        return CheckedFile(
            name=_name(filename, extension),
            kind=kind,
            data=_reencoded(data, pillow_format),
            extension=extension,
        )
    if data.startswith(b"%PDF-"):
        try:
            inspection = inspect(data, filename, max_bytes=MAX_BYTES)
        except FileRejected as rejected:
            raise UploadRejected(rejected.reason) from rejected
        if inspection.kind == "pdf":
            return CheckedFile(
                name=_name(filename, ".pdf"), kind="pdf", data=inspection.data, extension=".pdf"
            )
    raise UploadRejected(NOT_ACCEPTED)


def _reencoded(data: bytes, pillow_format: str) -> bytes:
    try:
        with Image.open(io.BytesIO(data), formats=[pillow_format]) as opened:
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise UploadRejected(HUGE_IMAGE)
            upright = ImageOps.exif_transpose(opened)
            upright.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise UploadRejected(DAMAGED_IMAGE) from None
    if upright.mode in ("P", "PA"):
        # A palette's transparency lives in `info`, which is cleared below: move it into
        # an alpha channel first.
        upright = upright.convert("RGBA" if upright.has_transparency_data else "RGB")
    if pillow_format == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    # Pillow writes only what is passed to save(); clearing info makes that explicit.
    icc_profile = upright.info.get("icc_profile")
    upright.info = {}
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if pillow_format == "JPEG":
        options.update(quality=90, optimize=True)
    elif pillow_format == "WEBP":
        options.update(quality=90)
    out = io.BytesIO()
    upright.save(out, pillow_format, **options)
    return out.getvalue()


def _name(filename: str, extension: str) -> str:
    """The person's file name with the extension its content calls for."""
    base = posixpath.basename((filename or "").replace("\\", "/"))
    stem = posixpath.splitext(base)[0].strip() or "tep-dinh-kem"
    return stem[:200] + extension
