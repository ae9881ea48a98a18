"""Known boilerplate lines of news sites (Spanish first), and the start of related-headline lists."""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"""^(?:
        publicidad|advertisement|anuncio|anzeige|werbung|sponsored|patrocinado|contenido\ patrocinado
      | (?:iniciar|cerrar)\ sesi[oó]n|ingresar|reg[ií]strate|registrarse|suscr[ií]bete.*|suscribirse.*
      | usuario|contraseña|¿olvidaste\ tu\ contraseña\??|recordar\ contraseña|log\ ?in|sign\ (?:in|up)|password
      | compartir.*|comparte.*|share.*|tweet|twittear|whatsapp|facebook|telegram|linkedin|e-?mail|imprimir|print
      | (?:image|imagen)\ (?:not\ found|no\ encontrada)
      | (?:©|\(c\)|copyright).*|todos\ los\ derechos\ reservados.*|all\ rights\ reserved.*
      | aviso\ legal|pol[ií]tica\ de\ (?:privacidad|cookies)|t[ée]rminos\ y\ condiciones|contacto|cont[aá]ctenos
      | (?:esta\ web|este\ sitio|utilizamos|usamos)\ .*cookies.*|aceptar(?:\ cookies)?|rechazar|configurar\ cookies
      | (?:tiempo\ de\ )?lectura:?\ \d+\ min(?:utos?)?.*|\d+\ min(?:utos?)?\ de\ lectura
      | men[uú]|inicio|home|buscar|search|portada|ir\ al\ contenido|saltar\ al\ contenido|skip\ to\ content
      | s[ií]guenos.*|follow\ us.*|newsletter.*|bolet[ií]n.*|recibe\ (?:nuestras|las)\ noticias.*
      | (?:foto|imagen|video|vídeo|fuente\ de\ la\ imagen)\s*:.*
      | comentarios?(?:\ \(\d+\))?|deja\ (?:un|tu)\ comentario.*|leave\ a\ (?:reply|comment)
      | teilen\ mit:?|tel(?:efon|éfono|ephone)?\.?:?|fax:?|release\ date:?|kategorie:.*|categor[ií]as?:.*|category:.*|inhaltsverzeichnis|table\ of\ contents|[ií]ndice|bild\ anzeigen
      | etiquetas(?::.*)?|tags(?::.*)?|temas(?::.*)?|t[oó]picos|archivado\ en:?.*|schlagw[oö]rter(?::.*)?
      | ver\ m[aá]s|leer\ m[aá]s|read\ more|cargar\ m[aá]s|m[aá]s\ noticias
      | drucken|imprimer|stampa|drukuj|reklama|pubblicit[àa]|publicit[ée]|externer\ inhalt
      | wird\ geladen|loading|cargando|chargement|[łl]adowanie|dowiedz\ si[eę]\ wi[eę]cej|en\ savoir\ plus
      | (?:alle\ )?angaben\ ohne\ gew[äa]hr|sin\ garant[ií]a
      | themen\ in\ diesem\ artikel|mit\ freunden\ teilen|(?:m[öo]chten|willst)\ (?:sie|du)\ (?:den|diesen)\ (?:artikel|beitrag)\ teilen\??
      | hinterlasse\ (?:eine\ antwort|einen\ kommentar)|deja\ una\ respuesta|laisser\ un\ commentaire|lascia\ un\ commento
      | (?:beitrag|artikel|seite|post)\ (?:teilen|drucken|merken)|podziel\ si[eę].*|udost[eę]pnij.*|partager.*|condividi.*
      | zur[üu]ck(?:\ zu[rm]?\ .{1,30})?|back\ to\ .{1,30}|volver(?:\ a\ .{1,30})?|retour(?:\ [àa]\ .{1,30})?
      | (?:[←«]\s*)?(?:next|previous|prev|older|newer)(?:\ (?:post|article|story|page))?(?:\s*[→»])?
      | (?:[←«]\s*)?(?:n[äa]chste[rs]?|vorherige[rs]?|weiter|siguiente|anterior)(?:\ (?:beitrag|artikel|seite|art[ií]culo|noticia))?(?:\s*[→»])?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED = re.compile(
    r"""^(?:le[ae]\ tambi[eé]n|le[ae]\ m[aá]s|le[ae]|(?:te|le)\ puede\ interesar|tambi[eé]n\ (?:te|le)\ puede\ interesar
      | puede\ interesarte|vea\ tambi[eé]n|vea\ m[aá]s|mir[ae](?:\ tambi[eé]n)?|tambi[eé]n\ puede\ leer|recomendamos
      | noticias\ relacionadas|relacionad[oa]s|m[aá]s\ le[ií]d[oa]s|lo\ m[aá]s\ le[ií]do|lo\ m[aá]s\ visto
      | m[aá]s\ noticias|otras\ noticias|[uú]ltimas\ noticias|ver\ tambi[eé]n
      | related(?:\ (?:articles|stories|posts))?|read\ also|you\ may\ also\ like|more\ from.*|most\ read
      | mehr\ zum\ thema.*|weitere\ artikel\ zum\ thema.*|zum\ weiterlesen|(?:[\w\ ]{0,30}\ )?k[oö]nnten?\ (?:dich|sie|euch)\ auch\ interessieren
      | beitr[äa]ge\ aus\ dem\ forum|kommentierte\ artikel|(?:pour\ )?lire\ la\ suite
      | weitere\ artikel|beliebte\ beitr[äa]ge.*|weitere\ beitr[äa]ge.*|empfohlene\ (?:beitr[äa]ge|artikel)|schon\ gelesen\??
      | m[aá]s\ sobre\ [^.,;:]{1,40}|more\ (?:on|about)\ [^.,;:]{1,40}|mehr\ (?:zu|über|aus)\ [^.,;:]{1,40}
      | top[-\ ]themen(?:\ .{0,30})?|(?:das\ )?k[öo]nnte\ (?:dich|sie|euch)\ (?:auch\ )?interessieren|read\ more|weiterlesen
      | lesen\ sie\ auch.*|auch\ lesen|mehr\ themen|weitere\ (?:aktuelle\ )?themen.*|auch\ interessant|article\ suivant|articles?\ pr[ée]c[ée]dent|[äa]hnliche\ (?:artikel|beitr[äa]ge)|verwandte\ artikel
      | lesen\ sie\ hier|weitere\ (?:nachrichten|news|inhalte)\ zu(?:m|r)?\b.{0,60}
      | meist[-\ ](?:gelesen|diskutiert|kommentiert|geteilt)(?:e\ artikel)?|most\ (?:read|commented|popular|shared)|m[aá]s\ (?:comentad[oa]s|compartid[oa]s)
      | explore\ further|related\ coverage|pour\ approfondir|lies\ auch|mir[aá]\ tambi[eé]n|artikel\ zum\ thema
      | see\ also|recommended(?:\ for\ you)?|popular\ posts|trending|more\ stories|related\ content|also\ read
      | [àa]\ lire\ aussi|lire\ aussi|sur\ le\ m[êe]me\ sujet|leggi\ anche|potrebbe\ interessarti
      | leia\ tamb[ée]m|veja\ tamb[ée]m|czytaj\ (?:te[żz]|tak[żz]e|wi[eę]cej)|zobacz\ (?:te[żz]|tak[żz]e)|przeczytaj\ (?:te[żz]|tak[żz]e)
    )\s*[:.]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines addressed to the reader about the site rather than the story: newsletters, comments, cookies,
