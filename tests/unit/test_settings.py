import os
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from api.settings import MIN_SECRET_LENGTH, ConfigurationError, Settings

GOOD_SECRET = "s" * MIN_SECRET_LENGTH


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("FRONTLINE_"):
            monkeypatch.delenv(name)


def test_signing_key_is_generated_once_with_owner_only_permissions(tmp_path: Path):
    var_dir = tmp_path / "var" / "nested"
    key = Settings(var_dir=var_dir).signing_key
    key_file = var_dir / "jwt-secret"
    assert key_file.is_file()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text().strip() == key
    assert len(key) >= MIN_SECRET_LENGTH


def test_generated_key_is_reused_by_the_next_settings(tmp_path: Path):
    first = Settings(var_dir=tmp_path).signing_key
    second = Settings(var_dir=tmp_path).signing_key
    assert first == second


def test_each_var_dir_gets_its_own_key(tmp_path: Path):
    assert Settings(var_dir=tmp_path / "a").signing_key != Settings(var_dir=tmp_path / "b").signing_key


def test_existing_key_file_is_read_without_surrounding_whitespace(tmp_path: Path):
    (tmp_path / "jwt-secret").write_text("  pre-existing-key-" + "p" * 40 + "\n")
    assert Settings(var_dir=tmp_path).signing_key == "pre-existing-key-" + "p" * 40


def test_explicit_secret_wins_and_writes_no_file(tmp_path: Path):
    settings = Settings(var_dir=tmp_path, jwt_secret=SecretStr(GOOD_SECRET))
    assert settings.signing_key == GOOD_SECRET
    assert not (tmp_path / "jwt-secret").exists()


def test_secret_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FRONTLINE_JWT_SECRET", GOOD_SECRET + "env")
    assert Settings(var_dir=tmp_path).signing_key == GOOD_SECRET + "env"


def test_production_without_secret_is_refused(tmp_path: Path):
    settings = Settings(env="production", var_dir=tmp_path)
    with pytest.raises(ConfigurationError, match="FRONTLINE_JWT_SECRET is required"):
        _ = settings.signing_key
    assert not (tmp_path / "jwt-secret").exists()


def test_production_ignores_a_generated_key_file(tmp_path: Path):
    _ = Settings(var_dir=tmp_path).signing_key  # creates the development key file
    with pytest.raises(ConfigurationError):
        _ = Settings(env="production", var_dir=tmp_path).signing_key


def test_production_with_secret_uses_it(tmp_path: Path):
    settings = Settings(env="production", var_dir=tmp_path, jwt_secret=SecretStr(GOOD_SECRET))
    assert settings.signing_key == GOOD_SECRET


@pytest.mark.parametrize("env", ["development", "test", "production"])
def test_short_secret_is_refused(tmp_path: Path, env):
    settings = Settings(env=env, var_dir=tmp_path, jwt_secret=SecretStr("s" * (MIN_SECRET_LENGTH - 1)))
    with pytest.raises(ConfigurationError, match="at least 32"):
        _ = settings.signing_key


def test_cors_origins_accepts_a_comma_separated_string():
    settings = Settings.model_validate({"cors_origins": " https://a.example, https://b.example ,,"})
    assert settings.cors_origins == ["https://a.example", "https://b.example"]


def test_cors_origins_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FRONTLINE_CORS_ORIGINS", "https://a.example,https://b.example")
    assert Settings().cors_origins == ["https://a.example", "https://b.example"]


def test_cors_origins_accepts_a_list():
    assert Settings(cors_origins=["https://a.example"]).cors_origins == ["https://a.example"]


def test_cors_origins_default_to_none():
    assert Settings().cors_origins == []


def test_unknown_environment_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FRONTLINE_ENV", "staging")
    with pytest.raises(ValidationError):
        Settings()
