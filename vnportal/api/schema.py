"""The OpenAPI 3 description of the API, kept by hand next to the views it describes
(tests/test_schemathesis.py checks real answers against it)."""

from vnportal.alerts.models import AlertKind, Certainty, Severity, Urgency
from vnportal.legaldocs.models import DocumentKind, RelationKind, Status
from vnportal.news.kinds import ArticleKind
from vnportal.schedules.models import Status as ScheduleStatus
from vnportal.units.models import UnitKind

from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE
from .params import MAX_ID

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
INTEGER = {"type": "integer"}
NULLABLE_INTEGER = {"type": ["integer", "null"]}
DATE = {"type": "string", "format": "date"}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
MOMENT = {"type": "string", "format": "date-time"}
NULLABLE_MOMENT = {"type": ["string", "null"], "format": "date-time"}
URL = {"type": "string", "format": "uri"}
NULLABLE_URL = {"type": ["string", "null"], "format": "uri"}


def _object(properties, nullable=False):
    return {
        "type": ["object", "null"] if nullable else "object",
        "properties": properties,
        "required": list(properties),
    }


def _coded(choices, nullable=False):
    codes = [code for code, _ in choices]
    return _object({"code": {"type": "string", "enum": codes}, "label": STRING}, nullable=nullable)


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _array(items):
    return {"type": "array", "items": items}


SITE = _object(
    {
        "id": INTEGER,
        "name": STRING,
        "hostname": STRING,
        "root_url": URL,
        "unit": _object(
            {"code": STRING, "name": STRING, "kind": _coded(UnitKind.choices)}, nullable=True
        ),
    }
)
UNIT = _object(
    {
        "code": STRING,
        "name": STRING,
        "kind": _coded(UnitKind.choices),
        "parent_code": NULLABLE_STRING,
        "dissolved_on": NULLABLE_DATE,
        "successor_codes": _array(STRING),
        "site": NULLABLE_INTEGER,
        "is_current": {"type": "boolean"},
    }
)
CATEGORY = _object(
    {
        "id": INTEGER,
        "title": STRING,
        "description": STRING,
        "url": NULLABLE_URL,
        "site": NULLABLE_INTEGER,
    }
)
TOPIC = _object(
    {
        "id": INTEGER,
        "title": STRING,
        "intro": STRING,
        "starts_on": NULLABLE_DATE,
        "ends_on": NULLABLE_DATE,
        "url": NULLABLE_URL,
        "site": NULLABLE_INTEGER,
    }
)
_ARTICLE_FIELDS = {
    "id": INTEGER,
    "title": STRING,
    "url": NULLABLE_URL,
    "site": NULLABLE_INTEGER,
    "sapo": STRING,
    "published_at": NULLABLE_MOMENT,
    "category": _object({"id": INTEGER, "title": STRING}, nullable=True),
    "topics": _array(_object({"id": INTEGER, "title": STRING})),
    "kind": _coded(ArticleKind.choices),
    "byline": STRING,
    "source": STRING,
    "original_id": NULLABLE_INTEGER,
}
ARTICLE = _object(_ARTICLE_FIELDS)
ARTICLE_DETAIL = _object({**_ARTICLE_FIELDS, "body_html": STRING, "body_text": STRING})
_DOCUMENT_FIELDS = {
    "id": INTEGER,
    "number": STRING,
    "kind": _coded(DocumentKind.choices),
    "title": STRING,
    "issuing_body": _object({"id": INTEGER, "name": STRING}),
    "field": _object({"id": INTEGER, "name": STRING}, nullable=True),
    "signer": STRING,
    "issued_on": DATE,
    "effective_from": DATE,
    "expires_on": NULLABLE_DATE,
    "ends_on": NULLABLE_DATE,
    "status": _coded(Status.choices),
    "published_at": MOMENT,
    "url": NULLABLE_URL,
    "site": INTEGER,
    "attachments": _array(_object({"name": STRING, "url": URL, "size": INTEGER, "kind": STRING})),
    "relations": _array(
        _object(
            {
                "kind": _coded(RelationKind.choices),
                "target_number": STRING,
                "target_id": NULLABLE_INTEGER,
                "note": STRING,
            }
        )
    ),
}
DOCUMENT = _object(_DOCUMENT_FIELDS)
DOCUMENT_DETAIL = _object({**_DOCUMENT_FIELDS, "summary": STRING, "full_text": STRING})
ANSWER = _object(
    {
        "id": INTEGER,
        "title": STRING,
        "question": STRING,
        "answer": STRING,
        "field": STRING,
        "commune": NULLABLE_STRING,
        "received_at": MOMENT,
        "answered_at": NULLABLE_MOMENT,
        "published_at": NULLABLE_MOMENT,
        "url": NULLABLE_URL,
        "site": INTEGER,
    }
)
ALERT_STATUSES = ["cancelled", "scheduled", "active", "ended"]
ALERT = _object(
    {
        "id": INTEGER,
        "headline": STRING,
        "kind": _coded(AlertKind.choices),
        "severity": _coded(Severity.choices),
        "urgency": _coded(Urgency.choices),
        "certainty": _coded(Certainty.choices),
        "description": STRING,
        "instructions": STRING,
        "link": STRING,
        "starts_at": MOMENT,
        "ends_at": MOMENT,
        "status": _object({"code": {"type": "string", "enum": ALERT_STATUSES}, "label": STRING}),
        "is_active": {"type": "boolean"},
        "version": INTEGER,
        "revised_at": NULLABLE_MOMENT,
        "cancelled_at": NULLABLE_MOMENT,
        "areas": _array(_object({"code": STRING, "name": STRING})),
        "site": INTEGER,
    }
)
CLOCK = {"type": "string", "pattern": r"^\d{2}:\d{2}$"}
SCHEDULE_ENTRY = _object(
    {
        "id": INTEGER,
        "date": DATE,
        "starts_at": CLOCK,
        "ends_at": {**CLOCK, "type": ["string", "null"]},
        "content": STRING,
        "place": STRING,
        "chaired_by": STRING,
        "participants": STRING,
        "preparing_unit": STRING,
        "status": _coded(ScheduleStatus.choices),
        "status_note": STRING,
        "updated_at": MOMENT,
        "url": NULLABLE_URL,
        "site": INTEGER,
    }
)
ERROR = {
    "type": "object",
    "properties": {
        "detail": STRING,
        "errors": {"type": "object", "additionalProperties": STRING},
    },
    "required": ["detail"],
}

