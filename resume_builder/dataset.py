"""The field dataset (``skills_data/``) as a read-only, validated catalogue.

Every JSON file is checked against ``skills_data/schema.json`` when it is loaded, and the links
between files (skill tags on bullets, certification ids) are checked after that, so the rest of
the app can trust the catalogue. A file whose exact bytes (with the schema's) already passed the
schema check is not checked again (see :class:`_SchemaCheck`). Any problem is a :class:`~resume_builder.errors.DatasetError`
whose message names the file and the JSON path of the problem.

Ranks are list positions in the files (first = strongest evidence); no score is stored.

Texts in another language (``es.json``: category labels, skill names, summary starters) are
keyed by their English text; :meth:`Catalogue.translated` gives the English where there is none.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from resume_builder.errors import DatasetError, ResumeFileError
from resume_builder.paths import skills_data_dir, user_cache_dir
from resume_builder.slots import NUMBER_SLOT

if TYPE_CHECKING:
    import jsonschema

log = logging.getLogger(__name__)

DEFAULT_ROLE = "medical-records-technician"
SCHEMA_FILE = "schema.json"
CATALOGUE_FILE = "catalogue.json"
CERTIFICATIONS_FILE = "certifications.json"
MARKET_FILE = "market.json"

CATEGORY_LABELS: dict[str, str] = {
    "coding": "Coding & classification",
    "software": "Health records software",
    "compliance": "Compliance & privacy",
    "clinical": "Clinical knowledge",
    "office": "Office & data",
    "soft": "Soft skills",
}
"""Skill category id -> label, in display order."""

SOURCE_IDS: tuple[str, ...] = ("seed", "onet", "bls", "issuer", "curated")

TRANSLATION_FILES: dict[str, str] = {"es": "es.json"}
"""Language -> the file with the dataset's texts in it; a folder without it offers English."""
TranslatedKind = Literal["roles", "role_descriptions", "categories", "skills", "summaries"]

_TIER_OF_BASIS: dict[str, int] = {
    "seed-share": 0,
    "seed": 1,
    "onet-task": 2,
    "onet-hot-in-demand": 3,
    "onet-hot": 4,
    "onet-technology": 5,
    "onet-tool": 5,
    "bls": 6,
    "issuer": 7,
    "curated": 8,
}


def evidence_tier(basis: Iterable[str]) -> int:
    """The evidence tier of a skill's ``basis`` (0 = strongest), as the schema describes.

    A skill named by the seed *and* backed by O*NET counts as strongest, because two
    independent sources agree. Skills in a role file must come in non-decreasing tier order.
    """
    kinds = set(basis)
    if "seed-share" in kinds or ("seed" in kinds and any(k.startswith("onet") for k in kinds)):
        return 0
    return min((_TIER_OF_BASIS[k] for k in kinds), default=_TIER_OF_BASIS["curated"])


@dataclass(frozen=True, slots=True)
class SkillEntry:
    """A skill the role asks for, with the words people use for it and why it is listed."""

    id: str
    name: str
    category: str
    synonyms: tuple[str, ...]
    share: float | None
    source: str
    evidence: str
    basis: tuple[str, ...] = ()
    onet_tasks: tuple[str, ...] = ()
    onet_technology: str | None = None
    misspellings: tuple[str, ...] = ()
    """Wrong spellings search still finds ("HIPPA"); the spell checker flags them."""
    rank: int = 0
    """1-based position in the role's ranked list (from file order, not a measurement)."""

    @property
    def category_label(self) -> str:
        """Human label of the category, e.g. "Coding & classification"."""
        return CATEGORY_LABELS[self.category]

    @property
    def tier(self) -> int:
        """Evidence tier of this skill (0 = strongest); see :func:`evidence_tier`."""
        return evidence_tier(self.basis)


@dataclass(frozen=True, slots=True)
class ResponsibilityEntry:
    """A resume-ready bullet; ``[N]`` marks where the user's own number goes."""

    id: str
    text: str
    skills: tuple[str, ...]
    source: str
    onet_task: str | None = None
    rank: int = 0


