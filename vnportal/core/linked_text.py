"""Stored renderings of texts, kept by the apps that enrich them.

The register links the document numbers a text mentions when the text is saved; a page
view asks here for that rendering instead of rendering the text again.

- An app that keeps renderings registers a function `(obj, field_name) -> html or None`
  under the hook, and listens to `text_saved`.
- An app whose objects have such a text (an answer to a citizen) calls `announce` when
  it saves one, and gives the objects a method `linked_text() -> (field_name, html,
  site_id) or None` so the text can be rendered again when what it cites changes.
"""

from django.dispatch import Signal
from wagtail import hooks

LINKED_HTML_HOOK = "vnportal_linked_html"
# Sent with obj, field_name, html (None: the text is gone or no longer public), site_id.
text_saved = Signal()


def linked_html(obj, field_name):
    for hook in hooks.get_hooks(LINKED_HTML_HOOK):
        html = hook(obj, field_name)
        if html is not None:
            return html
    return None


def announce(obj, field_name, html, site_id) -> None:
    text_saved.send(type(obj), obj=obj, field_name=field_name, html=html, site_id=site_id)
