import pytest

from vnportal.vntext import slugify


def test_title_becomes_folded_ascii_slug():
    assert slugify("Đảng bộ xã Tây Yên: 2026!") == "dang-bo-xa-tay-yen-2026"


def test_punctuation_runs_become_one_hyphen_and_edges_are_stripped():
    assert slugify("  «Hòa Bình» -- (thủy lợi)... ") == "hoa-binh-thuy-loi"


def test_long_slug_is_cut_after_the_last_whole_word():
    assert slugify("Hội nghị tổng kết công tác năm", max_length=20) == "hoi-nghi-tong-ket"


def test_slug_whose_word_ends_exactly_at_the_limit_keeps_it():
    assert slugify("Hội nghị tổng kết công tác", max_length=17) == "hoi-nghi-tong-ket"


def test_single_word_longer_than_the_limit_is_cut_inside():
    assert slugify("Nghiêngnghiêngnghiêng", max_length=10) == "nghiengngh"


def test_slug_never_ends_with_a_hyphen():
    assert slugify("ab cd", max_length=3) == "ab"


def test_text_without_latin_letters_or_digits_gives_empty_slug():
    assert slugify("中文 🎉") == ""
    assert slugify("") == ""


def test_default_limit_is_80_characters():
    slug = slugify("Quyết định về việc ban hành quy chế " * 5)
    assert len(slug) <= 80
    assert slug.startswith("quyet-dinh-ve-viec-ban-hanh-quy-che-quyet")
    assert not slug.endswith("-")


@pytest.mark.parametrize("max_length", [0, -5])
def test_limit_below_one_is_refused(max_length):
    with pytest.raises(ValueError, match="max_length must be at least 1"):
        slugify("Hà Nội", max_length=max_length)
