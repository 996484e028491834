"""Search as the portal serves it: match, widen when little is found, rank, cut snippets.

Used by the results page, the title suggestions and the benchmark alike. ``search``
never raises for any text a reader can type; what could not be searched as typed is
said in ``SearchResults.message``.
"""

import dataclasses
import datetime as dt

from django.db.models import Max, Min
from django.utils import timezone
from wagtail.models import Page

from vnportal.vntext import edit_candidates, fold, parse_query, search_tokens, syllables, tone_key
from vnportal.vntext.highlight import mark, snippet
from vnportal.vntext.typo import max_typos

from . import ranking, vocabulary
from .backends import get_backend
from .backends.filters import Filters
from .models import SearchEntry
from .plan import Plan
from .results import NEWEST, Hit, SearchRequest, SearchResults

MAX_QUERY = 500
MAX_PAGE_SIZE = 50
# Fewer matches than this and the engine tries corrections and offers them.
FEW = 3
# Spellings tried for a word the index does not know.
VARIANTS_PER_WORD = 5
# Texts enough to prefer one spelling to another.
SPELLING_EVIDENCE = 50
SNIPPET_WIDTH = 240
# A word typed with diacritics that fewer texts than this spell so may be a typo.
RARE = 3
RARE_RATIO = 10

EMPTY = "Hãy nhập từ cần tìm, ví dụ: nông thôn mới."
NOTHING_TO_SEARCH = "Câu tìm kiếm không có chữ hay số nào để tìm. Hãy nhập từ cần tìm."
TOO_LONG = "Câu tìm kiếm quá dài nên chỉ tìm theo {} ký tự đầu."


def search(request: SearchRequest) -> SearchResults:
    per_page = min(max(1, request.per_page), MAX_PAGE_SIZE)
    results, plan, rows = _matches(request, per_page)
    if rows:
        results.hits = _hits(rows, plan)
    return results


def matching_object_ids(request: SearchRequest, limit: int) -> tuple[list[int], SearchResults]:
    """The object ids of the first `limit` matches in the results page's order, without
    the snippets: for a list that narrows matches further (the document register)."""
    results, _, rows = _matches(dataclasses.replace(request, page=1), limit)
    entries = dict(
        SearchEntry.objects.filter(pk__in=[entry_id for entry_id, _ in rows]).values_list(
            "pk", "object_id"
        )
    )
    return [entries[entry_id] for entry_id, _ in rows if entry_id in entries], results


def _matches(request: SearchRequest, per_page: int):
    """The results (total, message, suggestion; no hits yet), the plan that matched, and
    the (entry id, score) rows of the requested page."""
    query = parse_query(request.text or "", max_length=MAX_QUERY)
    results = SearchResults(request=request, query=query)
    if query.truncated:
        results.message = TOO_LONG.format(MAX_QUERY)
    if query.is_empty:
        results.message = NOTHING_TO_SEARCH if (request.text or "").strip() else EMPTY
        return results, None, []
    backend = get_backend()
    filters = _filters(request)
    plan = Plan.of(query)
    # A query that matches few texts is scored in one go, which also counts them.
    scored = backend.few(plan, filters, ranking.RERANK)
    total = len(scored) if scored is not None else backend.count(plan, filters)
    misspelled = _misspelled(query)
    if total < FEW or misspelled:
        widened, total, results.approximate, results.suggestion = _widen(
            plan, total, filters, misspelled
        )
        if widened is not plan:
            plan, scored = widened, None
    results.total = total

    offset = (max(1, request.page) - 1) * per_page
    if offset >= total:
        return results, plan, []
    if request.sort == NEWEST:
        return results, plan, backend.newest(plan, filters, per_page, offset)
    # The reordered best come first, then every other match in the database's order.
    best = _reranked(backend, plan, filters, total, scored)
    rows = best[offset : offset + per_page]
    missing = min(per_page, total - offset) - len(rows)
    if missing > 0:
        rows += backend.best(
            plan,
            filters,
            missing,
            offset=max(0, offset - len(best)),
            exclude=[entry_id for entry_id, _ in best],
        )
    return results, plan, rows


