"""WeasyPrint is imported without the library search that starts ldconfig and gcc (Linux).

Each test runs a fresh interpreter, since WeasyPrint can be imported only once per process.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the library search is skipped on Linux only"
)

_COUNT_PROCESSES = """
import ctypes.util, subprocess
started = []
_real_init = subprocess.Popen.__init__
def _counting_init(self, args, *rest, **kwargs):
    started.append(args)
    _real_init(self, args, *rest, **kwargs)
subprocess.Popen.__init__ = _counting_init
real_find_library = ctypes.util.find_library
"""

_RENDER_ONE_LINE = """
from resume_builder.output.pdf import html_to_pdf
from resume_builder.paths import templates_dir
output = html_to_pdf("<p>One line.</p>", templates_dir(), preview=True)
assert output.pdf.startswith(b"%PDF"), output.pdf[:20]
assert ctypes.util.find_library is real_find_library, "find_library was not put back"
print("processes started:", len(started))
"""


def _run(code: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_import_starts_no_processes_and_renders() -> None:
    out = _run(_COUNT_PROCESSES + _RENDER_ONE_LINE)
    assert "processes started: 0" in out


def test_plain_import_does_start_processes() -> None:
    """The control: without ``load_weasyprint`` the same import runs the search."""
    out = _run(_COUNT_PROCESSES + "import weasyprint\nprint('processes started:', len(started))")
    count = int(out.rsplit(":", 1)[1])
    assert count > 0


def test_a_failed_first_import_is_retried_with_the_search() -> None:
    """Libraries that do not load by their Linux names are searched for, as WeasyPrint does."""
    failing_once = """
    import importlib.abc, sys
    class FailFfiOnce(importlib.abc.MetaPathFinder):
        failed = False
        def find_spec(self, name, path=None, target=None):
            if name == "weasyprint.text.ffi" and not FailFfiOnce.failed:
                FailFfiOnce.failed = True
                raise OSError("cannot load library 'libpango-1.0.so.0'")
            return None
    sys.meta_path.insert(0, FailFfiOnce())
    """
    out = _run(_COUNT_PROCESSES + textwrap.dedent(failing_once) + _RENDER_ONE_LINE)
    assert "processes started: 0" not in out
    assert "processes started:" in out
