"""Banners at the top of every public page (emergency alerts, notices), contributed by
apps through the `vnportal_top_banners` hook: `(request) -> list[str]` of safe HTML."""

from wagtail import hooks

BANNERS_HOOK = "vnportal_top_banners"


def top_banners(request):
    banners = []
    for hook in hooks.get_hooks(BANNERS_HOOK):
        banners.extend(hook(request))
    return banners
