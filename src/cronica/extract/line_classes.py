"""What one line of a page dump is, when its words say so: a button or a box's title, a byline with a
date, the header of a list of other articles, a recipe's ingredient, a picture's caption or credit, a
note on the author, the site asking for money or talking to the reader's browser.

The predicates of ``cronica.extract.text``, which weighs the lines they name against the article.
"""

from __future__ import annotations

import re

from ..boilerplate import is_related_header

CLOSED = re.compile(r"[.!?:;…)]\s*$")  # a sentence's end, not a headline's


# Buttons and box titles a dump keeps as text: the author box, "back to top", "follow us", recipe buttons, the
# comment box's calls ("Vos réactions", "Hier ist Ihre Meinung gefragt").
PAGE_BUTTON = re.compile(r"""(?ix)^(?:[*+•-]\s*)?(?:
    [üu]ber\ (?:den|die)\ autor(?:in)? | about\ the\ author | sobre\ (?:el|la)\ autora? | acerca\ del?\ autora?
  | [üu]ber\ (?:uns|mich|diesen\ blog|dieses\ blog|das\ blog|den\ blog) | about\ (?:us|me|this\ blog|the\ blog)
  | sobre\ (?:nosotros|m[ií]|este\ blog) | qui[eé]nes\ somos | acerca\ de\ (?:nosotros|m[ií]|este\ blog)
  | [àa]\ propos\ de\ l'auteur | zur\ startseite | back\ to\ (?:top|home) | volver\ arriba | nach\ oben
  | folg(?:en\ sie|e)\ uns(?:\ .{0,30})? | s[ií]guenos\ en(?:\ .{0,30})? | suivez-nous(?:\ .{0,30})?
  | (?:jump\ to\ recipe\s*)?print\ recipe | jump\ to\ recipe | rezept\ drucken | imprimir\ receta
  | empfiehl\ (?:dies|diesen\ artikel)\ (?:deinen|ihren)\ freunden | was\ passiert\ mit\ meinen\ daten\?
  | vos\ r[ée]actions(?:\ \(\d+\))? | dołącz\ do\ dyskusji | inf[oó]rmate\ m[aá]s | hier\ ist\ ihre\ meinung\ gefragt
  | sie\ wollen\ mehr\ von\ uns\? | m[öo]chten\ sie\ .{0,40}\ mit\ uns\ umsetzen\?
)\s*[:.!]?\s*$""")
# A byline with its date or reading time ("By Ana Ruiz Feb 8, 2020 5 min read", "von Max Muster am 14. Mai 2014, 15:40 Uhr").
DATED_BYLINE = re.compile(
    r"^(?=.{0,120}$)(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar)\s+(?:[A-ZÄÖÜÁÉÍÓÚ][\w.'\-]+\s+){1,4}(?:am|on|el|le|\||–|-|,|•|·)?\s*"
    r".{0,40}(?:\d{4}|\d+\s*min(?:\.|utes?|utos)?\s*(?:read|lesezeit|de\ lectura)?)"
    r"\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|am|pm))?)?\s*$")


# Headers of lists of other articles besides those of boilerplate.py: "Mehr Nachrichten aus X:", "Die
# meistgelesenen Artikel bei X", "Más noticias de X", "More stories from X", "Das könnte dich auch interessieren …".
_MORE_HEADER = re.compile(r"""(?ix)^(?:[*+•:-]+\s*)?(?:
    (?:mehr|weitere)\s+(?:kolumnen|artikel|beitr[äa]ge|tipps|tourentipps|rezepte|videos|news|nachrichten)\b.{0,40}
  | (?:die\s+)?meist(?:gelesenen?|geklickten?)\s+(?:artikel|beitr[äa]ge|nachrichten).{0,40}
  | alle\s+(?:artikel|beitr[äa]ge|news)\s+(?:zu|zum|zur|über|von)\b.{0,40} | auch\s+(?:auf|bei)\s+\S+\.\w{2,3}
  | relevantes\s+aus\s+.{0,40} | m[aá]s\s+(?:art[ií]culos|noticias|notas)\s+(?:de|sobre|en)\b.{0,40}
  | otr[oa]s\s+(?:noticias|notas|art[ií]culos)\s+(?:de|sobre)\b.{0,40}
  | more\s+(?:articles|stories|news)\s+(?:from|on|about|in)\b.{0,40}
)\s*[:.…]*\s*$""")


