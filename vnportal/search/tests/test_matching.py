"""The matching and ranking rules of issue #5, on whichever database the suite runs on."""

import unicodedata

import pytest
from wagtail.models import Site

from vnportal.search.engine import search
from vnportal.search.results import SearchRequest

from .corpus import doc, found, index

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def party(site):
    return index(
        doc(site, "Đại hội Đảng bộ xã An Biên nhiệm kỳ 2025 - 2030", "Các đại biểu đã bầu."),
        doc(site, "Đăng ký xe máy tại xã", "Người dân đang chờ đăng ký biển số."),
        doc(site, "Thời tiết cuối tuần", "Trời nắng, có mưa rào vài nơi."),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Đảng bộ An Biên",
        "dang bo an bien",
        "DANG BO AN BIEN",
        "ĐẢNG BỘ AN BIÊN",
        "ddangr booj an bieen",  # Telex
        "d9ang3 bo65 an bie6n",  # VNI
        unicodedata.normalize("NFD", "Đảng bộ An Biên"),
        "Đảng bộ " + unicodedata.normalize("NFD", "An Biên"),
        "dang\u200b bo an bien",
    ],
)
def test_every_way_of_typing_finds_the_same_article_first(party, text):
    assert found(text)[:1] == [party[0].object_id]


def test_old_and_new_tone_placement_are_the_same_word(site):
    old, new = index(
        doc(site, "Tổ hòa giải ở cơ sở", "Hòa giải mâu thuẫn."),
        doc(site, "Khoẻ mạnh mùa hè", "Giữ sức khoẻ."),
    )
    assert found("hoà giải") == [old.object_id]
    assert found("khỏe mạnh") == [new.object_id]


def test_the_letter_d_finds_the_letter_dj(site):
    (article,) = index(doc(site, "Đường điện về bản", ""))
    assert found("duong dien") == [article.object_id]


def test_a_keystroke_reading_never_replaces_the_word_typed(site):
    literal, decoded = index(
        doc(site, "Tổng đài SOS cứu hộ", "Gọi số khẩn cấp."),
        doc(site, "Giá cà phê hôm nay", "Cà phê số một có giá thấp."),
    )
    assert literal.object_id in found("sos")


def test_diacritics_that_agree_with_the_query_rank_first(party):
    ranked = found("Đảng")
    assert ranked[0] == party[0].object_id
    # The folded matches are still found, below.
    assert party[1].object_id in ranked
    assert found("Đăng ký")[0] == party[1].object_id


def test_neighbouring_syllables_rank_above_scattered_ones(site):
    # Indexed first, so that a tie (the newest entry first) would not put it on top.
    adjacent, scattered = index(
        doc(site, "Tin của phường", "Xây dựng nông thôn mới ở địa phương."),
        doc(site, "Tin của xã", "Thôn Bắc mới có đường. Nông dân vui."),
    )
    assert found("nong thon moi") == [adjacent.object_id, scattered.object_id]


def test_a_quoted_phrase_must_match_as_a_phrase(site):
    scattered, adjacent = index(
        doc(site, "Tin của xã", "Thôn Bắc mới có đường. Nông dân vui."),
        doc(site, "Tin của phường", "Xây dựng nông thôn mới ở địa phương."),
    )
    assert found('"nông thôn mới"') == [adjacent.object_id]
    assert found("“nong thon moi”") == [adjacent.object_id]


def test_title_above_body(site):
    in_title, in_body = index(
        doc(site, "Chuyển đổi số ở xã", "Nội dung khác."),
        doc(site, "Tin hoạt động", "Chuyển đổi số trong cơ quan nhà nước."),
    )
    assert found("chuyen doi so") == [in_title.object_id, in_body.object_id]


def test_of_two_equal_matches_the_newer_comes_first(site):
    newer, older = index(
        doc(site, "Phòng chống hạn mặn", "Nội dung.", published_days_ago=2),
        doc(site, "Phòng chống hạn mặn", "Nội dung.", published_days_ago=400),
    )
    assert found("han man") == [newer.object_id, older.object_id]


def test_a_minus_leaves_out_texts_with_the_word(site):
    flood, storm = index(
        doc(site, "Ứng phó mưa lũ", "Lũ lớn."),
        doc(site, "Ứng phó mưa bão", "Bão lớn."),
    )
    assert found("ung pho -bao") == [flood.object_id]


@pytest.mark.parametrize(
    "text",
    ["dang bo an bieen nhiem ky", "dang bo an bine nhiem ky", "dagn bo an bien nhiem ky"],
)
def test_a_typo_in_one_syllable_of_a_longer_query_still_finds_the_text(party, text):
    results = search(SearchRequest(text))
    assert [hit.object_id for hit in results.hits][:1] == [party[0].object_id]


def test_a_typo_offers_the_corrected_query_with_diacritics(party):
    results = search(SearchRequest("dai hoi dang bo an bienn"))
    assert results.approximate
    assert results.suggestion == "đại hội đảng bộ an biên"


def test_a_keystroke_query_offers_its_decoded_form(party):
    results = search(SearchRequest("ddangr booj an bieen"))
    assert results.suggestion == "đảng bộ an biên"
    assert not results.approximate


def test_no_suggestion_when_the_query_finds_enough(site):
    index(*(doc(site, f"Nông thôn mới số {n}") for n in range(5)))
    results = search(SearchRequest("nong thon moi"))
    assert results.total == 5
    assert results.suggestion is None


def test_snippets_mark_the_matches_in_the_original_spelling(site):
    index(doc(site, "Tin xã", "Xã đã về đích nông thôn mới nâng cao năm nay."))
    (hit,) = search(SearchRequest("nong thon moi")).hits
    marked = [text for text, is_match in hit.snippet if is_match]
    assert marked == ["nông", "thôn", "mới"]


def test_a_typo_that_folds_to_another_word_is_still_corrected(site):
    loud, bent, *_ = index(
        doc(site, "Hoảng hốt vì tiếng nổ lớn lúc nửa đêm", "Người dân hoảng hốt."),
        doc(site, "Cụ bà lom khom nhặt rác", "Tiếng nổ xe máy."),
        *(doc(site, f"Lá cây lốm đốm số {n}", "") for n in range(10)),
    )
    # "lớm" folds to "lom", a common word of the index; spelled so, no text has it.
    assert found("tiếng nổ lớm")[:1] == [loud.object_id]


def test_a_query_matching_very_many_texts_still_lists_its_headline_first(site, monkeypatch):
    from vnportal.search.backends import get_backend

    # As if the index were huge: only title matches and the newest matches are scored.
    monkeypatch.setattr(get_backend(), "BROAD", 20)
    headline, *others = index(
        doc(site, "Bão số 3 đổ bộ vào đất liền", "Tin bão.", published_days_ago=900),
        *(
            doc(site, f"Tin thời tiết {n}", "Chiều nay có bão nhỏ.", published_days_ago=n)
            for n in range(40)
        ),
    )
    results = search(SearchRequest("bao", per_page=10))
    assert results.total == 41
    assert [hit.object_id for hit in results.hits][:1] == [headline.object_id]
    assert len(results.hits) == 10
    seen = {
        hit.object_id
        for page in range(1, 6)
        for hit in search(SearchRequest("bao", page=page)).hits
    }
    assert len(seen) == 41
