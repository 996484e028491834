"""A small province with two communes (each its own site and unit), a second province
with one commune, and the former district whose archive lives in xã An Biên."""

import datetime
from dataclasses import dataclass

import pytest

from vnportal.testing.builders import build_site
from vnportal.units.models import Unit, UnitKind


@dataclass
class Portal:
    province: object
    tayyen: object
    anbien: object
    other_province: object
    other_commune: object
    units: dict


@pytest.fixture
def portal(province, commune):
    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    other_province = build_site(hostname="camau.localhost", unit_name="tỉnh Cà Mau", default=False)
    other_commune = build_site(
        hostname="tanthanh.localhost", unit_name="xã Tân Thành", default=False
    )
    units = {}
    units["province"] = Unit.objects.create(
        code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE, site=province.site
    )
    units["tayyen"] = Unit.objects.create(
        code="AG-TAYYEN",
        name="Xã Tây Yên",
        kind=UnitKind.COMMUNE,
        parent=units["province"],
        site=commune.site,
    )
    units["anbien"] = Unit.objects.create(
        code="AG-ANBIEN",
        name="Xã An Biên",
        kind=UnitKind.COMMUNE,
        parent=units["province"],
        site=anbien.site,
    )
    units["dongthai"] = Unit.objects.create(
        code="AG-DONGTHAI", name="Xã Đông Thái", kind=UnitKind.COMMUNE, parent=units["province"]
    )
    units["other_province"] = Unit.objects.create(
        code="CM", name="Tỉnh Cà Mau", kind=UnitKind.PROVINCE, site=other_province.site
    )
    units["other_commune"] = Unit.objects.create(
        code="CM-TANTHANH",
        name="Xã Tân Thành",
        kind=UnitKind.COMMUNE,
        parent=units["other_province"],
        site=other_commune.site,
    )
    units["district"] = Unit.objects.create(
        code="KG-HUYEN-ANBIEN",
        name="Huyện An Biên",
        kind=UnitKind.DISTRICT,
        dissolved_on=datetime.date(2025, 7, 1),
    )
    units["district"].successors.set([units["anbien"], units["tayyen"], units["dongthai"]])
    return Portal(province, commune, anbien, other_province, other_commune, units)