# The links to the site's previous and next articles, alone or glued to the headline they lead to: "Vorheriger
# Artikel", "Nächster Beitrag", "Previous article", "Newer Post", "Article suivant", "Artículo siguiente".
_NEIGHBOUR = re.compile(r"""(?ix)^\W*(?:vorherige[rs]?|n[äa]chste[rs]?|previous|next|older|newer|article|art[ií]culo|entrada
    |nota|noticia|post|beitrag|artikel)\s+(?:beitrag|artikel|post|article|story|entry|entrada|art[ií]culo|nota|noticia
    |suivant|pr[ée]c[ée]dent|anterior|siguiente|posterior)\b""")


def is_list_header(text: str) -> bool:
    return (len(text) < 90 and (is_related_header(text.rstrip(" .…")) or bool(_MORE_HEADER.match(text)))
            or bool(_NEIGHBOUR.match(text)))


# A recipe's ingredient ("200 g Zucker", "1 Pck. Backpulver", "2 cups flour", "1 cucharada de aceite") and the
# headings of its sections: they read as neither prose nor boilerplate, and a list of them is the article.
_INGREDIENT = re.compile(
    r"^(?:[*•·o+-]\s+)?(?:ca\.\s*|etwa\s+|approx\.\s*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔]|\d+\s*[½¼¾⅓⅔]|\d+\s*[-–]\s*\d+)\s*"
    r"(?:g|gr|grs|kg|mg|ml|cl|dl|l|el|tl|msp|pck\.?|päckchen|prisen?|stück|stk\.?|scheiben?|zehen?|bund|dosen?|becher"
    r"|tassen?|cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|pinch|cloves?|cucharadas?|cucharaditas?"
    r"|tazas?|pizcas?|dientes?|latas?|sobres?|unidades?|cuill[eè]res?|łyżk[ai]|łyżeczk[ai]|szklank[ai]|colheres?"
    r"|x[ií]caras?)\b\.?\s+\S",
    re.IGNORECASE)
_RECIPE_HEADING = re.compile(
    r"^(?:zutaten|ingredients?|ingredientes|ingrédients|ingredienti|składniki|zubereitung|preparation|method|directions"
    r"|instructions|preparaci[oó]n|elaboraci[oó]n|modo\ de\ preparo|pr[ée]paration|preparazione|przygotowanie)"
    r"(?:\s+(?:f[üu]r|for|para|pour|per)\b.{0,40})?\s*:?$", re.IGNORECASE | re.VERBOSE)


def is_recipe_line(text: str) -> bool:
    return len(text) < 100 and bool(_INGREDIENT.match(text) or _RECIPE_HEADING.match(text))


# A line of code or of a command in a technical text ("from x import y", "$ pip install x", "y = f(x)", "cert = /etc/x",
# "--option"): not prose, but the article's. Form fields ("Name ______") and icon names glued to a label
# ("shopping_cart Warenkorb") are not code.
_CODE = re.compile(
    r"(?:^\s*(?:import|from\s+\S+\s+import|def|class|return|var|let|const|function|\#include|\$|>>>|sudo|pip|npm|git"
    r"|docker|apt(?:-get)?)\s|[=!<>]=|\b\w+\([^()]*\)|[{};]\s*$|^\s*[}\]]|(?<!^)\b[a-z]+_[a-z]\w*\b|::|->|=>"
    r"|\s--?[a-z][\w-]*|\w\s=\s\S)")