# subscriptions, privacy, advertising disclosures. They read as prose, so prose scores keep them.
_SITE_NOTICE = re.compile(
    r"""\b(?:newsletter|bolet[ií]n|e-?mail-?adresse|e-?mail\ address|correo\ electr[oó]nico|adresse\ e-?mail
      | abonnier|subscrib|suscr[ií]bete|suscr[ií]base|suscribirse|suscripci[oó]n|abonne[rz]|inscr[ií]b|sign\ up|log\ in|regístrate|anmelden|registrieren
      | kommentar|comments?\b|comentari|commentaire|cookies?\b|datenschutz|privacy|privacidad|confidentialit
      | advertis|werbung|publicidad|affiliate|afiliad|partnerlink
      | all\ rights\ reserved|alle\ rechte|derechos\ reservados|tous\ droits
      | erforderliche\ felder|required\ fields|campos\ obligatorios|champs\ obligatoires
      | eingeloggt|copyrighted|written\ permission|chroniony\ prawem|gef[äa]llt\ (?:dir|ihnen)\ unser|download\ (?:the|our)\ .{0,30}apps?|apps?\ for\ ios|what\ you\ think\ about\ this
      | creative\ commons|cc[\ -]by|disclaimer|haftungsausschluss|aviso\ legal
      | canal\ de\ (?:youtube|telegram|whatsapp)|youtube\ channel|hazte\ (?:miembro|socio)|[uú]nete\ (?:a|desde)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


_READER = re.compile(
    r"\b(?:(?i:you|your|tu|tus|te|usted|ustedes|dich|dein(?:e[nrs]?)?|euch|vous|votre|vos)|Sie|Ihre?[nrs]?|Ihnen)\b")


def is_site_notice(line: str) -> bool:
    """True for a sentence about the site addressed to its reader (newsletter, comments, cookies,
    subscription, privacy, ads): a news sentence that mentions a subscription is not one."""
    if len(line) >= 250:
        return False
    return bool(_SITE_NOTICE.search(line)) and (len(line) < 120 or bool(_READER.search(line)))


_MENU = re.compile(r"^(?:[^|•·]{1,30}\s*[|•·]\s*){2,}[^|•·]{0,30}$")
_WEATHER = re.compile(r"(?<![\d.,])-?\d{1,2}\s*°\s*[CF]?\b", re.IGNORECASE)  # an air temperature, not an oven's 180 °C


def is_related_header(line: str) -> bool:
    """True for a line that opens a list of other articles' headlines."""
    line = line.strip()
    return len(line) <= 80 and bool(_RELATED.match(line))


def is_related_link(line: str) -> bool:
    """True for one other article's headline behind a related-reading label ("Lea también: ...")."""
    line = line.strip()
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]  # "(También puede leer: ...)"
    head, sep, rest = line[:41].partition(":")
    return bool(sep and line[len(head) + 1:].strip() and _RELATED.match(head.strip()))


