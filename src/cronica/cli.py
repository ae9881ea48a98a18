"""The command line: each command parses, calls one library function, formats. Errors are one line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from . import __version__
from .pipeline import Pipeline
from .store import Store, StoreError
from .views import (article_report, iter_export, speaker_report, stories_table, story_report,
                    storylines_report)

DEFAULT_DB = "cronica.db"


class UserError(Exception):
    """An error whose message is for the user (printed as one line, exit code 2)."""


def _open(args) -> Store:
    if args.command != "ingest" and not os.path.exists(args.db):
        raise UserError(f"no database at {args.db}: run `cronica ingest PATH --db {args.db}` first")
    return Store(args.db)


def cmd_ingest(args) -> int:
    with _open(args) as store:
        with _progress(args) as advance:
            pipeline = Pipeline(store, progress=advance)
            stats = pipeline.ingest(args.paths)
        total = store.counts()["stories"]
        print(stats.summary(total))
        if args.verbose:
            for r in store.rejections():
                print(f"  rejected {r.source}: {r.reason}{' (' + r.detail + ')' if r.detail else ''}")
    return 0


def cmd_stories(args) -> int:
    with _open(args) as store:
        print(stories_table(store))
    return 0


def _resolve(store: Store, table: str, given: str) -> str:
    full = store.resolve_id(table, given)
    if full is None:
        kind = "story" if table == "stories" else "article"
        raise UserError(f"no {kind} with id {given!r} (or the prefix is ambiguous); see `cronica {'stories' if kind == 'story' else 'search'}`")
    return full


def cmd_storylines(args) -> int:
    with _open(args) as store:
        print(storylines_report(store))
    return 0


def cmd_story(args) -> int:
    with _open(args) as store:
        story = store.story(_resolve(store, "stories", args.id))
        print(story_report(store, story))
    return 0


def cmd_explain(args) -> int:
    with _open(args) as store:
        print(article_report(store, store.article(_resolve(store, "articles", args.id))))
    return 0


def cmd_search(args) -> int:
    with _open(args) as store:
        hits = store.search(" ".join(args.query), limit=args.limit)
        if not hits:
            print("no matches")
        for aid, title, snippet in hits:
            print(f"{aid}  story {store.story_of(aid) or '-'}  {title or '(untitled)'}\n    {snippet}")
    return 0


def cmd_export(args) -> int:
    with _open(args) as store:
        out = sys.stdout
        for row in iter_export(store, stories=args.stories):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def cmd_quotes(args) -> int:
    with _open(args) as store:
        print(speaker_report(store, args.speaker))
    return 0


def cmd_recluster(args) -> int:
    with _open(args) as store:
        n = Pipeline(store).recluster()
        print(f"rebuilt {n:,} stories from {store.counts()['articles']:,} articles")
    return 0


class _progress:
    """A progress bar on stderr for long interactive runs; silent otherwise."""

    def __init__(self, args):
        self.enabled = sys.stderr.isatty() and not args.quiet

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.completed:,} inputs"), TimeElapsedColumn(),
                            transient=True)
        self.bar.start()
        task = self.bar.add_task("ingest", total=None)
        return lambda n: self.bar.advance(task, n)

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.bar.stop()


COMMANDS = {
    "ingest": (cmd_ingest, "ingest files or folders of news pages (HTML, text dumps, markdown, JSONL, WARC)",
               "cronica ingest samples/corpus --db cronica.db"),
    "stories": (cmd_stories, "list the stories: event date, id, articles, outlets, flags, title",
                "cronica stories --db cronica.db"),
    "storylines": (cmd_storylines, "list storylines: stories about the same people over time, by event date",
                   "cronica storylines --db cronica.db"),
    "story": (cmd_story, "show one story: articles, copies, dates with their evidence, entities, quotes",
              "cronica story s1a2b3 --db cronica.db"),
    "explain": (cmd_explain, "show one article's dates and evidence ledger", "cronica explain 3f9c2e --db cronica.db"),
    "search": (cmd_search, "full-text search over titles and texts", "cronica search cancilleres frontera"),
    "export": (cmd_export, "write articles (or stories) as JSON Lines to stdout",
               "cronica export --db cronica.db > articles.jsonl; cronica export --stories > stories.jsonl"),
    "quotes": (cmd_quotes, "list a speaker's quotes over time with their sources", "cronica quotes --speaker Quispe"),
    "recluster": (cmd_recluster, "rebuild all stories from scratch", "cronica recluster --db cronica.db"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cronica", description="Turn scraped news pages into a chronicle with its evidence.",
        epilog="example: cronica ingest samples/corpus && cronica stories")
    parser.add_argument("--version", action="version", version=f"cronica {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (fn, help_text, example) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=f"example: {example}")
        p.add_argument("--db", default=os.environ.get("CRONICA_DB", DEFAULT_DB),
                       help=f"database file (default: $CRONICA_DB or {DEFAULT_DB})")
        p.set_defaults(func=fn)
        _add_arguments(name, p)
    return parser


def _add_arguments(name: str, p: argparse.ArgumentParser) -> None:
    if name == "ingest":
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursively)")
        p.add_argument("-v", "--verbose", action="store_true", help="list every rejected input with its reason")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    elif name in ("story", "explain"):
        p.add_argument("id", metavar="ID", help="the id, or a unique prefix of it")
    elif name == "search":
        p.add_argument("query", nargs="+", help="words to find (accents ignored; word* for prefixes)")
        p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    elif name == "export":
        p.add_argument("--stories", action="store_true", help="one story per line instead of one article")
    elif name == "quotes":
        p.add_argument("--speaker", required=True, help="part of the speaker's name")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (UserError, StoreError) as err:
        print(f"cronica: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("cronica: interrupted; stored batches are kept, run the command again to resume", file=sys.stderr)
        return 130
    except Exception as err:  # noqa: BLE001 - the one place unexpected errors become one line
        if os.environ.get("CRONICA_DEBUG"):
            raise
        print(f"cronica: internal error: {type(err).__name__}: {err} (set CRONICA_DEBUG=1 for details)",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
