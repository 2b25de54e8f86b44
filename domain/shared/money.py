"""Money as integer minor units, shown as decimal strings: no float ever touches an amount.

The number of decimals follows ISO 4217 (2 unless listed), so "12.5" yen is refused instead of
silently rounded.
"""

from __future__ import annotations

import re

from domain.shared.i18n import Message, _

# ISO 4217 currencies whose minor unit is not 1/100.
_EXPONENTS = {
    "BHD": 3, "BIF": 0, "CLF": 4, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0,
    "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0, "UYI": 0,
    "UYW": 4, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}  # fmt: skip
_AMOUNT = re.compile(r"^(-)?(\d{1,15})(?:\.(\d{1,4}))?$")
CURRENCY_PATTERN = r"^[A-Z]{3}$"
# |amount| below 10^15 minor units keeps sums of millions of lines inside a signed 64-bit integer.
MAX_ABS_MINOR = 10**15


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency, 2)


class AmountError(ValueError):
    """An amount that cannot be held; `message` says why, for the person."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def parse_minor(text: str, currency: str) -> int:
    """'12.50' EUR -> 1250; more decimals than the currency has, or an absurd size, is refused."""
    match = _AMOUNT.match(text)
    if match is None:
        raise AmountError(_("An amount is a decimal string such as '12.50' (no exponent, no thousands separator)."))
    sign, whole, fraction = match.groups()
    places = _EXPONENTS.get(currency, 2)
    if fraction is None:
        fraction = ""
    if len(fraction) > places:
        raise AmountError(
            _("{currency} amounts have at most {places} decimal places.", currency=currency, places=places)
        )
    minor = int(whole + fraction.ljust(places, "0"))
    if minor >= MAX_ABS_MINOR:
        raise AmountError(_("The amount is too large."))
    return -minor if sign else minor


def format_minor(minor: int, currency: str) -> str:
    """1250 EUR -> '12.50'; -5 EUR -> '-0.05'."""
    places = exponent(currency)
    sign = "-" if minor < 0 else ""
    digits = str(abs(minor))
    if places == 0:
        return sign + digits
    digits = digits.rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"