def is_boilerplate_line(line: str) -> bool:
    """True for menu lines, share buttons, login boxes, ads, cookie and copyright lines."""
    t = line.strip()
    return bool(_BOILERPLATE.match(t) or _MENU.match(t) or (_WEATHER.search(t) and len(t) < 90))


def is_weather_line(line: str) -> bool:
    return bool(_WEATHER.search(line))


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)?(?:\d{4}\s*)?(?P<name>[^.,|]{3,60}?)"
                        r"(?:\.|,|\||\s+todos|\s+all|$)", re.IGNORECASE)


def copyright_owner(lines: list[str]) -> str | None:
    """Return the name in the last copyright line of a page ("© 2025 Diario del Sur. Todos…")."""
    for line in reversed(lines):
        m = _COPYRIGHT.search(line)
        if m and m.group("name").strip(" -–—"):
            return m.group("name").strip(" -–—")
    return None


def is_page_furniture(paragraph: str) -> bool:
    """True for a paragraph an extractor kept that belongs to the page, not the article: a related
    link or a list header, a notice to the reader, a page label (date stamp, contact, credit), or a
    short known boilerplate line."""
    t = _single_cell(paragraph.strip())
    return (is_related_link(t) or is_related_header(t) or is_site_notice(t) or is_caption(t) or bool(_CREDITED.search(t))
            or is_page_label(t) or (len(t) < 100 and bool(_BOILERPLATE.match(t) or _MENU.match(t))))  # not the weather rule: recipes say °C


# A run of paragraphs said again word for word is dropped from this length on, when it repeats at least this
# share of the text before it: the article said twice, not a recipe's or a plan's recurring block.
REPEAT_CHARS, REPEAT_SHARE = 400, 0.5


