"""A small province with two communes (each its own site and unit), a second province
with one commune, and the former district whose archive lives in xã An Biên."""

from dataclasses import dataclass

import pytest

from vnportal.testing.builders import add_former_district, add_unit, build_site
from vnportal.units.models import UnitKind


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
    units["province"] = add_unit("AG", "Tỉnh An Giang", UnitKind.PROVINCE, province.site)
    units["tayyen"] = add_unit(
        "AG-TAYYEN", "Xã Tây Yên", UnitKind.COMMUNE, commune.site, units["province"]
    )
    units["anbien"] = add_unit(
        "AG-ANBIEN", "Xã An Biên", UnitKind.COMMUNE, anbien.site, units["province"]
    )
    units["dongthai"] = add_unit(
        "AG-DONGTHAI", "Xã Đông Thái", UnitKind.COMMUNE, parent=units["province"]
    )
    units["other_province"] = add_unit("CM", "Tỉnh Cà Mau", UnitKind.PROVINCE, other_province.site)
    units["other_commune"] = add_unit(
        "CM-TANTHANH",
        "Xã Tân Thành",
        UnitKind.COMMUNE,
        other_commune.site,
        units["other_province"],
    )
    units["district"] = add_former_district([units["anbien"], units["tayyen"], units["dongthai"]])
    return Portal(province, commune, anbien, other_province, other_commune, units)
