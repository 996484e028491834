"""schema.org data blocks for any page of the portal."""

import json

SCHEMA = "https://schema.org"
# As django.utils.html.json_script: "<", ">" and "&" never appear raw in the data block.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """`data` as JSON that is safe inside `<script type="application/ld+json">`."""
    return json.dumps(data, ensure_ascii=False, indent=None).translate(_JSON_ESCAPES)
