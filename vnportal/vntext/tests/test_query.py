import os
import re
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnportal.vntext import (
    Query,
    Term,
    fts5_match_expression,
    parse_query,
    search_tokens,
    tsquery_expression,
)

from .letters import all_letters


def folded(query: Query) -> list[str]:
    return [term.folded for term in query.terms]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Đảng bộ", ["dang", "bo"]),
        ("dang bo an bien", ["dang", "bo", "an", "bien"]),
        ("hoà giải", ["hoa", "giai"]),
        ("NÔNG THÔN MỚI", ["nong", "thon", "moi"]),
        ("42/2022/NĐ-CP", ["42", "2022", "nd", "cp"]),
        ("Tây Yên, Đông Thái!", ["tay", "yen", "dong", "thai"]),
        ("a AND b OR NOT c NEAR d", ["a", "and", "b", "or", "not", "c", "near", "d"]),
        ("*:^(){}[]~<>!&|'", []),
        ("xâm* nhập: mặn^", ["xam", "nhap", "man"]),
        ("🎉 lễ hội 🇻🇳", ["le", "hoi"]),
        ("nông\u200bthôn", ["nongthon"]),
        ("\u0301", []),
        ("\u0301 mới", ["moi"]),
        ("", []),
        ("   \n\t ", []),
    ],
)
def test_terms_are_the_folded_syllables_of_the_query(text, tokens):
    assert folded(parse_query(text)) == tokens


def test_a_term_keeps_what_was_typed_its_fold_and_its_tone_key():
    assert parse_query("Hòa Bình").terms == [
        Term("Hòa", "hoa", "hoà"),
        Term("Bình", "binh", "bình"),
    ]


def test_nfd_and_old_style_tones_parse_like_nfc_and_new_style():
    nfc = parse_query("hoà giải")
    assert parse_query(unicodedata.normalize("NFD", "hòa giải")).terms == [
        Term("hòa", "hoa", "hoà"),
        Term("giải", "giai", "giải"),
    ]
    assert [t.tone_key for t in parse_query("hòa giải").terms] == [t.tone_key for t in nfc.terms]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ('"nông thôn mới"', [["nong", "thon", "moi"]]),
        ("“nông thôn mới” xã", [["nong", "thon", "moi"]]),
        ('"xâm nhập mặn" "Tây Yên"', [["xam", "nhap", "man"], ["tay", "yen"]]),
        ('"mới"', []),
        ('""', []),
        ('"nông thôn mới', []),
        ('"nông thôn" mới"', [["nong", "thon"]]),
    ],
)
def test_quotes_make_phrases_and_an_unbalanced_quote_is_plain_text(text, phrases):
    assert parse_query(text).phrases == phrases


def test_phrase_terms_point_to_their_phrase():
    query = parse_query('ủy ban "nhân dân" "tỉnh Lào Cai"')
    assert [(t.folded, t.phrase_id) for t in query.terms] == [
        ("uy", None),
        ("ban", None),
        ("nhan", 0),
        ("dan", 0),
        ("tinh", 1),
        ("lao", 1),
        ("cai", 1),
    ]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("covid -vaccine", ["vaccine"]),
        ("covid -vaccine -tiêm", ["vaccine", "tiem"]),
        ("nhiệt độ -5", []),
        ("42/2022/NĐ-CP", []),
        ("Hòa -Hòa-Bình", []),
        ('lũ -"miền Trung"', []),
        ("a - b", []),
    ],
)
def test_minus_before_a_word_negates_it(text, negated):
    assert [t.folded for t in parse_query(text).negated_terms] == negated


def test_a_query_that_only_excludes_searches_for_its_words_instead():
    query = parse_query("-covid")
    assert [(t.folded, t.negated) for t in query.terms] == [("covid", False)]
    assert not query.is_empty


@pytest.mark.parametrize("text", ["", "   ", "🎉🎉", "\u0301", "\u200b", '""', "*:()", "'-'"])
def test_nothing_to_search_for_is_an_empty_query(text):
    query = parse_query(text)
    assert query.is_empty
    assert fts5_match_expression(query) == ""
    assert tsquery_expression(query) == ""


def test_none_is_an_empty_query():
    assert parse_query(None).is_empty


def test_long_query_is_cut_at_a_word_boundary():
    text = "nông thôn mới " * 400
    query = parse_query(text)
    assert query.truncated
    assert len(query.original) <= 500
    assert query.original.split() == text.split()[: len(query.original.split())]
    assert folded(query)[-1] in {"nong", "thon", "moi"}


def test_one_long_word_is_cut_inside():
    query = parse_query("x" * 5000)
    assert query.truncated
    assert query.original == "x" * 500


