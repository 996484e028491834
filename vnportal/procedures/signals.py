"""A change to a procedure makes its site's cached pages stale, so the public list shows
it at once."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from vnportal.core.pagecache import purge_sites

from .models import Procedure


@receiver([post_save, post_delete], sender=Procedure)
def procedure_changed(sender, instance, **kwargs):
    site_id = instance.site_id
    transaction.on_commit(lambda: purge_sites([site_id]))
