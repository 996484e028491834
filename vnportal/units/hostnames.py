"""Names and host names of units, in plain Python (no Django), so they are tested alone.

Decree 224/2026/NĐ-CP art. 11 puts a commune's portal under its province's domain:
`tenxa.tentinh.gov.vn`. The label is the unit's name without its kind word (Tỉnh, Thành
phố, Xã, Phường, Đặc khu), without diacritics and without spaces: Xã Tây Yên of Tỉnh An
Giang is `tayyen.angiang.gov.vn`, the province itself `angiang.gov.vn`.
"""

import re

from vnportal.vntext import fold, normalize

# Longest first, so "Thành phố" is not read as a name starting with "Thành".
KIND_WORDS = ("Thành phố", "Đặc khu", "Phường", "Tỉnh", "Xã")

# The word a unit's name starts with when the file gives only "Tây Yên".
DEFAULT_KIND_WORD = {
    "province": "Tỉnh",
    "commune": "Xã",
    "ward": "Phường",
    "special_zone": "Đặc khu",
}

GOV_SUFFIX = "gov.vn"
_NOT_LABEL = re.compile(r"[^a-z0-9]")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def clean_name(name: str) -> str:
    """NFC, repaired, with single spaces: how a unit's name is stored."""
    return " ".join(normalize(name).split())


def split_kind_word(name: str) -> tuple[str, str]:
    """("Xã", "Tây Yên") for "xã  Tây Yên"; ("", name) when no kind word leads.

    The match keeps the diacritics: "Xà Phiên" is a name, not "Xã" + "Phiên".
    """
    name = clean_name(name)
    lower = name.lower()
    for word in KIND_WORDS:
        if lower.startswith(word.lower() + " ") and len(name) > len(word) + 1:
            return word, name[len(word) + 1 :]
    return "", name


def full_name(name: str, kind: str) -> str:
    """The name with its kind word: "Tây Yên" of a commune is "Xã Tây Yên"; a name that
    already has one ("Thành phố Cần Thơ") keeps it."""
    word, bare = split_kind_word(name)
    return f"{word or DEFAULT_KIND_WORD[kind]} {bare}"


def in_sentence(name: str) -> str:
    """The name as it reads inside a sentence: "xã Tây Yên", "thành phố Cần Thơ"."""
    word, bare = split_kind_word(name)
    return f"{word.lower()} {bare}" if word else bare


def host_label(name: str) -> str:
    """ "tayyen" for "Xã Tây Yên". A name that is only a number keeps its kind word
    ("Phường 1" is "phuong1"), since a bare "1" says nothing about the unit. Empty when the
    name has no letter or digit to make a label from."""
    word, bare = split_kind_word(name)
    label = _NOT_LABEL.sub("", fold(bare))
    if label.isdigit():
        label = _NOT_LABEL.sub("", fold(word)) + label
    return label


def unit_host(unit_name: str, province_name: str | None = None) -> str:
    """ "tayyen.angiang.gov.vn" for a unit of a province; "angiang.gov.vn" for the
    province itself (no `province_name`)."""
    labels = [host_label(unit_name)]
    if province_name is not None:
        labels.append(host_label(province_name))
    return ".".join([*labels, GOV_SUFFIX])


def is_valid_hostname(host: str) -> bool:
    """A lower-case DNS name: labels of a-z, 0-9 and inner hyphens, at most 253 long."""
    if not host or len(host) > 253:
        return False
    return all(_LABEL.match(label) for label in host.split("."))
