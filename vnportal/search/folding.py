"""The folded, searchable form of a text: pure Python, no Django.

Kept apart from `indexing` so that a bulk writer (the importer) can fold texts in
another process while it writes pages: folding is most of the cost of indexing, and it
needs nothing but the text.
"""

from vnportal.vntext import fold, normalize, syllables, tone_key

# Longer tokens are not words (hashes, URLs run together); they would only bloat the
# vocabulary the typo corrector scans.
MAX_TERM_LENGTH = 40


def searchable(text: str) -> tuple[str, str, set[str]]:
    """Return ``(folded, marks, terms)`` for ``text``.

    ``folded``: every syllable folded, space-separated, what queries match. ``marks``:
    each distinct word as spelled, lower-cased with the tone in one place, for ranking
    (only whether a text has a word matters there, not how often or where): "lao" and
    "lào" are different words to a reader who types with diacritics.
    ``terms``: the distinct folded tokens worth a place in the vocabulary, and the marked
    words, so that a word typed with diacritics no text has is known for a typo.
    """
    tokens = syllables(text)
    if not tokens:
        return "", "", set()
    joined = " ".join(tokens)
    folded = fold(joined)
    words = set(joined.lower().split(" "))
    # Only a word with a letter outside ASCII can carry a diacritic to key.
    marked = [word for word in words if not word.isascii()]
    missing = [word for word in marked if word not in _word_keys]
    if missing:
        if len(_word_keys) > 200_000:
            _word_keys.clear()
            missing = marked
        _word_keys.update((word, tone_key(word)) for word in missing)
    keys = {_word_keys[word] for word in marked}
    plain = {word for word in words if word.isascii()}
    terms = {
        token
        for token in set(folded.split(" "))
        if len(token) <= MAX_TERM_LENGTH and not token.isdigit()
    }
    terms.update(key for key in keys if len(key) <= MAX_TERM_LENGTH)
    return folded, " ".join(keys | plain), terms


# A text repeats its words, and a language has a few thousand syllables: key each once.
_word_keys: dict[str, str] = {}


def fold_texts(title: str, body: str):
    """``(title, body, (title_folded, body_folded, title_marks, body_marks), terms)``:
    the texts normalised, their index columns and their vocabulary."""
    title = normalize(title)
    body = normalize(body)
    title_folded, title_marks, title_terms = searchable(title)
    body_folded, body_marks, body_terms = searchable(body)
    return (
        title,
        body,
        (title_folded, body_folded, title_marks, body_marks),
        title_terms | body_terms,
    )


def fold_many(pairs):
    """`fold_texts` of each ``(title, body)``; what a worker process is handed."""
    return [fold_texts(title, body) for title, body in pairs]
