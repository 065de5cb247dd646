"""Loading the interface language: Moksori's own catalogue and Qt's, so standard dialogs match."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

LANGUAGES = ("ko", "en")
_installed: list[QTranslator] = []


def current() -> str:
    """The interface language in use: 'ko' or 'en'."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def resolve(choice: str) -> str:
    """'' means follow the system; anything but Korean falls back to English (the source language)."""
    return choice if choice in LANGUAGES else system_language()


def install(language: str) -> str:
    """Install translators for `language` ('ko' or 'en') on the running application; returns it."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a running QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "ko":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / "moksori_ko.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
    return language
