"""A table follows its document: when an editor replaces the file of a Wagtail document
that a statistics table uses, the table is read again and the sites showing it purged.

A replacement that cannot be read leaves the table as it was (bad input never loses saved
data); the editor sees why when next saving the page, where the same check runs."""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model

from vnportal.core.pagecache import purge_sites
from vnportal.units.urls_across_sites import site_id_of

from .models import StatisticsTable, read_document
from .tables import TableError

logger = logging.getLogger(__name__)


@receiver(post_save, sender=get_document_model())
def reread_tables_of_document(sender, instance, created, **kwargs):
    if created:
        return
    site_ids = set()
    for table in StatisticsTable.objects.filter(document=instance).select_related("page"):
        try:
            parsed = read_document(instance, table.sheet_name, table.header_row)
        except TableError as error:
            logger.warning("Statistics table %s keeps its data: %s", table.pk, error)
            continue
        data = parsed.to_json()
        if data != table.data:
            StatisticsTable.objects.filter(pk=table.pk).update(data=data)
            site_ids.add(site_id_of(table.page))
    site_ids.discard(None)
    if site_ids:
        transaction.on_commit(lambda: purge_sites(site_ids))
