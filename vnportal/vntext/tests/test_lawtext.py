import datetime

from vnportal.vntext.lawtext import Ended, adoption_date, ended_documents, entry_into_force

D = datetime.date

CLOSING = """Điều 217. Hiệu lực thi hành
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.
2. Luật Doanh nghiệp số 68/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.
Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 9 \
thông qua ngày 17 tháng 6 năm 2020."""


def test_the_closing_article_gives_dates_and_the_law_it_replaces():
    assert entry_into_force(CLOSING) == D(2021, 1, 1)
    assert adoption_date(CLOSING) == D(2020, 6, 17)
    assert ended_documents(CLOSING, "59/2020/QH14") == [Ended("68/2014/QH13", partial=False)]


def test_only_the_amended_law_ends_not_the_laws_that_amended_it():
    text = (
        "2. Luật Điện ảnh số 62/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số "
        "31/2009/QH12, Luật số 35/2018/QH14 và Luật số 61/2020/QH14 hết hiệu lực kể từ ngày "
        "Luật này có hiệu lực thi hành."
    )
    assert ended_documents(text) == [Ended("62/2006/QH11", partial=False)]


def test_provisions_ending_end_part_of_a_law():
    text = (
        "2. Các quy định về bảo hiểm tai nạn lao động tại Mục 3 Chương III của Luật bảo hiểm "
        "xã hội số 58/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực."
    )
    assert ended_documents(text) == [Ended("58/2014/QH13", partial=True)]


def test_a_sentence_about_other_acts_taking_effect_is_not_the_law_s_own_date():
    text = "Nghị quyết của Hội đồng thành viên có hiệu lực kể từ ngày được thông qua."
    assert entry_into_force(text) is None
    assert ended_documents(text) == []
    assert entry_into_force("Bộ luật này có hiệu lực thi hành từ ngày 1/1/2017.") == D(2017, 1, 1)
