"""How matches are ordered by relevance, in two looks.

First every match is scored by its words (bm25 on SQLite, ts_rank on PostgreSQL; a word
in the title counts ten in the body) and the best ``RERANK`` are kept. On SQLite a query
with at most ``RERANK`` matches has them all read and scored in Python with the same
bm25, which is cheaper than FTS5's own (see ``backends.sqlite.few``).
When a query matches more than the backend's ``BROAD`` entries (3,000 on SQLite, 1,000
on PostgreSQL, where scoring costs more), the first look covers only the entries whose
title matches and the most recent ``BROAD`` or so: a query that common ("hà nội") is
served by its headlines and its latest news, at a cost that does not grow with the
archive.

The second look orders those candidates by

    score = full-text score / best full-text score among them     (0 to 1)
          + TITLE_WORDS × share of the query's words in the title
          + TITLE_RUN × longest run of query words standing in the title in order
          + TITLE_MARKS × share of the words, as spelled with diacritics, in the title
          + PHRASE if the whole query stands as a phrase in the title or body
          + NEIGHBOURS if two neighbouring query words stand side by side there
          + MARKS × share of the query's words, as spelled, that the text has (when
            the query has diacritics at all)
          + RECENCY × 0.5 ** (age in days / RECENCY_HALF_LIFE)

so that a reader who remembers a headline finds that article first, a several-syllable
word found whole beats its syllables found apart, ``Đảng`` prefers "Đảng" to "đang",
and of two equally good matches the newer comes first: a fresh article gets at most
RECENCY, half of it after RECENCY_HALF_LIFE days.
"""

import math
from dataclasses import dataclass
from datetime import datetime

from vnportal.vntext import search_tokens, syllables, tone_key

RERANK = 100
TITLE_WORDS = 0.6
TITLE_RUN = 0.8
TITLE_MARKS = 0.4
PHRASE = 0.8
NEIGHBOURS = 0.2
MARKS = 0.4
RECENCY = 0.1
RECENCY_HALF_LIFE = 180


@dataclass(frozen=True)
class Candidate:
    entry_id: int
    score: float
    title: str = ""
    published_at: datetime | None = None
    phrase: bool = False
    neighbours: bool = False
    marks: float = 0.0


def _longest_run(reading: list[str], title: list[str]) -> int:
    """The most query words that stand in the title in a row, in the query's order."""
    best = 0
    previous = [0] * (len(title) + 1)
    for word in reading:
        current = [0] * (len(title) + 1)
        for index, token in enumerate(title, 1):
            if token == word:
                current[index] = previous[index - 1] + 1
                best = max(best, current[index])
        previous = current
    return best


def title_score(title: str, readings: list[list[str]], accent_keys=()) -> float:
    tokens = search_tokens(title)
    present = set(tokens)
    words = run = 0.0
    for reading in readings:
        if not reading:
            continue
        distinct = set(reading)
        words = max(words, len(distinct & present) / len(distinct))
        run = max(run, _longest_run(reading, tokens) / len(reading))
    score = TITLE_WORDS * words + TITLE_RUN * run
    if accent_keys:
        spelled = set(tone_key(" ".join(syllables(title))).split())
        score += TITLE_MARKS * sum(key in spelled for key in accent_keys) / len(accent_keys)
    return score


def recency(published_at: datetime | None, now: datetime) -> float:
    if published_at is None:
        return 0.0
    age_days = max(0.0, (now - published_at).total_seconds() / 86400)
    return RECENCY * math.pow(0.5, age_days / RECENCY_HALF_LIFE)


def rerank(candidates: list[Candidate], readings, now: datetime, accent_keys=()) -> list[Candidate]:
    """Order ``candidates``, whose ``score`` is already scaled to 0..1 by the best one."""
    if not candidates:
        return []
    scored = []
    for candidate in candidates:
        score = (
            candidate.score
            + title_score(candidate.title, readings, accent_keys)
            + PHRASE * candidate.phrase
            + NEIGHBOURS * candidate.neighbours
            + MARKS * candidate.marks
            + recency(candidate.published_at, now)
        )
        scored.append((score, candidate))
    scored.sort(key=lambda item: (-item[0], -item[1].entry_id))
    return [Candidate(c.entry_id, score, c.title, c.published_at) for score, c in scored]
