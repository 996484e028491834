import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection

from vnportal.procedures.models import Level, OnlineLevel, Procedure
from vnportal.procedures.sections import procedures_section
from vnportal.units.roles import ensure_site_groups

URL = "/thu-tuc-hanh-chinh/"


def add_procedure(site, name, field="Hộ tịch", level=Level.COMMUNE, **fields):
    return Procedure.objects.create(
        site=site, name=name, field=field, level=level, online_level=OnlineLevel.FULL, **fields
    )


@pytest.fixture
def province_procedures(province):
    procedures_section(province.home, None)
    site = province.site
    return {
        "birth": add_procedure(site, "Đăng ký khai sinh", processing_time="Trong ngày"),
        "marriage": add_procedure(site, "Đăng ký kết hôn"),
        "copy": add_procedure(site, "Chứng thực bản sao từ bản chính", field="Chứng thực"),
        "business": add_procedure(
            site,
            "Đăng ký thành lập doanh nghiệp tư nhân",
            field="Thành lập và hoạt động của doanh nghiệp",
            level=Level.PROVINCE,
        ),
    }


@pytest.fixture
def commune_procedure(commune):
    procedures_section(commune.home, None)
    return add_procedure(commune.site, "Đăng ký khai sinh cho trẻ ở xã Tây Yên")


def site_users(site, key):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {key}")
    users = {}
    for role, group in ensure_site_groups(site, collection).items():
        user = get_user_model().objects.create_user(f"{key}-{role}", password="mat-khau-dai-123")
        user.groups.add(group)
        users[role] = user
    return users