def drop_repeats(paragraphs: list[str], title: str | None = None) -> list[str]:
    """Return the paragraphs without those an extractor took twice: the article, or most of it, said again
    word for word (a page's hidden structured data or a print version repeats it; what recurs inside an
    article, such as an interview's question, a recipe's block or a pull quote, stays), the headline
    said again once the body has begun (at the top it is the page's own headline, which extractors and
    benchmarks treat differently: it is left to the caller), and a teaser of the article itself cut with
    an ellipsis ("This is...")."""
    heads = {_fold(title)} if title else set()
    keys = [_fold(p) for p in paragraphs]
    seen: set[str] = set()
    drop = [False] * len(paragraphs)
    i, before = 0, 0  # before: characters of the paragraphs ahead of i
    while i < len(keys):
        j = i
        while j < len(keys) and keys[j] in seen:
            j += 1
        run = sum(len(k) for k in keys[i:j])
        if j > i and run >= max(REPEAT_CHARS, REPEAT_SHARE * before):
            drop[i:j] = [True] * (j - i)
        seen.update(keys[i:j + 1])
        before += run + (len(keys[j]) if j < len(keys) else 0)
        i = j + 1
    body = next((i for i, k in enumerate(keys) if len(k) >= 150), len(keys))  # where the body has begun
    out = [(p, k) for i, (p, k, d) in enumerate(zip(paragraphs, keys, drop)) if not d and not (i > body and k in heads)]
    kept = [k for _, k in out]
    return [p for p, k in out if not _is_own_teaser(k, kept)]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_own_teaser(key: str, keys: list[str]) -> bool:
    stem = key.removesuffix("...").removesuffix("…").rstrip()
    return len(stem) >= 20 and stem != key and any(k != key and k.startswith(stem) for k in keys)


def _single_cell(line: str) -> str:
    """Return the text of a table row with one filled cell ("| Related articles | |"), else the line."""
    if not line.startswith("|"):
        return line
    cells = [c.strip() for c in line.strip("|").split("|") if c.strip()]
    return cells[0] if len(cells) == 1 else line


# Labels a page puts around an article: a date stamp ("Aktualisiert am 17.01.2021", "19:49"), the
# header of a contact, further-information or source box, a lone section label of a list of links.
_MONTHS = (r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar|rero)?|m[aä]r(?:ch|z|s)?|apr(?:il)?|ma[iy]|mayo|june?|juni|juin"
           r"|july?|juli|juillet|aug(?:ust)?|ao[uû]t|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?"
           r"|de[cz](?:ember)?|d[ée]cembre|enero|febrero|marzo|abril|junio|julio|agosto|se(?:p)?tiembre"
           r"|octubre|noviembre|diciembre|janvier|f[ée]vrier|avril|mai|septembre|octobre|novembre")
_DAYS = (r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
         r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|mi[ée]rcoles|jueves"
         r"|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")
