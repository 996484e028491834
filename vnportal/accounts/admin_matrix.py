"""Accounts in the permission matrix (see vnportal/units/admin_matrix.py): a site's
administrator reads the security log of its own people and nothing of another site's;
other roles do not read it; only a superuser resets someone else's two-step
verification. The pages of one's own two-step verification act on the signed-in user
alone."""

from vnportal.units.admin_matrix import NOBODY, Case, not_site_owned, register, site_object
from vnportal.units.roles import CONTRIBUTOR, SITE_ADMIN

from .models import EventKind, SecurityEvent


@site_object("security_event")
def build_security_event(objects):
    """A failed login of the site's contributor, its detail marked with the site's secret."""
    user = objects.users[CONTRIBUTOR]
    return SecurityEvent.objects.create(
        kind=EventKind.LOGIN_FAILED,
        user=user,
        username=user.username,
        detail=f"Lần thử {objects.secret}",
    )


register(
    Case(
        "accounts_log:index",
        listing=True,
        roles=frozenset({SITE_ADMIN}),
        shows=lambda o: o.security_event.detail,
    ),
    Case(
        "accounts_2fa:reset_user",
        kwargs=lambda o: {"user_id": o.users[CONTRIBUTOR].pk},
        roles=NOBODY,
    ),
)

for name, reason in {
    "accounts_2fa:verify": "asks the signed-in user's own two-step code",
    "accounts_2fa:setup": "sets up the signed-in user's own authenticator app",
    "accounts_2fa:manage": "the signed-in user's own two-step verification",
    "accounts_2fa:recovery_codes": "new recovery codes for the signed-in user only",
    "accounts_2fa:reset_own": "removes the signed-in user's own devices only",
}.items():
    not_site_owned(name, reason)
