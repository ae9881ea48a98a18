"""Quotes with their speakers, cue verbs and intermediaries (Spanish first, English too).

How a quote is found:

1. Quotation marks (« », “ ”, " ", and the mismatched marks scraped pages carry) are paired by
   which side of a word they touch. An unclosed quote ends with its paragraph, unless its closing
   mark comes in a later paragraph with no quote opened in between (a quote over several paragraphs).
2. Reported speech is read per sentence: "<speaker> <cue> que <content>", "<content>, <cue>
   <speaker>", "según <speaker>, <content>", "<content>, según <speaker>", "de acuerdo con ...",
   "en palabras de ...", "para <person>, ...", "<speaker> <cue>: «...»", "«...», <cue> <speaker>",
   "<speaker>: «...»", and their English counterparts ("said", "according to"). Quotation marks
   inside reported content make the quote mixed. A quotation with no cue of its own is a quote when it
   is long enough to be speech rather than a title or a scare quote; whoever spoke last said it.
3. The speaker phrase is resolved to an entity: a name in it (not one inside a "de ..." complement),
   else for a role ("el fiscal", "the senator") the person the text names beside that role, else the
   last speaker; an institution's statement ("un comunicado del Ministerio") is the institution's.
   A cue with no subject ("Explicó que ...") continues the last speaker.
"""

from __future__ import annotations

import re

from ...records import EntityMention, Quote, record
from ..lexicon import fold
from .document import Doc, Found
from .headlines import find_headlines
from .patterns import find_reported, share_speakers
from .quotations import find_quotations
from .speakers import clean_name, speaker_name
from .words import STATEMENT_NOUNS


@record
class Attribution:
    """A quote with the offsets of its speaker's mention in the text (None when the speaker is implied)."""

    quote: Quote
    source_start: int | None = None
    source_end: int | None = None


_INTERMEDIARY = re.compile(
    r"\b(?:(?:a|al|en declaraciones a|to|told)\s+(?P<media>(?:la\s+|el\s+|the\s+)?(?:agencia|diario|periódico|"
    r"emisora|cadena|canal|radio|revista|televisora|medio|portal|noticiero|programa|sitio|newspaper|network)\s+"
    r"[^,.;:\n]{2,40}?)(?=\s*[,.;:\n]|\s+que\b|\s+(?:en|el|este|esta)\b)"
    r"|(?P<social>(?:su\s+)?cuenta\s+de\s+\w+|(?:en|a través de|on|via)\s+(?:Twitter|Facebook|Instagram|YouTube|"
    r"TikTok|Telegram|redes sociales)\b)"
    r"|(?:en|a través de)\s+(?P<doc>(?:un|el|una|la)\s+(?:comunicado|nota|mensaje|carta|video|vídeo)\b"
    r"(?:\s+(?:difundid[oa]|publicad[oa]|emitid[oa])\s+por\s+[^,.;:\n]{2,40})?)"
    r"|(?:en|to|in)\s+(?:una\s+|an\s+)?(?:entrevista|interview)\s+(?:con|with)\s+(?P<interview>[^,.;:\n]{2,30}))",
    re.IGNORECASE)


def _intermediary(doc: Doc, found: Found) -> str | None:
    """Return the channel an attribution names: the agency, outlet, account or statement it came through."""
    s, e = doc.sentence_of(found.cue_at)
    lo, hi = max(s, found.cue_at - 120), min(e, found.cue_at + 140)
    for a, b in ((max(lo, found.end), hi), (lo, min(found.start, hi))):
        for m in _INTERMEDIARY.finditer(doc.text, a, b) if b > a else ():
            if not doc.inside_quote(m.start()):
                value = next(g for g in m.groups() if g)
                return clean_name(re.sub(r"^(?:en|a través de|on|via)\s+", "", value, flags=re.IGNORECASE))
    return None


