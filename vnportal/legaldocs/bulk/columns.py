"""The columns a records office keeps, and how a header cell is recognised as one.

Headers are matched on their folded words (case and diacritics ignored, punctuation and
anything in brackets dropped), so "SỐ, KÝ HIỆU (*)", "So ky hieu" and "Số/Ký hiệu" are
all the number column. Pure Python: no Django.
"""

import dataclasses
import re

from vnportal.vntext import fold

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORDS = re.compile(r"[a-z0-9]+")


@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    label: str
    synonyms: tuple[str, ...] = ()
    required: bool = False


NUMBER = "number"
KIND = "kind"
BODY = "body"
FIELD = "field"
SIGNER = "signer"
ISSUED = "issued_on"
EFFECTIVE = "effective_from"
EXPIRES = "expires_on"
TITLE = "title"
SUMMARY = "summary"
FILES = "attachments"
SOURCE = "source_url"
# Relation columns are keyed by the RelationKind value they create.
RELATION_PREFIX = "relation:"

COLUMNS = (
    Column(
        NUMBER,
        "Số, ký hiệu",
        ("So hieu", "Ky hieu", "So va ky hieu", "So hieu van ban", "So van ban"),
        required=True,
    ),
    Column(KIND, "Hình thức", ("Hinh thuc van ban", "Loai van ban", "Loai")),
    Column(
        BODY,
        "Cơ quan ban hành",
        ("Co quan", "Noi ban hanh", "Don vi ban hanh", "Co quan ban hanh van ban"),
        required=True,
    ),
    Column(FIELD, "Lĩnh vực", ("Linh vuc van ban",)),
    Column(SIGNER, "Người ký", ("Nguoi ky ban hanh", "Nguoi ky van ban")),
    Column(ISSUED, "Ngày ban hành", ("Ngay ky", "Ngay van ban"), required=True),
    Column(EFFECTIVE, "Ngày có hiệu lực", ("Ngay hieu luc", "Hieu luc tu ngay")),
    Column(EXPIRES, "Ngày hết hiệu lực", ("Het hieu luc tu ngay", "Het hieu luc ngay")),
    Column(
        TITLE,
        "Trích yếu",
        ("Trich yeu noi dung", "Tieu de", "Ten van ban", "Noi dung trich yeu"),
        required=True,
    ),
    Column(SUMMARY, "Tóm tắt", ("Noi dung tom tat", "Tom tat noi dung")),
    Column(FILES, "Tệp đính kèm", ("Tep", "Dinh kem", "File dinh kem", "Tep tin dinh kem")),
    Column(SOURCE, "Nguồn", ("Nguon van ban", "Duong dan goc", "Lien ket goc", "URL")),
    Column(RELATION_PREFIX + "thay-the", "Thay thế", ("Van ban thay the",)),
    Column(RELATION_PREFIX + "sua-doi", "Sửa đổi, bổ sung", ("Sua doi",)),
    Column(RELATION_PREFIX + "bai-bo", "Bãi bỏ", ("Van ban bai bo",)),
    Column(RELATION_PREFIX + "bai-bo-mot-phan", "Bãi bỏ một phần"),
    Column(RELATION_PREFIX + "huong-dan", "Hướng dẫn", ("Van ban huong dan",)),
    Column(RELATION_PREFIX + "lien-quan", "Liên quan", ("Van ban lien quan",)),
)
BY_KEY = {column.key: column for column in COLUMNS}


def header_key(text: str) -> str:
    """The folded words of a header cell: "Số, ký hiệu (*)" → "so ky hieu"."""
    return " ".join(_WORDS.findall(fold(_BRACKETS.sub(" ", text or ""))))


_BY_HEADER = {
    header_key(name): column for column in COLUMNS for name in (column.label, *column.synonyms)
}


def match(header: str) -> Column | None:
    """The column a header cell names, or None for a column we do not read (STT, ghi chú)."""
    return _BY_HEADER.get(header_key(header))


def recognised(cells) -> int:
    """How many cells of a row name one of our columns: tells the header row apart."""
    return sum(1 for cell in cells if isinstance(cell, str) and match(cell) is not None)
