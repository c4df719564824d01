"""The user's own dictionary: saved atomically, read back, and honoured by every spelling check."""

from __future__ import annotations

from resume_builder.coaching import lint_resume
from resume_builder.coaching.personal_words import (
    load_personal_words,
    personal_words,
    personal_words_file,
    save_personal_words,
)
from resume_builder.coaching.spelling import misspellings
from resume_builder.models import Resume

TEXT = "Coordinated scanning with Okonkwo and the mangement team."


def _flagged(text: str) -> list[str]:
    return [m.word for m in misspellings(text, frozenset(), suggest=False)]


def test_a_saved_word_is_read_back_and_no_longer_flagged(_user_data_dir):
    assert _flagged("Scanned charts for Dr. Okonkwo. Okonkwo signed.") == ["Okonkwo"]
    save_personal_words({"okonkwo"})
    assert personal_words_file().is_relative_to(_user_data_dir)
    assert personal_words_file().read_text(encoding="utf-8") == "okonkwo\n"
    assert load_personal_words() == {"okonkwo"}
    assert _flagged("Scanned charts for Dr. Okonkwo. Okonkwo signed.") == []
    save_personal_words({"okonkwo", "mangement"})  # a later save is seen at once
    assert personal_words() == {"okonkwo", "mangement"}
    assert _flagged("Strong mangement of backlogs.") == []


def test_the_coach_honours_the_dictionary(_user_data_dir):
    resume = Resume()
    resume.basics.summary = TEXT
    before = [f.excerpt for f in lint_resume(resume) if f.rule == "spelling"]
    assert before == ["mangement"]
    save_personal_words({"mangement"})
    assert [f.excerpt for f in lint_resume(resume) if f.rule == "spelling"] == []


def test_an_unreadable_dictionary_counts_as_empty(_user_data_dir):
    personal_words_file().write_bytes(b"\xff\xfe not utf-8 \xff")
    assert load_personal_words() == set()
    assert _flagged("Strong mangement.") == ["mangement"]
