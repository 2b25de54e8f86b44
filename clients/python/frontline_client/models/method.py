from enum import StrEnum


class Method(StrEnum):
    GPS = "gps"
    QR = "qr"
    WIFI = "wifi"

    def __str__(self) -> str:
        return str(self.value)
