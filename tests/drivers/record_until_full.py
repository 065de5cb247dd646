"""Records with a file-size limit (RLIMIT_FSIZE) standing in for a full disk; prints what happened.

Usage: python record_until_full.py TAKE_BASE_PATH LIMIT_BYTES
Prints "error <code> <seconds recorded>" when the recorder reports the write failure, then
"kept <seconds in the partial file>" after stopping.
"""

import resource
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.practice.recorder import Recorder, partial_paths  # noqa: E402

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing us
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
recorder = Recorder(Path(sys.argv[1]))
recorder.start()
deadline = time.monotonic() + 30
while recorder.error is None and time.monotonic() < deadline:
    time.sleep(0.1)
print(f"error {recorder.error.code if recorder.error else 'none'} {recorder.seconds:.2f}", flush=True)
recorder._stream.stop()
pcm = partial_paths(Path(sys.argv[1]))[0]
print(f"kept {pcm.stat().st_size / 32000:.2f}", flush=True)
