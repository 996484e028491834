"""Reading a ZIP container without letting it decide how much memory we spend.

Every member is checked from the central directory before anything is inflated (count,
total size, compression ratio), and every read inflates in chunks and stops as soon as the
output passes the member's cap or ratio, so a header that understates a member's size
cannot make us inflate more than the limits either. Members are only read as XML or by
openpyxl; a ZIP inside the container is never opened.
"""

import io
import zipfile

from . import limits
from .errors import FileRejected

BOMB = (
    "Không nhận tệp này: tệp nén có dấu hiệu “bom nén” (khi giải nén lớn bất thường so với "
    "kích thước tệp), thường là tệp được tạo ra để làm treo máy chủ."
)
_CHUNK = 64 * 1024


def corrupt(label: str) -> FileRejected:
    return FileRejected(
        f"Tệp {label} bị hỏng hoặc không đầy đủ nên không đọc được. "
        "Hãy mở tệp bằng phần mềm soạn thảo, lưu lại rồi tải lên lần nữa."
    )


class SafeZip:
    """A ZIP archive whose members were all checked against the limits in ``limits``."""

    def __init__(self, data: bytes, label: str = "văn phòng (DOCX, XLSX hoặc ODT)"):
        self.label = label
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except Exception as exc:
            raise corrupt(label) from exc
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            count = f"{limits.MAX_ZIP_MEMBERS:,}".replace(",", ".")
            raise FileRejected(f"Không nhận tệp này: tệp chứa hơn {count} thành phần.")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise FileRejected(
                    f"Tệp {label} được đặt mật khẩu nên không đọc được nội dung. "
                    "Hãy bỏ mật khẩu rồi tải lên lại."
                )
            total += info.file_size
            if _looks_like_bomb(info.file_size, info.compress_size):
                raise FileRejected(BOMB)
        if total > limits.MAX_ZIP_TOTAL_BYTES:
            raise FileRejected(BOMB)
        # The last entry of a duplicated name wins, as in zipfile and in Office.
        self.infos = {info.filename: info for info in infos}
        self._budget = limits.MAX_ZIP_TOTAL_BYTES

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str, cap: int = limits.MAX_PART_BYTES) -> bytes:
        """Inflate one member, refusing it as a bomb once it outgrows its cap or ratio."""
        info = self.infos[name]
        cap = min(cap, self._budget)
        parts = []
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > cap or _looks_like_bomb(size, info.compress_size):
                        raise FileRejected(BOMB)
                    parts.append(chunk)
        except FileRejected:
            raise
        except Exception as exc:
            raise corrupt(self.label) from exc
        self._budget -= size
        return b"".join(parts)


def _looks_like_bomb(size: int, compressed: int) -> bool:
    return size > limits.BOMB_MIN_BYTES and size > limits.MAX_ZIP_RATIO * max(compressed, 1)
