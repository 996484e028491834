"""Normalize against the real legal corpus, whose older documents are not NFC."""

import gzip
import itertools
import json
import re
from pathlib import Path

import pytest

from vnportal.vntext import normalize

REPO_ROOT = Path(__file__).resolve().parents[3]
LEGAL_DOCS = REPO_ROOT / ".." / "shared" / "data" / "legal-docs" / "documents.jsonl.gz"
COMBINING = re.compile("[\u0300-\u036f]")


@pytest.mark.skipif(
    not LEGAL_DOCS.is_file(), reason="shared data not present: ../shared/data/legal-docs"
)
def test_normalize_leaves_no_combining_mark_in_the_legal_corpus():
    with gzip.open(LEGAL_DOCS, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, 20)]
    # Without damaged input the test would prove nothing.
    assert any(COMBINING.search(text) for text in texts)
    for text in texts:
        leftover = COMBINING.search(normalize(text))
        assert leftover is None, normalize(text)[leftover.start() - 20 : leftover.end() + 5]
