"""The ASGI entry point for uvicorn and other servers: `api.asgi:app`."""

from api.main import configure_logging, create_app
from api.settings import Settings

_settings = Settings()
configure_logging(_settings.log_level)
app = create_app(_settings)
