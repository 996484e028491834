import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection

from vnportal.directory.models import Department, Official
from vnportal.directory.sections import organisation_section
from vnportal.testing.builders import make_image
from vnportal.units.roles import ensure_site_groups

URL = "/co-cau-to-chuc/"


def add_department(site, name, parent=None, people=(), **fields):
    department = Department.objects.create(site=site, name=name, parent=parent, **fields)
    for order, person in enumerate(people):
        Official.objects.create(department=department, sort_order=order, **person)
    return department


@pytest.fixture
def province_org(province):
    """The province's page: UBND with two leaders, its Văn phòng and a Sở below it."""
    organisation_section(province.home, None)
    site = province.site
    ubnd = add_department(
        site,
        "Ủy ban nhân dân tỉnh",
        name_en="Provincial People's Committee",
        sort_order=0,
        phone="0297 3862 100",
        email="ubnd@example.gov.vn",
        people=[
            {
                "full_name": "Trần Văn Mẫu",
                "position": "Chủ tịch",
                "position_en": "Chairman",
                "is_leader": True,
                "phone": "0297 3862 101",
                "email": "chutich@example.gov.vn",
                "photo": make_image("Ảnh chủ tịch"),
            },
            {
                "full_name": "Lê Thị Minh Họa",
                "position": "Phó Chủ tịch",
                "is_leader": True,
                "duties": "Phụ trách văn hóa, xã hội",
            },
        ],
    )
    office = add_department(
        site,
        "Văn phòng Ủy ban nhân dân tỉnh",
        parent=ubnd,
        name_en="Office of the Provincial People's Committee",
        sort_order=1,
        duties="Tham mưu, giúp việc cho Ủy ban nhân dân tỉnh.",
        duties_en="Advises and assists the Provincial People's Committee.",
        address="Số 1 đường Mẫu",
        people=[
            {
                "full_name": "Võ Văn Ví Dụ",
                "position": "Chánh Văn phòng",
                "position_en": "Chief of Office",
                "phone": "0912 345 678",
                "email": "cvp@example.gov.vn",
            }
        ],
    )
    health = add_department(site, "Sở Y tế", parent=ubnd, sort_order=2)
    return {"ubnd": ubnd, "office": office, "health": health}


@pytest.fixture
def commune_org(commune):
    organisation_section(commune.home, None)
    return add_department(
        commune.site,
        "Phòng Kinh tế xã Tây Yên",
        people=[{"full_name": "Người Khác Trang", "position": "Trưởng phòng", "is_leader": True}],
    )


def site_users(site, key):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {key}")
    users = {}
    for role, group in ensure_site_groups(site, collection).items():
        user = get_user_model().objects.create_user(f"{key}-{role}", password="mat-khau-dai-123")
        user.groups.add(group)
        users[role] = user
    return users
