"""Who reads contact messages in the admin, and when they are erased."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from vnportal.contact.actions import receive_message
from vnportal.contact.demo import create_demo_messages
from vnportal.contact.models import ContactMessage, ContactPage
from vnportal.core.privacy import erase_person

from .conftest import site_admin

pytestmark = pytest.mark.django_db

ADMIN = "/admin/thu-lien-he/"


def send(site, subject, **fields):
    values = {"name": "Người gửi", "email": "a@example.com", "phone": "", "message": "Nội dung."}
    values.update(fields)
    return receive_message(site, {"subject": subject, **values})


def refused(response):
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_site_admin_reads_only_their_sites_messages(client, portal, other_portal):
    own = send(portal.site, "Thư gửi tỉnh")
    foreign = send(other_portal.site, "Thư gửi xã An Biên")
    client.force_login(site_admin(portal.site, "quan-tri-tinh"))

    index = client.get(ADMIN).content.decode()
    assert "Thư gửi tỉnh" in index and "Thư gửi xã An Biên" not in index

    detail = client.get(f"{ADMIN}inspect/{own.pk}/").content.decode()
    assert "a@example.com" in detail and "Nội dung." in detail
    assert refused(client.get(f"{ADMIN}inspect/{foreign.pk}/"))
    assert refused(client.post(f"{ADMIN}delete/{foreign.pk}/"))
    assert ContactMessage.objects.filter(pk=foreign.pk).exists()


def test_nobody_edits_a_message(client, admin_user, portal):
    sent = send(portal.site, "Thư gửi tỉnh")
    client.force_login(admin_user)
    assert refused(client.post(f"{ADMIN}edit/{sent.pk}/", {"subject": "Sửa"}))
    assert ContactMessage.objects.get().subject == "Thư gửi tỉnh"


def test_deleting_a_message_erases_it(client, portal):
    sent = send(portal.site, "Thư gửi tỉnh")
    client.force_login(site_admin(portal.site, "quan-tri-tinh"))
    response = client.post(f"{ADMIN}delete/{sent.pk}/")
    assert response.status_code == 302
    assert not ContactMessage.objects.exists()


def test_messages_past_retention_are_deleted_by_the_daily_command(portal, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old = send(portal.site, "Thư cũ")
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    send(portal.site, "Thư mới")
    call_command("erase_expired_personal_data", stdout=open("/dev/null", "w"))
    assert list(ContactMessage.objects.values_list("subject", flat=True)) == ["Thư mới"]


def test_a_person_erasure_request_deletes_their_messages(portal):
    send(portal.site, "Theo thư", email="thu@example.com")
    send(portal.site, "Theo số", email="", phone="0912345678")
    send(portal.site, "Người khác", email="khac@example.com")
    results = dict(erase_person(email="THU@example.com", phone="+84 912 345 678"))
    assert results["thư liên hệ"] == 2
    assert list(ContactMessage.objects.values_list("subject", flat=True)) == ["Người khác"]


def test_section_is_the_menu_contact_page(portal):
    page = ContactPage.objects.get()
    assert (page.slug, page.title, page.show_in_menus) == ("lien-he", "Liên hệ", True)
    assert "Ủy ban nhân dân tỉnh An Giang" in page.body


def test_demo_messages_are_marked_and_not_mailed(portal, other_portal, mailoutbox):
    create_demo_messages({"angiang": portal.site, "anbien": other_portal.site})
    create_demo_messages({"angiang": portal.site, "anbien": other_portal.site})
    messages = ContactMessage.objects.all()
    assert messages.filter(site=portal.site).count() == 2
    assert messages.filter(site=other_portal.site).count() == 1
    assert all(m.is_demo and "mẫu" in m.name for m in messages)
    assert mailoutbox == []
