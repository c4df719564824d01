"""Messages the core shows people (coaching advice, CLI output), in English and Spanish.

The app's language is not the resume's: a Spanish speaker may read advice in Spanish about an
English resume. So every function that produces advice takes ``lang`` (the reader's language)
apart from the resume's own ``settings.language`` (which decides what is checked, e.g. the
spelling dictionary).

Each module keeps its messages in one :class:`Messages` table, key -> language -> template, with
``{name}`` placeholders filled by :meth:`Messages.text`. Keys are stable ids (finding rules,
checklist items), so a test can check that every message has a Spanish text with the same
placeholders as the English one (``tests/test_messages.py``). Counted messages come as a
``key/one`` and ``key/other`` pair: English and Spanish both use the singular for 1 only.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from resume_builder.language import DEFAULT_LANGUAGE, LANGUAGES

Table = Mapping[str, Mapping[str, str]]


class Messages:
    """One module's messages in every language the app speaks."""

    def __init__(self, table: Table) -> None:
        """Keep ``table``: message key -> {language code: template}."""
        self.table = table

    def text(self, key: str, lang: str | None = DEFAULT_LANGUAGE, /, **values: object) -> str:
        """The message ``key`` in ``lang`` (English if that language is unknown), filled in."""
        texts = self.table[key]
        template = texts.get(lang or DEFAULT_LANGUAGE) or texts[DEFAULT_LANGUAGE]
        return template.format(**values)

    def plural(
        self, key: str, count: int, lang: str | None = DEFAULT_LANGUAGE, /, **values: object
    ) -> str:
        """The ``key/one`` or ``key/other`` form for ``count`` (given to the template too)."""
        form = "one" if count == 1 else "other"
        return self.text(f"{key}/{form}", lang, count=count, **values)

    def every(self, key: str, /, **values: object) -> dict[str, str]:
        """The message ``key`` filled in, in every language: for errors shown in either."""
        return {code: self.text(key, code, **values) for code in LANGUAGES}

    def problems(self) -> list[str]:
        """Keys whose texts are missing, empty or disagree on placeholders, in plain words."""
        out: list[str] = []
        for key, texts in self.table.items():
            missing = [code for code in LANGUAGES if not texts.get(code, "").strip()]
            if missing:
                out.append(f"{key}: no text in {', '.join(missing)}")
                continue
            english = placeholders(texts[DEFAULT_LANGUAGE])
            for code in LANGUAGES:
                if placeholders(texts[code]) != english:
                    out.append(f"{key}: the {code} text's placeholders differ from the English")
            base, _, form = key.rpartition("/")
            if form in ("one", "other"):
                pair = f"{base}/{'other' if form == 'one' else 'one'}"
                if pair not in self.table:
                    out.append(f"{key}: has no {pair}")
        return out


def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` fields of a template (format specs ignored)."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name is not None
    )
