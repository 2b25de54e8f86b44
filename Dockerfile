# Frontline API image (the worker runs from it too: `frontline worker`). Two stages: the build stage
# installs the locked dependencies and the app into a venv, the runtime gets only that venv.
# Build with Docker, or with Buildah/Podman in Docker format (`--format docker`): the OCI image format
# has no HEALTHCHECK and would drop it (Kubernetes uses its own probes: deploy/kubernetes).
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/frontline
WORKDIR /src
# The versions dev and CI test (requirements/runtime.lock, hashes checked), in their own layer.
COPY requirements/runtime.lock requirements/
RUN /opt/frontline/bin/pip install --require-hashes -r requirements/runtime.lock
COPY pyproject.toml README.md alembic.ini ./
COPY api ./api
COPY domain ./domain
COPY migrations ./migrations
RUN /opt/frontline/bin/pip install --no-deps .

FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/frontline/bin:$PATH \
    FRONTLINE_ENV=production \
    FRONTLINE_VAR_DIR=/app/var \
    WEB_CONCURRENCY=2

# A numeric user, so Kubernetes' runAsNonRoot can verify it without a passwd lookup.
RUN groupadd --system --gid 10001 frontline \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin frontline

WORKDIR /app
COPY --from=build /opt/frontline /opt/frontline
COPY alembic.ini ./
RUN mkdir -p /app/var /app/blobs && chown -R 10001:10001 /app/var /app/blobs

USER 10001:10001
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"]

# FRONTLINE_DATABASE_URL, FRONTLINE_JWT_SECRET and FRONTLINE_CARE_KEYS come from the environment
# (required in production). Migrations are their own step (`frontline db upgrade`, once per deploy).
CMD ["sh", "-c", "exec uvicorn api.asgi:app --host 0.0.0.0 --port 8000 --workers ${WEB_CONCURRENCY} --proxy-headers --forwarded-allow-ips='*' --no-access-log"]
