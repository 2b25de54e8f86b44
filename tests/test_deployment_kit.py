"""The deployment kit as an adopter runs it: compose.yaml validated by docker-compose itself, every
Kubernetes manifest validated against the Kubernetes API schema (kubernetes-validate), and the
properties a rolling deploy relies on: migrations as their own step before the API starts, probes
on the right endpoints, a numeric non-root user the image and the pods agree on, a disruption
budget, resources set on every container."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.support import required_tool

ROOT = Path(__file__).resolve().parents[1]
KUBERNETES = ROOT / "deploy" / "kubernetes"
KUBERNETES_VERSION = "1.31"
SECRETS = {"FRONTLINE_JWT_SECRET": "x" * 32, "FRONTLINE_CARE_KEYS": "k1:" + "A" * 43}


def manifests() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(KUBERNETES.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        found += [(path.name, doc) for doc in yaml.safe_load_all(path.read_text()) if doc]
    return found


def of_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {doc["metadata"]["name"]: doc for _, doc in manifests() if doc["kind"] == kind}


def containers(workload: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = workload["spec"]["template"]["spec"]["containers"]
    return result


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    return loaded


@pytest.mark.parametrize(("name", "doc"), manifests(), ids=lambda value: value if isinstance(value, str) else "")
def test_each_manifest_is_valid_kubernetes(name: str, doc: dict[str, Any]) -> None:
    kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_the_validator_refuses_a_broken_manifest() -> None:
    deployment = of_kind("Deployment")["frontline-api"]
    broken = {**deployment, "spec": {**deployment["spec"], "replicas": "two"}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def test_kustomization_lists_every_manifest_but_the_secret_example() -> None:
    listed = set(yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text())["resources"])
    present = {p.name for p in KUBERNETES.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert listed == present


def test_kubernetes_probes_migrations_and_disruption_budget() -> None:
    deployments = of_kind("Deployment")
    (api,) = containers(deployments["frontline-api"])
    assert api["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert api["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert deployments["frontline-api"]["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    (worker,) = containers(deployments["frontline-worker"])
    assert worker["command"] == ["frontline", "worker"]
    assert worker["livenessProbe"]["exec"]["command"][:2] == ["frontline", "worker-alive"]
    assert any(e["name"] == "FRONTLINE_WORKER_HEARTBEAT_FILE" for e in worker["env"])
    (job,) = of_kind("Job").values()
    assert containers(job)[0]["command"] == ["frontline", "db", "upgrade"]
    (budget,) = of_kind("PodDisruptionBudget").values()
    assert budget["spec"]["selector"] == deployments["frontline-api"]["spec"]["selector"]
    assert deployments["frontline-api"]["spec"]["replicas"] > budget["spec"]["minAvailable"]


def test_every_pod_runs_as_the_images_numeric_user_with_resources() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    (user,) = re.findall(r"^USER (\d+):(\d+)$", dockerfile, flags=re.MULTILINE)
    for name, workload in {**of_kind("Deployment"), **of_kind("Job")}.items():
        pod = workload["spec"]["template"]["spec"]["securityContext"]
        assert pod["runAsNonRoot"] is True, name
        assert (str(pod["runAsUser"]), str(pod["runAsGroup"])) == user, name
        for container in containers(workload):
            assert container["resources"]["requests"] and container["resources"]["limits"], name
            assert container["securityContext"]["allowPrivilegeEscalation"] is False, name


def test_the_image_builds_in_stages_and_keeps_its_health_check_in_exec_form() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", dockerfile, flags=re.MULTILINE)) == 2
    assert re.search(r"^\s+CMD \[\"python\"", dockerfile, flags=re.MULTILINE)  # HEALTHCHECK CMD, exec form
    assert "db upgrade" not in dockerfile.split("\nCMD ")[-1]  # pods do not migrate at start


def test_compose_runs_migrations_once_then_two_api_replicas_and_the_worker() -> None:
    services = compose()["services"]
    assert services["migrate"]["command"] == ["frontline", "db", "upgrade"]
    for name in ("api", "worker"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert services[name]["healthcheck"]["test"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["api"]["deploy"]["replicas"] == 2
    assert "/readyz" in " ".join(services["api"]["healthcheck"]["test"])
    assert services["worker"]["healthcheck"]["test"][1:3] == ["frontline", "worker-alive"]


def test_docker_compose_accepts_the_file_and_refuses_a_broken_one(tmp_path: Path) -> None:
    command = required_tool("docker-compose", "docker-compose")

    def check(path: Path, environ: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command, "-f", str(path), "config", "-q"],
            capture_output=True,
            text=True,
            timeout=60,
            env={"PATH": os.environ["PATH"], **environ},
            cwd=path.parent,
        )

    shutil.copy(ROOT / "Dockerfile", tmp_path / "Dockerfile")
    good = tmp_path / "compose.yaml"
    good.write_text((ROOT / "compose.yaml").read_text())
    assert check(good, SECRETS).returncode == 0, check(good, SECRETS).stderr
    missing_secret = check(good, {})
    assert missing_secret.returncode != 0 and "FRONTLINE_JWT_SECRET" in missing_secret.stderr
    broken = tmp_path / "broken.yaml"
    data = compose()
    data["services"]["api"]["depends_on"]["migrate"]["condition"] = "service_finished"  # not a condition
    broken.write_text(yaml.safe_dump(data))
    assert check(broken, SECRETS).returncode != 0
