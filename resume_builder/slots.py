"""Slots left in suggested text for the user to fill: "[N]" in a bullet, "[Employer]" in a letter.

A module of its own, importing nothing of ours, so the dataset, the suggestions, the letters and
the spell checker's highlighter all share one definition without importing one another.
"""

from __future__ import annotations

import re

NUMBER_SLOT = "[N]"
"""Where a suggested bullet or summary wants the user's own number."""
SLOT_RE = re.compile(r"\[(?:[A-Z][A-Za-z]*|N)\]")
"""Any slot left for the user: ``[Employer]``, ``[Position]``, ``[N]`` ..."""
