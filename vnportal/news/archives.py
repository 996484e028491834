"""Archives of former units: which archive a page lies in, and the notice shown on it.

A district abolished on 01/07/2025 (or a merged commune) keeps its old content inside the
site of a unit that succeeded it, under an `ArchivePage`. Every page of that subtree shows
the same notice, computed from the unit so it never drifts from the unit data:
"Huyện An Biên đã giải thể từ 01/07/2025; địa bàn nay thuộc các xã An Biên, Đông Thái,
Tây Yên".
"""

from vnportal.units.models import UnitKind
from vnportal.vntext import fold

# The word a unit's name starts with, and the word used when listing several units.
KIND_WORDS = {
    UnitKind.PROVINCE: "tỉnh",
    UnitKind.COMMUNE: "xã",
    UnitKind.WARD: "phường",
    UnitKind.SPECIAL_ZONE: "đặc khu",
    UnitKind.DISTRICT: "huyện",
    UnitKind.FORMER_COMMUNE: "xã",
}
# Successors are grouped in this order: "các xã A, B và phường C".
KIND_ORDER = [UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE, UnitKind.PROVINCE]


def short_name(unit):
    """ "Xã Tây Yên" → "Tây Yên": the name without its kind word, for lists of one kind."""
    word = KIND_WORDS.get(unit.kind)
    name = unit.name.strip()
    if word and name.lower().startswith(word + " "):
        return name[len(word) + 1 :].strip()
    return name


def dissolution_notice(unit, successors):
    """The notice of an archive of `unit`, listing the units that took over its area."""
    if unit.dissolved_on:
        head = f"{unit.name} đã giải thể từ {unit.dissolved_on:%d/%m/%Y}"
    else:
        head = f"{unit.name} đã giải thể"
    successors = sorted(successors, key=lambda u: fold(u.name))
    if not successors:
        return head
    groups = {}
    for successor in successors:
        groups.setdefault(successor.kind, []).append(short_name(successor))
    ordered = sorted(
        groups.items(),
        key=lambda item: KIND_ORDER.index(item[0]) if item[0] in KIND_ORDER else len(KIND_ORDER),
    )
    parts = [f"{KIND_WORDS.get(kind, '')} {', '.join(names)}".strip() for kind, names in ordered]
    area = " và ".join(parts)
    if len(successors) > 1:
        area = f"các {area}"
    return f"{head}; địa bàn nay thuộc {area}"


def archive_for(page):
    """The ArchivePage that is `page` or one of its ancestors, with its unit; else None."""
    from .models import ArchivePage

    if page is None or not page.path:
        return None
    step = page.steplen
    prefixes = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    return ArchivePage.objects.filter(path__in=prefixes).select_related("unit").first()


def archive_notice(archive):
    """The notice text of an archive page (one query for the successors)."""
    return dissolution_notice(archive.unit, archive.unit.successors.all())
