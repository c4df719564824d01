"""The output wing: resume -> display data -> HTML -> PDF, Word and text, and the checks that read them back.

``rendering`` builds the HTML from a template (:mod:`themes`, :mod:`papers`), ``pdf`` turns it into a
PDF and ``fitting`` tightens it to one page; ``outline`` is the plain reading order shared by the
text and Word exports (``text_export``, ``docx_export``, ``other_formats``); ``exporting`` and
``letter_export`` are the entry points; ``checking`` and ``ats_reading`` read a PDF back as an
applicant-tracking system would; ``render_jobs`` is the Qt-free side of the preview worker.
"""
