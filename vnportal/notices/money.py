"""Amounts of money the way Vietnamese public documents print them."""


def group_thousands(value) -> str:
    """1234567890 → "1.234.567.890" (the dot groups thousands in Vietnamese)."""
    number = int(value)
    sign = "-" if number < 0 else ""
    return sign + f"{abs(number):,}".replace(",", ".")


def format_vnd(value) -> str:
    """1234567890 → "1.234.567.890 đồng"; empty for no amount."""
    if value is None or value == "":
        return ""
    return f"{group_thousands(value)} đồng"