_EMBED = re.compile(r"^(?:IFRAME:|REFRESH\(|(?:https?:)?//\S+$)")  # a frame or an address a renderer prints: not code


def is_code_line(text: str) -> bool:
    text = re.sub(r"\[[^\]]*\]", "", text)  # a picture's file name in brackets
    return "__" not in text and "|" not in text and not _EMBED.match(text) and bool(_CODE.search(text))


# A row of a table as a renderer draws it: three or more cells set apart by runs of spaces or tabs, or two cells of
# a two-column table (a label and its value, a pro and a con).
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S.*\S(?: {3,}|\t)\S")
_TWO_CELLS = re.compile(r"^(?![*+o•·-]\s|IFRAME:)[^|\s](?:(?! {3}|\t)[^|]){1,80}?\S(?: {3,}|\t)\S(?:(?! {3}|\t)[^|]){0,80}$")


def is_table_row(text: str) -> bool:
    return bool(_TABLE_ROW.search(text) or _TWO_CELLS.match(text))


# A picture's caption closed by its credit: "... © Name", "... / Getty Images", "(name / iStock.com)", "Photo by
# X on Unsplash", "Kuva: NAME". In a dump the picture is gone and the caption sits among the paragraphs.
_PICTURE_AGENCY = (r"(?:getty\s?images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|dpa|afp|reuters|ap\s?photo|efe"
                   r"|europa\s?press|picture[\s-]alliance|stock\.adobe\.com|adobe\s?stock|fotolia(?:\.com)?|unsplash"
                   r"|pixabay|imago|keystone|apa|epa|xinhua|anadolu|agencias?|archivo|wikimedia\s?commons"
                   r"|public\s?domain|domena\s?publiczna|dominio\s?p[uú]blico)")
_CREDIT_END = re.compile(
    r"(?:©\s*[^.!?©]{2,60}"
    rf"|(?i:[/|]\s*{_PICTURE_AGENCY}[^.!?/|]{{0,30}})"
    rf"|(?i:\(\s*[^()]{{0,40}}{_PICTURE_AGENCY}[^()]{{0,20}}\))"
    r"|(?i:\b(?:photo|foto|image|bild|imagen)\s+(?:by|von|de|di)\s+[^.!?]{2,40}\s+(?:on|auf|en|su)\s+(?:unsplash|pixabay|pexels))"
    r"|(?i:\b(?:kuva|zdj[eę]cie|[źz]r[óo]d[łl]o|fot|fotos?|photos?|bild|imagen|image|cr[eé]dito|credits?)\s*:\s*[^.!?]{2,60}))\s*$")


_CREDIT_LABEL = re.compile(r"(?i)^(?:fotos?|bild(?:er)?|photos?|image|imagen|cr[ée]dits?|cr[ée]dito|quelle|source|fuente"
                           r"|fotograf[ií]a|copyright)\s*:|^©")


def is_line_break(previous: str, line: str) -> bool:
    """True where a wrapped dump starts a new line whatever the width: at a picture's credit ("Foto: Name"), after
    a line closed by one (the caption ends there, the paragraph below is not its continuation), and at and after
    the header of a list of other articles (a renderer that leaves no blank line between blocks glues it to both)."""
    return bool(_CREDIT_LABEL.match(line) or _CREDIT_END.search(previous)
                or is_list_header(line) or is_list_header(previous))


PAREN_CREDIT = re.compile(r"\((?i:foto|photo|bild|imagen|cr[eé]dito|credit|fotograf[ií]a)s?\s*:[^)]{2,80}\)\.?\s*$")
PHOTO_REPORT = 3  # paragraphs closed by a picture credit that make a page a photo report


# Who is where in the picture, or that it only illustrates: "Name (l.) und Name", "(izquierda)", "(Symbolbild)".
_PICTURE_NOTE = re.compile(
    r"\((?i:l\.|r\.|li\.|re\.|links|rechts|left|right|centre|center|izq\.|der\.|izquierda|derecha"
    r"|symbolbild|symbolfoto|archivbild|archivfoto|file\ photo|foto\ de\ archivo|imagen\ de\ archivo)\)")


