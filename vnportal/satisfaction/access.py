"""The only way admin code reaches survey answers for a user: those of the sites where
the user holds "view" (the site administrator role) or a global permission. Answers are
read-only, as contact messages are."""

from vnportal.contact.access import ReadOnlySitePolicy

from .models import Rating

READ = ("view", "delete")

policy = ReadOnlySitePolicy(Rating)


def sites_for_user(user):
    return policy.sites_user_has_any_permission_for(user, READ)


def ratings_for_user(user, actions=READ):
    return policy.instances_user_has_any_permission_for(user, actions).select_related("site")
