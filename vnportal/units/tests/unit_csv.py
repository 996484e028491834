"""A unit file shaped like An Giang's since 01/07/2025: the province, 85 communes,
14 wards and 3 special zones. Ward and special zone names are An Giang's; commune names
are plausible combinations, three of them the demo's communes."""

import csv
import io
import itertools

from vnportal.units.hostnames import host_label

PROVINCE_CODE = "AG"
PROVINCE_NAME = "Tỉnh An Giang"
HEADER = ("code", "name", "kind", "parent", "host")

WARDS = (
    "Long Xuyên",
    "Bình Đức",
    "Mỹ Thới",
    "Châu Đốc",
    "Vĩnh Tế",
    "Tân Châu",
    "Long Phú",
    "Tịnh Biên",
    "Thới Sơn",
    "Chi Lăng",
    "Rạch Giá",
    "Vĩnh Thông",
    "Hà Tiên",
    "Tô Châu",
)
SPECIAL_ZONES = ("Phú Quốc", "Kiên Hải", "Thổ Châu")
_FIRST = ("An", "Bình", "Tân", "Vĩnh", "Mỹ", "Phú", "Hòa", "Thạnh", "Định", "Châu", "Hưng")
_SECOND = ("Phú", "Hòa", "Lợi", "Hưng", "Thành", "Khánh", "Điền", "Thuận", "Tiến", "Lộc")


def commune_names(count=85):
    names = ["Tây Yên", "An Biên", "Đông Thái"][:count]
    taken = {host_label(name) for name in (*names, *WARDS, *SPECIAL_ZONES)}
    for first, second in itertools.product(_FIRST, _SECOND):
        if len(names) >= count:
            break
        name = f"{first} {second}"
        if first != second and host_label(name) not in taken:
            taken.add(host_label(name))
            names.append(name)
    if len(names) < count:
        raise ValueError(f"only {len(names)} distinct commune names, asked for {count}")
    return names


def unit_rows(communes=85, wards=14, special_zones=3):
    """(code, name, kind, parent, host) rows, province first. Every host is left empty so
    the command generates it. Smaller counts make a smaller province for quick tests."""
    rows = [(PROVINCE_CODE, PROVINCE_NAME, "province", "", "")]
    number = itertools.count(30001)
    for names, kind, word in (
        (commune_names(communes), "commune", "Xã"),
        (WARDS[:wards], "ward", "Phường"),
        (SPECIAL_ZONES[:special_zones], "special_zone", "Đặc khu"),
    ):
        for name in names:
            rows.append((f"AG-{next(number)}", f"{word} {name}", kind, PROVINCE_CODE, ""))
    return rows


def to_csv(rows, bom=False):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return ("\ufeff" if bom else "") + buffer.getvalue()


def write_unit_file(path, rows=None, bom=False):
    path.write_text(to_csv(unit_rows() if rows is None else rows, bom=bom), encoding="utf-8")
    return path