SCHEMAS = {
    "Site": SITE,
    "Unit": UNIT,
    "Category": CATEGORY,
    "Topic": TOPIC,
    "Article": ARTICLE,
    "ArticleDetail": ARTICLE_DETAIL,
    "Document": DOCUMENT,
    "DocumentDetail": DOCUMENT_DETAIL,
    "Answer": ANSWER,
    "Alert": ALERT,
    "ScheduleEntry": SCHEDULE_ENTRY,
    "Error": ERROR,
}

VALIDATORS = {
    "ETag": {"description": "Mã phiên bản của nội dung trả về.", "schema": STRING},
    "Last-Modified": {
        "description": "Thời điểm thay đổi gần nhất của các đối tượng được trả về (nếu biết).",
        "schema": STRING,
    },
}


def _error(description):
    return {
        "description": description,
        "content": {"application/json": {"schema": _ref("Error")}},
    }


COMMON_RESPONSES = {
    "304": {
        "description": "Không thay đổi so với bản client đã có (If-None-Match, If-Modified-Since)."
    },
    "429": {
        **_error("Quá số yêu cầu cho phép trong một phút."),
        "headers": {"Retry-After": {"required": True, "schema": STRING}},
    },
}


def _query(name, schema, description):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


def _id_query(name, description):
    return _query(name, {"type": "integer", "minimum": 1, "maximum": MAX_ID}, description)


# An empty or space-padded value is read as absent or trimmed (what a plain HTML form
# sends), so the schema admits it too.
DAY_TEXT = {"type": "string", "pattern": r"^\s*(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})?\s*$"}
SITE_PARAM = _id_query("site", "Mã số trang (site), xem /sites/.")
PAGING = [
    _query("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}, "Số trang, từ 1."),
    _query(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
        "Số mục mỗi trang.",
    ),
]


def _list(summary, item, parameters=()):
    envelope = _object(
        {
            "count": INTEGER,
            "next": NULLABLE_URL,
            "previous": NULLABLE_URL,
            "results": _array(_ref(item)),
        }
    )
    return {
        "get": {
            "summary": summary,
            "parameters": [*parameters, *PAGING],
            "responses": {
                "200": {
                    "description": "Một trang của danh sách.",
                    "headers": VALIDATORS,
                    "content": {"application/json": {"schema": envelope}},
                },
                "400": _error("Tham số không hợp lệ; `errors` nêu từng tham số."),
                "404": _error("Trang vượt quá số trang của danh sách."),
                **COMMON_RESPONSES,
            },
        }
    }


def _detail(summary, item):
    return {
        "get": {
            "summary": summary,
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                }
            ],
            "responses": {
                "200": {
                    "description": "Đối tượng yêu cầu.",
                    "headers": VALIDATORS,
                    "content": {"application/json": {"schema": _ref(item)}},
                },
                "404": _error("Không có đối tượng công khai với mã số này."),
                **COMMON_RESPONSES,
            },
        }
    }


