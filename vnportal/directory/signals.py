"""A change to a department or an official makes its site's cached pages stale: the
"Cơ cấu tổ chức" page (and any page that shows contacts) must show it at once."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from vnportal.core.pagecache import purge_sites

from .models import Department, Official


def _purge_later(site_id):
    if site_id is not None:
        transaction.on_commit(lambda: purge_sites([site_id]))


@receiver([post_save, post_delete], sender=Department)
def department_changed(sender, instance, **kwargs):
    _purge_later(instance.site_id)


@receiver([post_save, post_delete], sender=Official)
def official_changed(sender, instance, **kwargs):
    department = Department.objects.filter(pk=instance.department_id).only("site_id").first()
    _purge_later(department.site_id if department else None)