@dataclass(frozen=True, slots=True)
class SummaryStarter:
    """The opening of a resume summary for the role, for the user to finish."""

    id: str
    text: str
    source: str
    rank: int = 0


@dataclass(frozen=True, slots=True)
class CertificationEntry:
    """A credential the field recognises, named as its issuer names it."""

    id: str
    abbreviation: str
    name: str
    issuer: str
    source: str
    issuer_name: str = ""
    description: str = ""
    aliases: tuple[str, ...] = ()
    renewal: str | None = None
    evidence: str | None = None
    eligibility: str | None = None
    """Who may sit the exam, when it asks for more than a new graduate has."""
    former_names: tuple[str, ...] = ()
    """Abbreviations or names the issuer retired (e.g. CTR), still accepted as aliases."""
    renamed: str | None = None
    source_url: str | None = None

    @property
    def display(self) -> str:
        """How the credential reads on a resume, e.g. "Registered Health ... (RHIT)"."""
        return f"{self.name} ({self.abbreviation})"


@dataclass(frozen=True, slots=True)
class Duty:
    """One of a role's main duties and the skills that show it (the first is its anchor)."""

    name: str
    skills: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class RoleProfile:
    """Everything the dataset knows about one target role, each list in rank order."""

    id: str
    title: str
    description: str
    skills: tuple[SkillEntry, ...]
    responsibilities: tuple[ResponsibilityEntry, ...]
    summaries: tuple[SummaryStarter, ...]
    certifications: tuple[str, ...]
    source: str
    onet_code: str | None = None
    titles: tuple[str, ...] = ()
    duties: tuple[Duty, ...] = ()
    """Main duties in rank order; suggestions cover each before going deeper into one."""

    def skill(self, skill_id: str) -> SkillEntry:
        """The skill with this id (``KeyError`` if the role has none)."""
        for entry in self.skills:
            if entry.id == skill_id:
                return entry
        raise KeyError(skill_id)


@dataclass(frozen=True, slots=True)
class MarketFact:
    """One figure (or figure-less fact) about pay, jobs or education, with its source."""

    id: str
    role: str
    topic: str
    label: str
    value: float | None
    unit: str
    source: str
    qualifier: str = "exact"
    as_of: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StateRow:
    """A row of the seed's jobs-by-state table."""

    state: str
    code: str
    jobs: int | None
    average_salary: float | None
    source: str
    rank: int | None = None
    note: str | None = None
    as_of: str | None = None


@dataclass(frozen=True, slots=True)
class Market:
    """Pay and job facts for the roles, as the sources give them (figures never derived)."""

    facts: tuple[MarketFact, ...]
    states: tuple[StateRow, ...]
    best_states: tuple[StateRow, ...]
    employer_types: tuple[str, ...]
    employer_types_source: str = "seed"

    def for_role(self, role_id: str) -> tuple[MarketFact, ...]:
        """The facts about one role."""
        return tuple(f for f in self.facts if f.role == role_id)


@dataclass(frozen=True, slots=True)
class RetiredTerm:
    """A retired code set or name (ICD-9) that a search should answer with a pointer."""

    terms: tuple[str, ...]
    note: str
    see: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Translation:
    """The dataset's texts in one other language, each by its English text."""

    language: str
    roles: Mapping[str, str]
    """Role titles."""
    role_descriptions: Mapping[str, str]
    categories: Mapping[str, str]
    skills: Mapping[str, str]
    summaries: Mapping[str, str]


