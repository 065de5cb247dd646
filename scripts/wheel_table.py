"""Which locked packages install from a ready-made wheel on each platform and Python Moksori aims at.

    .venv/bin/python scripts/wheel_table.py > /tmp/wheels.md

For every target (Linux x86_64, Windows x64, macOS arm64 and x64 at Python 3.11, 3.12 and 3.13) it asks
uv to resolve requirements.lock's exact versions with wheels only, without downloading them (uv reads the
index's metadata). A package that has no wheel for a target is noted; one that has no wheel anywhere is
built from its source (pure Python or data: fine on every system). Prints a Markdown table of the
packages that are not wheel-ready everywhere, then a line per target. Needs the package index.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ["3.11", "3.12", "3.13"]
# uv's target names. Linux: glibc 2.34 (Ubuntu 22.04, Debian 12 and later; PySide6 6.11 needs it);
# macOS 14, the oldest release av and onnxruntime still ship arm64 wheels for.
PLATFORMS = {
    "Linux x86_64 (glibc 2.34+)": ("x86_64-manylinux_2_34", {}),
    "Windows x64": ("x86_64-pc-windows-msvc", {}),
    "macOS arm64": ("aarch64-apple-darwin", {"MACOSX_DEPLOYMENT_TARGET": "14.0"}),
    "macOS x64": ("x86_64-apple-darwin", {"MACOSX_DEPLOYMENT_TARGET": "14.0"}),
}
NO_WHEEL = re.compile(r"Because ([A-Za-z0-9_.-]+)==\S+ has no (?:usable )?wheels|"
                      r"([A-Za-z0-9_.-]+)==\S+ has no wheels with a matching (?:platform|Python)")


def pins() -> list[str]:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    return [line.rstrip(" \\") for line in lines if re.match(r"^[a-z0-9]", line)]


def missing_wheels(requirements: list[str], platform: str, python: str, env: dict[str, str]) -> list[str]:
    """The packages of `requirements` uv cannot install from a wheel on this target."""
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or "uv"
    missing: list[str] = []
    remaining = list(requirements)
    with tempfile.TemporaryDirectory() as folder:
        while remaining:
            source = Path(folder) / "pins.txt"
            source.write_text("\n".join(remaining) + "\n", encoding="utf-8")
            result = subprocess.run(
                [uv, "pip", "compile", str(source), "--no-deps", "--only-binary", ":all:", "--python-platform",
                 platform, "--python-version", python, "--no-header", "-q"],
                capture_output=True, text=True, env={**os.environ, **env}, timeout=600)
            if result.returncode == 0:
                break
            found = NO_WHEEL.search(result.stderr)
            if not found:
                raise SystemExit(f"uv failed for {platform} {python}:\n{result.stderr}")
            name = (found.group(1) or found.group(2)).lower()
            missing.append(name)
            remaining = [line for line in remaining if not line.lower().startswith(name + "==")]
    return missing


def main() -> None:
    requirements = pins()
    table: dict[str, dict[str, list[str]]] = {}
    for label, (platform, env) in PLATFORMS.items():
        for python in PYTHONS:
            for name in missing_wheels(requirements, platform, python, env):
                table.setdefault(name, {}).setdefault(label, []).append(python)
            print(f"checked {label} Python {python}", file=sys.stderr)
    everywhere = {name for name, where in table.items()
                  if len(where) == len(PLATFORMS) and all(len(v) == len(PYTHONS) for v in where.values())}
    print(f"{len(requirements)} locked packages.\n")
    print("| package | no wheel for |")
    print("|---|---|")
    for name in sorted(table):
        if name in everywhere:
            print(f"| {name} | any system: source only, built on install |")
            continue
        where = "; ".join(f"{label} ({', '.join(pythons)})" for label, pythons in table[name].items())
        print(f"| {name} | {where} |")


if __name__ == "__main__":
    main()
