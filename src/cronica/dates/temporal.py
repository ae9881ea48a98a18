"""Temporal expressions in news text (Spanish first, English too), resolved against a reference date.

Rules (see docs in README, "Dates"):

- Absolute dates are read day first ("17/03/2024" is 17 March). A four-digit year from 1900 to
  2099 standing alone ("en 1998", "1998", not "1.998" nor "1998%") is a year.
- A day and month without a year take the year that puts them nearest the reference date,
  not after it in past-tense text and not before it in future-tense text ("el pasado 9 de
  octubre" is always on or before the reference; "el próximo 3 de marzo" on or after).
  "del año pasado" / "de este año" after it gives the year outright.
- Tense: the word right before the expression decides first ("para el 7 de mayo" looks ahead,
  "iniciado el 3 de enero" looks back); otherwise the clause does (a future verb, "va a",
  "previsto", "programado" make it future; anything else is past, as in news).
- A bare weekday (lower case: "Domingo" is a name), "el/del/este <weekday>" in past-tense text is
  the most recent such day on or before the reference; in future-tense text the next one on or
  after it. "el pasado <weekday>" / "<weekday> pasado" are strictly before, "el próximo
  <weekday>" / "<weekday> próximo" strictly after. A weekday in apposition to the day just named
  ("hoy, jueves"; "mañana, martes") is that day. With a day number ("el próximo jueves 9") it
  is the nearest date with that day of the month in that direction, on that weekday if one is.
- "el (pasado) día 9" is the nearest 9th of a month in the direction of the modifier or tense.
- A month name without a day (lower case; "en mayo", "el pasado octubre", "febrero próximo",
  "a principios de junio") is that month in the year the same modes pick, compared month to
  month ("el pasado marzo" written in March is last year's); "agosto del año pasado" gives its
  year outright.
- "hace N días/semanas/meses/años" counts back from the reference; "la semana pasada" / "la
  pasada semana" is the reference minus 7 days (week granularity); "el mes pasado" the previous
  month; "el pasado año", "el año próximo" the year before or after; "este año", "el actual
  ejercicio" the reference's year; "esta semana", "toda la semana", "a mediados de semana" its week.
- "este/el fin de semana" is the reference's own weekend from Friday to Sunday; otherwise the last
  one in past-tense text and the next one in future-tense text (week granularity). "el primer
  fin de semana de mayo" is the week of that month's first Saturday.
- "un año antes" / "dos días después" count from the last date resolved before it in the text,
  or from the reference when there is none.
- "mañana" after "la", "por", "esta", "cada", "una", "toda" is the morning, not tomorrow; "la
  pasada noche" is yesterday.
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
DAY_WORDS = {w: n for n, w in enumerate(
    "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve treinta".split(), 1)} | {"primero": 1, "treinta y uno": 31}
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAYW = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
_MO = "|".join(sorted(MONTHS, key=len, reverse=True))
# full Spanish month names: the only ones read without a day or a year ("en mayo", "el pasado octubre")
_FULL_MO = ("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
            "diciembre")
_NUM = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
_UNIT = r"d[ií]as?|semanas?|mes(?:es)?|años?|days?|weeks?|months?|years?"
_PAST = r"pasad[oa]"
_NEXT = r"pr[oó]xim[oa]"
_YEAR_REL = rf"(?:este|el\s+{_PAST}|el\s+{_NEXT}|{_PAST}|{_NEXT})\s+año|año\s+(?:{_PAST}|{_NEXT}|que\s+viene)"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    ("numeric", r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b"),
    ("dmy", rf"(?:\b(?P<mod>el\s+{_PAST}|el\s+{_NEXT}|{_PAST}|{_NEXT}|el|del|este)\s+)?"
            rf"(?:(?:{_WD}),?\s+|d[ií]a\s+)?\b(?P<d>\d{{1,2}}|{_DAYW})(?:º|°)?\s+(?:de\s+)?(?P<mo>{_MO})\.?"
            rf"(?:\s+(?P<post>{_PAST}|{_NEXT}))?"
            rf"(?:,?\s+(?:de(?:l)?\s+)?(?P<y>\d{{4}})|\s+del?\s+(?P<yrel>{_YEAR_REL}))?\b"),
    ("mdy", rf"\b(?P<mo>{_MO})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("month_year", rf"\b(?:en\s+|de\s+|in\s+)?(?P<mo>{_MO})\s+(?:de(?:l)?\s+)?(?P<y>\d{{4}})\b"),
    ("day_only", rf"\b(?P<mod>el\s+{_PAST}|el\s+{_NEXT}|el|del|este)\s+d[ií]a\s+(?P<d>\d{{1,2}})\b(?![.,]\d)"),
    ("ago", rf"\bhace\s+(?P<n>{_NUM})\s+(?P<u>{_UNIT})\b|\b(?P<n2>{_NUM})\s+(?P<u2>{_UNIT})\s+ago\b"),
    ("shift", rf"\b(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?P<dir>antes|después|despues|más\s+tarde|before|after|later)\b"),
    ("weekend", rf"\b(?:(?P<mod>este|el\s+{_PAST}|el\s+{_NEXT}|el|del|al)\s+fin\s+de\s+semana(?:\s+(?P<post>{_PAST}|{_NEXT}))?"
                rf"|(?:el\s+)?(?P<nth>primer|último|ultimo)\s+fin\s+de\s+semana\s+de(?:l\s+mes\s+de)?\s+(?P<mo>{_FULL_MO}))\b"),
    ("weekday", rf"(?:\b(?P<mod>el\s+{_PAST}|el\s+{_NEXT}|este|esta|el|del|al|{_PAST}|{_NEXT}|last|next|on|this)\s+)?"
                rf"\b(?P<wd>{_WD})\b(?:\s+(?P<post>{_PAST}|{_NEXT}|que\s+viene)\b)?"
                rf"(?:\s+(?P<d>\d{{1,2}})\b(?![.,:/-]\d|\s+de\s+(?:{_MO})\b))?"),
    ("last_unit", rf"\b(?:(?:la|el|del|al)\s+(?P<dir3>{_PAST}|{_NEXT})\s+(?P<u3>semana|mes|año)"
                  rf"|(?:(?:la|el|del|al)\s+)?(?P<u>semana|mes|año)\s+(?P<dir>{_PAST}|anterior|{_NEXT}|que\s+viene)"
                  r"|(?P<dir2>last|next)\s+(?P<u2>week|month|year))\b"),
    ("this_unit", r"\b(?:(?:este|esta)\s+(?P<u>semana|mes|año|ejercicio)|(?:el\s+)?(?:presente|actual)\s+(?P<u4>año|mes|ejercicio)"
                  r"|toda\s+(?:la|esta)\s+(?P<u5>semana)|this\s+(?P<u2>week|month|year))\b"),
    ("early_month", rf"\b(?:a\s+)?(?P<p>principios|primeros|mediados|finales|fines)\s+de(?:l)?\s+"
                    rf"(?:(?P<u>mes|año|semana)|(?:mes\s+de\s+)?(?P<mo>{_FULL_MO})(?:\s+de(?:l)?\s+(?P<y>\d{{4}}))?)\b"),
    ("month_rel", rf"(?:\b(?P<pre>el\s+{_PAST}|el\s+{_NEXT}|{_PAST}|{_NEXT})\s+|\b(?:en|el|de|del|desde|hasta|para)\s+"
                  rf"(?:el\s+)?(?:mes\s+de\s+)?)?\b(?P<mo>{_FULL_MO})\b(?!\s+del?\s+\d{{4}})"
                  rf"(?:\s+(?P<post>{_PAST}|{_NEXT}|que\s+viene)\b|\s+del?\s+(?P<yrel>{_YEAR_REL})\b)?"),
    ("deictic", r"\b(?P<w>pasado\s+mañana|anteayer|antier|antes\s+de\s+ayer|ayer|hoy|esta\s+mañana|esta\s+tarde|"
                r"esta\s+noche|anoche|la\s+pasada\s+noche|la\s+noche\s+pasada|mañana|today|yesterday|tomorrow|tonight)\b"),
    ("year", r"\b(?:(?:en|de|del|desde|hasta|in|since)\s+(?:el\s+(?:año\s+)?)?)?(?<![.,/])\b(?P<y>(?:19|20)\d{2})\b"
             r"(?![.,]\d|\s*%)"),
]
_RE = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in _PATTERNS),
                 re.IGNORECASE)
# Every expression starts with a digit or one of these words: the pattern is tried only there, which
# is several times faster than letting the regex engine try every position.
_FIRST_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(NUMBERS) | frozenset(DAY_WORDS) | {
    "el", "la", "del", "al", "en", "de", "desde", "hasta", "para", "a", "este", "esta", "toda", "presente", "actual",
    "pasado", "pasada", "próximo", "próxima", "proximo", "proxima", "día", "dia", "hace", "primer", "último", "ultimo",
    "principios", "primeros", "mediados", "finales", "fines", "semana", "mes", "año", "hoy", "ayer", "anteayer",
    "antier", "antes", "anoche", "mañana", "last", "next", "on", "this", "in", "since", "today", "yesterday",
    "tomorrow", "tonight"}
_WORD = re.compile(r"\w+")
_FUTURE = re.compile(
    r"\b\w+(?:rá|rán|remos|réis)\b|\bva(?:n)?\s+a\s+\w+r\b|\bprevist[oa]s?\b|\bprogramad[oa]\b|"
    r"\bwill\b|\bgoing to\b|\bscheduled\b",
    re.IGNORECASE,
)
# right before an expression: "para" looks ahead ("prevista para el 7"); a participle looks back
# ("el trabajo iniciado el 3 de enero"), whatever the tense of the rest of the clause
_FOR = re.compile(r"\bpara\s+(?:(?:el|la)\s+)?$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b(\w+[ai]d[oa]s?)\s+(?:(?:en|desde)\s+)?$", re.IGNORECASE)
_NOT_PARTICIPLES = {"partido", "partidos", "lado", "estado", "estados", "mercado", "mercados", "senado", "resultado",
                    "resultados", "pasado", "jurado", "sentido", "contenido", "marido", "apellido", "cuidado",
                    "previsto", "prevista", "previstos", "previstas", "programado", "programada", "fijado", "fijada",
                    "convocado", "convocada", "convocadas", "convocados", "aplazado", "aplazada"}


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


def tense_at(text: str, start: int, end: int) -> str:
    """Return the tense that governs a span: the word right before it when it says, else the clause's."""
    before = text[max(0, start - 40):start]
    if _FOR.search(before):
        return "future"
    participle = _PARTICIPLE.search(before)
    if participle and participle[1].lower() not in _NOT_PARTICIPLES:
        return "past"
    return tense_of(text, start, end)