@dataclass(frozen=True, eq=False)
class Catalogue:
    """The whole loaded dataset. Read-only; get it from :func:`load_catalogue`."""

    roles: Mapping[str, RoleProfile]
    certifications: Mapping[str, CertificationEntry]
    former_issuer_names: Mapping[str, tuple[str, ...]]
    """Issuer -> names it used before (e.g. NCRA -> National Tumor Registrars Association)."""
    market: Market
    credits: str
    ranking: str
    sources: Mapping[str, str]
    """Source id -> label, e.g. "onet" -> "O*NET 29.2 ..."."""
    default_role: str
    directory: Path
    retired_terms: tuple[RetiredTerm, ...] = ()
    translations: Mapping[str, Translation] = field(default_factory=lambda: MappingProxyType({}))
    """Language -> its texts (see :data:`TRANSLATION_FILES`)."""

    def translated(self, kind: TranslatedKind, english: str, language: str | None) -> str:
        """``english``, a text of the dataset of the ``kind`` given, in ``language``.

        Kinds: role titles and descriptions, category labels, skill names, summary starters.
        The English text itself when the dataset has no translation of it.
        """
        translation = self.translations.get(language or "en")
        if translation is None:
            return english
        texts: Mapping[str, str] = getattr(translation, kind)
        return texts.get(english, english)

    def role_titles(self, language: str | None) -> dict[str, str]:
        """Role id -> the role's title in ``language``, in the dataset's order."""
        return {r.id: self.translated("roles", r.title, language) for r in self.roles.values()}

    def role(self, role_id: str) -> RoleProfile:
        """The role with this id; a :class:`DatasetError` names the known ones otherwise."""
        try:
            return self.roles[role_id]
        except KeyError:
            known = ", ".join(self.roles)
            raise DatasetError(f"Unknown role {role_id!r}; known roles: {known}") from None


def load_catalogue(directory: Path | None = None) -> Catalogue:
    """Load and validate the dataset; the bundled one is loaded once and cached.

    Args:
        directory: A folder laid out like ``skills_data/``; ``None`` means the bundled one.

    Raises:
        DatasetError: a file is missing, is not JSON, breaks the schema or links to
            something that does not exist. The message names the file and JSON path.
    """
    if directory is None:
        return _load_default()
    return _load(Path(directory))


@cache
def _load_default() -> Catalogue:
    return _load(skills_data_dir())


def _load(directory: Path) -> Catalogue:
    validator = _SchemaCheck(directory / SCHEMA_FILE)
    top = _read(directory / CATALOGUE_FILE, validator, "catalogue")
    certs_data = _read(directory / CERTIFICATIONS_FILE, validator, "certifications")
    market_data = _read(directory / MARKET_FILE, validator, "market")
    translated = {
        language: _read(directory / name, validator, "translation")
        for language, name in TRANSLATION_FILES.items()
        if (directory / name).is_file()
    }

    issuers: dict[str, str] = certs_data["issuers"]
    certifications: dict[str, CertificationEntry] = {}
    for i, raw in enumerate(certs_data["certifications"]):
        where = f"$.certifications[{i}]"
        _check_unique(CERTIFICATIONS_FILE, where + ".id", raw["id"], certifications)
        if raw["issuer"] not in issuers:
            _fail(
                CERTIFICATIONS_FILE, where + ".issuer", f"issuer {raw['issuer']!r} not in $.issuers"
            )
        certifications[raw["id"]] = CertificationEntry(
            id=raw["id"],
            abbreviation=raw["abbreviation"],
            name=raw["name"],
            issuer=raw["issuer"],
            issuer_name=issuers[raw["issuer"]],
            source=raw["source"],
            description=raw["description"],
            aliases=tuple(raw.get("aliases", ())),
            renewal=raw.get("renewal"),
            evidence=raw.get("evidence"),
            eligibility=raw.get("eligibility"),
            former_names=tuple(raw.get("former_names", ())),
            renamed=raw.get("renamed"),
            source_url=raw.get("source_url"),
        )

    roles: dict[str, RoleProfile] = {}
    for i, role_id in enumerate(top["roles"]):
        file_name = f"{role_id}.json"
        if not (directory / file_name).is_file():
            _fail(CATALOGUE_FILE, f"$.roles[{i}]", f"role file {file_name} is missing")
        raw = _read(directory / file_name, validator, "role")
        if raw["id"] != role_id:
            _fail(file_name, "$.id", f"id {raw['id']!r} does not match the file name")
        roles[role_id] = _role(file_name, raw, certifications)

    validator.remember()
    if top["default_role"] not in roles:
        _fail(CATALOGUE_FILE, "$.default_role", f"{top['default_role']!r} is not in $.roles")
    for i, fact in enumerate(market_data["facts"]):
        if fact["role"] not in roles:
            _fail(MARKET_FILE, f"$.facts[{i}].role", f"unknown role {fact['role']!r}")

    translations = {
        language: _translation(TRANSLATION_FILES[language], language, raw, roles)
        for language, raw in translated.items()
    }

    return Catalogue(
        roles=MappingProxyType(roles),
        certifications=MappingProxyType(certifications),
        former_issuer_names=MappingProxyType(
            {
                issuer: tuple(old["name"] for old in names)
                for issuer, names in certs_data.get("former_issuer_names", {}).items()
            }
        ),
        market=_market(market_data),
        credits=top["credits"],
        ranking=top["ranking"],
        sources=MappingProxyType({k: v["label"] for k, v in top["sources"].items()}),
        default_role=top["default_role"],
        directory=directory,
        retired_terms=tuple(
            RetiredTerm(
                terms=tuple(r["terms"]), note=r["note"], see=tuple(r["see"]), source=r["source"]
            )
            for r in top.get("retired_terms", ())
        ),
        translations=MappingProxyType(translations),
    )


