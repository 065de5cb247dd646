"""Role names as shown in the interface (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.records import Role


def role_name(role: Role) -> str:
    if role is Role.TUTOR:
        return QCoreApplication.translate("Roles", "Tutor")
    return QCoreApplication.translate("Roles", "Student")
