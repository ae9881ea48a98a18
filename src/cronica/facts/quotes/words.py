"""Closed-class words (determiners, prepositions, fillers...), word patterns and the word splitter."""

from __future__ import annotations

import re

from ..lexicon import fold


AUX = frozenset(fold(w) for w in "ha han había habían habría hubo has have had".split())
DETERMINERS = frozenset(fold(w) for w in "el la los las un una unos unas este esta estos estas ese esa su sus "
                                         "the a an this these his her their its".split())
POSSESSIVES = frozenset("su sus his her their its".split())
PREPOSITIONS = frozenset(fold(w) for w in "de del por con a al en para sobre desde entre contra sin tras hacia ante "
                                         "según durante of by with to at in on for from about against after into "
                                         "during como than".split())
PRONOUNS = frozenset("he she they i we it él ella ellos ellas".split())
RELATIVES = frozenset("quien quienes who".split())
SUBORDINATORS = frozenset(fold(w) for w in "que which that donde where y e pero porque pues aunque cuando si como "
                                           "mientras and but because while when if".split())
GROUPS = frozenset("aquellos aquellas quienes those many some otros otras varios varias muchos muchas algunos "
                   "algunas todos todas ambos ambas otro otra alguien".split())
# A speaker phrase opening with these names someone new: never the one already speaking ("otro político").
INDEFINITE = frozenset("un uno una unos unas otro otra otros otras a an another".split())
FILLER = frozenset(fold(w) for w in "también además ya ahora hoy ayer anoche nuevamente incluso luego finalmente después "
                                    "entonces asimismo posteriormente no sí se le les lo me nos te "
                                    "also then later again now yesterday today monday tuesday wednesday thursday "
                                    "friday saturday sunday".split())
CONNECTORS = frozenset(fold(w) for w in "y e pero , además también and but al tiempo mientras".split())
MASKED = frozenset("NUMBER URL PHONE EMAIL".split())  # placeholders some corpora put for numbers and links
OUTLETS = frozenset("medio diario periodico agencia cadena canal emisora radio revista portal sitio web programa "
                    "noticiero newspaper network".split())
# Heads of a speaker phrase that name a body, an outlet, a document or a group: kept as written, not
# resolved to a person ("los investigadores", "el diario español As", "un comunicado del Ministerio").
STATEMENT_NOUNS = frozenset(fold(w) for w in """comunicado nota informe documento resolución declaración carta
mensaje balance estudio investigación encuesta boletín fallo sentencia auto dictamen teoría versión datos cifras información
sondeo estimación análisis cálculos video vídeo audio grabación statement report study letter ruling theory data
figures poll analysis""".split())
BODY = re.compile(r"(?:s|policia|gobierno|autoridad|fiscalia|ministerio|prensa|oficina|comision|diario|periodico|"
                  r"sitio|portal|medio|agencia|cadena|canal|emisora|revista|web|empresa|compania|minera|constructora|"
                  r"firma|gente|petrolera|aerolinea|farmaceutica|televisora|plataforma|partido|instituto|"
                  r"organizacion|institucion|police|"
                  r"government|ministry|office|agency|newspaper|paper|campaign|company)$")
_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Sr|Sra|Dra|Lic|Ing|St|Jr|Lt|Col|Sgt|Prof|Pres)\.|"
                   r"[^\W\d_][\w'’\-]*(?:\.(?=\w))?|\d[\d.,]*|\S", re.UNICODE)
TIME = re.compile(r"(?:este|esta|el|la|el pasado|this|on|last)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|"
                  r"domingo|mañana|tarde|noche|semana|mes|año|monday|tuesday|wednesday|thursday|friday|saturday|"
                  r"sunday|week|morning|night)\b", re.IGNORECASE)


def split_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Return (word, start, end) for the words, numbers and punctuation marks of ``text[start:end]``."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def split_chunks(words: list) -> list[list]:
    """Split words at commas, dashes and parentheses (a parenthesis's content is dropped)."""
    chunks, current, depth = [], [], 0
    for w in words:
        if w[0] == "(":
            depth += 1
        elif w[0] == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and w[0] in ",—–":
            chunks.append(current)
            current = []
        elif depth == 0:
            current.append(w)
    chunks.append(current)
    return [c for c in chunks if c]


TAIL = re.compile(r"\s*(?:$|[.,;!?]|(?:a|al|en|ante|por|con|desde|to|in|on|at|during|this|last|este|esta|el|"
                  r"ayer|hoy|yesterday|today)\b)", re.IGNORECASE)