def _translation(
    file_name: str, language: str, raw: dict[str, Any], roles: Mapping[str, RoleProfile]
) -> Translation:
    """Check that every entry translates a text the dataset has, once, keeping its [N] slots."""
    if raw["language"] != language:
        _fail(file_name, "$.language", f"expected {language!r}, found {raw['language']!r}")
    english: dict[str, set[str]] = {
        "roles": {role.title for role in roles.values()},
        "role_descriptions": {role.description for role in roles.values()},
        "categories": set(CATEGORY_LABELS.values()),
        "skills": {s.name for role in roles.values() for s in role.skills},
        "summaries": {s.text for role in roles.values() for s in role.summaries},
    }
    out: dict[str, dict[str, str]] = {}
    for kind, known in english.items():
        texts = out[kind] = {}
        for i, entry in enumerate(raw[kind]):
            where = f"$.{kind}[{i}]"
            if entry["en"] not in known:
                _fail(file_name, where + ".en", f"no such English text: {entry['en']!r}")
            _check_unique(file_name, where + ".en", entry["en"], texts)
            if entry["en"].count(NUMBER_SLOT) != entry[language].count(NUMBER_SLOT):
                _fail(file_name, f"{where}.{language}", f"keep the {NUMBER_SLOT} slots of the English")
            texts[entry["en"]] = entry[language]
    return Translation(
        language=language,
        roles=MappingProxyType(out["roles"]),
        role_descriptions=MappingProxyType(out["role_descriptions"]),
        categories=MappingProxyType(out["categories"]),
        skills=MappingProxyType(out["skills"]),
        summaries=MappingProxyType(out["summaries"]),
    )


