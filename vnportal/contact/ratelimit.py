"""How often one client or one contact (phone, e-mail) may send the contact form.

The counting is the feedback app's (vnportal/feedback/ratelimit.py): fixed windows in
Django's cache, keyed by a keyed hash of the address or contact, never the value itself.
Only the allowances are this form's, under scopes of their own.
"""

from vnportal.feedback.ratelimit import DAY, HOUR, Limit, exceeded, hit

PER_ADDRESS = Limit("lien-he-dia-chi", 5, HOUR)
PER_CONTACT = Limit("lien-he-nguoi-gui", 3, DAY)


def refused(address: str, contacts: list[str]) -> bool:
    """True when this client or one of these contacts has used up its allowance."""
    return exceeded(PER_ADDRESS, address) or any(
        exceeded(PER_CONTACT, contact) for contact in contacts
    )


def count(address: str, contacts: list[str]) -> None:
    hit(PER_ADDRESS, address)
    for contact in contacts:
        hit(PER_CONTACT, contact)