def _settle(found: list[Found]) -> list[Found]:
    """Keep one candidate per stretch of text: explicit attributions first, then the earlier one."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (-f.rank, f.start, -(f.end - f.start))):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _nest(doc: Doc, found: list[Found]) -> list[Found]:
    """Keep the innermost of nested attributions ("según X, Y aseguró que ..."); the outer source is its channel.

    A country or a place as the inner subject ("México considera que ..., agregó Videgaray") is the outer
    speaker's way of stating a position: the outer attribution stays, the inner one goes.
    """
    inner = [(f, o) for f in found for o in found if o is not f and o.start <= f.cue_at < o.end and f.start >= o.start]
    voiced = {id(f) for f, o in inner if f.phrase and o.phrase and _is_place(doc, f.phrase)}
    found = [f for f in found if id(f) not in voiced]
    inner = [(f, o) for f, o in inner if id(f) not in voiced]
    # "señalan que ..., porque argumentaron que ...", "X asegura que ..., tras pedir que ...": one speaker
    dropped = {id(f) for f, o in inner if not f.phrase or f.phrase[0] < o.start or
               (not f.nests and re.search(r"\bque\b", doc.text[o.start:f.phrase[0]]))}
    outer = {id(o) for f, o in inner if id(f) not in dropped}
    kept = []
    for f in found:
        if id(f) in outer or id(f) in dropped:
            continue
        via = next((o.phrase for o in found if id(o) in outer and o.start <= f.cue_at < o.end), None)
        kept.append(Found(f.start, f.end, f.kind, f.cue, f.cue_at, f.phrase, f.rank, via))
    return kept


def _is_place(doc: Doc, phrase: tuple[int, int]) -> bool:
    """True for a speaker phrase that is only the name of a place ("México", "Francia")."""
    named = doc.entities_in(phrase[0], phrase[1] + 1)
    return len(named) == 1 and named[0].type == "LOC" and not doc.text[phrase[0]:named[0].start].strip() and \
        not doc.text[named[0].end:phrase[1]].strip()


def _merge_colon(doc: Doc, found: list[Found]) -> list[Found]:
    """Join reported content that ends in ': «...»' with that quotation when it has no cue of its own."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if last and last.kind != "direct" and f.kind == "direct" and f.cue is None and \
                re.fullmatch(r"\s*:\s*[«“\"]", doc.text[last.end:f.start]):
            closed = f.end < len(doc.text) and doc.text[f.end] in "»”\""  # unclosed: it ends with its paragraph
            out[-1] = Found(last.start, f.end + closed, "mixed", last.cue, last.cue_at, last.phrase, last.rank, last.via)
            continue
        out.append(f)
    return out


def find_attributions(text: str, entities: tuple[EntityMention, ...] = ()) -> tuple[Attribution, ...]:
    """Return every quote with the offsets of its speaker's mention (None where the speaker is implied)."""
    doc = Doc(text, entities)
    reported = [f for s, e in doc.sentences for f in find_reported(doc, s, e)]
    reported = _settle(share_speakers(doc, _nest(doc, reported)) + find_headlines(doc))
    out = []
    for f in _merge_colon(doc, _settle(reported + find_quotations(doc, reported))):
        speaker = speaker_name(doc, f.phrase, f.cue_at, f.cue)
        if speaker:
            doc.last_speaker = (speaker, f.end)
            doc.speakers.append((speaker, f.end))
        kind = f.kind
        if f.phrase and any(w in STATEMENT_NOUNS for w in fold(text[f.phrase[0]:f.phrase[1]]).split()[:2]):
            kind = "statement"
        via = f.via and speaker_name(doc, f.via, f.via[0])
        quote = Quote(text=text[f.start:f.end], speaker=speaker, kind=kind, cue=f.cue,
                      intermediary=via or _intermediary(doc, f), start=f.start, end=f.end)
        out.append(Attribution(quote=quote, source_start=f.phrase[0] if f.phrase else None,
                               source_end=f.phrase[1] if f.phrase else None))
    return tuple(out)


def find_quotes(text: str, entities: tuple[EntityMention, ...] = ()) -> tuple[Quote, ...]:
    """Return direct, indirect and mixed quotes and statements, with speakers resolved to entities."""
    return tuple(a.quote for a in find_attributions(text, entities))