def ranked_object_ids(text: str, limit: int = 10, site_ids=None) -> list[int]:
    """The object ids the results page would list first, for the benchmark."""
    request = SearchRequest(text=text, site_ids=site_ids, per_page=limit)
    return [hit.object_id for hit in search(request).hits]


def suggest_titles(text: str, site_ids=None, limit: int = 8) -> list[dict]:
    """Titles that contain what was typed so far, the last word possibly unfinished."""
    query = parse_query(text or "", max_length=100)
    if query.is_empty or len(query.original) < 2:
        return []
    plan = Plan.of(query)
    filters = Filters(site_ids=site_ids)
    ids = get_backend().in_titles(plan, filters, limit)
    entries = SearchEntry.objects.in_bulk(ids)
    found = []
    for entry_id in ids:
        entry = entries.get(entry_id)
        if entry is not None and _title_has(entry.title, plan):
            found.append(
                {"title": entry.title, "url_path": entry.url_path, "site_id": entry.site_id}
            )
        if len(found) == limit:
            break
    return found


def _title_has(title, plan):
    folded = set(search_tokens(title))
    for reading in plan.readings:
        *whole, last = reading
        if all(token in folded for token in whole) and any(t.startswith(last) for t in folded):
            return True
    return False


def _filters(request: SearchRequest) -> Filters:
    category_ids = None
    if request.category_id is not None:
        category = Page.objects.filter(pk=request.category_id).first()
        category_ids = (
            tuple(category.get_descendants(inclusive=True).values_list("pk", flat=True))
            if category
            else ()
        )
    return Filters(
        site_ids=tuple(request.site_ids) if request.site_ids is not None else None,
        sources=tuple(request.sources),
        category_ids=category_ids,
        published_from=_local_midnight(request.date_from),
        published_before=_local_midnight(request.date_to, days_after=1),
    )


def _local_midnight(day: dt.date | None, days_after: int = 0):
    if day is None:
        return None
    moment = dt.datetime.combine(day + dt.timedelta(days=days_after), dt.time())
    return timezone.make_aware(moment)


def _misspelled(query) -> list[int]:
    """Positions (in the positive terms) of the words the index has never seen folded,
    or, typed with diacritics, has seen spelled so too rarely to trust (texts have typos
    too): "lớm" for "lớn" folds to a known word (lom, as in lom khom), but hardly any
    text has "lớm"."""
    terms = query.positive_terms
    keys = [tone_key(term.text) if _has_marks(term.text) else None for term in terms]
    alternatives = [token for reading in query.alternatives for token in reading]
    known = vocabulary.known(
        [term.folded for term in terms] + [key for key in keys if key] + alternatives
    )
    # "nuwx sinh bij bongr" is no typo when its Telex reading (nữ sinh bị bỏng) is known.
    if any(all(token in known for token in reading) for reading in query.alternatives):
        return []
    return [
        index
        for index, (term, key) in enumerate(zip(terms, keys, strict=True))
        if (term.folded not in known or (key and _rare(known.get(key, 0), known[term.folded])))
        and max_typos(term.folded)
        and not any(char.isdigit() for char in term.folded)
    ]


def _rare(spelled: int, folded: int) -> bool:
    """Whether a word typed with diacritics is spelled so too rarely to trust, beside how
    often the index has its letters with other marks (lớm: 1 text; lom, lốm, lờm: 30)."""
    return spelled < RARE and folded >= RARE_RATIO * max(spelled, 1)


def _has_marks(word):
    return fold(word) != word.lower()


