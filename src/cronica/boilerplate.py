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
      | weitere\ artikel|beliebte\ beitr[äa]ge.*
      | lesen\ sie\ auch.*|auch\ lesen|mehr\ themen|weitere\ (?:aktuelle\ )?themen.*|auch\ interessant|article\ suivant|articles?\ pr[ée]c[ée]dent|[äa]hnliche\ (?:artikel|beitr[äa]ge)|verwandte\ artikel
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
_WEATHER = re.compile(r"-?\d{1,2}\s*°\s*[CF]?\b", re.IGNORECASE)


def is_related_header(line: str) -> bool:
    """True for a line that opens a list of other articles' headlines."""
    line = line.strip()
    return len(line) <= 80 and bool(_RELATED.match(line))


def is_related_link(line: str) -> bool:
    """True for one other article's headline behind a related-reading label ("Lea también: ...")."""
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
    link or a list header, a notice to the reader, or a short known boilerplate line."""
    t = paragraph.strip()
    return (is_related_link(t) or is_related_header(t) or is_site_notice(t) or is_caption(t)
            or (len(t) < 100 and bool(_BOILERPLATE.match(t) or _MENU.match(t))))  # not the weather rule: recipes say °C


_CAPTION = re.compile(
    r"""(?:^(?:abbildung|abb\.|figura|figure|fig\.|bild|imagen|foto|photo|gráfico|grafik)\s*\d*\s*[:.]\s)
      | (?:\b(?:foto|photo|bild|imagen|fotograf[ií]a|photograph|credit|cr[eé]dito|quelle)s?\s*:\s*(?-i:[A-ZÁÉÍÓÚÑÄÖÜ0-9©])[^.:]{1,60}\)?\s*$)
      | (?:\((?:foto|photo|bild|imagen)s?\s*:?[^)]{0,60}\)\s*$)
      | (?:\|\s*©\s*[^.]{2,60}$)""",
    re.IGNORECASE | re.VERBOSE,
)


def is_caption(line: str) -> bool:
    """True for an image caption: a figure label, or a line ending in a photo credit."""
    line = line.strip()
    return len(line) < 300 and bool(_CAPTION.search(line))
