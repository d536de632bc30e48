"""The program's entry point sends commands to the CLI and keeps Qt out of them."""

import subprocess
import sys
from pathlib import Path

from archiver import launch
from archiver.cli import main as cli_main


def test_commands_go_to_the_cli(tmp_path: Path, capsys) -> None:
    assert launch.main(["--archive", str(tmp_path / "none"), "search", "x"]) == 1
    assert "no archive at" in capsys.readouterr().err


def test_the_cli_alone_does_not_open_the_app(capsys) -> None:
    assert cli_main(["gui"]) == 1
    assert "archiver.launch" in capsys.readouterr().err


def test_a_command_through_the_entry_point_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from archiver import launch;"
        f" launch.main(['--archive', {str(tmp_path)!r}, 'analyze', 'كتاب']);"
        " print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
