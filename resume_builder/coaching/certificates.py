"""Certifications that have expired or expire soon: a lapsed RHIT or CCS costs interviews.

Dates in a resume can be partial. An expiry of "2026" is read as the last day of 2026 and
"2026-05" as 31 May 2026, so a credential is never called expired before it really is.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING

from resume_builder.coaching.findings import Finding, finding_id
from resume_builder.output.outline import format_date

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue, CertificationEntry
    from resume_builder.models import Resume

EXPIRY_WARNING_DAYS = 90


def expiry_day(value: str) -> date | None:
    """The last day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) covers, or ``None``."""
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None


def certificate_alerts(
    resume: Resume,
    *,
    today: date | None = None,
    catalogue: Catalogue | None = None,
    warn_days: int = EXPIRY_WARNING_DAYS,
) -> list[Finding]:
    """Findings for certifications that have expired, or expire within ``warn_days``.

    Args:
        resume: The resume to read ``certificates[].expiryDate`` from.
        today: The date to compare with (tests pass one); ``None`` means today.
        catalogue: The dataset, to add how the credential is renewed when it is known.
        warn_days: How far ahead to warn.
    """
    today = today or date.today()
    out: list[Finding] = []
    for index, cert in enumerate(resume.certificates):
        if not cert.expiry_date:
            continue
        last = expiry_day(cert.expiry_date)
        if last is None:
            continue
        name = (cert.name or "This certification").strip()
        when = format_date(cert.expiry_date) if len(cert.expiry_date) < 10 else _long(last)
        renewal = _renewal(name, catalogue)
        days = (last - today).days
        if days < 0:
            rule, severity = "cert-expired", "error"
            message = (
                f"{name} expired on {when}. Renew it before you apply, or take it off the "
                "resume (and out of the letters after your name)."
            )
        elif days <= warn_days:
            rule, severity = "cert-expiring", "warning"
            in_days = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
            message = (
                f"{name} expires on {when} ({in_days}). Renew it now so it is current "
                "while employers check it."
            )
        else:
            continue
        if renewal:
            message += f" Renewal: {renewal}"
        out.append(
            Finding(
                id=finding_id(rule, f"{name}\x1f{cert.expiry_date}"),
                rule=rule,
                kind="certificate",
                severity=severity,  # type: ignore[arg-type]
                path=f"certificates[{index}].expiryDate",
                message=message,
                excerpt=cert.expiry_date,
            )
        )
    return out


def credential_notes(resume: Resume, catalogue: Catalogue) -> list[Finding]:
    """Credentials listed under a renamed name (CTR), the wrong issuer or an issuer's old name.

    A screener who knows the field reads "RHIT, AAPC" as a made-up credential, and "CTR" as
    someone who stopped keeping up in 2024; each note says what the issuer's page says.
    """
    out: list[Finding] = []
    for index, cert in enumerate(resume.certificates):
        name = (cert.name or "").strip()
        entry = _entry(name, catalogue) if name else None
        if entry is None:
            continue
        used = _words(name)
        former = [f for f in entry.former_names if f.lower() in used or f.lower() in name.lower()]
        if former and entry.renamed and entry.abbreviation.lower() not in used:
            out.append(
                _note(
                    "cert-renamed",
                    index,
                    "name",
                    name,
                    f"{entry.renamed} Write it as {entry.display}; the old name can follow in "
                    f"brackets. Source: {entry.source_url or entry.issuer_name}.",
                )
            )
        issuer = (cert.issuer or "").strip()
        if not issuer:
            continue
        folded = issuer.lower()
        names = {entry.issuer.lower(), entry.issuer_name.lower()}
        old = catalogue.former_issuer_names.get(entry.issuer, ())
        if folded in {o.lower() for o in old}:
            out.append(
                _note(
                    "cert-issuer-old-name",
                    index,
                    "issuer",
                    issuer,
                    f"{issuer} is the old name of {entry.issuer_name} ({entry.issuer}); "
                    f"write {entry.issuer}.",
                )
            )
        elif not any(n in folded or folded in n for n in names):
            out.append(
                _note(
                    "cert-wrong-issuer",
                    index,
                    "issuer",
                    issuer,
                    f"{entry.abbreviation} is issued by {entry.issuer_name} ({entry.issuer}), "
                    f"not {issuer}. An employer who checks will not find it there.",
                    severity="warning",
                )
            )
    return out


def _note(
    rule: str, index: int, field: str, excerpt: str, message: str, severity: str = "tip"
) -> Finding:
    return Finding(
        id=finding_id(rule, f"{index}\x1f{excerpt}"),
        rule=rule,
        kind="certificate",
        severity=severity,  # type: ignore[arg-type]
        path=f"certificates[{index}].{field}",
        message=message,
        excerpt=excerpt,
    )


def _long(day: date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def _words(text: str) -> set[str]:
    return set(text.lower().replace("(", " ").replace(")", " ").replace(",", " ").split())


def _entry(name: str, catalogue: Catalogue) -> CertificationEntry | None:
    """The dataset's credential named (by abbreviation, alias or full name)."""
    folded = name.lower()
    words = _words(name)
    entries = list(catalogue.certifications.values())
    for entry in entries:  # exact abbreviation or alias first: "CCS-P" is not "CCS"
        labels = {entry.abbreviation.lower(), *(a.lower() for a in entry.aliases)}
        if folded in labels or folded == entry.name.lower() or labels & words:
            return entry
    for entry in entries:
        if entry.name.lower() in folded or any(
            a.lower() in folded for a in entry.aliases if " " in a
        ):
            return entry
    return None


def _renewal(name: str, catalogue: Catalogue | None) -> str | None:
    """The dataset's renewal note for the credential named (by abbreviation or full name)."""
    entry = _entry(name, catalogue) if catalogue is not None else None
    return entry.renewal if entry else None