def nearest_year(month: int, day: int, ref: date, direction: str) -> date | None:
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, month, day))]
    if direction == "past":
        past = [d for d in options if d <= ref]
        return max(past) if past else None
    if direction == "future":
        fut = [d for d in options if d >= ref]
        return min(fut) if fut else None
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def nearest_month(month: int, ref: date, mode: str) -> date:
    """Return the first day of the month named, in the year the mode picks (see _weekday's modes)."""
    options = [date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    this = ref.replace(day=1)
    pick = {"past_or_same": [d for d in options if d <= this], "strict_past": [d for d in options if d < this],
            "future_or_same": [d for d in options if d >= this], "strict_future": [d for d in options if d > this]}[mode]
    return max(pick) if mode.endswith("past") or mode == "past_or_same" else min(pick)


def nearest_day_of_month(day: int, ref: date, mode: str, weekday: int | None = None) -> date | None:
    """Return the date with that day of the month nearest the reference in the mode's direction,
    preferring one that falls on the weekday given ("el próximo jueves 9")."""
    months = (divmod(ref.year * 12 + ref.month - 1 + k, 12) for k in range(-3, 4))
    options = [d for y, m0 in months if (d := _safe_date(y, m0 + 1, day))]
    keep = {"past_or_same": lambda d: d <= ref, "strict_past": lambda d: d < ref,
            "future_or_same": lambda d: d >= ref, "strict_future": lambda d: d > ref}[mode]
    pool = [d for d in options if keep(d)]
    if weekday is not None:
        pool = [d for d in pool if d.weekday() == weekday] or [d for d in options if d.weekday() == weekday] or pool
    return min(pool, key=lambda d: abs((d - ref).days)) if pool else None


def _mode(mod: str, tense: str) -> str:
    """Return the search mode for a modifier ("pasado", "próximo", …) or, without one, the tense."""
    mod = re.sub(r"\s+", " ", (mod or "").lower())
    if re.search(r"pasad|last", mod):
        return "strict_past"
    if re.search(r"pr[oó]xim|que viene|next", mod):
        return "strict_future"
    return "future_or_same" if tense == "future" else "past_or_same"


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
    for m in iter_matches(text):
        kind = m.lastgroup
        expr = _resolve(m, kind, text, reference, anchor)
        if expr is None:
            continue
        if kind == "weekday" and out and _is_apposition(text, out[-1], m):
            expr = TimeExpr(expr.start, expr.end, expr.surface, "relative", out[-1].value, "day", "weekday:apposition")
        out.append(expr)
        if expr.value and expr.granularity == "day" and kind != "shift":
            anchor = date.fromisoformat(expr.value)
    return out


def iter_matches(text: str):
    """Yield the non-overlapping matches of the expression pattern, as ``_RE.finditer`` would, trying only word starts
    that can begin an expression."""
    end = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < end or not (word.group()[0].isdigit() or word.group().lower() in _FIRST_WORDS):
            continue
        if m := _RE.match(text, start):
            end = m.end()
            yield m


def _is_apposition(text: str, before: TimeExpr, m: re.Match) -> bool:
    """Return True for "hoy, jueves," / "mañana, martes": a bare weekday naming the day just given
    (but not the second weekday of "el lunes, martes y miércoles")."""
    if any(_g(m, "weekday", name) for name in ("mod", "post", "d")):
        return False
    if before.granularity != "day" or not before.value or not re.fullmatch(r"\s*,\s*", text[before.end:m.start()]):
        return False
    same_day = date.fromisoformat(before.value).weekday() == WEEKDAYS[_g(m, "weekday", "wd").lower()]
    return same_day or not before.rule.startswith("weekday")


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
        return _day_month(m, kind, text, ref, out)
    if kind == "month_year":
        return out(_safe_date(int(_g(m, kind, "y")), MONTHS[_g(m, kind, "mo").lower()], 1), "month")
    if kind == "year":
        return out(date(int(_g(m, kind, "y")), 1, 1), "year")
    if not _is_expression(m, kind):
        return None
    if ref is None:
        return out(None)
    return _resolve_relative(m, kind, text, ref, anchor or ref, out)


def _is_expression(m: re.Match, kind: str) -> bool:
    """Return False for a capitalised bare weekday or month ("Santo Domingo", "Plaza de Mayo") or "los fines de semana"."""
    if kind == "weekday" and not _g(m, kind, "mod") and not _g(m, kind, "post"):
        word = _g(m, kind, "wd")
        return word.islower() or word.lower() in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                  "sunday")
    if kind == "month_rel" and not (_g(m, kind, "pre") or _g(m, kind, "post") or _g(m, kind, "yrel")):
        return _g(m, kind, "mo").islower()
    if kind == "early_month":
        return not (_g(m, kind, "p").lower() == "fines" and (_g(m, kind, "u") or "").lower() == "semana")
    return True


