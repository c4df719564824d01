"""Screenshots of every step at 1024x700, 1440x900 and 1920x1080, light and dark.

Writes ``docs/screenshots/<theme>-<width>x<height>-<nn>-<step>.png`` from the real window
(offscreen, the bundled sample resume, the real preview, the Design step's template thumbnails
once they have all arrived), scaled to at most ``MAX_WIDTH`` pixels wide and stored in 256
colours chosen for each picture (Pillow's median cut), so the folder stays small and the colours
stay close. Settings and autosaves go to a temporary folder. With ``--lang es`` the app is shown
in Spanish (through ``ui/i18n.py``, as the app does), at 1440x900 in the light theme only,
as ``es-light-1440x900-<nn>-<step>.png``.

    .venv/bin/python scripts/make_screenshots.py [--lang es] [output folder]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1024, 700), (1440, 900), (1920, 1080))
THEMES = ("light", "dark")
MAX_WIDTH = 1024
RENDER_TIMEOUT_MS = 60_000
PAGES_QUIET_MS = 1_000
"""The preview's pages are drawn (off the UI thread) once this long passes without a new one."""


def main(out: Path, lang: str = "") -> int:
    """Write the screenshots to ``out`` (the app in ``lang``, if given); returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["RESUME_BUILDER_DATA_DIR"] = str(scratch / "data")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtPdf import QPdfPageRenderer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication(sys.argv[:1])
    sizes, themes, prefix = (
        (((1440, 900),), ("light",), f"{lang}-") if lang else (SIZES, THEMES, "")
    )
    if lang:
        from resume_builder.ui import i18n

        if i18n.install(lang) != lang:  # as the app does: our catalogue, Qt's, the locale
            raise SystemExit(f"no {lang} translation")

    from resume_builder.sample import sample_resume
    from resume_builder.ui.main_window import MainWindow

    window = MainWindow(offer_recovery=False)
    window.render_service.start()
    window.document.set_resume(sample_resume())
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def settle(signal=None) -> None:
        """Let layouts finish; with ``signal``, wait for it (a PDF or the thumbnails) as well."""
        loop = QEventLoop()
        if signal is not None:
            signal.connect(loop.quit)
            QTimer.singleShot(RENDER_TIMEOUT_MS, loop.quit)
        else:
            QTimer.singleShot(150, loop.quit)
        loop.exec()
        if signal is not None:
            signal.disconnect(loop.quit)

    def settle_pages() -> None:
        """Wait until the preview has drawn its pages at its present size.

        The view paints a page it has not drawn at this size from a stale or blank image and
        asks its renderer for it; each arrives as ``pageRendered``.
        """
        renderer = window.preview.view.findChild(QPdfPageRenderer)
        loop = QEventLoop()
        quiet = QTimer(singleShot=True, interval=PAGES_QUIET_MS)
        quiet.timeout.connect(loop.quit)
        restart = renderer.pageRendered.connect(lambda *_: quiet.start())
        window.grab()  # a paint, which asks for the pages not drawn yet
        quiet.start()
        loop.exec()
        renderer.pageRendered.disconnect(restart)

    def save(image, path: Path) -> None:
        """Write ``image`` as a 256-colour PNG with a palette made for it."""
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
        picture.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, optimize=True
        )

    window._show_editor("role")
    settle(window.preview.rendered)
    count = 0
    for theme_name in themes:
        window.view.set_theme(theme_name)
        for width, height in sizes:
            window.resize(width, height)
            window.view.fit_columns()
            # a fresh PDF at the new size: pages the view drew at the last size can stay blurred
            window.preview.render_now(window.document.resume)
            settle(window.preview.rendered)
            settle()
            for number, step_id in enumerate(window.step_ids(), start=1):
                window.go_to_step(step_id)
                if step_id == "design" and window.design_page.thumbnails_pending:
                    settle(window.design_page.thumbnails_ready)
                settle()
                settle_pages()
                image = window.grab().toImage()
                if image.width() > MAX_WIDTH:
                    image = image.scaledToWidth(
                        MAX_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                save(image, out / f"{prefix}{theme_name}-{width}x{height}-{number:02d}-{step_id}.png")
                count += 1
    print(f"{count} screenshots in {out}")
    window.document.set_resume(window.document.resume, None, dirty=False)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="", help="show the app in this language, e.g. es")
    args = parser.parse_args()
    sys.exit(main(args.folder, args.lang))
