"""Core text the app shows, marked for translation without the core importing Qt.

The app's translations are Qt's (``.ts`` files read by ``pyside6-lupdate``). lupdate finds a
string marked with :func:`QT_TRANSLATE_NOOP` wherever it is, so step titles and the messages the
core writes are marked here, in plain Python, and the UI translates them when it shows them with
``QCoreApplication.translate(context, text)``. The core itself always speaks English: the CLI and
the file format never depend on the app's language.

A message with values in it ("Add at least 8 skills (3 so far)") is a :class:`Message`: a ``str``
holding the English text, so everything that prints or compares it works as before, that also
keeps its marked source and values, so the UI can translate the source and fill in the values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]
"""``(context, source) -> text``, as Qt's ``QCoreApplication.translate`` does."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - lupdate's marker
    """Mark ``text`` for translation in ``context``: returns the same text, as a message.

    lupdate finds the call by its name; the UI translates the result with :func:`Message.translated`
    (which knows its context), so the core never needs Qt.
    """
    return Message(context, text)


class Message(str):
    """English text that remembers its marked source, so the UI can show it translated.

    ``source`` uses ``{name}`` for values, never Qt's ``%n``: Qt looks a counted text up among
    plural forms, which lupdate records only for ``tr()`` calls, so a marked text with ``%n``
    would never be found. Values may themselves be messages (a date example in a date problem).
    """

    context: str
    source: str
    values: dict[str, Any]

    def __new__(cls, context: str, source: str, values: dict[str, Any] | None = None) -> Message:
        """The English text of ``source`` with ``values`` filled in."""
        values = values or {}
        self = super().__new__(cls, source.format(**values) if values else source)
        self.context, self.source, self.values = context, source, values
        return self

    def fill(self, **values: Any) -> Message:
        """The message with its ``{name}`` values filled in."""
        return Message(self.context, self.source, values)

    def __reduce__(self) -> tuple[Any, ...]:
        """Copy and pickle as a message (str's own way would lose the source)."""
        return (Message, (self.context, self.source, self.values))

    def translated(self, translate: Translate) -> str:
        """The text in the UI's language: the source translated, then the values filled in."""
        text = translate(self.context, self.source)
        if not self.values:
            return text
        return text.format(
            **{
                k: v.translated(translate) if isinstance(v, Message) else v
                for k, v in self.values.items()
            }
        )