def _year_shift(yrel: str) -> int:
    return -1 if re.search(r"pasad", yrel, re.IGNORECASE) else 1 if re.search(r"pr[oó]xim|viene", yrel, re.I) else 0


def _day_month(m, kind, text, ref, out) -> TimeExpr | None:
    month = MONTHS[_g(m, kind, "mo").lower().rstrip(".")]
    day = _g(m, kind, "d").lower()
    day = int(day) if day.isdigit() else DAY_WORDS[re.sub(r"\s+", " ", day)]
    if _g(m, kind, "y"):
        return out(_safe_date(int(_g(m, kind, "y")), month, day))
    if ref is None:
        return out(None)
    if kind == "dmy" and _g(m, kind, "yrel"):
        return out(_safe_date(ref.year + _year_shift(_g(m, kind, "yrel")), month, day), rule="dmy:year-relative")
    mod = " ".join(x for x in (_g(m, kind, "mod"), _g(m, kind, "post")) if x).lower() if kind == "dmy" else ""
    direction = "past" if "pasad" in mod else "future" if "pr" in mod else tense_at(text, m.start(), m.end())
    return out(nearest_year(month, day, ref, direction), rule=f"{kind}:{direction}")


def _resolve_relative(m, kind, text, ref, anchor, out) -> TimeExpr | None:
    g = lambda name: _g(m, kind, name)  # noqa: E731
    if kind == "weekday":
        wd = WEEKDAYS[g("wd").lower()]
        mode = _mode(f"{g('mod') or ''} {g('post') or ''}", tense_at(text, m.start(), m.end()))
        if g("d"):
            return out(nearest_day_of_month(int(g("d")), ref, mode, wd), rule=f"weekday-day:{mode}")
        return out(_weekday(ref, wd, mode), rule=f"weekday:{mode}")
    if kind == "day_only":
        mode = _mode(g("mod"), tense_at(text, m.start(), m.end()))
        return out(nearest_day_of_month(int(g("d")), ref, mode), rule=f"day:{mode}")
    if kind == "ago":
        n = _num(g("n") or g("n2"))
        value, gran = _shift(ref, n, g("u") or g("u2"), -1)
        return out(value, gran)
    if kind == "shift":
        sign = -1 if g("dir").lower() in ("antes", "before") else 1
        value, gran = _shift(anchor, _num(g("n")), g("u"), sign)
        return out(value, gran, rule="shift:from-previous-date")
    if kind == "last_unit":
        unit = (g("u") or g("u2") or g("u3")).lower()
        direction = (g("dir") or g("dir2") or g("dir3")).lower()
        sign = -1 if direction.startswith(("pasad", "anterior", "last")) else 1
        value, gran = _shift(ref, 1, unit, sign)
        return out(value, gran)
    if kind == "this_unit":
        unit = (g("u") or g("u2") or g("u4") or g("u5")).lower()
        gran = {"semana": "week", "week": "week", "mes": "month", "month": "month"}.get(unit, "year")
        return out(ref, gran)
    if kind == "weekend":
        return _weekend(m, text, ref, out)
    if kind == "early_month":
        return _period(m, text, ref, out)
    if kind == "month_rel":
        month = MONTHS[g("mo").lower()]
        if g("yrel"):
            return out(date(ref.year + _year_shift(g("yrel")), month, 1), "month", "month:year-relative")
        mode = _mode(f"{g('pre') or ''} {g('post') or ''}", tense_at(text, m.start(), m.end()))
        return out(nearest_month(month, ref, mode), "month", f"month:{mode}")
    if kind == "deictic":
        return _deictic(m, text, ref, out)
    return None