def _choice(name, choices, description):
    return _query(name, {"type": "string", "enum": [code for code, _ in choices]}, description)


def build_schema(server_url="/api/v1/"):
    paths = {
        "/sites/": _list("Các trang (cổng thông tin) và đơn vị hành chính của chúng.", "Site"),
        "/sites/{id}/": _detail("Một trang.", "Site"),
        "/units/": _list("Đơn vị hành chính, kể cả đơn vị đã giải thể, sáp nhập.", "Unit"),
        "/categories/": _list("Chuyên mục tin tức.", "Category", [SITE_PARAM]),
        "/topics/": _list("Chuyên đề.", "Topic", [SITE_PARAM]),
        "/articles/": _list(
            "Bài viết đang công khai, mới nhất trước.",
            "Article",
            [
                SITE_PARAM,
                _id_query("category", "Mã số chuyên mục, xem /categories/."),
                _id_query("topic", "Mã số chuyên đề, xem /topics/."),
                _choice("kind", ArticleKind.choices, "Thể loại bài."),
                _query("published_after", DAY_TEXT, "Đăng từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)."),
                _query(
                    "published_before", DAY_TEXT, "Đăng đến hết ngày (dd/mm/yyyy hoặc yyyy-mm-dd)."
                ),
            ],
        ),
        "/articles/{id}/": _detail("Một bài viết, kèm nội dung.", "ArticleDetail"),
        "/documents/": _list(
            "Văn bản công khai, ngày ban hành mới nhất trước.",
            "Document",
            [
                SITE_PARAM,
                _choice("kind", DocumentKind.choices, "Hình thức văn bản."),
                _id_query("issuing_body", "Mã số cơ quan ban hành."),
                _id_query("field", "Mã số lĩnh vực."),
                _query(
                    "year", {"type": "integer", "minimum": 1900, "maximum": 2100}, "Năm ban hành."
                ),
                _choice("status", Status.choices, "Tình trạng hiệu lực hôm nay."),
                _query("number", {"type": "string", "maxLength": 100}, "Số, ký hiệu văn bản."),
            ],
        ),
        "/documents/{id}/": _detail("Một văn bản, kèm tóm tắt và toàn văn.", "DocumentDetail"),
        "/answers/": _list(
            "Câu trả lời công khai cho câu hỏi của người dân (không có thông tin cá nhân).",
            "Answer",
            [SITE_PARAM, _id_query("field", "Mã số lĩnh vực hỏi đáp.")],
        ),
        "/answers/{id}/": _detail("Một câu trả lời công khai.", "Answer"),
        "/alerts/": _list(
            "Cảnh báo thiên tai, sự cố, mới nhất trước.",
            "Alert",
            [
                SITE_PARAM,
                _query(
                    "active", {"type": "string", "enum": ["true", "false"]}, "Đang có hiệu lực."
                ),
            ],
        ),
        "/alerts/{id}/": _detail("Một cảnh báo.", "Alert"),
        "/schedules/": _list(
            "Lịch công tác của lãnh đạo, theo ngày và giờ (sớm nhất trước).",
            "ScheduleEntry",
            [
                SITE_PARAM,
                _query("from", DAY_TEXT, "Từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)."),
                _query("to", DAY_TEXT, "Đến hết ngày (dd/mm/yyyy hoặc yyyy-mm-dd)."),
            ],
        ),
        "/schedules/{id}/": _detail("Một mục lịch công tác.", "ScheduleEntry"),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vnportal: dữ liệu mở",
            "version": "1",
            "description": (
                "API chỉ đọc, dữ liệu công khai của cổng thông tin. Mọi câu trả lời có ETag; "
                "gửi If-None-Match để nhận 304 khi dữ liệu không đổi."
            ),
        },
        "servers": [{"url": server_url}],
        "paths": paths,
        "components": {"schemas": SCHEMAS},
    }
