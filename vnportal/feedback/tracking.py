"""Tracking codes (mã tra cứu): 8 characters of Crockford's base32.

40 random bits: 10^12 codes, so a guess hits one of even a million submissions with a
chance of one in a million, before the rate limit stops the guesser. Crockford's alphabet
has no I, L, O or U, so a code read aloud or copied by hand cannot be mistaken; what a
person types is folded back (o → 0, i and l → 1, dashes and spaces dropped).
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def clean_code(typed: str) -> str:
    """The code a person meant, from what they typed; "" when it cannot be one."""
    code = "".join((typed or "").upper().split()).replace("-", "").translate(_TYPED)
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return ""
    return code


def shown(code: str) -> str:
    """Printed in two groups, easier to read out: "7KQ2-M9XA"."""
    return f"{code[:4]}-{code[4:]}"
