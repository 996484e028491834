"""A changed or deleted entry makes its site's cached pages stale, once the transaction
has committed (a failed save changes nothing)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from vnportal.core.pagecache import purge_sites

from .models import ScheduleEntry


@receiver(post_save, sender=ScheduleEntry)
@receiver(post_delete, sender=ScheduleEntry)
def purge_entry_site(sender, instance, **kwargs):
    transaction.on_commit(partial(purge_sites, [instance.site_id]))