def _role(
    file_name: str, raw: dict[str, Any], certifications: Mapping[str, CertificationEntry]
) -> RoleProfile:
    skills: dict[str, SkillEntry] = {}
    for i, s in enumerate(raw["skills"]):
        where = f"$.skills[{i}]"
        _check_unique(file_name, where + ".id", s["id"], skills)
        if "onet-task" in s["basis"] and not s.get("onet_tasks"):
            _fail(file_name, where + ".onet_tasks", "basis onet-task needs the task ids")
        skills[s["id"]] = SkillEntry(
            id=s["id"],
            name=s["name"],
            category=s["category"],
            synonyms=tuple(s["synonyms"]),
            share=s["share"],
            source=s["source"],
            evidence=s["evidence"],
            basis=tuple(s["basis"]),
            onet_tasks=tuple(s.get("onet_tasks", ())),
            onet_technology=s.get("onet_technology"),
            misspellings=tuple(s.get("misspellings", ())),
            rank=i + 1,
        )

    responsibilities: list[ResponsibilityEntry] = []
    seen: dict[str, object] = {}
    for i, r in enumerate(raw["responsibilities"]):
        where = f"$.responsibilities[{i}]"
        _check_unique(file_name, where + ".id", r["id"], seen)
        seen[r["id"]] = r
        for j, tag in enumerate(r["skills"]):
            if tag not in skills:
                _fail(file_name, f"{where}.skills[{j}]", f"unknown skill id {tag!r}")
        responsibilities.append(
            ResponsibilityEntry(
                id=r["id"],
                text=r["text"],
                skills=tuple(r["skills"]),
                source=r["source"],
                onet_task=r.get("onet_task"),
                rank=i + 1,
            )
        )

    summaries: list[SummaryStarter] = []
    seen = {}
    for i, s in enumerate(raw["summaries"]):
        _check_unique(file_name, f"$.summaries[{i}].id", s["id"], seen)
        seen[s["id"]] = s
        summaries.append(SummaryStarter(id=s["id"], text=s["text"], source=s["source"], rank=i + 1))

    duties: list[Duty] = []
    for i, duty in enumerate(raw.get("duties", ())):
        for j, tag in enumerate(duty["skills"]):
            if tag not in skills:
                _fail(file_name, f"$.duties[{i}].skills[{j}]", f"unknown skill id {tag!r}")
        duties.append(Duty(name=duty["name"], skills=tuple(duty["skills"])))

    for i, cert_id in enumerate(raw["certifications"]):
        if cert_id not in certifications:
            _fail(file_name, f"$.certifications[{i}]", f"unknown certification id {cert_id!r}")

    return RoleProfile(
        id=raw["id"],
        title=raw["title"],
        description=raw["description"],
        skills=tuple(skills.values()),
        responsibilities=tuple(responsibilities),
        summaries=tuple(summaries),
        certifications=tuple(raw["certifications"]),
        source=raw["source"],
        onet_code=raw.get("onet_code"),
        titles=tuple(raw.get("titles", ())),
        duties=tuple(duties),
    )


def _market(raw: dict[str, Any]) -> Market:
    facts = tuple(
        MarketFact(
            id=f["id"],
            role=f["role"],
            topic=f["topic"],
            label=f["label"],
            value=f["value"],
            unit=f["unit"],
            source=f["source"],
            qualifier=f.get("qualifier", "exact"),
            as_of=f.get("as_of"),
            note=f.get("note"),
        )
        for f in raw["facts"]
    )

    def row(r: dict[str, Any]) -> StateRow:
        return StateRow(
            state=r["state"],
            code=r["code"],
            jobs=r.get("jobs"),
            average_salary=r.get("average_salary"),
            source=r["source"],
            rank=r.get("rank"),
            note=r.get("note"),
            as_of=r.get("as_of"),
        )

    employers = raw["employer_types"]
    return Market(
        facts=facts,
        states=tuple(row(r) for r in raw["states"]),
        best_states=tuple(row(r) for r in raw["best_states"]),
        employer_types=tuple(e["name"] for e in employers),
        employer_types_source=employers[0]["source"] if employers else "seed",
    )


CHECKED_FILE = "dataset-checked.json"
"""In the user's cache folder: digests of data files (with their schema) that passed the check."""
_CHECKED_KEPT = 200


