"""What the model refuses, in Vietnamese, and how it names its addresses."""

import pytest
from django.core.exceptions import ValidationError

from vnportal.directory.models import Department, Official

from .conftest import add_department

pytestmark = pytest.mark.django_db


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def test_bad_phone_and_email_get_vietnamese_messages(province):
    department = Department(
        site=province.site, name="Sở Y tế", phone="số máy lẻ 12", email="soyte-at-example"
    )
    errors = errors_of(department)
    assert "có ký tự không dùng được" in errors["phone"][0]
    assert errors["email"] == [
        "Địa chỉ thư điện tử không đúng dạng. Hãy ghi đủ tên hộp thư, dấu @ và tên miền, "
        "ví dụ vanphong@angiang.gov.vn."
    ]


def test_an_officials_short_phone_is_refused(province):
    department = add_department(province.site, "Sở Y tế")
    person = Official(department=department, full_name="A", position="B", phone="0297 386")
    assert "không đúng độ dài" in errors_of(person)["phone"][0]


def test_parent_must_be_of_the_same_site_and_not_a_descendant(province, commune):
    top = add_department(province.site, "Ủy ban nhân dân tỉnh")
    below = add_department(province.site, "Văn phòng", parent=top)
    top.parent = below
    assert "vòng tròn" in errors_of(top)["parent"][0]
    foreign = Department(site=commune.site, name="Phòng Kinh tế", parent=top)
    assert "cùng trang" in errors_of(foreign)["parent"][0]


def test_slugs_are_made_from_names_and_unique_per_site(province, commune):
    first = add_department(province.site, "Phòng Kinh tế")
    second = add_department(province.site, "Phòng Kinh tế")
    elsewhere = add_department(commune.site, "Phòng Kinh tế")
    assert first.slug == "phong-kinh-te"
    assert second.slug == "phong-kinh-te-2"
    assert elsewhere.slug == "phong-kinh-te"
    assert add_department(province.site, "En").slug == "en-don-vi"