def _widen(plan: Plan, total: int, filters: Filters, unknown: list[int]):
    """Try what the reader may have meant: a Telex/VNI reading on its own, corrected
    spellings of the words the index does not know, and, when nothing is found, for a
    longer query all words but one. Returns the plan to list, its total, whether the
    list is approximate, and the suggestion to offer ("Có phải bạn muốn tìm: …") when it
    finds more than the query did."""
    backend = get_backend()
    query = plan.query
    literal = plan.readings[0]
    suggestion = _decoded_suggestion(query, filters)

    def found(tokens, phrase=False):
        if not tokens:
            return 0
        text = " ".join(tokens)
        query = parse_query(f'"{text}"' if phrase else text)
        # Judging spellings needs only which is commoner, not exact counts.
        return backend.count(
            Plan.of(_only_literal(query)), filters, limit=SPELLING_EVIDENCE if phrase else None
        )

    corrected = list(literal)
    unknown_words = {literal[index] for index in unknown}
    if unknown:
        words = vocabulary.vocabulary()
        for index in unknown:
            corrected[index] = _best_spelling(literal, index, unknown_words, words, found)
    corrected_total = found(corrected) if corrected != literal else 0
    if corrected_total and total:
        # The query found something as typed: keep that, and add the correction.
        if suggestion is None and corrected_total > total:
            suggestion = _spelled(corrected, filters)
        widened = Plan.of(dataclasses.replace(query, alternatives=[*query.alternatives, corrected]))
        return widened, backend.count(widened, filters), False, suggestion
    if corrected_total:
        if suggestion is None:
            suggestion = _spelled(corrected, filters)
        readings = [corrected]
    elif total == 0 and len(literal) >= 3:
        readings = [literal[:index] + literal[index + 1 :] for index in range(len(literal))]
    else:
        return plan, total, False, suggestion

    # The words the index does not know add nothing to the match: search the readings
    # (and what the reader typed with diacritics still ranks first).
    excluded = [term.folded for term in query.negated_terms]
    query = dataclasses.replace(
        _reading_query(readings[0], excluded),
        alternatives=[*readings[1:], *query.alternatives],
    )
    widened = dataclasses.replace(Plan.of(query), accent_keys=plan.accent_keys)
    widened_total = backend.count(widened, filters)
    if widened_total <= total:
        return plan, total, False, suggestion
    return widened, widened_total, total == 0, suggestion


def _best_spelling(literal, index, unknown_words, words, found):
    """The spelling of ``literal[index]`` that stands most often beside its neighbours:
    between both first ("con doui nuoc" is "con duoi nuoc", đuối nước, though "con doi"
    alone is commoner), else beside either ("nong thonn" is "nong thon", though "thong"
    is the commoner word), else the commonest."""
    typed = literal[index]
    nearest = edit_candidates(typed, words, max_typos(typed), limit=VARIANTS_PER_WORD + 1)
    # The word as typed competes too when the index has it, without taking a place.
    candidates = [c for c in nearest if c != typed][:VARIANTS_PER_WORD]
    if typed in words:
        candidates.append(typed)
    if not candidates:
        return typed
    before = literal[index - 1] if index > 0 else None
    after = literal[index + 1] if index + 1 < len(literal) else None
    before, after = (None if word in unknown_words else word for word in (before, after))
    scores: dict[str, int] = {}
    if before and after:
        scores = {c: found([before, c, after], phrase=True) for c in candidates}
    if not any(scores.values()) and (before or after):
        scores = {
            c: sum(
                found(pair, phrase=True) for pair in ([before, c], [c, after]) if None not in pair
            )
            for c in candidates
        }
    if not any(scores.values()):
        scores = {c: words.counts[c] for c in candidates}
    return max(candidates, key=lambda c: scores[c])


def _decoded_suggestion(query, filters):
    """The Telex/VNI reading, with diacritics, when it finds more than the literal one:
    "ddangr booj" is offered as "đảng bộ"."""
    if not query.alternative_words:
        return None
    backend = get_backend()
    literal_total = backend.count(Plan.of(_only_literal(query)), filters)
    if literal_total >= FEW:
        return None
    for words in query.alternative_words:
        decoded = " ".join(words)
        if backend.count(Plan.of(parse_query(decoded)), filters) > literal_total:
            return decoded
    return None


