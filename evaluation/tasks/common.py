"""What every task needs: the run context, timed system calls and text normalisation for metadata."""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.systems import System


@dataclass(slots=True)
class Context:
    """The data root, the per-set item limit, the cronica clustering cap and what could not run."""

    root: Path
    limit: int | None = None
    max_cluster_docs: int | None = None
    unavailable: list[str] = field(default_factory=list)

    def say(self, message: str) -> None:
        print(message, flush=True)

    def available(self, task: str, system: System | str, name: str = "cronica") -> System | None:
        """Return the system, or print '<name> <task>: not available (<reason>)' and return None."""
        if isinstance(system, System):
            return system
        line = f"{name} {task}: not available ({system})"
        self.say(line)
        self.unavailable.append(line)
        return None


@dataclass(slots=True)
class Timed:
    """The outputs of one system over a set, the seconds spent in its calls and its failures."""

    outputs: list[Any]
    seconds: float
    errors: int = 0
    first_error: str = ""

    def rate(self) -> float | None:
        """Return items per second of system time."""
        return len(self.outputs) / self.seconds if self.seconds > 0 else None

    def note(self) -> str:
        """Return a short note on failures, '' when there were none."""
        return f"{self.errors} calls raised (first: {self.first_error})" if self.errors else ""


def run_timed(run: Callable[..., Any], items: Iterable[Any], args: Callable[[Any], tuple], empty: Any) -> Timed:
    """Call ``run(*args(item))`` for each item; an exception counts as ``empty`` output and an error."""
    outputs, seconds, errors, first = [], 0.0, 0, ""
    for item in items:
        call_args = args(item)
        start = time.perf_counter()
        try:
            output = run(*call_args)
        except Exception as error:  # noqa: BLE001 - a crash is scored as a miss, as upstream does
            output, errors = empty, errors + 1
            first = first or f"{type(error).__name__}: {error}"[:200]
        seconds += time.perf_counter() - start
        outputs.append(output)
    if errors:
        print(f"   ({errors} errors, first: {first})", file=sys.stderr, flush=True)
    return Timed(outputs, seconds, errors, first)


_EDGE = "\"'“”‘’«»„|·•-–—:;,. \t\n"


def norm_meta(value: str) -> str:
    """Return a metadata string NFKC-normalised, casefolded, whitespace-collapsed, edge punctuation stripped."""
    value = unicodedata.normalize("NFKC", value or "")
    return re.sub(r"\s+", " ", value).casefold().strip(_EDGE)


def author_names(value: str | list[str]) -> frozenset[str]:
    """Return the set of normalised author names; a string is split on ';' (trafilatura's separator)."""
    parts = value if isinstance(value, list) else (value or "").split(";")
    return frozenset(n for n in (norm_meta(p) for p in parts) if n)


def norm_day(value: str) -> str:
    """Return YYYY-MM-DD from a date string, zero-padding month and day ('2022-11-1' → '2022-11-01')."""
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value or "")
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else ""
