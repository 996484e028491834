"""What a search asks and what it answers: the contract between the engine and its users
(the results page, the suggestions endpoint, the benchmark)."""

from dataclasses import dataclass, field
from datetime import date, datetime

from vnportal.vntext import Query

RELEVANCE = "lien-quan"
NEWEST = "moi-nhat"


@dataclass(frozen=True)
class SearchRequest:
    """``site_ids`` None searches every site of the installation ("toàn tỉnh")."""

    text: str
    site_ids: tuple[int, ...] | None = None
    sources: tuple[str, ...] = ()
    category_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: str = RELEVANCE
    page: int = 1
    per_page: int = 10


@dataclass
class Hit:
    """One result. ``snippet`` is the text around the matches as (text, is_match) pieces,
    in the original spelling; the template marks the matching pieces."""

    entry_id: int
    source: str
    object_id: int
    site_id: int
    url_path: str
    title: str
    kind: str
    published_at: datetime | None
    score: float
    title_pieces: list[tuple[str, bool]] = field(default_factory=list)
    snippet: list[tuple[str, bool]] = field(default_factory=list)


@dataclass
class SearchResults:
    """``total`` counts every match; ``hits`` is the requested page.

    - ``approximate``: nothing matched every word, so these results match all but one
      word or a corrected spelling ("kết quả gần đúng").
    - ``suggestion``: a decoded (Telex/VNI) or corrected query, with diacritics where the
      index knows them, offered as "Có phải bạn muốn tìm: …"; None when it would not find
      more than the query did.
    - ``message``: a sentence for the reader when the query could not be searched as
      typed (empty, cut because too long).
    """

    request: SearchRequest
    query: Query
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    approximate: bool = False
    suggestion: str | None = None
    message: str = ""

    @property
    def pages(self) -> int:
        per_page = max(1, self.request.per_page)
        return max(1, -(-self.total // per_page))
