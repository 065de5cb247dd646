"""The code stays lint- and type-clean (ruff, mypy), as the style guide promises."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("tool", [["ruff", "check", "."], ["mypy"]])
def test_tool_is_clean(tool: list[str]) -> None:
    program = shutil.which(tool[0], path=str(Path(sys.executable).parent))
    if program is None:
        pytest.skip(f"{tool[0]} is not installed (pip install -e '.[dev]')")
    result = subprocess.run([program, *tool[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
