"""The furniture of Vietnamese portal pages: what is not part of an item's content."""

import re

from vnportal.vntext import normalize

# Tags whose whole subtree is never content.
DROP_TAGS = frozenset(
    "script style noscript iframe frame frameset form input button select option textarea "
    "label object embed applet svg canvas nav header footer aside map area audio video "
    "source track template link meta head title base".split()
)

# Classes and ids of toolbars, menus and side lists across Liferay, NukeViet, SharePoint
# and WordPress themes. Matched as a word start inside the attribute.
_CHROME_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|addthis|sharethis|print|font-?size|fontsize|"
    r"text-?size|zoom-?text|related|relate|other-?news|othernews|tin-?khac|tinkhac|"
    r"lien-?quan|lienquan|comment|binh-?luan|banner|advert|ads-|quang-?cao|breadcrumb|"
    r"menu|navbar|toolbar|tool-bar|rating|poll|vote|tags?-|tag-?list|pagination|paging|"
    r"pager|asset-control|view-?count|luot-?xem|hitcount|socials?-|fb-|zalo|likes?-|"
    r"back-?to-?top|go-?top|sidebar|widget|ms-hide|hidden-print|path$|duong-?dan)",
    re.IGNORECASE,
)

# Buttons and labels that mean nothing once the page is imported.
_CHROME_PHRASES = sorted(
    [
        "chia sẻ",
        "chia sẻ bài viết",
        "in bài",
        "in bài viết",
        "in trang",
        "bản in",
        "gửi email",
        "gửi bài",
        "gửi cho bạn bè",
        "xem với cỡ chữ",
        "cỡ chữ",
        "quay lại",
        "trở về",
        "về đầu trang",
        "lên đầu trang",
        "đầu trang",
        "lưu bài",
        "lưu",
        "print",
        "send email",
        "email",
        "facebook",
        "zalo",
        "twitter",
        "tweet",
        "like",
        "aa",
        "a+",
        "a-",
    ],
    key=len,
    reverse=True,
)
_CHROME_PHRASE_RE = re.compile(
    "|".join(re.escape(phrase) for phrase in _CHROME_PHRASES), re.IGNORECASE
)

# Headings of the lists of other items that follow an article.
RELATED_HEADINGS = frozenset(
    [
        "tin liên quan",
        "các tin liên quan",
        "các tin khác",
        "tin khác",
        "tin cùng chuyên mục",
        "các tin cùng chuyên mục",
        "bài viết liên quan",
        "các bài viết khác",
        "bài viết khác",
        "tin đã đưa",
        "các tin đã đưa",
        "tin mới hơn",
        "tin cũ hơn",
        "xem thêm",
        "other news",
        "related news",
        "related posts",
    ]
)

# Lines of a page saved as text that belong to the portal, not to the item.
_CHROME_LINE = re.compile(
    r"^(?:tin nổi bật|tin mới|tin tức|trang chủ|home|xem với cỡ chữ|cỡ chữ|chia sẻ|in bài|"
    r"bản in|gửi email|cổng thông tin điện tử|trang thông tin điện tử|đăng nhập|tìm kiếm|"
    r"liên hệ|sơ đồ (?:cổng|trang|website))",
    re.IGNORECASE,
)

HOME_WORDS = frozenset(["trang chủ", "home", "trang nhất", "trang chính", "trangchu"])


def is_chrome_attr(value: str) -> bool:
    return bool(value) and bool(_CHROME_ATTR.search(value))


def is_chrome_text(text: str) -> bool:
    """Whether a short text is only toolbar words ("Chia sẻ | In bài | Xem với cỡ chữ AA")."""
    text = normalize(text).strip()
    if not text or len(text) > 80:
        return False
    rest, found = _CHROME_PHRASE_RE.subn(" ", text)
    return found > 0 and not any(char.isalnum() for char in rest)


def is_related_heading(text: str) -> bool:
    text = normalize(text).strip().rstrip(":").strip().lower()
    return text in RELATED_HEADINGS


def is_chrome_line(line: str) -> bool:
    line = normalize(line).strip()
    return bool(_CHROME_LINE.match(line)) or is_chrome_text(line)


def is_home(text: str) -> bool:
    return normalize(text).strip().lower() in HOME_WORDS
