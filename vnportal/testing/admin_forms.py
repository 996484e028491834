"""POST data for the admin's page forms, as the browser sends it, for test-client tests."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def article_form(action="action-publish", contributors=(), **fields):
    """The article edit form with every field empty but the date, plus `fields`.
    `action` names the submit button ("action-publish", "action-submit", or None to save
    a draft); `contributors` is a list of {"name": …, "user": …, "share": …}, with "id"
    for rows already saved.
    """
    data = {
        "title": "",
        "slug": "",
        "original": "",
        "kind": "tin",
        "sapo": "",
        "cover_caption": "",
        "cover_alt": "",
        "body": streamfield([]),
        "claim": "",
        "claim_appearance": "",
        "claim_first_seen": "",
        "verdict": "",
        "facts": "",
        "responsible_office": "",
        "clarification_sources": inline_formset([]),
        "contributors": inline_formset(
            [{"name": "", "user": "", "share": "100", **c} for c in contributors],
            # Rows that carry an id are the saved ones the edit form shows first.
            initial=sum(1 for c in contributors if c.get("id")),
        ),
        "author": "",
        "source": "",
        "published_at": "",
        "tags": "",
        "related_links": inline_formset([]),
        "featured_order": "0",
        "comments": inline_formset([]),
    }
    if action:
        data[action] = action.removeprefix("action-")
    data.update(fields)
    return nested_form_data(data)
