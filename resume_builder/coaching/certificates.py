"""Certifications that have expired or expire soon: a lapsed RHIT or CCS costs interviews.

Dates in a resume can be partial. An expiry of "2026" is read as the last day of 2026 and
"2026-05" as 31 May 2026, so a credential is never called expired before it really is.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING

from resume_builder.coaching.findings import Finding, finding_id
from resume_builder.language import words
from resume_builder.messages import Messages
from resume_builder.output.outline import format_date

if TYPE_CHECKING:
    from resume_builder.dataset import Catalogue, CertificationEntry
    from resume_builder.models import Resume

EXPIRY_WARNING_DAYS = 90

MESSAGES = Messages(
    {
        "this-certification": {"en": "This certification", "es": "Esta certificación"},
        "cert-expired": {
            "en": "{name} expired on {when}. Renew it before you apply, or take it off the "
            "resume (and out of the letters after your name).",
            "es": "{name} venció {when}. Renuévela antes de postularse, o quítela del "
            "currículum (y de las siglas después de su nombre).",
        },
        "cert-expiring": {
            "en": "{name} expires on {when} ({in_days}). Renew it now so it is current while "
            "employers check it.",
            "es": "{name} vence {when} ({in_days}). Renuévela ahora para que esté vigente "
            "mientras los empleadores la verifican.",
        },
        "today": {"en": "today", "es": "hoy"},
        "in-days/one": {"en": "in {count} day", "es": "en {count} día"},
        "in-days/other": {"en": "in {count} days", "es": "en {count} días"},
        "renewal": {"en": " Renewal: {renewal}", "es": " Renovación: {renewal}"},
        "cert-renamed": {
            "en": "{renamed} Write it as {display}; the old name can follow in brackets. "
            "Source: {source}.",
            "es": "{renamed} Escríbala como {display}; el nombre anterior puede ir después "
            "entre paréntesis. Fuente: {source}.",
        },
        "cert-issuer-old-name": {
            "en": "{issuer} is the old name of {issuer_name} ({short}); write {short}.",
            "es": "{issuer} es el nombre anterior de {issuer_name} ({short}); escriba {short}.",
        },
        "cert-wrong-issuer": {
            "en": "{abbreviation} is issued by {issuer_name} ({short}), not {issuer}. An "
            "employer who checks will not find it there.",
            "es": "{abbreviation} la otorga {issuer_name} ({short}), no {issuer}. Un empleador "
            "que lo verifique no la encontrará allí.",
        },
    }
)


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
    lang: str = "en",
) -> list[Finding]:
    """Findings for certifications that have expired, or expire within ``warn_days``.

    Args:
        resume: The resume to read ``certificates[].expiryDate`` from.
        today: The date to compare with (tests pass one); ``None`` means today.
        catalogue: The dataset, to add how the credential is renewed when it is known.
        warn_days: How far ahead to warn.
        lang: The language of the messages (the reader's).
    """
    today = today or date.today()
    out: list[Finding] = []
    for index, cert in enumerate(resume.certificates):
        if not cert.expiry_date:
            continue
        last = expiry_day(cert.expiry_date)
        if last is None:
            continue
        key = (cert.name or MESSAGES.text("this-certification")).strip()  # ids: one language
        name = (cert.name or MESSAGES.text("this-certification", lang)).strip()
        when = _when(cert.expiry_date, last, lang)
        renewal = _renewal(key, catalogue)
        days = (last - today).days
        if days < 0:
            rule, severity = "cert-expired", "error"
            message = MESSAGES.text("cert-expired", lang, name=name, when=when)
        elif days <= warn_days:
            rule, severity = "cert-expiring", "warning"
            in_days = (
                MESSAGES.text("today", lang)
                if days == 0
                else MESSAGES.plural("in-days", days, lang)
            )
            message = MESSAGES.text("cert-expiring", lang, name=name, when=when, in_days=in_days)
        else:
            continue
        if renewal:
            message += MESSAGES.text("renewal", lang, renewal=renewal)
        out.append(
            Finding(
                id=finding_id(rule, f"{key}\x1f{cert.expiry_date}"),
                rule=rule,
                kind="certificate",
                severity=severity,  # type: ignore[arg-type]
                path=f"certificates[{index}].expiryDate",
                message=message,
                excerpt=cert.expiry_date,
            )
        )
    return out


def credential_notes(resume: Resume, catalogue: Catalogue, *, lang: str = "en") -> list[Finding]:
    """Credentials listed under a renamed name (CTR), the wrong issuer or an issuer's old name.

    A screener who knows the field reads "RHIT, AAPC" as a made-up credential, and "CTR" as
    someone who stopped keeping up in 2024; each note says what the issuer's page says.
    ``lang`` is the language of the messages (the dataset's own notes stay in English).
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
                    MESSAGES.text(
                        "cert-renamed",
                        lang,
                        renamed=entry.renamed,
                        display=entry.display,
                        source=entry.source_url or entry.issuer_name,
                    ),
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
                    MESSAGES.text(
                        "cert-issuer-old-name",
                        lang,
                        issuer=issuer,
                        issuer_name=entry.issuer_name,
                        short=entry.issuer,
                    ),
                )
            )
        elif not any(n in folded or folded in n for n in names):
            out.append(
                _note(
                    "cert-wrong-issuer",
                    index,
                    "issuer",
                    issuer,
                    MESSAGES.text(
                        "cert-wrong-issuer",
                        lang,
                        abbreviation=entry.abbreviation,
                        issuer_name=entry.issuer_name,
                        short=entry.issuer,
                        issuer=issuer,
                    ),
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


def _when(value: str, last: date, lang: str) -> str:
    """The expiry date as a message says it: "Mar 3, 2026", "May 2026", "2026".

    Spanish carries its preposition, which depends on the form: "el 3 de marzo de 2026",
    "en mayo de 2026", "en 2026".
    """
    said = words(lang)
    if lang == "es":
        if len(value) >= 10:
            return "el " + said.long_date(last.year, last.month, last.day)
        if "-" in value:
            return f"en {said.long_months[last.month - 1]} de {last.year}"
        return f"en {last.year}"
    if len(value) < 10:
        return format_date(value, lang)
    return f"{said.months[last.month - 1]} {last.day}, {last.year}"


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
