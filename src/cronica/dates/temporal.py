"""Temporal expressions in news text (Spanish first, English too), resolved against a reference date.

Rules (see docs in README, "Dates"):

- Absolute dates are read day first ("17/03/2024" is 17 March).
- A day and month without a year take the year that puts them nearest the reference date,
  not after it in past-tense text and not before it in future-tense text ("el pasado 9 de
  octubre" is always on or before the reference; "el próximo 3 de marzo" on or after).
- A bare weekday or "este <weekday>" in past-tense text is the most recent such day on or before
  the reference; in future-tense text the next one on or after it. "el pasado <weekday>" is
  strictly before, "el próximo <weekday>" strictly after.
- "hace N días/semanas/meses/años" counts back from the reference; "la semana pasada" is the
  reference minus 7 days (week granularity); "el mes pasado" the previous month.
- "un año antes" / "dos días después" count from the last date resolved before it in the text,
  or from the reference when there is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "ene": 1, "enero": 1, "jan": 1, "january": 1, "feb": 2, "febrero": 2, "february": 2,
    "mar": 3, "marzo": 3, "march": 3, "abr": 4, "abril": 4, "apr": 4, "april": 4,
    "may": 5, "mayo": 5, "jun": 6, "junio": 6, "june": 6, "jul": 7, "julio": 7, "july": 7,
    "ago": 8, "agosto": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "set": 9, "septiembre": 9,
    "setiembre": 9, "september": 9, "oct": 10, "octubre": 10, "october": 10,
    "nov": 11, "noviembre": 11, "november": 11, "dic": 12, "diciembre": 12, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MO = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
_UNIT = r"d[ií]as?|semanas?|mes(?:es)?|años?|days?|weeks?|months?|years?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    ("numeric", r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b"),
    ("dmy", rf"(?:\b(?P<mod>el\s+pasado|el\s+próximo|el\s+proximo|pasado|próximo|proximo|el|este)\s+)?"
            rf"(?:(?:{_WD}),?\s+)?\b(?P<d>\d{{1,2}})(?:º|°)?\s+(?:de\s+)?(?P<mo>{_MO})\.?"
            rf"(?:,?\s+(?:de(?:l)?\s+)?(?P<y>\d{{4}}))?\b"),
    ("mdy", rf"\b(?P<mo>{_MO})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("month_year", rf"\b(?:en\s+|de\s+|in\s+)?(?P<mo>{_MO})\s+(?:de(?:l)?\s+)?(?P<y>\d{{4}})\b"),
    ("ago", rf"\bhace\s+(?P<n>{_NUM})\s+(?P<u>{_UNIT})\b|\b(?P<n2>{_NUM})\s+(?P<u2>{_UNIT})\s+ago\b"),
    ("shift", rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?P<dir>antes|después|despues|más\s+tarde|before|after|later)\b"),
    ("weekday", rf"\b(?P<mod>el\s+pasado|el\s+próximo|el\s+proximo|este|esta|el|pasado|last|next|on|this)\s+"
                rf"(?P<wd>{_WD})\b(?!\s+\d)"),
    ("last_unit", r"\b(?:(?:la|el)\s+(?P<u>semana|mes|año)\s+(?P<dir>pasad[oa]|anterior|próxim[oa]|proxim[oa]|que\s+viene)"
                  r"|(?P<dir2>last|next)\s+(?P<u2>week|month|year))\b"),
    ("this_unit", r"\b(?:este|esta)\s+(?P<u>semana|mes|año)\b|\bthis\s+(?P<u2>week|month|year)\b"),
    ("early_month", r"\ba\s+(?P<p>principios|mediados|finales|fines)\s+de(?:l)?\s+(?P<u>mes|año)\b"),
    ("deictic", r"\b(?P<w>pasado\s+mañana|anteayer|antier|antes\s+de\s+ayer|ayer|hoy|esta\s+mañana|esta\s+tarde|"
                r"esta\s+noche|anoche|mañana|today|yesterday|tomorrow|tonight)\b"),
    ("year", r"\b(?:en|de|desde|hasta|in|since)\s+(?P<y>(?:19|20)\d{2})\b"),
]
_RE = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in _PATTERNS),
                 re.IGNORECASE)
_FUTURE = re.compile(
    r"\b\w+(?:rá|rán|remos|réis)\b|\bva(?:n)?\s+a\s+\w+r\b|\bprevist[oa]s?\b|\bprogramad[oa]\b|"
    r"\bwill\b|\bgoing to\b|\bscheduled\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression found in a text, with its resolved value when known."""

    start: int
    end: int
    surface: str
    kind: str  # absolute | relative
    value: str | None  # ISO date (first day of a month/year for coarser granularity)
    granularity: str  # day | week | month | year
    rule: str


