"""Turning the core's typed errors into messages in the interface language."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.contest.tally import ContestFileError
from app.practice.audio import AudioError
from app.user_files import UnusableFile
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


def error_text(error: BaseException) -> str:
    """The one place an exception becomes words on screen: its kind, never its own (English) text."""
    translate = QCoreApplication.translate
    if isinstance(error, AudioError):
        return audio_error_text(error.code)
    if isinstance(error, StoreError):
        return store_error_text(error)
    if isinstance(error, UnusableFile):
        return file_error_text(error.code)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return translate("Messages", "The disk is full, so this could not be finished. Nothing already saved "
                                         "was lost; free some space and try again.")
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return translate("Messages", "Moksori is not allowed to write there (the folder or file is read-only). "
                                         "Nothing already saved was lost; choose another place or check the "
                                         "folder's permissions.")
        if error.errno == errno.ENOENT:
            return translate("Messages", "A file this needs is no longer there. Nothing already saved was lost.")
        return translate("Messages", "A file could not be read or written. Nothing already saved was lost; "
                                     "try again, and if it happens again tell the Moksori team.")
    return translate("Messages", "Something went wrong in Moksori. Nothing already saved was lost. The details "
                                 "were written to the log file (logs folder in the data folder); please send it "
                                 "to the Moksori team.")


def show_failure(parent: QObject, error: BaseException) -> None:
    """A failure nobody else handled: a non-modal message on the parent's window (typing goes on)."""
    window = parent.window() if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Messages", "Moksori"),
                      error_text(error), QMessageBox.StandardButton.Ok, window)
    box.setObjectName("failureMessage")
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def file_error_text(code: str) -> str:
    """A file the user chose that cannot be used (`app.user_files.UnusableFile.code`)."""
    translate = QCoreApplication.translate
    return {
        "missing": translate("Messages", "That file is no longer there."),
        "not_text": translate("Messages", "That file is not a text file Moksori can read (it should be UTF-8 text)."),
        "empty": translate("Messages", "That file is empty."),
        "disk_full": translate("Messages", "The disk is full, so the file could not be written. Nothing else was "
                                           "changed; free some space and try again."),
        "not_writable": translate("Messages", "The file could not be written there (the folder may be read-only "
                                              "or the name not allowed). Nothing else was changed; choose another "
                                              "place."),
    }.get(code, translate("Messages", "That file could not be read. Check that it is still there and try again."))


def contest_file_error_text(error: ContestFileError) -> str:
    """Why a contest or ballot file was refused; nothing was changed."""
    translate = QCoreApplication.translate
    texts = {
        "malformed": translate("Messages", "This file is damaged or incomplete (it is not readable JSON)."),
        "wrong_format": translate("Messages", "This is not a Moksori contest file, or it was made by a newer "
                                              "Moksori."),
        "tampered": translate("Messages", "This file was changed after it was exported, so its ballots cannot be "
                                          "trusted."),
        "invalid": translate("Messages", "This file does not fit this contest: %1").replace("%1", error.detail),
        "other_contest": translate("Messages", "This file belongs to another contest (%1).")
        .replace("%1", error.detail),
        "already_imported": translate("Messages", "This file was imported before; importing it again would "
                                                  "count its ballots twice."),
        "exists": translate("Messages", "This contest is already on this computer. To bring in a judge's ballots, "
                                        "use Contest → Import judges' ballots."),
        "unsealed": translate("Messages", "This judge's file has no seal, so nobody can tell who made it. Ask the "
                                          "judge to export her ballots again with her judge code."),
        "forged": translate("Messages", "This judge's file does not carry her seal: it was changed after she "
                                        "exported it, or sealed with another judge's code."),
        "not_hers": translate("Messages", "This judge's file carries other judges' ballots, which only they may "
                                          "send."),
        "not_organiser": translate("Messages", "Only the organiser's computer (where the contest was made) can "
                                               "check judges' files."),
        "not_a_judge_file": translate("Messages", "This is a whole contest file, not one judge's ballots."),
        "not_whole": translate("Messages", "This is one judge's ballots. To start, open the organiser's "
                                           "contest file."),
        "bad_code": translate("Messages", "A judge code has 10 letters and digits, like 7KQ2M-X9D4P. Check it "
                                          "with the organiser."),
    }
    return texts.get(error.code, texts["invalid"]) + " " + translate("Messages", "Nothing was changed.")


def exchange_error_text(code: str) -> str:
    """One sentence per refusal of a file from a tutor or another computer; nothing was changed in each case."""
    translate = QCoreApplication.translate
    return {
        "locked": translate("Messages", "This passphrase does not open the file, or the file was changed after it "
                                        "was saved. Nothing was changed; check the passphrase with the person who "
                                        "sent it."),
        "not_sealed": translate("Messages", "This is not a file from a tutor's page or from Moksori. Nothing was "
                                            "changed; ask for the file that ends in .moksori-suggestions or .moksori."),
        "wrong_kind": translate("Messages", "This file is neither a tutor's suggestions nor a shared speech. Nothing "
                                            "was changed."),
        "too_new": translate("Messages", "This file was made by a newer Moksori. Nothing was changed; update "
                                         "Moksori on this computer, then open it again."),
        "damaged": translate("Messages", "This file is damaged or incomplete. Nothing was changed; ask for it to be "
                                         "sent again."),
        "not_json": translate("Messages", "This file opened, but there is nothing Moksori can use in it. Nothing "
                                          "was changed; ask for it to be sent again."),
        "bad_content": translate("Messages", "This file opened, but its contents are not valid. Nothing was "
                                             "changed; ask for it to be saved and sent again."),
        "is_page": translate("Messages", "This is the page you sent to your tutor, not her suggestions. Her file "
                                         "ends in .moksori-suggestions; ask her to click “Save my suggestions”."),
        "other_speech": translate("Messages", "These suggestions are for another speech. Nothing was changed; open "
                                              "that speech first, then open the file again."),
        "unknown_speech": translate("Messages", "These suggestions are for a speech that is not on this computer. "
                                                "Nothing was changed."),
    }.get(code, translate("Messages", "This file could not be opened. Nothing was changed."))