def test_megabyte_query_is_cut_without_reading_it_all():
    query = parse_query("đảng bộ " * 200_000, max_length=50)
    assert query.truncated
    assert len(query.original) <= 50


def test_short_query_is_not_truncated():
    query = parse_query("  Đảng   bộ\n")
    assert not query.truncated
    assert query.original == "Đảng bộ"


@pytest.mark.parametrize(
    ("text", "alternatives", "words"),
    [
        ("ddangr booj", [["dang", "bo"]], [["đảng", "bộ"]]),
        ("d9ang3 bo65", [["dang", "bo"]], [["đảng", "bộ"]]),
        ("xaam nhaapj mawnj", [["xam", "nhap", "man"]], [["xâm", "nhập", "mặn"]]),
        ("sos", [["so"]], [["só"]]),
        ("Đảng bộ", [], []),
        ("dang bo", [], []),
        ("ddangr -booj", [["dang"]], [["đảng"]]),
        ("window tax", [], []),
    ],
)
def test_telex_and_vni_readings_become_alternatives(text, alternatives, words):
    query = parse_query(text)
    assert query.alternatives == alternatives
    assert query.alternative_words == words


def test_literal_terms_stay_beside_the_readings():
    query = parse_query("sos")
    assert folded(query) == ["sos"]
    assert query.alternatives == [["so"]]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Đảng bộ", '"dang" AND "bo"'),
        ('"nông thôn mới" Tây Yên', '"nong thon moi" AND "tay" AND "yen"'),
        ("ddangr booj", '("ddangr" AND "booj") OR ("dang" AND "bo")'),
        ('"ddangr booj"', '("ddangr booj") OR ("dang bo")'),
        ("covid -vaccine", '("covid") NOT "vaccine"'),
        ("a AND b NEAR(c)", '"a" AND "and" AND "b" AND "near" AND "c"'),
        ("bộ bộ", '"bo"'),
    ],
)
def test_fts5_expression_quotes_every_token(text, expression):
    assert fts5_match_expression(parse_query(text)) == expression


def test_fts5_prefix_flag_marks_the_last_token_of_each_reading():
    query = parse_query("ddangr boo")
    assert fts5_match_expression(query, prefix=True) == (
        '("ddangr" AND "boo"*) OR ("dang" AND "bo"*)'
    )


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Đảng bộ", "dang & bo"),
        ('"nông thôn mới" Tây Yên', "(nong <-> thon <-> moi) & tay & yen"),
        ("ddangr booj", "(ddangr & booj) | (dang & bo)"),
        ("covid -vaccine", "(covid) & !vaccine"),
        ("łódź 中文", "odz"),
        ("中文", ""),
    ],
)
def test_tsquery_expression_has_only_sanitised_tokens(text, expression):
    assert tsquery_expression(parse_query(text)) == expression


def test_tsquery_prefix_flag_marks_the_last_token():
    assert tsquery_expression(parse_query('xã "Tây Yên"'), prefix=True) == "xa & (tay <-> yen:*)"


# Searching a real FTS5 index of folded tokens, the way the search app stores them.

ARTICLES = {
    1: "Đảng bộ xã Tây Yên tổng kết năm 2025",
    2: "Xâm nhập mặn ở Đông Thái: nông dân chủ động",
    3: "Xây dựng nông thôn mới tại xã An Biên",
    4: "Thôn Mới ở xã Nông Trường xây nhà văn hóa",
    5: "Hòa giải ở cơ sở: tập huấn cho hòa giải viên",
    6: "Tiêm vaccine covid cho trẻ em",
    7: "Nghị định 42/2022/NĐ-CP về dịch vụ công",
}


@pytest.fixture(scope="module")
def fts5():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE article USING fts5(body)")
    connection.executemany(
        "INSERT INTO article (rowid, body) VALUES (?, ?)",
        [(pk, " ".join(search_tokens(text))) for pk, text in ARTICLES.items()],
    )
    yield connection
    connection.close()


def found(connection, text: str, prefix: bool = False) -> set[int]:
    expression = fts5_match_expression(parse_query(text), prefix=prefix)
    rows = connection.execute("SELECT rowid FROM article WHERE article MATCH ?", (expression,))
    return {row[0] for row in rows}


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("Đảng bộ", {1}),
        ("dang bo", {1}),
        ("ddangr booj", {1}),
        ("d9ang3 bo65", {1}),
        ("xaam nhaapj mawnj", {2}),
        ("hoà giải", {5}),
        ("nông thôn mới", {3, 4}),
        ('"nông thôn mới"', {3}),
        ('"nong thon moi"', {3}),
        ("covid", {6}),
        ("vaccine -covid", set()),
        ("xã -Yên", {3, 4}),
        ("42/2022/NĐ-CP", {7}),
        ('NĐ-CP "AND" OR', set()),
    ],
)
def test_fts5_expression_finds_the_expected_articles(fts5, text, articles):
    assert found(fts5, text) == articles


