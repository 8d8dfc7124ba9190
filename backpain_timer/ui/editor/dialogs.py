"""Every question the editor asks, one small function each, so tests can answer them (monkeypatch)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backpain_timer.storage.problems import Problem
from backpain_timer.ui.theme import outline_controls
from backpain_timer.ui.translations import QT_TRANSLATE_NOOP

SaveChoice = Literal["save", "discard", "cancel"]
IdChoice = Literal["replace", "rename", "cancel"]
_ROUTINE_FILES = QT_TRANSLATE_NOOP("EditorDialogs", "Routine files (*.yaml *.yml)")
_SHOWN_PROBLEMS = 12


def ask_save_discard_cancel(parent: QWidget | None, name: str) -> SaveChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EditorDialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("EditorDialogs", "Save your changes to “{name}”?").format(name=name)
    )
    box.setInformativeText(
        QCoreApplication.translate("EditorDialogs", "If you don't save, your changes are lost.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_id_conflict(
    parent: QWidget | None, name: str, routine_id: str, suggestion: str, builtin: bool
) -> IdChoice:
    """A new routine's id is taken: replace that routine (never silently), use ``suggestion``, or stop."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EditorDialogs", "A routine with this name exists"))
    if builtin:
        taken = QCoreApplication.translate(
            "EditorDialogs", "“{name}” would be saved as '{id}', which is already a built-in routine."
        )
        replaced = QCoreApplication.translate(
            "EditorDialogs",
            "Your routine would then be used instead of the built-in one (Restore built-in brings it back).",
        )
    else:
        taken = QCoreApplication.translate(
            "EditorDialogs", "“{name}” would be saved as '{id}', which is already one of your routines."
        )
        replaced = QCoreApplication.translate("EditorDialogs", "The old file would go to the trash.")
    box.setText(taken.format(name=name, id=routine_id))
    box.setInformativeText(
        QCoreApplication.translate(
            "EditorDialogs", "Save it as '{suggestion}' instead, or replace it? {replaced}"
        ).format(suggestion=suggestion, replaced=replaced)
    )
    rename = box.addButton(
        QCoreApplication.translate("EditorDialogs", "Save as '{suggestion}'").format(suggestion=suggestion),
        QMessageBox.ButtonRole.AcceptRole,
    )
    replace = box.addButton(
        QCoreApplication.translate("EditorDialogs", "Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(rename)
    box.exec()
    clicked = box.clickedButton()
    if clicked is rename:
        return "rename"
    if clicked is replace:
        return "replace"
    return "cancel"


def ask_reload(parent: QWidget | None, name: str) -> bool:
    """The open routine's file changed on disk while there are unsaved edits: True = load the file."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EditorDialogs", "Routine changed on disk"),
        QCoreApplication.translate(
            "EditorDialogs",
            "The file of “{name}” was changed by another program.\n\n"
            "Load the file and lose your unsaved edits, or keep editing (saving then replaces the file)?",
        ).format(name=name),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_problems(parent: QWidget | None, title: str, intro: str, problems: Sequence[Problem]) -> None:
    """File problems as FILE:LINE:COL lines, the first dozen in the text, all under Details."""
    lines = [
        f"{Path(problem.path).name}:{problem.line}:{problem.column}: {problem.message}"
        for problem in problems
    ]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(intro)
    hidden = len(lines) - _SHOWN_PROBLEMS
    more = (
        "\n" + QCoreApplication.translate("EditorDialogs", "… and {count} more").format(count=hidden)
        if hidden > 0
        else ""
    )
    box.setInformativeText("\n".join(lines[:_SHOWN_PROBLEMS]) + more)
    box.setDetailedText("\n".join(str(problem) for problem in problems))
    box.exec()


def choose_import_files(parent: QWidget | None) -> list[Path]:
    outline_controls()  # Qt's own file dialog has combo boxes
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("EditorDialogs", "Import routines"),
        str(Path.home()),
        QCoreApplication.translate("EditorDialogs", _ROUTINE_FILES),
    )
    return [Path(file) for file in files]


def choose_save_path(parent: QWidget | None, title: str, suggested: Path, file_types: str) -> Path | None:
    """Where to save a file (``title`` and ``file_types`` translated already); None when the user cancels."""
    outline_controls()  # Qt's own file dialog has combo boxes
    file, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_types)
    return Path(file) if file else None


def choose_export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    return choose_save_path(
        parent,
        QCoreApplication.translate("EditorDialogs", "Export routine"),
        suggested,
        QCoreApplication.translate("EditorDialogs", _ROUTINE_FILES),
    )
