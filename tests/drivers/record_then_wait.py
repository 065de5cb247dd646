"""Records from the default microphone until killed; prints the seconds recorded every 0.2 s.

Used by tests/test_recorder.py to kill a real recording process mid-take (SIGKILL) and recover the take.
Usage: python record_then_wait.py TAKE_BASE_PATH [LOCKED_DATA_FOLDER PASSPHRASE]
(with a locked folder, the take is sealed as it is recorded, as the app does with the lock on)
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.practice.recorder import Recorder  # noqa: E402
from app.vault.files import PLAIN, FileCodec  # noqa: E402
from app.vault.keyring import Keyring  # noqa: E402

codec = PLAIN
if len(sys.argv) > 3:
    codec = FileCodec(Keyring.unlock(Path(sys.argv[2]), sys.argv[3]), Path(sys.argv[2]))
recorder = Recorder(Path(sys.argv[1]), codec=codec)
recorder.start()
while True:
    print(f"{recorder.seconds:.2f}", flush=True)
    time.sleep(0.2)
