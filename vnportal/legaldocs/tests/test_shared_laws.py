"""The 207 real laws of ../shared/data/legal-docs in a register: every number parses,
and each law shows the status its own text and the other laws give it."""

import datetime
import gzip
import json

import pytest
from django.core.cache import cache

from vnportal.legaldocs.law_corpus import load_laws
from vnportal.legaldocs.models import LegalDocument, Status
from vnportal.testing.builders import add_documents_section, build_site

pytestmark = pytest.mark.django_db

# Not registered, and why.
SKIPPED = {
    # Its header reads "SỐ 101-SL/L.003": a dot inside the symbol is refused by design
    # (vntext/tests/test_docnumber_shared.py), so the corpus gives no number.
    "vlc-Luat-quyen-tu-do-hoi-hop-1957-101-SL-L-003-36793",
}
# Checked by reading the closing article ("Hiệu lực thi hành") of the later law.
ENDED = {
    "68/2014/QH13": ("59/2020/QH14", datetime.date(2021, 1, 1)),  # Doanh nghiệp
    "62/2006/QH11": ("05/2022/QH15", datetime.date(2023, 1, 1)),  # Điện ảnh
    "24/2000/QH10": ("08/2022/QH15", datetime.date(2023, 1, 1)),  # Kinh doanh bảo hiểm
    "15/2003/QH11": ("06/2022/QH15", datetime.date(2024, 1, 1)),  # Thi đua, khen thưởng
}
# Luật An toàn, vệ sinh lao động 84/2015/QH13 ends the occupational-accident insurance
# provisions of Luật Bảo hiểm xã hội 58/2014/QH13 from 01/07/2016.
PARTLY_ENDED = {"58/2014/QH13": datetime.date(2016, 7, 1)}


@pytest.fixture
def records(shared_data):
    with gzip.open(shared_data / "legal-docs/documents.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.fixture
def register(records):
    cache.clear()
    site = build_site().site
    add_documents_section(site)
    loaded = load_laws(site, records)
    return site, loaded


def test_the_laws_are_registered_with_their_numbers_and_statuses(client, register, records):
    site, loaded = register
    assert {record_id for record_id, _ in loaded.skipped} == SKIPPED
    assert len(loaded.documents) == len(records) - len(SKIPPED)
    registered = set(LegalDocument.objects.filter(site=site).values_list("number", flat=True))
    expected = {record["number"] for record in records if record["id"] not in SKIPPED}
    # The corpus writes "62/2006/QH 11"-style numbers normalised already; ours agree.
    assert registered == expected

    today = datetime.date(2026, 11, 26)
    documents = {doc.number: doc for doc in LegalDocument.objects.filter(site=site)}
    for number, (successor, day) in ENDED.items():
        document = documents[number]
        assert document.status_on(day - datetime.timedelta(days=1)) != Status.ENDED, number
        assert document.status_on(day) == Status.ENDED, number
        assert document.incoming_relations.get().document.number == successor
    for number, day in PARTLY_ENDED.items():
        assert documents[number].status_on(day) == Status.PARTLY_ENDED
    ended = LegalDocument.objects.filter(site=site).with_status(Status.ENDED, today)
    assert set(ended.values_list("number", flat=True)) == set(ENDED)
    partly = LegalDocument.objects.filter(site=site).with_status(Status.PARTLY_ENDED, today)
    assert set(partly.values_list("number", flat=True)) == set(PARTLY_ENDED)
    # The newest law of the corpus took effect after it was passed.
    assert documents["06/2022/QH15"].status_on(datetime.date(2023, 6, 1)) == Status.NOT_YET

    html = client.get("/van-ban/", {"hieu_luc": "het-hieu-luc"}).content.decode()
    for number in ENDED:
        assert number in html
    assert "Có 4 văn bản phù hợp" in html
    replaced = LegalDocument.objects.get(site=site, number="68/2014/QH13")
    page = client.get(f"/van-ban/{replaced.slug}/").content.decode()
    assert "Được thay thế bởi" in page and "59/2020/QH14" in page
