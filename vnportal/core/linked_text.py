"""Stored renderings of texts, kept by the apps that enrich them.

The register links the document numbers an article mentions when the article is saved;
a page view asks here for that rendering instead of rendering the text again. An app
registers a function `(obj, field_name) -> html or None` under the hook.
"""

from wagtail import hooks

LINKED_HTML_HOOK = "vnportal_linked_html"


def linked_html(obj, field_name):
    for hook in hooks.get_hooks(LINKED_HTML_HOOK):
        html = hook(obj, field_name)
        if html is not None:
            return html
    return None
