"""Wagtail's publish_scheduled, run by one process at a time across all machines.

Two runs at once (a timer on each app server, or a run by hand while the timer fires)
would both find the same due revision and publish it twice: two "publish.scheduled"
entries in the audit log and two purges. This command takes the lock of
`vnportal.core.locks` first; a run that finds it taken says so and does nothing, which is
safe because the holder publishes everything due. It shadows Wagtail's command of the same
name (vnportal.core comes before wagtail in INSTALLED_APPS).
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from vnportal.core.locks import exclusive


class Command(WagtailCommand):
    help = (
        "Publish pages whose go-live time has come and unpublish expired ones (one run at a time)."
    )

    def handle(self, *args, **options):
        with exclusive("publish_scheduled") as acquired:
            if not acquired:
                self.stdout.write("publish_scheduled: another run holds the lock; skipped.")
                return
            super().handle(*args, **options)