def test_fts5_prefix_search_finds_a_word_being_typed(fts5):
    assert found(fts5, "nông thôn m", prefix=True) == {3, 4}
    assert found(fts5, "nông thôn m") == set()


# Hostile input: every operator of FTS5 and tsquery, quotes, emoji, invisible and
# combining characters, Vietnamese letters and keystrokes.
HOSTILE = [
    *"\"“”*-:^(){}[]~<>!&|'+,./\\%_@#",
    " AND ",
    " OR ",
    " NOT ",
    " NEAR ",
    "NEAR(",
    " ",
    "\n",
    "🎉",
    "🇻🇳",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\u0301",
    "\u0323",
    "\u0302",
    "0",
    "9",
    "ddangr",
    "booj",
    "d9ang3",
    "sos",
    "中",
    "ł",
]
hostile_text = st.lists(st.sampled_from(HOSTILE + all_letters()), max_size=40).map("".join)
any_query = st.one_of(st.text(max_size=80), hostile_text)


@settings(max_examples=300)
@given(any_query)
def test_parse_query_never_raises_and_keeps_its_promises(text):
    query = parse_query(text, max_length=60)
    assert len(query.original) <= 60
    assert unicodedata.is_normalized("NFC", query.original)
    assert query.is_empty == (not query.positive_terms)
    for term in query.terms:
        assert term.folded and term.text
        assert term.phrase_id is None or 0 <= term.phrase_id < len(query.phrases)
    for phrase in query.phrases:
        assert len(phrase) >= 2


# Outside its double-quoted strings, an expression holds only our operators.
FTS5_OUTSIDE_STRINGS = re.compile(r'"(?:[^"]|"")*"')
FTS5_ALLOWED = re.compile(r"[()* ]|AND|OR|NOT")


@settings(max_examples=300)
@given(any_query, st.booleans())
def test_fts5_expression_is_safe_for_any_input(fts5, text, prefix):
    expression = fts5_match_expression(parse_query(text), prefix=prefix)
    outside = FTS5_OUTSIDE_STRINGS.sub("", expression)
    assert FTS5_ALLOWED.sub("", outside) == ""
    if expression:
        fts5.execute("SELECT rowid FROM article WHERE article MATCH ?", (expression,)).fetchall()


TSQUERY_TOKEN = re.compile(r"!?[a-z0-9]+(?::\*)?")


def _check_tsquery(expression: str) -> None:
    """Parse ``expression`` with the grammar we promise, a subset of tsquery's."""
    tokens = re.findall(r"<->|[()&|]|!?[a-z0-9]+(?::\*)?|\S", expression)
    position = 0

    def operand() -> None:
        nonlocal position
        token = tokens[position]
        position += 1
        if token == "(":
            disjunction()
            assert tokens[position] == ")"
            position += 1
        else:
            assert TSQUERY_TOKEN.fullmatch(token), token

    def disjunction() -> None:
        nonlocal position
        operand()
        while position < len(tokens) and tokens[position] in ("&", "|", "<->"):
            position += 1
            operand()

    disjunction()
    assert position == len(tokens)


@settings(max_examples=300)
@given(any_query, st.booleans())
def test_tsquery_expression_is_safe_for_any_input(text, prefix):
    expression = tsquery_expression(parse_query(text), prefix=prefix)
    assert re.fullmatch(r"[a-z0-9 &|!()<>:*-]*", expression)
    if expression:
        _check_tsquery(expression)


DATABASE_URL = os.environ.get("DATABASE_URL", "")


@pytest.mark.skipif(
    not DATABASE_URL.startswith("postgres"), reason="needs DATABASE_URL of a PostgreSQL server"
)
def test_tsquery_expressions_run_in_postgresql():
    import psycopg

    texts = [
        "Đảng bộ",
        '"nông thôn mới" -covid',
        "ddangr booj",
        "d9ang3 bo65 x",
        "a & b | !c <-> d:* ( )",
        "'; DROP TABLE x; --",
        "42/2022/NĐ-CP",
        "0x1f 1e5 3,5%",
    ]
    with psycopg.connect(DATABASE_URL) as connection:
        for text in texts:
            for prefix in (False, True):
                expression = tsquery_expression(parse_query(text), prefix=prefix)
                connection.execute("SELECT to_tsquery('simple', %s)", (expression,)).fetchone()
