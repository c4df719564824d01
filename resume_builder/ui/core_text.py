"""The core's marked text (step titles, its messages) shown in the app's language.

The core marks what it says with :func:`resume_builder.ui_text.QT_TRANSLATE_NOOP` and stays in
English; the UI translates each text where it shows it, through the translators installed on the
application (none: English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resume_builder.ui_text import Message


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def shown(text: str) -> str:
    """``text`` in the app's language: a core message translated, any other text as it is."""
    return text.translated(_translate) if isinstance(text, Message) else text


def english_plural(text: str, n: int) -> str:
    """A translated ``%n`` count sentence, with English's plural when no translation was found.

    Sources write the plural the English way, "%n thing(s) still to do": a translation picks its
    own plural form, and without one the "(s)" becomes "s" or goes, so English needs no
    translation file of its own. Ask with ``self.tr(source, "", n)`` in the class itself: that
    is the form lupdate records as a plural, and PySide's ``tr`` called from a subclass misses it.
    """
    return text.replace("(s)", "" if n == 1 else "s")