class _SchemaCheck:
    """Checks data files against a schema, skipping files whose exact bytes passed before.

    Why: importing jsonschema and checking the whole dataset took about 0.3 s of every app start,
    for files that only change with an update. A SHA-256 of the schema and each file that passed
    is kept in the user's cache folder; a changed file (or schema) is checked in full again.
    """

    def __init__(self, schema_path: Path) -> None:
        self._schema_path = schema_path
        self._schema_digest = hashlib.sha256(_read_bytes(schema_path)).digest()
        self._validator: jsonschema.protocols.Validator | None = None
        self._known = _read_checked()
        self._new: list[str] = []

    def check(self, path: Path, raw: bytes, data: Any) -> None:
        """Raise a :class:`DatasetError` naming the JSON path if ``data`` breaks the schema."""
        digest = hashlib.sha256(self._schema_digest + raw).hexdigest()
        if digest in self._known:
            return
        from jsonschema.exceptions import best_match

        if self._validator is None:
            self._validator = _validator(self._schema_path)
        error = best_match(self._validator.iter_errors(data))
        if error is not None:
            _fail(path.name, _json_path(error.absolute_path), error.message)
        self._known.append(digest)
        self._new.append(digest)

    def remember(self) -> None:
        """Keep the digests of the files that passed (only once every file has been read)."""
        if not self._new:
            return
        from resume_builder.storage import atomic_write_bytes

        kept = self._known[-_CHECKED_KEPT:]
        try:
            atomic_write_bytes(user_cache_dir() / CHECKED_FILE, json.dumps(kept).encode("ascii"))
        except (OSError, ResumeFileError):  # only a slower next start
            log.debug("could not keep the dataset check digests", exc_info=True)
        self._new.clear()


def _read_checked() -> list[str]:
    try:
        known = json.loads((user_cache_dir() / CHECKED_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return []
    return [d for d in known if isinstance(d, str)] if isinstance(known, list) else []


def _validator(path: Path) -> jsonschema.protocols.Validator:
    import jsonschema

    schema = _read_json(path)
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as exc:
        _fail(path.name, _json_path(exc.absolute_path), f"not a valid JSON Schema: {exc.message}")
    defs = schema.get("$defs", {})
    try:
        inlined = _inline_refs(schema, defs)
    except (KeyError, RecursionError):
        inlined = schema  # an unusual $ref: let jsonschema resolve it, just more slowly
    return cls(inlined)


def _inline_refs(node: Any, defs: Mapping[str, Any]) -> Any:
    """Copy of a schema with local ``#/$defs/...`` references replaced by their targets.

    Why: resolving thousands of references while validating costs more than half the load
    time; the schema has no recursive references, so inlining them gives the same result.
    """
    if isinstance(node, list):
        return [_inline_refs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target = _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        rest = {k: _inline_refs(v, defs) for k, v in node.items() if k != "$ref"}
        if set(rest) <= {"description", "title"} and isinstance(target, dict):
            return {**target, **rest}
        return {"allOf": [target], **rest}
    return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}


def _read(path: Path, check: _SchemaCheck, kind: str) -> dict[str, Any]:
    """Read one data file, validate it and check that it is the kind of file expected."""
    raw = _read_bytes(path)
    data = _parse_json(path, raw)
    check.check(path, raw, data)
    if data["kind"] != kind:
        _fail(path.name, "$.kind", f"expected a {kind!r} file, found {data['kind']!r}")
    return data


def _read_json(path: Path) -> Any:
    return _parse_json(path, _read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(
            f"{path.name}: dataset file is missing (looked in {path.parent})"
        ) from None
    except OSError as exc:
        raise DatasetError(f"{path.name}: cannot read the file ({exc})") from exc


def _parse_json(path: Path, raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path.name}: cannot read the file ({exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError(
            f"{path.name} (line {exc.lineno}, column {exc.colno}): not valid JSON: {exc.msg}"
        ) from None


def _json_path(parts: Iterable[str | int]) -> str:
    """A JSONPath-like pointer such as ``$.skills[3].category``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _check_unique(file_name: str, where: str, value: str, seen: Mapping[str, object]) -> None:
    if value in seen:
        _fail(file_name, where, f"duplicate id {value!r}")


def _fail(file_name: str, where: str, problem: str) -> NoReturn:
    raise DatasetError(f"{file_name} (at {where}): {problem}")


def read_data_file(name: str, kind: str, directory: Path | None = None) -> dict[str, Any]:
    """One more file of the dataset (e.g. ``letters.json``), validated by the same schema.

    Raises:
        DatasetError: the file is missing, is not JSON, breaks the schema or is another kind.
    """
    folder = Path(directory) if directory is not None else skills_data_dir()
    check = _SchemaCheck(folder / SCHEMA_FILE)
    data = _read(folder / name, check, kind)
    check.remember()
    return data
