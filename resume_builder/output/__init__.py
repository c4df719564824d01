"""The output wing: resume -> display data -> HTML -> PDF, Word and text, and the checks that read them back.

``outline`` turns a resume into display data, once, for every output: ``rendering`` lays it out
as HTML with a template (:mod:`themes`, :mod:`papers`), ``pdf`` turns that into a PDF and
``fitting`` tightens it to one page; ``text_export``, ``docx_export`` and ``other_formats`` write
it as text and Word; ``exporting`` and ``letter_export`` are the entry points; ``checking`` and
``ats_reading`` read a PDF back as an applicant-tracking system would and compare it with the
display data; ``render_jobs`` is the Qt-free side of the preview worker.
"""