def _reading_query(tokens, excluded=()):
    """A query for exactly these folded tokens (and none of ``excluded``), without
    keystroke readings of its own."""
    text = " ".join([*tokens, *(f"-{token}" for token in excluded)])
    return _only_literal(parse_query(text))


def _only_literal(query):
    return dataclasses.replace(query, alternatives=[], alternative_words=[])


def _spelled(tokens: list[str], filters: Filters) -> str:
    """The corrected words with diacritics as the best matching titles spell them."""
    spelled: dict[str, str] = {}
    plan = Plan.of(_reading_query(tokens))
    ids = [entry_id for entry_id, _ in get_backend().best(plan, filters, 5)]
    for title in SearchEntry.objects.filter(pk__in=ids).values_list("title", flat=True):
        for word, folded in zip(syllables(title), search_tokens(title), strict=True):
            spelled.setdefault(folded, word.lower())
    return " ".join(spelled.get(token, token) for token in tokens)


def _reranked(backend, plan, filters, total, scored=None):
    if scored is None and total <= ranking.RERANK:
        scored = backend.few(plan, filters, ranking.RERANK)
    if scored is not None:
        top = max((score for _, score, _ in scored), default=1.0) or 1.0
        scores = {entry_id: score / top for entry_id, score, _ in scored}
        features = {entry_id: found for entry_id, _, found in scored}
        return _ordered(plan, scores, features)
    if total <= backend.BROAD:
        tiers = [backend.best(plan, filters, ranking.RERANK)]
    else:
        cut = _recent_cut(backend.BROAD / total)
        tiers = [
            backend.best(plan, filters, ranking.RERANK, titles=True),
            backend.best(plan, filters, ranking.RERANK, min_id=cut),
        ]
    # Scores of different tiers are not comparable: each is scaled by its own best.
    scores: dict[int, float] = {}
    for rows in tiers:
        top = max((float(score) for _, score in rows), default=1.0) or 1.0
        for entry_id, score in rows:
            scores[entry_id] = max(scores.get(entry_id, 0.0), float(score) / top)
    return _ordered(plan, scores, backend.features(plan, list(scores)))


def _ordered(plan, scores, features):
    """The candidates in their final order, from their first-look scores (0 to 1) and
    their features."""
    ids = list(scores)
    details = {
        pk: (title, published_at)
        for pk, title, published_at in SearchEntry.objects.filter(pk__in=ids).values_list(
            "pk", "title", "published_at"
        )
    }
    candidates = [
        ranking.Candidate(
            entry_id,
            scores[entry_id],
            *details[entry_id],
            *features.get(entry_id, (False, False, 0.0)),
        )
        for entry_id in ids
        if entry_id in details
    ]
    ordered = ranking.rerank(candidates, plan.readings, timezone.now(), plan.accent_keys)
    return [(candidate.entry_id, candidate.score) for candidate in ordered]


def _recent_cut(share: float) -> int | None:
    """The entry id above which about ``share`` of the entries lie (ids rise with time:
    an entry is written anew when its page is published)."""
    bounds = SearchEntry.objects.aggregate(low=Min("id"), high=Max("id"))
    if bounds["low"] is None:
        return None
    return int(bounds["high"] - (bounds["high"] - bounds["low"]) * share)


def _hits(rows, plan: Plan) -> list[Hit]:
    entries = SearchEntry.objects.in_bulk([entry_id for entry_id, _ in rows])
    tokens = {token for reading in plan.readings for token in reading}
    hits = []
    for entry_id, score in rows:
        entry = entries.get(entry_id)
        if entry is None:
            continue
        hits.append(
            Hit(
                entry_id=entry.pk,
                source=entry.source,
                object_id=entry.object_id,
                site_id=entry.site_id,
                url_path=entry.url_path,
                title=entry.title,
                kind=entry.kind,
                published_at=entry.published_at,
                score=float(score),
                title_pieces=mark(entry.title, tokens),
                snippet=snippet(entry.body, tokens, SNIPPET_WIDTH),
            )
        )
    return hits
