"""Home page sections contributed by other apps through a Wagtail hook.

An app registers `@hooks.register(HOME_SECTIONS_HOOK)` with a function
`(request, home_page) -> list[HomeSection]`; the home page renders them by `order`.
"""

from dataclasses import dataclass, field

HOME_SECTIONS_HOOK = "vnportal_home_sections"


@dataclass
class HomeSection:
    order: int
    template: str
    context: dict = field(default_factory=dict)
