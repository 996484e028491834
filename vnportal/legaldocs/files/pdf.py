"""PDF: text through pypdf, page by page; an unreadable page costs its text, not the file."""

import io
import logging

from pypdf import PdfReader

from . import limits
from .extracted import Extracted
from .safezip import corrupt

logger = logging.getLogger(__name__)

NO_TEXT_LAYER = (
    "Tệp PDF không có lớp chữ (có thể là bản quét): nội dung không tìm kiếm được. "
    "Nếu có bản PDF xuất từ phần mềm soạn thảo hoặc bản đã nhận dạng chữ (OCR), "
    "hãy tải bản đó lên."
)
ENCRYPTED = (
    "Tệp PDF được đặt mật khẩu nên không đọc được nội dung: tệp vẫn được lưu nhưng nội dung "
    "không tìm kiếm được."
)
PAGES_UNREADABLE = (
    "Không đọc được chữ ở {count} trang của tệp PDF; các trang đó không tìm kiếm được."
)
PAGES_CUT = "Tệp PDF có hơn {limit} trang; chỉ {limit} trang đầu được đưa vào tìm kiếm."


def read_pdf(data: bytes) -> Extracted:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Extracted("pdf", "", data, [ENCRYPTED])
        pages = reader.pages
        page_count = len(pages)
    except Exception as exc:
        # An encrypted file that needs a user password, or an algorithm pypdf cannot run,
        # fails here too; it is still a PDF a reader can open, so it is kept.
        if b"/Encrypt" in data:
            return Extracted("pdf", "", data, [ENCRYPTED])
        raise corrupt("PDF") from exc
    if page_count == 0:
        raise corrupt("PDF")

    flags = []
    texts = []
    failed = 0
    budget = limits.MAX_TEXT_CHARS
    read = min(page_count, limits.MAX_PDF_PAGES)
    for number in range(read):
        try:
            text = pages[number].extract_text() or ""
        except Exception:
            logger.info("pypdf could not read page %s", number + 1, exc_info=True)
            failed += 1
            continue
        texts.append(text)
        budget -= len(text)
        if budget < 0:
            # The text cap of ``inspect`` cuts the rest and says so.
            break
    if failed:
        flags.append(PAGES_UNREADABLE.format(count=failed))
    if page_count > limits.MAX_PDF_PAGES:
        flags.append(PAGES_CUT.format(limit=limits.MAX_PDF_PAGES))
    text = "\n".join(texts)
    letters = sum(1 for char in text if not char.isspace())
    # Pages pypdf could not read are already flagged; they say nothing about a text layer.
    if len(texts) and letters < limits.MIN_PDF_CHARS_PER_PAGE * len(texts):
        flags.append(NO_TEXT_LAYER)
    return Extracted("pdf", text, data, flags)