_DATE_LABEL = re.compile(
    r"""^(?:(?:zuletzt\ |last\ |[uú]ltima\ )?(?:aktualisiert|ge[äa]ndert|ver[öo]ffentlicht|publiziert|erstellt
      | updated|modified|published|posted|created|actualizado|actualizaci[oó]n|publicado|modificado|mis\ [àa]\ jour|publi[ée]
      | letzte\ [äa]nderung|stand|datum|date|fecha)
      (?:\ (?:am|um|on|at|el|le|vom|:))?\s*:?\s*)""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_WORD = re.compile(rf"\b(?:{_MONTHS}|{_DAYS}|uhr|am|pm|a\.\s?m|p\.\s?m|de|del|of|the|um|at|h|hrs?)\b\.?", re.IGNORECASE)
_DATE_NUMBERS = re.compile(r"^[\d\s.:/,\-–]*$")
_NUMERIC_DATE = re.compile(r"\b(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2})\b")
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")  # machine time stamps
_NAMED_DATE = re.compile(rf"(?:\b\d{{1,4}}\.?\s+(?:de\s+)?(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+(?:de\s+)?\d{{1,4}}\b)",
                         re.IGNORECASE)
_LABEL = re.compile(
    r"""^(?:kontakt|pressekontakt|medienkontakt|contact|press\ contact|media\ contact|contacto|contacto\ de\ prensa
      | ansprechpartner(?:\*?in)?(?:\ [\w\s]{0,30})?|pressesprecher(?:\*?in)?(?:\ [\w\s.\-]{0,40})?|press\ officer
      | weitere\ informationen|mehr\ informationen|zusatzinformationen|more\ information|further\ information
      | m[aá]s\ informaci[oó]n|informaci[oó]n\ adicional|plus\ d'informations
      | quellen(?:angaben)?|quelle|sources?|fuentes?|bildquellen?|bildnachweis|titelbild|beitragsbild|image\ credits?|photo\ credits?
      | teilen\ mit|bewerten|originalpublikation|original\ publication|originalver[öo]ffentlichung
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_page_label(line: str) -> bool:
    """True for a page label: a date stamp, alone or behind its label, or a contact, source or
    further-information header."""
    line = line.strip()
    if len(line) > 60:
        return False
    if _LABEL.match(line) or _ISO_STAMP.match(line):
        return True
    rest = line[_DATE_LABEL.match(line).end():] if _DATE_LABEL.match(line) else None
    if rest is not None and not rest.strip():
        return True  # "Aktualisiert am", "Last Modified:"
    rest = line if rest is None else rest
    return (bool(_NUMERIC_DATE.search(rest) or _NAMED_DATE.search(rest))
            and bool(_DATE_NUMBERS.match(_DATE_WORD.sub(" ", rest))))


_CAPTION = re.compile(
    r"""(?:^(?:abbildung|abb\.|figura|figure|fig\.|bild|imagen|foto|photo|gráfico|grafik)\s*\d*\s*[:.]\s)
      | (?:^(?:titel|beitrags|vorschau|header|teaser)?bild(?:quelle|nachweis|rechte)?n?\s*:\s.{2,100}$)
      | (?:^(?:image|photo|picture|header\ image|featured\ image)\ (?:credits?|source)\s*:\s.{2,100}$)
      | (?:\b(?:foto|photo|bild|imagen|fotograf[ií]a|photograph|credit|cr[eé]dito|quelle)s?\s*:\s*(?-i:[A-ZÁÉÍÓÚÑÄÖÜ0-9©])[^.:]{1,60}\)?\s*$)
      | (?:\((?:foto|photo|bild|imagen|cr[eé]dito|credit)s?\s*:?[^)]{0,60}\)\s*$)
      | (?:[.!?]\s*\((?-i:[A-ZÁÉÍÓÚÑÄÖÜ][\w'\-]+)(?:\s(?-i:[A-ZÁÉÍÓÚÑÄÖÜ][\w'\-]+)){1,3}\)\s*$)
      | (?:\|\s*©\s*[^.]{2,60}$)""",
    re.IGNORECASE | re.VERBOSE,
)


# A paragraph closed by a picture credit in parentheses and a full stop ("... en el Congreso (Foto: Name/Agency).").
# Only for paragraphs an HTML extractor kept: in a text dump, a photo report's captions can be the article.
_CREDITED = re.compile(r"\((?i:foto|photo|bild|imagen|cr[eé]dito|credit)s?\s*:[^)]{2,60}\)\.\s*$")


_NAME = r"[A-ZÄÖÜÁÉÍÓÚÑŁŚŻ][\w.\-]*(?:\s[A-ZÄÖÜÁÉÍÓÚÑŁŚŻ][\w.\-]*){0,2}"
# A photo credit, alone or ending a caption: a photographer and an agency, one of them an acronym
# ("... Mitzscherlich.DCV / Oppitz", "© AFP / NAME", "aja/PAP"), or behind "Fot." / "Foto".
_CREDIT = re.compile(rf"(?:(?P<cue>\b(?i:fot|foto|photo|bild)\.?:?\s+)|^|[.!?©]\s*)"
                     rf"(?P<a>{_NAME}|[a-z]{{2,4}})\s?/\s?(?P<b>{_NAME})\s*$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")


def _is_credit(line: str) -> bool:
    m = _CREDIT.search(line)
    if not m or "/" in line[: m.start("a")].rsplit(" ", 1)[-1] or "://" in line:
        return False
    return bool(m.group("cue") or _ACRONYM.match(m.group("a").split()[0]) or _ACRONYM.match(m.group("b").split()[0]))


def is_caption(line: str) -> bool:
    """True for an image caption: a figure label, or a line ending in a photo credit."""
    line = line.strip()
    return len(line) < 300 and bool(_CAPTION.search(line) or _is_credit(line))