# Lynx writes a picture as its alternative text or file name in brackets, alone or before its caption.
ALT_TEXT = re.compile(r"^\[[^\[\]=]*\w \w[^\[\]=]*\]$")
_PICTURE_MARK = re.compile(r"^\[[^\]]*\]\s*")


def unbracketed(text: str) -> str:
    """Return a line without the bracketed picture name a dump puts before a caption ("[img.png] Abbildung: ...")."""
    return _PICTURE_MARK.sub("", text).strip("[] ") if text.startswith("[") else text


# A picture's button that a dump glues to its caption: "Vergrößern ...", "Zum Vergrößern auf das Bild klicken".
_ENLARGE = re.compile(r"(?i)^vergr[öo][ßs]ern\b|zum\s+vergr[öo][ßs]ern|click\s+(?:to|for)\s+(?:enlarge|larger|full)"
                      r"|(?:pulse|haga\s+clic|clic)\s+para\s+ampliar|cliquez\s+pour\s+agrandir")


def is_credited(text: str) -> bool:
    """True for a caption: a line ending in a picture credit, one that says who is where in the picture, or one
    glued to the picture's enlarge button."""
    return len(text) < 300 and bool(_CREDIT_END.search(text) or _ENLARGE.search(text)
                                    or (len(text) < 250 and _PICTURE_NOTE.search(text)))


# A note on the author, under the article: a name and what the person does, with a word of the trade
# ("Jane Doe is a senior writer for ...", "Max Muster ist Redakteur ...", "El autor es periodista ...").
_AUTHOR_NOTE = re.compile(
    r"^(?:(?i:the\ author|der\ autor|die\ autorin|el\ autor|la\ autora|l'auteur|l'autrice|l'autore)\s"
    r"|(?!(?:The|Der|Die|Das|El|La|Los|Las|Le|Les|Il|Un|Una|Ein|Eine|A|An|Unser|Our)\s)"
    r"(?:[A-ZÄÖÜÁÉÍÓÚ][\w.'\-]+\s){1,3}(?:[A-ZÄÖÜÁÉÍÓÚ][\w'\-]+\s)?)"
    r"(?:is|was|ist|war|es|fue|est|leitet|schreibt|writes|covers|escribe|studierte|arbeitet|trabaja"
    r"|has\ (?:been|worked|written|covered))\b", re.VERBOSE)
_TRADE = re.compile(
    r"\b(?i:writer|editor|reporter|journalist|correspondent|columnist|professor|author|contributor|freelance"
    r"|redakteur(?:in)?|journalistin|autor(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|volont[äa]r(?:in)?|ressort"
    r"|periodista|redactora?|corresponsal|columnista|escritora?|journaliste|r[ée]dact(?:eur|rice)|chroniqueu?r"
    r"|giornalista|expert[eo]?|bloggerin|blogger|foodbloggerin)\b")


def is_author_note(text: str) -> bool:
    return len(text) < 500 and bool(_AUTHOR_NOTE.match(text)) and bool(_TRADE.search(text[:200]))


def is_author_role(text: str) -> bool:
    """True for an author's job title standing alone beside the byline ("Senior Writer", "Redakteur in der Wirtschaft")."""
    return len(text) < 60 and len(text.split()) <= 5 and bool(_TRADE.search(text))


