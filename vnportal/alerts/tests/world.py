"""Builders for the alert tests: a small province with its site (localhost), xã Tây Yên
(tayyen.localhost) and xã An Biên (anbien.localhost), their units, and their officers."""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection

from vnportal.testing.builders import add_article, add_unit, build_site
from vnportal.units.models import Unit, UnitKind
from vnportal.units.roles import ensure_site_groups

PASSWORD = "mat-khau-rat-dai-123"


@dataclass
class Province:
    province: object
    tayyen: object
    anbien: object
    province_unit: Unit
    tayyen_unit: Unit
    anbien_unit: Unit
    tayyen_article: object
    anbien_article: object


def build_province():
    province = build_site()
    tayyen = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    province_unit = add_unit("91", "tỉnh An Giang", UnitKind.PROVINCE, province.site)
    tayyen_unit = add_unit("30880", "xã Tây Yên", UnitKind.COMMUNE, tayyen.site, province_unit)
    anbien_unit = add_unit("30871", "xã An Biên", UnitKind.COMMUNE, anbien.site, province_unit)
    return Province(
        province=province,
        tayyen=tayyen,
        anbien=anbien,
        province_unit=province_unit,
        tayyen_unit=tayyen_unit,
        anbien_unit=anbien_unit,
        tayyen_article=add_article(tayyen.categories["tin-hoat-dong"], title="Tin xã Tây Yên"),
        anbien_article=add_article(anbien.categories["tin-hoat-dong"], title="Tin xã An Biên"),
    )


def make_user(username, group):
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(group)
    return user


def site_groups(site):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {site.site_name}")
    return ensure_site_groups(site, collection)


def alert_fields(**overrides):
    now = timezone.now()
    fields = {
        "kind": "bao",
        "severity": "Severe",
        "starts_at": now - datetime.timedelta(minutes=5),
        "ends_at": now + datetime.timedelta(hours=6),
        "headline": "Bão số 3 đổ bộ vào tỉnh An Giang",
        "description": "Bão số 3 mạnh cấp 10, giật cấp 12, đang tiến vào đất liền.",
        "instructions": "Người dân không ra khỏi nhà, tránh xa bờ sông và cây lớn.",
        "link": "https://example.gov.vn/bao-so-3",
    }
    fields.update(overrides)
    return fields