def _g(m: re.Match, kind: str, name: str) -> str | None:
    return m.group(f"{kind}_{name}")


def _num(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def tense_of(text: str, start: int, end: int) -> str:
    """Return 'future' when the clause around a span speaks of the future, else 'past'."""
    lo = max(text.rfind(".", 0, start), start - 80, 0)
    hi = text.find(".", end)
    hi = min(hi if hi != -1 else len(text), end + 80)
    return "future" if _FUTURE.search(text[lo:start] + " " + text[end:hi]) else "past"


def nearest_year(month: int, day: int, ref: date, direction: str) -> date | None:
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, month, day))]
    if direction == "past":
        past = [d for d in options if d <= ref]
        return max(past) if past else None
    if direction == "future":
        fut = [d for d in options if d >= ref]
        return min(fut) if fut else None
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def _weekday(ref: date, wd: int, mode: str) -> date:
    back = (ref.weekday() - wd) % 7
    if mode == "past_or_same":
        return ref - timedelta(days=back)
    if mode == "strict_past":
        return ref - timedelta(days=back or 7)
    ahead = (wd - ref.weekday()) % 7
    if mode == "future_or_same":
        return ref + timedelta(days=ahead)
    return ref + timedelta(days=ahead or 7)


def _shift(ref: date, n: int, unit: str, sign: int) -> tuple[date, str]:
    unit = unit.lower()
    if unit.startswith(("d",)):
        return ref + timedelta(days=sign * n), "day"
    if unit.startswith(("s", "w")):
        return ref + timedelta(days=sign * 7 * n), "week"
    if unit.startswith("m"):
        month0 = ref.year * 12 + ref.month - 1 + sign * n
        y, m = divmod(month0, 12)
        return _safe_date(y, m + 1, min(ref.day, 28)) or date(y, m + 1, 1), "month"
    return _safe_date(ref.year + sign * n, ref.month, min(ref.day, 28)) or ref, "year"


def find_time_expressions(text: str, reference: date | None) -> list[TimeExpr]:
    """Return the temporal expressions of a text, resolved against the reference date when given."""
    out: list[TimeExpr] = []
    anchor = reference
    for m in _RE.finditer(text):
        kind = m.lastgroup
        expr = _resolve(m, kind, text, reference, anchor)
        if expr is None:
            continue
        out.append(expr)
        if expr.value and expr.granularity == "day" and kind != "shift":
            anchor = date.fromisoformat(expr.value)
    return out


