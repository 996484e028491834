"""A document's status follows from its dates and from the documents that end it."""

import datetime

import pytest

from vnportal.legaldocs.models import DocumentRelation, LegalDocument, RelationKind, Status
from vnportal.testing.builders import add_document, build_site

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def site():
    return build_site().site


def fresh(document):
    return LegalDocument.objects.get(pk=document.pk)


def test_status_follows_the_dates_as_time_passes(site):
    document = add_document(
        site,
        "15/2024/QĐ-UBND",
        issued_on=D(2024, 5, 2),
        effective_from=D(2024, 5, 15),
        expires_on=D(2026, 12, 31),
    )
    assert document.status_on(D(2024, 5, 10)) == Status.NOT_YET
    assert document.status_on(D(2024, 5, 15)) == Status.IN_FORCE
    assert document.status_on(D(2026, 12, 31)) == Status.ENDED
    for day, status in [
        (D(2024, 5, 10), Status.NOT_YET),
        (D(2025, 1, 1), Status.IN_FORCE),
        (D(2027, 1, 1), Status.ENDED),
    ]:
        listed = LegalDocument.objects.with_status(status, day)
        assert list(listed) == [document], (day, status)


def test_a_replacing_document_ends_the_old_one_when_it_takes_effect(site):
    old = add_document(site, "10/2020/QĐ-UBND", issued_on=D(2020, 3, 1))
    new = add_document(
        site, "22/2025/QĐ-UBND", issued_on=D(2025, 6, 1), effective_from=D(2025, 7, 1)
    )
    new.relations.add(DocumentRelation(kind=RelationKind.REPLACES, target_number="10/2020/QD-UBND"))
    new.save()
    old = fresh(old)
    assert old.status_on(D(2025, 6, 30)) == Status.IN_FORCE
    assert old.status_on(D(2025, 7, 1)) == Status.ENDED
    assert list(old.incoming_relations.values_list("document__number", flat=True)) == [
        "22/2025/QĐ-UBND"
    ]
    # The relation removed again: the old document is back in force.
    new.relations.clear()
    new.save()
    assert fresh(old).status_on(D(2026, 1, 1)) == Status.IN_FORCE


def test_a_relation_naming_a_document_not_yet_registered_links_when_it_arrives(site):
    amending = add_document(site, "05/2025/QĐ-UBND", issued_on=D(2025, 2, 1))
    amending.relations.add(
        DocumentRelation(kind=RelationKind.AMENDS, target_number="3/2019/QĐ-UBND")
    )
    amending.save()
    amended = add_document(site, "03/2019/QĐ-UBND", issued_on=D(2019, 1, 10))
    assert fresh(amended).status_on(D(2026, 1, 1)) == Status.PARTLY_ENDED
    assert LegalDocument.objects.with_status(Status.PARTLY_ENDED, D(2026, 1, 1)).get() == amended
    # Deleting the amending document puts the other back in full force.
    amending.delete()
    assert fresh(amended).status_on(D(2026, 1, 1)) == Status.IN_FORCE
