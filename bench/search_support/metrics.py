"""Ranking metrics at a cut-off, graded judgments, and latency percentiles."""

import math

CUTOFF = 10


def relevant(judgments):
    return {key for key, grade in judgments.items() if grade > 0}


def reciprocal_rank(ranked, judgments, k=CUTOFF):
    for position, key in enumerate(ranked[:k], 1):
        if judgments.get(key, 0) > 0:
            return 1.0 / position
    return 0.0


def recall(ranked, judgments, k=CUTOFF):
    """Share of the relevant articles found in the top k, out of at most k: a topical
    query with 40 relevant articles can score 1.0 when its first ten are all relevant."""
    wanted = relevant(judgments)
    if not wanted:
        return 0.0
    found = len(wanted.intersection(ranked[:k]))
    return found / min(len(wanted), k)


def ndcg(ranked, judgments, k=CUTOFF):
    """nDCG with the grade as gain (linear), unjudged results counting as grade 0."""
    gained = sum(
        judgments.get(key, 0) / math.log2(position + 1)
        for position, key in enumerate(ranked[:k], 1)
    )
    best = sorted((grade for grade in judgments.values() if grade > 0), reverse=True)[:k]
    ideal = sum(grade / math.log2(position + 1) for position, grade in enumerate(best, 1))
    return gained / ideal if ideal else 0.0


def percentile(values, fraction):
    """Nearest-rank percentile: the value at or below which ``fraction`` of them fall."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")
