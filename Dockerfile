# Frontline API image: migrations run at start, then uvicorn with several worker processes.
FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    FRONTLINE_ENV=production \
    FRONTLINE_VAR_DIR=/app/var \
    WEB_CONCURRENCY=2

RUN groupadd --system frontline && useradd --system --gid frontline --home-dir /app --shell /usr/sbin/nologin frontline

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY api ./api
COPY domain ./domain
COPY migrations ./migrations
RUN pip install . && mkdir -p /app/var && chown -R frontline:frontline /app/var

USER frontline
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"

# FRONTLINE_DATABASE_URL and FRONTLINE_JWT_SECRET come from the environment (required in production).
# Migrations are their own step (`frontline db upgrade`, once per deploy): see the README.
CMD ["sh", "-c", "exec uvicorn api.asgi:app --host 0.0.0.0 --port 8000 --workers ${WEB_CONCURRENCY} --proxy-headers --forwarded-allow-ips='*' --no-access-log"]
