"""Screenshots of every step at 1024x700, 1440x900 and 1920x1080, light and dark.

Writes ``docs/screenshots/<theme>-<width>x<height>-<nn>-<step>.png`` from the real window
(offscreen, the bundled sample resume, the real preview), scaled to at most ``MAX_WIDTH`` pixels
wide and stored in 256 colours so the folder stays small (colours are close, not exact).
Settings and autosaves go to a temporary folder. With ``--lang es`` the app is shown in Spanish
(its ``.ts`` compiled with ``pyside6-lrelease``), at 1440x900 in the light theme only, as
``es-light-1440x900-<nn>-<step>.png``.

    .venv/bin/python scripts/make_screenshots.py [--lang es] [output folder]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1024, 700), (1440, 900), (1920, 1080))
THEMES = ("light", "dark")
MAX_WIDTH = 1024
RENDER_TIMEOUT_MS = 60_000


def main(out: Path, lang: str = "") -> int:
    """Write the screenshots to ``out`` (the app in ``lang``, if given); returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["RESUME_BUILDER_DATA_DIR"] = str(scratch / "data")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer, QTranslator
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication(sys.argv[:1])
    sizes, themes, prefix = (
        (((1440, 900),), ("light",), f"{lang}-") if lang else (SIZES, THEMES, "")
    )
    if lang:
        qm = scratch / f"resume_builder_{lang}.qm"
        ts = ROOT / "translations" / f"resume_builder_{lang}.ts"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            raise SystemExit(f"cannot load {qm}")
        app.installTranslator(translator)

    from resume_builder.sample import sample_resume
    from resume_builder.ui.main_window import MainWindow

    window = MainWindow(offer_recovery=False)
    window.render_service.start()
    window.document.set_resume(sample_resume())
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    FLAGS = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither  # noqa: N806

    def settle(rendered: bool = False) -> None:
        """Let layouts finish; with ``rendered``, wait for the preview's next PDF."""
        loop = QEventLoop()
        if rendered:
            window.preview.rendered.connect(loop.quit)
            QTimer.singleShot(RENDER_TIMEOUT_MS, loop.quit)
        else:
            QTimer.singleShot(150, loop.quit)
        loop.exec()
        if rendered:
            window.preview.rendered.disconnect(loop.quit)

    window._show_editor("role")
    settle(rendered=True)
    count = 0
    for theme_name in themes:
        window.view.set_theme(theme_name)
        for width, height in sizes:
            window.resize(width, height)
            window.view.fit_columns()
            for number, step_id in enumerate(window.step_ids(), start=1):
                window.go_to_step(step_id)
                settle()
                image = window.grab().toImage()
                if image.width() > MAX_WIDTH:
                    image = image.scaledToWidth(
                        MAX_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                name = f"{prefix}{theme_name}-{width}x{height}-{number:02d}-{step_id}.png"
                # 256 colours keep the folder small (about 50 kB a picture); text stays crisp
                image = image.convertToFormat(QImage.Format.Format_Indexed8, FLAGS)
                image.save(str(out / name), "PNG", 0)
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
