"""Fixtures shared by the widget tests that need a render worker of their own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def service(qapp):
    """A render worker for one test module (some tests kill it, so modules don't share one)."""
    from resume_builder.ui.render_worker import RenderService

    service = RenderService()
    service.start()
    yield service
    service.shutdown()


@pytest.fixture
def document(qapp):
    """A document holding the complete sample resume (modules may define their own)."""
    from resume_builder.sample import sample_resume
    from resume_builder.ui.document import ResumeDocument

    document = ResumeDocument()
    document.set_resume(sample_resume())
    return document
