"""The benchmark's own arithmetic and the query set's shape; no database, no corpus."""

import json
import unicodedata

import pytest

from search_support.corpus import DEFAULT_QUERIES, QUERY_TYPES
from search_support.keystrokes import to_telex, to_vni
from search_support.metrics import ndcg, percentile, recall, reciprocal_rank


@pytest.mark.parametrize(
    ("text", "telex", "vni"),
    [
        ("đảng bộ", "ddangr booj", "d9ang3 bo65"),
        ("Đà Nẵng", "DDaf Nawngx", "D9a2 Na8ng4"),
        ("người dân", "nguwowif daan", "ngu7o7i2 da6n"),
        ("khuyến học 2017", "khuyeens hocj 2017", "khuye6n1 hoc5 2017"),
    ],
)
def test_keystrokes_put_shape_keys_after_the_letter_and_the_tone_last(text, telex, vni):
    assert to_telex(text) == telex
    assert to_vni(text) == vni


def test_reciprocal_rank_counts_only_the_first_ten():
    judged = {"a": 1}
    assert reciprocal_rank(["x", "a"], judged) == 0.5
    assert reciprocal_rank([*"bcdefghijk", "a"], judged) == 0.0


def test_recall_is_capped_at_ten_relevant_articles():
    judged = {str(n): 2 for n in range(40)}
    assert recall([str(n) for n in range(10)], judged) == 1.0
    assert recall(["0", "x"], {"0": 1, "1": 1}) == 0.5


def test_ndcg_rewards_the_better_grade_first_and_ignores_grade_zero():
    judged = {"a": 2, "b": 1, "c": 0}
    assert ndcg(["a", "b"], judged) == pytest.approx(1.0)
    assert ndcg(["b", "a"], judged) < ndcg(["a", "b"], judged)
    assert ndcg(["c"], judged) == 0.0


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.95) == 95


def test_query_set_has_every_type_and_judged_answers():
    records = [json.loads(line) for line in DEFAULT_QUERIES.read_text("utf-8").splitlines()]
    assert len(records) >= 100
    assert len({record["qid"] for record in records}) == len(records)
    by_type = {}
    for record in records:
        by_type.setdefault(record["type"], []).append(record)
        assert any(grade > 0 for grade in record["judgments"].values()), record["qid"]
        assert unicodedata.is_normalized("NFC", record["query"])
    assert set(by_type) == set(QUERY_TYPES)
    assert all(len(members) >= 10 for members in by_type.values())
    assert len(by_type["topical"]) >= 20
    for record in by_type["telex"] + by_type["vni"] + by_type["no-diacritics"]:
        assert record["query"].isascii(), record["qid"]
    for record in by_type["phrase"]:
        assert record["query"].count('"') == 2, record["qid"]
