"""A virtual microphone and speaker for recording tests, on machines without a sound card.

PulseAudio in user mode with two null sinks: `speaker` (the default output) and `mic_feed`, whose monitor
is remapped into the source `vmic` (the default input). Whatever is played into `mic_feed` is what the
app hears from its microphone. Facts behind each step: ../shared/recipes/AUDIO.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPT = """\
load-module module-native-protocol-unix
load-module module-null-sink sink_name=speaker rate=48000 sink_properties=device.description=speaker
load-module module-null-sink sink_name=mic_feed rate=48000 sink_properties=device.description=mic_feed
load-module module-remap-source source_name=vmic master=mic_feed.monitor source_properties=device.description=vmic
set-default-sink speaker
set-default-source vmic
"""


@dataclass
class VirtualAudio:
    runtime: Path
    env: dict[str, str]
    readers: list[subprocess.Popen]

    def play_into_microphone(self, wav: Path) -> subprocess.Popen:
        return subprocess.Popen(["paplay", "--device=mic_feed", str(wav)], env=self.env)

    def server_pid(self) -> int:
        found = subprocess.run(["pgrep", "-f", str(self.runtime / "moksori-test.pa")], capture_output=True, text=True)
        return int(found.stdout.split()[0])

    def stop_server(self) -> None:
        subprocess.run(["pulseaudio", "--kill"], env=self.env, capture_output=True, timeout=20)

    def close(self) -> None:
        for reader in self.readers:
            reader.kill()
        self.stop_server()


def missing_tools() -> list[str]:
    return [tool for tool in ("pulseaudio", "pactl", "paplay", "parec") if shutil.which(tool) is None]


def start(runtime: Path) -> VirtualAudio:
    """Start the server (idempotent per runtime folder) and wait until it answers."""
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PULSE_SERVER=f"unix:{runtime}/pulse/native")
    env.pop("PULSE_SINK", None)
    script = runtime / "moksori-test.pa"
    script.write_text(SCRIPT, encoding="utf-8")
    subprocess.run(["pulseaudio", "--daemonize=yes", "-n", "-F", str(script), "--exit-idle-time=-1",
                    "--disallow-exit=no", "--log-target=stderr"], env=env, capture_output=True, timeout=30)
    deadline = time.monotonic() + 15
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            raise RuntimeError("the virtual audio server did not start")
        time.sleep(0.2)
    # An idle null sink renders in 2-second blocks; a low-latency reader on each monitor keeps it moving.
    readers = [subprocess.Popen(["parec", "-d", monitor, "--latency-msec=10"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for monitor in ("speaker.monitor", "mic_feed.monitor")]
    time.sleep(2.5)
    return VirtualAudio(runtime, env, readers)


required = pytest.mark.skipif(bool(missing_tools()), reason=f"PulseAudio tools missing ({missing_tools()}); "
                                                            "bash .ci/setup installs them")
