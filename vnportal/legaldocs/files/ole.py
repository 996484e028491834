"""OLE2 compound files (Word 97-2003 DOC, Excel 97-2003 XLS): kind, macros, text.

A binary Office file with VBA is refused: its macros cannot be cut out without rewriting
the compound file, and an editor can save it again as DOCX, XLSX or PDF.
"""

import io
import logging

import olefile

from . import biff, worddoc
from .errors import FileRejected
from .extracted import Extracted
from .kinds import not_accepted
from .safezip import corrupt

logger = logging.getLogger(__name__)

MACROS = (
    "Không nhận tệp này: tệp có macro (mã VBA). Hãy lưu lại dưới dạng tệp không có macro "
    "(DOCX, XLSX hoặc PDF) rồi tải lên lại."
)
PROTECTED = (
    "Không nhận tệp này: tệp Office được đặt mật khẩu nên không đọc được. "
    "Hãy bỏ mật khẩu rồi tải lên lại."
)
UNREADABLE = (
    "Không đọc được chữ trong tệp {label} này: tệp vẫn được lưu nhưng nội dung không tìm "
    "kiếm được. Nếu có bản DOCX, XLSX hoặc PDF, hãy tải bản đó lên."
)
ENCRYPTED = "Tệp {label} được đặt mật khẩu mở: tệp vẫn được lưu nhưng nội dung không tìm kiếm được."
_MACRO_STORAGES = {"macros", "_vba_project_cur", "_vba_project", "vba"}


def read_ole(data: bytes) -> Extracted:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            paths = [tuple(part.lower() for part in path) for path in ole.listdir(True, True)]
            top = {path[0] for path in paths}
            if "encryptedpackage" in top:
                raise FileRejected(PROTECTED)
            if any(part in _MACRO_STORAGES for path in paths for part in path):
                raise FileRejected(MACROS)
            if "worddocument" in top:
                kind, label, reader = "doc", "Word (DOC)", worddoc.text
            elif "workbook" in top or "book" in top:
                kind, label, reader = "xls", "Excel (XLS)", biff.text
            else:
                raise not_accepted("nội dung là tệp Office 97-2003 không phải Word hay Excel")
            try:
                text = reader(ole)
            except biff.MacroSheetError as exc:
                raise FileRejected(MACROS) from exc
            except (worddoc.EncryptedError, biff.EncryptedError):
                return Extracted(kind, "", data, [ENCRYPTED.format(label=label)])
            except Exception:
                logger.info("could not read the text of an uploaded %s", kind, exc_info=True)
                return Extracted(kind, "", data, [UNREADABLE.format(label=label)])
    except FileRejected:
        raise
    except Exception as exc:
        raise corrupt("Office 97-2003") from exc
    return Extracted(kind, text, data)