def _resolve(m: re.Match, kind: str, text: str, ref: date | None, anchor: date | None) -> TimeExpr | None:
    start, end, surface = m.start(), m.end(), m.group(0)
    absolute = kind in ("iso", "numeric", "month_year", "year") or (kind in ("dmy", "mdy") and _g(m, kind, "y"))

    def out(value: date | None, gran: str = "day", rule: str = kind) -> TimeExpr:
        return TimeExpr(start, end, surface, "absolute" if absolute else "relative",
                        value.isoformat() if value else None, gran, rule)

    if kind in ("iso", "numeric"):
        y = int(_g(m, kind, "y"))
        y = y + 2000 if y < 100 and y < 70 else (y + 1900 if y < 100 else y)
        return out(_safe_date(y, int(_g(m, kind, "m")), int(_g(m, kind, "d")))) if 1900 < y < 2100 else None
    if kind in ("dmy", "mdy"):
        month = MONTHS[_g(m, kind, "mo").lower().rstrip(".")]
        day = int(_g(m, kind, "d"))
        if _g(m, kind, "y"):
            return out(_safe_date(int(_g(m, kind, "y")), month, day))
        if ref is None:
            return out(None)
        mod = (_g(m, "dmy", "mod") or "").lower() if kind == "dmy" else ""
        direction = "past" if "pasado" in mod else "future" if "pr" in mod else tense_of(text, start, end)
        return out(nearest_year(month, day, ref, direction), rule=f"{kind}:{direction}")
    if kind == "month_year":
        return out(_safe_date(int(_g(m, kind, "y")), MONTHS[_g(m, kind, "mo").lower()], 1), "month")
    if kind == "year":
        return out(date(int(_g(m, kind, "y")), 1, 1), "year")
    if ref is None:
        return out(None)
    return _resolve_relative(m, kind, text, ref, anchor or ref, out)


def _resolve_relative(m, kind, text, ref, anchor, out) -> TimeExpr | None:
    if kind == "weekday":
        mod = re.sub(r"\s+", " ", _g(m, kind, "mod").lower())
        wd = WEEKDAYS[_g(m, kind, "wd").lower()]
        if mod in ("el pasado", "pasado", "last"):
            return out(_weekday(ref, wd, "strict_past"), rule="weekday:pasado")
        if mod in ("el próximo", "el proximo", "next"):
            return out(_weekday(ref, wd, "strict_future"), rule="weekday:próximo")
        tense = tense_of(text, m.start(), m.end())
        mode = "future_or_same" if tense == "future" else "past_or_same"
        return out(_weekday(ref, wd, mode), rule=f"weekday:{mod}:{tense}")
    if kind == "ago":
        n = _num(_g(m, kind, "n") or _g(m, kind, "n2"))
        value, gran = _shift(ref, n, _g(m, kind, "u") or _g(m, kind, "u2"), -1)
        return out(value, gran)
    if kind == "shift":
        sign = -1 if _g(m, kind, "dir").lower() in ("antes", "before") else 1
        value, gran = _shift(anchor, _num(_g(m, kind, "n")), _g(m, kind, "u"), sign)
        return out(value, gran, rule="shift:from-previous-date")
    if kind == "last_unit":
        unit = (_g(m, kind, "u") or _g(m, kind, "u2")).lower()
        direction = (_g(m, kind, "dir") or _g(m, kind, "dir2")).lower()
        sign = -1 if direction.startswith(("pasad", "anterior", "last")) else 1
        value, gran = _shift(ref, 1, {"semana": "semana", "mes": "mes", "año": "año"}.get(unit, unit), sign)
        return out(value, gran)
    if kind == "this_unit":
        unit = (_g(m, kind, "u") or _g(m, kind, "u2")).lower()
        gran = {"semana": "week", "week": "week", "mes": "month", "month": "month"}.get(unit, "year")
        return out(ref, gran)
    if kind == "early_month":
        return out(ref.replace(day=1) if _g(m, kind, "u").lower() == "mes" else ref.replace(month=1, day=1),
                   "month" if _g(m, kind, "u").lower() == "mes" else "year")
    if kind == "deictic":
        return _deictic(m, text, ref, out)
    return None


def _deictic(m, text, ref, out) -> TimeExpr | None:
    word = re.sub(r"\s+", " ", m.group("deictic_w").lower())
    if word == "mañana":
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(la|por|de|esta|cada|una)\s+$", before):
            return None  # "por la mañana": the morning, not tomorrow
    offsets = {"hoy": 0, "today": 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "tonight": 0,
               "ayer": -1, "yesterday": -1, "anoche": -1, "anteayer": -2, "antier": -2, "antes de ayer": -2,
               "mañana": 1, "tomorrow": 1, "pasado mañana": 2}
    return out(ref + timedelta(days=offsets[word]), rule=f"deictic:{word}")