# The site asking for money or disclosing its own (affiliate commissions, a plea for support, a paywall), or
# talking to the reader's browser (JavaScript disabled, an old browser), or how to cite the page; the site asking to
# be followed, to send its news to the reader's inbox or phone, a form's consent box ("Ich bin damit einverstanden",
# "I agree to"), and the placeholder of an embedded post that waits for consent ("um den Inhalt von X zu laden").
PLEA = re.compile(r"""(?ix)\b(?:
    erh[äa]lt\ [\w.\- ]{1,30}\ (?:ggf\.\ )?eine\ provision | provision\ vom\ h[äa]ndler
  | (?:may|might)\ (?:receive|earn)\ (?:a\ )?(?:compensation|commission) | earns?\ (?:a\ )?(?:small\ )?commission
  | comisi[oó]n\ por\ (?:las\ )?compras | enlaces?\ de\ afiliados?
  | support\ (?:our|local|independent)\ (?:journalism|news|reporting|work) | rely\ on\ (?:your|reader)\ support
  | become\ a\ (?:member|subscriber|supporter)
  | unterst[üu]tzen\ sie\ (?:unsere\ arbeit|unabh[äa]ngigen\ journalismus|diese\ form\ des\ journalismus)
  | jetzt\ (?:spenden|unterst[üu]tzen) | apoy[ae]\ (?:el|nuestro|al)\ periodismo | hazte\ (?:socio|suscriptor|miembro)
  | contenido\ exclusivo\ para\ suscriptores | para\ (?:seguir|continuar)\ leyendo | lee\ sin\ l[ií]mites
  | ya\ eres\ suscriptor | nur\ f[üu]r\ abonnenten | ^lesen\ sie\ (?:das|die)\ \S+(?:\ \S+)?\ (?:magazin|heft|zeitschrift)
  | das\ heft\ ist\ .{0,40}erh[äa]ltlich | sie\ haben\ bereits\ ein\ abo | already\ a\ subscriber
  | (?:subscribe|sign\ in)\ to\ (?:continue|keep)\ reading
  | (?:you\ are\ using|du\ nutzt|sie\ nutzen)\ (?:an?\ |einen\ )?(?:outdated|older|old|veralteten)?\s*browser
  | browser\ version\ with\ limited\ support | javascript\ (?:is\ |ist\ )?(?:disabled|deaktiviert|desactivado)
  | (?:bitte\ )?aktivieren\ sie\ javascript | please\ enable\ javascript | (?:activa|habilita)\ javascript
  | javascript\ (?:deaktiviert|disabled) | ^suggested\ citation | ^zitiervorschlag | ^cite\ this\ article
  | soutenez\ (?:notre|la)\ (?:r[ée]daction|journalisme) | abonnez-vous | unsere\ berichterstattung
  | follow\ (?:us|[\w.]+(?:\ [\w.]+){0,2})\ on\ (?:twitter|facebook|instagram|linkedin|tiktok|youtube)
  | s[ií]guenos\ en\ (?:twitter|facebook|instagram|x|tiktok|youtube)
  | straight\ to\ your\ (?:phone|inbox) | delivered\ to\ your\ inbox | enter\ your\ e-?mail
  | (?:ich\ bin\ damit\ einverstanden|willige\ ich\b|i\ agree\ to\b|he\ le[ií]do\ y\ acepto|acepto\ (?:recibir|la\ pol[ií]tica|los\ t[ée]rminos))
  | um\ den\ inhalt\ von\ .{0,60}\ zu\ laden | load\ (?:the\ )?external\ content | cargar\ el\ contenido\ externo
  | (?:wir\ )?respektieren\ (?:deine|ihre)\ privatsph[äa]re | we\ respect\ your\ privacy | respetamos\ (?:tu|su)\ privacidad
  | opinions?\ exprim[ée]es | opiniones\ (?:aqu[ií]\ )?(?:expresadas|vertidas) | views\ (?:and\ opinions\ )?expressed
  | (?:exclusiva\ )?responsabilidad\ (?:exclusiva\ )?de\ (?:sus|los|el|la)\ autor | n.engagent\ que\ leurs?\ auteurs?
  | gibt\ (?:die|allein\ die)\ meinung\ de[rs]\ autor
)""")


