"""The two engines behind one call: a query's text in, article pks out, best first."""

from .models import StockArticle


class VnportalEngine:
    """vnportal's search, through the function the results page ranks with."""

    name = "vnportal"

    def __init__(self):
        from vnportal.search.engine import ranked_object_ids

        self._ranked = ranked_object_ids

    def ranked_pks(self, text, limit):
        return list(self._ranked(text, limit=limit))


class StockEngine:
    """Wagtail's database search backend as a site would call it: quoted parts become
    phrases (``parse_query_string``) and the rest must all match (Wagtail's default)."""

    name = "stock"

    def __init__(self):
        from wagtail.search.backends import get_search_backend

        self._backend = get_search_backend()

    def ranked_pks(self, text, limit):
        from wagtail.search.utils import parse_query_string

        _filters, query = parse_query_string(text)
        results = self._backend.search(query, StockArticle.objects.only("pk"))
        return [article.pk for article in results[:limit]]


ENGINES = {"ours": VnportalEngine, "stock": StockEngine}


def corpus_ids_by_pk():
    return dict(StockArticle.objects.values_list("pk", "corpus_id"))


def to_corpus_ids(pks, corpus_ids):
    """Corpus ids best first, each once: with --copies a copy repeats its original's id."""
    seen = []
    for pk in pks:
        corpus_id = corpus_ids.get(pk)
        if corpus_id is not None and corpus_id not in seen:
            seen.append(corpus_id)
    return seen
