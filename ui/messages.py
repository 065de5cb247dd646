"""Turning the core's typed errors into messages in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.database import StoreError, StoreWriteFailed


def store_error_text(error: StoreError) -> str:
    translate = QCoreApplication.translate
    if isinstance(error, StoreWriteFailed):
        if error.reason == "disk_full":
            return translate("Messages", "Your work could not be saved because the disk is full. What you typed "
                                         "stays on screen and Moksori keeps trying; free some space on the disk.")
        if error.reason == "read_only":
            return translate("Messages", "Your work could not be saved because the data file cannot be written. "
                                         "What you typed stays on screen; check that the folder is writable.")
        if error.reason == "busy":
            return translate("Messages", "Your work could not be saved yet because another Moksori window is "
                                         "saving. Moksori keeps trying.")
        return translate("Messages", "Your work could not be saved. What you typed stays on screen and Moksori "
                                     "keeps trying.")
    if error.code == "corrupted":
        return translate("Messages", "The Moksori data file is damaged and cannot be opened.")
    if error.code == "read_only":
        return translate("Messages", "The Moksori data file cannot be written (it is read-only). Check the "
                                     "permissions of the data folder, or start Moksori with another folder.")
    return translate("Messages", "The Moksori data file could not be opened.")


def recorder_error_text(code: str) -> str:
    translate = QCoreApplication.translate
    return {
        "no_microphone": translate("Messages", "No microphone found. Plug one in (or choose one in Settings), "
                                               "then press Record again."),
        "device_failed": translate("Messages", "The microphone could not be opened. Check that no other program "
                                               "is using it, or choose another one in Settings."),
        "device_lost": translate("Messages", "The microphone stopped sending sound. What was recorded until then "
                                             "is kept."),
        "disk_full": translate("Messages", "The disk is full, so recording stopped. What was recorded until then "
                                           "is kept; free some space before the next take."),
    }.get(code, translate("Messages", "Recording stopped because the take could not be written. What was "
                                      "recorded until then is kept."))


def audio_error_text(code: str) -> str:
    translate = QCoreApplication.translate
    return {
        "missing": translate("Messages", "That file no longer exists."),
        "empty": translate("Messages", "That recording is empty."),
        "silent": translate("Messages", "That recording is silent: there is nothing to listen to."),
        "decode_failed": translate("Messages", "That file is a recording, but Moksori failed while decoding it. "
                                               "The file is unchanged; please tell the Moksori team."),
    }.get(code, translate("Messages", "Moksori cannot read that file as a recording. Use WAV, FLAC, MP3, M4A "
                                      "or OGG."))


def no_speaker() -> str | None:
    """The message to show when there is no audio output (Qt would "play" silently to the end), else None."""
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.defaultAudioOutput().isNull():
        return QCoreApplication.translate("Messages", "No speaker or headphones found.")
    return None
