from wagtail import hooks

from vnportal.core.home import HOME_SECTIONS_HOOK, HomeSection

from .models import CategoryPage, NewsIndexPage
from .queries import featured_articles, latest_per_category


@hooks.register(HOME_SECTIONS_HOOK)
def news_sections(request, home_page):
    sections = [
        HomeSection(10, "news/home/featured.html", {"featured": featured_articles(home_page)})
    ]
    news_index = NewsIndexPage.objects.child_of(home_page).live().first()
    if news_index is not None:
        categories = CategoryPage.objects.child_of(news_index).live().public()
        sections.append(
            HomeSection(
                50,
                "news/home/categories.html",
                {"news_index": news_index, "by_category": latest_per_category(categories)},
            )
        )
    return sections
