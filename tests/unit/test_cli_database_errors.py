"""The command line answers a database it cannot use with one line that says what to check, and
exit code 3, never a traceback; every option carries help text."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from api import cli
from tests.support import free_port


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql+asyncpg://app:secret@127.0.0.1:{port}/frontline", "nothing answers at"),
        ("mysql+nothing://a@b/c", "is not a database URL this service speaks"),
        ("::::", "is not a database URL this service speaks"),
        ("sqlite+aiosqlite:////proc/no-such-dir/frontline.db", "check the path"),
    ],
    ids=["unreachable", "unknown-driver", "not-a-url", "sqlite-path"],
)
def test_a_database_it_cannot_use_is_one_line_and_exit_code_3(
    url: str, says: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FRONTLINE_DATABASE_URL", url.replace("{port}", str(free_port())))
    monkeypatch.setenv("FRONTLINE_VAR_DIR", str(tmp_path))
    assert cli.main(["db", "upgrade"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("database error: ") and says in err, err
    assert "secret" not in err and "Traceback" not in err


def test_every_option_has_help() -> None:
    parser = cli.build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    stack = list(commands.choices.values())
    while stack:
        command = stack.pop()
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                stack += action.choices.values()
            elif not isinstance(action, argparse._HelpAction):
                assert action.help, f"{command.prog}: {action.dest} has no help"
