"""The number/symbol parser against the 207 real laws in ../shared/data/legal-docs."""

import functools
import gzip
import itertools
import json
import re

import pytest

from vnportal.vntext import normalize
from vnportal.vntext.docnumber import find_numbers, parse

# Documents whose header gives no number (number_raw is null or empty), by id, and why.
NO_NUMBER_IN_HEADER = {
    # The crawled text starts at the preamble; the number (06/2003/QH11) comes from the URL.
    "vlc-Luat-Bien-gioi-Quoc-gia-2003-06-2003-QH11-51044",
    # 1957: the header reads "SỐ 101-SL/L.003"; the dot inside the symbol is refused by
    # design (see test_the_1957_law_with_a_dot_in_its_symbol_is_refused).
    "vlc-Luat-quyen-tu-do-hoi-hop-1957-101-SL-L-003-36793",
}

# Dates in the texts: "ngày 24/6/2022", "20-5-1957".
DATE = re.compile(r"(?<![\d/])\d{1,2}([/-])\d{1,2}\1\d{4}(?![\d/])")
# What a cited modern law, ordinance or decree looks like, written independently of the
# parser's pattern: number, four-digit year, an upper-case symbol.
CITED = re.compile(r"(?<![\w/.])\d{1,4} ?/ ?(?:19|20)\d\d ?/ ?[A-ZĐ]")


@functools.cache
def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.fixture
def documents(shared_data):
    path = shared_data / "legal-docs" / "documents.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"shared data not present: {path}")
    # 24 MB of JSON: read once for the whole module.
    return load(path)


def test_every_number_in_the_headers_parses_to_the_normalised_number(documents):
    without = {doc["id"] for doc in documents if not doc["number_raw"]}
    assert without == NO_NUMBER_IN_HEADER
    checked = 0
    for doc in documents:
        if not doc["number_raw"]:
            continue
        parsed = parse(doc["number_raw"])
        assert parsed.canonical == doc["number"], doc["id"]
        if parsed.year and doc["date"]:
            assert parsed.year == int(doc["date"][:4]), doc["id"]
        checked += 1
    assert checked == 205


def test_spaced_old_numbers_are_among_them(documents):
    spaced = [doc["number_raw"] for doc in documents if " " in (doc["number_raw"] or "")]
    assert len(spaced) == 6
    assert {parse(raw).canonical for raw in spaced} >= {"62/2006/QH11", "73/2006/QH11"}


def test_the_number_taken_from_the_url_parses_too(documents):
    (doc,) = [doc for doc in documents if doc["number"] and not doc["number_raw"]]
    assert parse(doc["number"]).canonical == "06/2003/QH11"


def test_the_1957_law_with_a_dot_in_its_symbol_is_refused(documents):
    (doc,) = [doc for doc in documents if doc["id"].endswith("101-SL-L-003-36793")]
    assert "SỐ 101-SL/L.003" in doc["text"]
    assert find_numbers(doc["text"][:200]) == []


def test_find_numbers_finds_the_cited_numbers_and_no_date(documents):
    found_total = 0
    for doc in itertools.islice(documents, 30):
        text = normalize(doc["text"])
        matches = find_numbers(text)
        found_total += len(matches)
        starts = {match.start for match in matches}
        for cited in CITED.finditer(text):
            assert cited.start() in starts, text[cited.start() - 30 : cited.end() + 20]
        dates = [date.span() for date in DATE.finditer(text)]
        for match in matches:
            assert text[match.start : match.end] == match.raw
            assert not DATE.search(match.raw), match.raw
            assert all(end <= match.start or match.end <= start for start, end in dates)
        if doc["number_raw"] and doc["number_raw"] in text[:400]:
            assert parse(doc["number_raw"]).canonical in {m.parsed.canonical for m in matches}
    # The first 30 laws cite well over a hundred other laws and ordinances.
    assert found_total > 100
