"""Creating statistics pages and tables in code (the demo, tests, an import script);
editors do the same in the Wagtail admin."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from .models import StatisticsPage, StatisticsTable


def site_collection(site):
    """The site's media collection, where its editors may see the uploaded files."""
    unit = getattr(site, "unit", None)
    return getattr(unit, "collection", None) or Collection.get_first_root_node()


def upload_document(title, filename, content, collection):
    document = get_document_model()(title=title, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def build_table(document, caption, **fields):
    """An unsaved table read from `document`; ValidationError (Vietnamese) if unusable."""
    table = StatisticsTable(document=document, caption=caption, **fields)
    table.full_clean(exclude=["page"])
    return table


def publish_statistics_page(index, title, slug, tables, **fields):
    """Add a live statistics page below `index` with `tables` (unsaved StatisticsTables),
    through a published revision as the admin would."""
    page = StatisticsPage(title=title, slug=slug, **fields)
    page.tables = tables
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
