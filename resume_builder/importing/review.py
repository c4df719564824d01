"""Applying the user's review to an import, and adding an import to an open resume as a version.

The review dialog (Qt) collects which found fields to keep and what to change; these functions
do the work on plain data so they are tested without a window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from resume_builder.errors import UserError
from resume_builder.models import Resume
from resume_builder.storage import field_path
from resume_builder.versions import VERSIONED_BASICS, VERSIONED_SECTIONS, new_version

_TOKEN_RE = re.compile(r"([A-Za-z_$][\w$]*)|\[(\d+)\]")


class ReviewError(UserError):
    """A value typed in the review that the resume cannot hold (e.g. a date like "soon")."""


def path_tokens(path: str) -> list[str | int]:
    """``"work[0].highlights[2]"`` -> ``["work", 0, "highlights", 2]``."""
    return [int(index) if index else name for name, index in _TOKEN_RE.findall(path)]


def apply_review(
    resume: Resume,
    changes: Mapping[str, str],
    dropped: Iterable[str],
    merges: Iterable[tuple[str, str]] = (),
) -> Resume:
    """``resume`` with the user's review applied: changes, then merges, then drops.

    ``changes`` maps field paths to new values; an end date changed to "Present" (or emptied)
    makes the entry current. ``merges`` are ``(source, target)`` entry paths (``work[2]`` into
    ``work[1]``, when the reader split one job in two): the target keeps its values, gains the
    source's missing ones and its bullets, and the source goes. A dropped path may be a field
    (``work[0].location``) or a whole entry (``work[1]``). A value the model refuses raises
    :class:`ReviewError` naming the field.
    """
    data = resume.to_json_dict()
    for path, value in changes.items():
        _set(data, path_tokens(path), value.strip())
    dropped = list(dropped)
    for source, target in merges:
        _merge(_get(data, path_tokens(source)), _get(data, path_tokens(target)))
        dropped.append(source)
    for tokens in sorted((path_tokens(p) for p in set(dropped)), key=_drop_order):
        _delete(data, tokens)
    try:
        return Resume.from_json_dict(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ReviewError(f"{field_path(first['loc'])}: {first['msg']}") from exc


def _drop_order(tokens: list[str | int]) -> tuple:
    """Deepest paths and highest list indexes first, so earlier removals move nothing later."""
    return tuple((-t if isinstance(t, int) else 0) for t in tokens) + (-len(tokens),)


def _set(data: Any, tokens: list[str | int], value: str) -> None:
    *parents, last = tokens
    for token in parents:
        data = data[token] if isinstance(token, int) else data.setdefault(token, {})
    if value == "" or (last == "endDate" and value.lower() in ("present", "current")):
        if isinstance(data, dict):
            data.pop(last, None)
        return
    data[last] = value


def _get(data: Any, tokens: list[str | int]) -> Any:
    for token in tokens:
        data = data[token]
    return data


def _merge(source: dict[str, Any], target: dict[str, Any]) -> None:
    """Fill ``target`` from ``source``: missing values taken, lists joined."""
    for key, value in source.items():
        if isinstance(value, list) and isinstance(target.get(key), list):
            target[key] = target[key] + [v for v in value if v not in target[key]]
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(value, target[key])
        elif key not in target:
            target[key] = value


def _delete(data: Any, tokens: list[str | int]) -> None:
    *parents, last = tokens
    for token in parents:
        try:
            data = data[token]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(data, list) and isinstance(last, int) and last < len(data):
        del data[last]
    elif isinstance(data, dict):
        data.pop(last, None)


def add_as_version(current: Resume, imported: Resume, name: str) -> Resume:
    """``current`` with the import as a new, active version; nothing of ``current`` is lost.

    The versions share contact details: the import only fills those that are empty.
    """
    result = new_version(current, name).to_json_dict()
    data = imported.to_json_dict()
    for key in VERSIONED_SECTIONS:
        result.pop(key, None)
        if key in data:
            result[key] = data[key]
    basics, found = result.setdefault("basics", {}), data.get("basics", {})
    for key in VERSIONED_BASICS:
        basics.pop(key, None)
        if key in found:
            basics[key] = found[key]
    for key, value in found.items():
        if key not in VERSIONED_BASICS and not basics.get(key):
            basics[key] = value
    return Resume.from_json_dict(result)
