"""Wire agencies, datelines and bylines in article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates.temporal import MONTHS

# Canonical name -> ways it is written (matched case-insensitively as whole words).
AGENCIES: dict[str, tuple[str, ...]] = {
    "EFE": ("EFE", "Agencia EFE", "Efe"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse", "France Presse"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "Europa Press": ("Europa Press", "EP", "EUROPA PRESS"),
    "Prensa Latina": ("Prensa Latina", "PL"),
    "Xinhua": ("Xinhua", "Nueva China", "Agencia de Noticias Xinhua"),
    "TASS": ("TASS", "ITAR-TASS"),
    "Sputnik": ("Sputnik", "Sputnik Mundo"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "ANSA": ("ANSA", "ANSA Latina"),
    "DPA": ("DPA", "dpa", "Deutsche Presse-Agentur"),
    "Notimex": ("Notimex", "NTX"),
    "Télam": ("Télam", "Telam"),
    "Andina": ("Andina", "Agencia Andina"),
    "ANDES": ("ANDES",),
    "Colprensa": ("Colprensa",),
    "Bloomberg": ("Bloomberg",),
    "Agencia Brasil": ("Agência Brasil", "Agencia Brasil"),
    "EFE Verifica": ("EFE Verifica",),
}
_ALIAS = {alias.lower(): name for name, aliases in AGENCIES.items() for alias in aliases}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

# "Lima, 14 jun (EFE).-"  "Quito, 2 feb (Xinhua) --"  "MADRID, 3 mar. (EUROPA PRESS) -"  "LIMA (AAN).-"
DATELINE = re.compile(
    rf"""^\s*(?P<place>[A-ZÁÉÍÓÚÑ][\w'’.\- ]{{1,40}}?(?:\s\([A-Za-zÁÉÍÓÚÑáéíóúñ .]+\))?)
    \s*,?\s*
    (?:(?P<day>\d{{1,2}})\s+(?:de\s+)?(?P<month>{_MONTH_RE})\.?(?:\s+(?:de\s+)?(?P<year>\d{{4}}))?\s*)?
    (?:\((?P<agency>[^()\d]{{2,40}})\)|(?P<agency2>EFE|AFP|AP|Reuters|EUROPA\ PRESS|Xinhua|PL|ANSA|DPA))?
    \s*(?P<sep>\.?\s*[-–—]{{1,2}}|\.-|:|\.)\s*""",
    re.VERBOSE | re.IGNORECASE,
)
_CREDIT = re.compile(
    r"""(?:\bpor\s+(?:la\s+)?(?:agencia\s+)?|\bfuente\s*:\s*|\(con\s+informaci[oó]n\s+de\s+|con\s+informaci[oó]n\s+de\s+
    |\bcr[eé]dito\s*:\s*|\binformaci[oó]n\s+de\s+)(?P<agency>[A-ZÁÉÍÓÚ][\w\- ]{1,30})""",
    re.VERBOSE | re.IGNORECASE,
)
_CONTRIBUTED = re.compile(r"\b(?P<agency>[A-Z][\w ]{1,25}?)\s+contribuy[oó]", re.UNICODE)
_BYLINE = re.compile(
    r"^\s*(?:por|by|von|redacci[oó]n:?|escrito por|autor:?)\s+(?P<name>[A-ZÁÉÍÓÚÑ][\w'.\-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'.\-]+){0,4})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    place: str
    day: int | None
    month: int | None
    year: int | None
    agency: str | None
    surface: str
    end: int


def canonical_agency(name: str | None) -> str | None:
    """Return the canonical agency for a written form, or None when it is not a known agency."""
    if not name:
        return None
    return _ALIAS.get(re.sub(r"\s+", " ", name.strip(" .,-")).lower())


def find_dateline(text: str) -> DatelineMatch | None:
    """Return the dateline that opens the first paragraphs of the text, if any."""
    offset = 0
    for para in text.split("\n")[:4]:
        m = DATELINE.match(para)
        if m and (m.group("day") or m.group("agency") or m.group("agency2")) and _plausible_place(m.group("place")):
            raw_agency = m.group("agency") or m.group("agency2")
            agency = canonical_agency(raw_agency) or (raw_agency.strip() if raw_agency else None)
            day = int(m.group("day")) if m.group("day") else None
            month = MONTHS[m.group("month").lower()] if m.group("month") else None
            year = int(m.group("year")) if m.group("year") else None
            return DatelineMatch(m.group("place").strip(), day, month, year, agency, m.group(0).strip(),
                                 offset + m.end())
        offset += len(para) + 1
    return None


def _plausible_place(place: str) -> bool:
    words = place.split()
    return 1 <= len(words) <= 5 and not place.lower().startswith(("el ", "la ", "los ", "las ", "un ", "una "))


def find_agency(text: str, byline: str | None = None) -> tuple[str | None, str]:
    """Return (agency, evidence) from the byline, dateline, source or credit lines."""
    if byline and canonical_agency(byline.replace("Agencia", "").strip()):
        return canonical_agency(byline.replace("Agencia", "").strip()), f"byline {byline!r}"
    dl = find_dateline(text)
    if dl and dl.agency:
        return dl.agency, f"dateline {dl.surface!r}"
    for pattern in (_CREDIT, _CONTRIBUTED):
        for m in pattern.finditer(text):
            words = m.group("agency").split()
            for n in range(min(3, len(words)), 0, -1):
                name = canonical_agency(" ".join(words[:n]))
                if name:
                    return name, f"credit {m.group(0).strip()!r}"
    return None, ""


def find_byline(lines: list[str]) -> str | None:
    for line in lines:
        m = _BYLINE.match(line)
        if m:
            return m.group("name").strip()
    return None
