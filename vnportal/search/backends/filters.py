"""Which entries a search may return, as SQL on the entry table or as FTS5 terms.

On SQLite the site, kind and category of an entry are also tokens of its full-text row
(``s12 knews c345``), so the common filters are a doclist intersection inside the MATCH,
with no lookup of the entry table per match; only a date range needs that lookup.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection


def tags(site_id: int, source: str, category_id: int | None) -> str:
    words = [f"s{site_id}", f"k{source}"]
    if category_id is not None:
        words.append(f"c{category_id}")
    return " ".join(words)


@dataclass(frozen=True)
class Filters:
    site_ids: tuple[int, ...] | None = None
    sources: tuple[str, ...] = ()
    category_ids: tuple[int, ...] | None = None
    published_from: datetime | None = None
    published_before: datetime | None = None

    @property
    def impossible(self) -> bool:
        """An empty selection (a category that no longer exists) matches nothing."""
        return self.site_ids == () or self.category_ids == ()

    @property
    def has_dates(self) -> bool:
        return self.published_from is not None or self.published_before is not None

    def fts(self) -> str:
        """FTS5 terms for site, kind and category, to AND with a match; "" for none."""
        parts = []
        for prefix, values in (
            ("s", self.site_ids),
            ("k", self.sources or None),
            ("c", self.category_ids),
        ):
            if values:
                parts.append(" OR ".join(f'"{prefix}{value}"' for value in values))
        return " AND ".join(f"{{tags}} : ({part})" for part in parts)

    def dates(self, alias: str = "e") -> tuple[str, list]:
        # Raw SQL gets no field conversion: SQLite would compare "…+07:00" text with the
        # stored UTC text and be off by seven hours.
        adapt = connection.ops.adapt_datetimefield_value
        clauses, params = [], []
        if self.published_from is not None:
            clauses.append(f"{alias}.published_at >= %s")
            params.append(adapt(self.published_from))
        if self.published_before is not None:
            clauses.append(f"{alias}.published_at < %s")
            params.append(adapt(self.published_before))
        return "".join(f" AND {clause}" for clause in clauses), params

    def where(self, alias: str = "e") -> tuple[str, list]:
        """All conditions as SQL on the entry table, each prefixed with AND."""
        clauses: list[str] = []
        params: list = []
        for column, values in (
            ("site_id", self.site_ids),
            ("source", self.sources or None),
            ("category_id", self.category_ids),
        ):
            if values:
                clauses.append(f"{alias}.{column} IN ({', '.join(['%s'] * len(values))})")
                params += list(values)
        sql = "".join(f" AND {clause}" for clause in clauses)
        dates, date_params = self.dates(alias)
        return sql + dates, params + date_params
