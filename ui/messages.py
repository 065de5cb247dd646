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