def _weekend(m, text, ref, out) -> TimeExpr:
    """Return a weekend as its week: "este/el fin de semana" is the reference's own from Friday on, else
    the last one in past-tense text and the next one in future-tense text."""
    g = lambda name: _g(m, "weekend", name)  # noqa: E731
    if g("nth"):
        first = nearest_month(MONTHS[g("mo").lower()], ref, _mode("", tense_at(text, m.start(), m.end())))
        saturdays = [d for k in range(31) if (d := first + timedelta(days=k)).month == first.month and d.weekday() == 5]
        return out(saturdays[0] if g("nth").lower() == "primer" else saturdays[-1], "week", "weekend:nth")
    mode = _mode(f"{g('mod') or ''} {g('post') or ''}", tense_at(text, m.start(), m.end()))
    if mode.startswith("strict"):
        return out(ref + timedelta(days=-7 if mode == "strict_past" else 7), "week", f"weekend:{mode}")
    if ref.weekday() >= 4:
        return out(ref, "week", "weekend:this")
    return out(_weekday(ref, 5, mode), "week", f"weekend:{mode}")


def _period(m, text, ref, out) -> TimeExpr:
    """Return "a principios de mes/año/junio": the month or year named, or the week for "mediados de semana"."""
    unit = (_g(m, "early_month", "u") or "").lower()
    if unit == "semana":
        return out(ref, "week")
    if unit == "mes":
        return out(ref.replace(day=1), "month")
    if unit == "año":
        return out(ref.replace(month=1, day=1), "year")
    month = MONTHS[_g(m, "early_month", "mo").lower()]
    if _g(m, "early_month", "y"):
        return out(date(int(_g(m, "early_month", "y")), month, 1), "month")
    mode = _mode("", tense_at(text, m.start(), m.end()))
    return out(nearest_month(month, ref, mode), "month", f"period:{mode}")


def _deictic(m, text, ref, out) -> TimeExpr | None:
    word = re.sub(r"\s+", " ", m.group("deictic_w").lower())
    if word == "mañana":
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(la|por|esta|cada|una|toda)\s+$", before):
            return None  # "por la mañana": the morning, not tomorrow
    offsets = {"hoy": 0, "today": 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "tonight": 0,
               "ayer": -1, "yesterday": -1, "anoche": -1, "la pasada noche": -1, "la noche pasada": -1,
               "anteayer": -2, "antier": -2, "antes de ayer": -2, "mañana": 1, "tomorrow": 1, "pasado mañana": 2}
    return out(ref + timedelta(days=offsets[word]), rule=f"deictic:{word}")
