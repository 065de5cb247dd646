"""Every setting Moksori keeps, declared once (key, type, default, what it changes), read through one accessor.

Settings live in the data folder's database (table `settings`), so they travel with the folder (a USB
stick) and never in the operating system's registry or `~/.config`. A stored value of the wrong type (an
older version, a hand-edited file) reads as the default instead of breaking a window. Any thread may read;
writes go through the store's single writer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app.drafting.grammar import LONG_SENTENCE_WORDS
from app.speaking import DEFAULT_PACE_WPM
from models.store import SpeechStore

T = TypeVar("T", str, int, float, bool)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type[T]
    default: T
    applies_to: str  # what it changes, for the reader of this file and of docs/ARCHITECTURE.md
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[T, ...] = ()

    def coerce(self, value: Any) -> T:
        """`value` as this setting's type, or ValueError."""
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.kind) or (self.kind is not bool and isinstance(value, bool)):
            raise ValueError(f"{self.key}: {type(value).__name__} is not {self.kind.__name__}")
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise ValueError(f"{self.key}: below {self.minimum}")
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise ValueError(f"{self.key}: above {self.maximum}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: not one of {self.choices}")
        return value


LANGUAGE = Setting("language", str, "", "interface language: '' follows the computer", choices=("", "en", "ko"))
ROLE = Setting("role", str, "student", "who is at the keyboard (marks authors)", choices=("student", "tutor"))
LAST_SPEECH = Setting("last_speech", int, 0, "the speech opened at start (0: none)", minimum=0)
PACE_WPM = Setting("pace_wpm", int, DEFAULT_PACE_WPM, "words a minute for the time estimate", minimum=60, maximum=220)
TEXT_ZOOM = Setting("text_zoom", int, 0, "editor text size steps", minimum=-4, maximum=16)
INPUT_DEVICE = Setting("input_device", str, "", "microphone by name ('' = the system's default)")
ASR_MODEL = Setting("asr_model", str, "base", "speech model for practice runs (a name or a model folder)")
LONG_SENTENCE = Setting("long_sentence_words", int, LONG_SENTENCE_WORDS, "draft checks: a sentence too long for one "
                        "breath", minimum=10, maximum=60)
LANGUAGETOOL_URL = Setting("languagetool_url", str, "", "a LanguageTool on this computer ('' = the built-in checker)")
LISTEN_SPEED = Setting("listen_speed", float, 1.0, "reading-aloud speed", minimum=0.5, maximum=2.0)
JUDGE_FONT_SIZE = Setting("judge_font_size", int, 15, "script size in the judge's view", minimum=8, maximum=72)
WINDOW_GEOMETRY = Setting("window_geometry", str, "", "the main window's place and size (Qt's, base64; '' = fit the "
                                                           "screen)")
CONTEST_FOLDER = Setting("contest_folder", str, "", "last folder of contest files ('' = home)")
IDLE_LOCK_MINUTES = Setting("idle_lock_minutes", int, 10, "with the lock on: hide everything after this many minutes "
                            "with no typing, pointer movement or focus change (0 = never)", minimum=0, maximum=240)
LAST_BACKUP = Setting("last_backup", str, "", "when the last backup was made (ISO time; '' = never)")
BACKUP_REMINDER = Setting("backup_reminder", bool, True, "remind her when no backup was made for a week")
PROMPTER_MODE = Setting("prompter_mode", str, "", "the practice studio's script while recording: '' none, 'follow' "
                        "follows her voice, 'memorise' learn it by heart", choices=("", "follow", "memorise"))
PROMPTER_LEVEL = Setting("prompter_level", int, -1, "learn it by heart: -1 rises as she improves, 0 full text, "
                         "1 first letters, 2 key words, 3 nothing", minimum=-1, maximum=3)

ALL: tuple[Setting[Any], ...] = (LANGUAGE, ROLE, LAST_SPEECH, PACE_WPM, TEXT_ZOOM, INPUT_DEVICE, ASR_MODEL,
                                 LONG_SENTENCE, LANGUAGETOOL_URL, LISTEN_SPEED, JUDGE_FONT_SIZE, CONTEST_FOLDER,
                                 IDLE_LOCK_MINUTES, LAST_BACKUP, BACKUP_REMINDER, PROMPTER_MODE, PROMPTER_LEVEL)


class Settings:
    """The one accessor: `settings.get(PACE_WPM)`, `settings.set(PACE_WPM, 130)`."""

    def __init__(self, store: SpeechStore) -> None:
        self._store = store

    def get(self, setting: Setting[T]) -> T:
        stored = self._store.setting(setting.key, None)
        if stored is None:
            return setting.default
        try:
            return setting.coerce(stored)
        except ValueError:
            log.warning("setting %s holds an unusable value; using its default", setting.key)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Raises ValueError for a value of the wrong type or range (nothing is stored)."""
        self._store.set_setting(setting.key, setting.coerce(value))