# A blog's filing line under its post: where it was filed and how it was tagged ("Dieser Eintrag wurde veröffentlicht in
# X und verschlagwortet mit Y", "This entry was posted in X. Bookmark the permalink.", "Abgelegt unter: X"). Like the
# article's tags, it ends the article.
FILED = re.compile(r"""(?ix)\b(?:dieser\ (?:beitrag|eintrag|artikel)\ wurde\ .{0,60}ver[öo]ffentlicht
  | this\ (?:entry|post)\ was\ posted\ in | esta\ entrada\ (?:fue\ publicada|se\ public[oó]) | verschlagwortet\ mit
  | bookmark\ the\ permalink | lesezeichen\ .{0,30}permalink | abgelegt\ unter | posted\ in\ .{0,60}tagged
  | publicado\ en\ .{0,60}etiquetado)""")


# A reader's comment under the article, by its header or its reply button: "Maria 6. August 2018 um 17:20 Uhr -
# Antworten", "John Doe says:", "Ana dice:", "Reply". Like the comment box's title, it ends the article.
COMMENT_MARK = re.compile(r"(?i)(?:\s[-–|]\s*(?:antworten|reply|responder|r[ée]pondre)|\b(?:says|sagt|dice|meint|schreibt|écrit)\s*:)\s*$"
                          r"|^(?:antworten|reply|responder|r[ée]pondre)$")


# A teaser of another article: its text closed by the link to read the rest ("... erläutert Hintergründe. mehr",
# "... Seht selbst! Weiterlesen", "... Read more", "... Leer más", "weiterlesen 5 Minuten").
_READ_ON = re.compile(r"""(?ix)(?:[.!?…]\s*(?:mehr|more|m[aá]s)|(?:\s|[.!?…])(?:weiterlesen|mehr\ lesen|read\ more|continue\ reading
    |keep\ reading|leer\ m[aá]s|seguir\ leyendo|ver\ m[aá]s|lire\ la\ suite|lire\ plus|zum\ artikel|\[…\]|\[\.\.\.\]))
    (?:\s*(?:»|›|→|>>|\d+\s*min(?:uten|utes|utos)?\.?))?\s*$""")


# ... or one that sends the reader elsewhere to learn more ("Erfahren Sie mehr über ...", "Learn more about ...").
_LEARN_MORE = re.compile(r"(?i)\b(?:erfahren\ sie\ (?:hier\ )?mehr|erfahre\ (?:hier\ )?mehr|learn\ more\ about|find\ out\ more"
                         r"|descubr[ae]\ m[aá]s|conoc[ae]\ m[aá]s|klicken\ sie\ hier|click\ here\ to|haga\ clic\ aqu[ií])\b")


def is_teaser(text: str) -> bool:
    """True for a paragraph closed by the link that reads on, or sending the reader elsewhere to learn more:
    another article's teaser."""
    return len(text) >= 60 and bool(_READ_ON.search(text) or _LEARN_MORE.search(text))


def is_headline_like(text: str) -> bool:
    """True for a line that reads as a headline: one sentence with no closing full stop."""
    return not CLOSED.search(text) and not re.search(r"[.!?][\"”»]?\s+\S", text)


def is_doubled(text: str) -> bool:
    """True for a line that says the same thing twice: an image's alternative text and its caption,
    or a link's title and its text, rendered side by side, whole or one of them cut or reworded at its end."""
    half = len(text) // 2
    if half < 15:
        return False
    for k in (half, half + 1, half - 1):
        if text[:k].strip() == text[k:].strip():
            return True
    return _opens_twice(text)


def _opens_twice(text: str) -> bool:
    """True for a line under 400 characters whose first words (20 characters or more, four words at least) come
    again later in it."""
    words = text.split()
    if len(text) >= 400 or len(words) < 8:
        return False
    head = " ".join(words[:4])
    head = head if len(head) >= 20 else " ".join(words[:5])
    return len(head) >= 20 and text.find(head, len(head)) > 0
