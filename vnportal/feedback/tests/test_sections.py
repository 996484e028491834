"""A new unit site can take questions at once: its "Hỏi đáp" page and the fields exist."""

import pytest
from django.core.cache import cache

from vnportal.feedback.models import FeedbackField
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import provision_unit

pytestmark = pytest.mark.django_db


def test_a_new_site_has_its_questions_page_and_the_default_fields(client):
    cache.clear()
    unit = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    provision_unit(unit, hostname="localhost")
    assert FeedbackField.objects.filter(name="Đất đai", due_working_days=15).exists()
    page = client.get("/hoi-dap/gui/").content.decode()
    assert "Hộ tịch, chứng thực" in page  # offered in the form's field list
    # Run again (an edited unit file): an administrator's changes are kept.
    FeedbackField.objects.filter(name="Khác").delete()
    provision_unit(unit, hostname="localhost")
    assert not FeedbackField.objects.filter(name="Khác").exists()
