"""Reporting verbs ("dijo", "afirmó", "said") and their conjugations, as cues of quoted speech."""

from __future__ import annotations

from dataclasses import dataclass


# Verbs used with "se" that still have a speaker ("se quejó X", "se lamenta X", "se preguntó qué ..."):
# "se" is their pronoun, not the impersonal "se informó que".
PRONOMINAL = frozenset({"quejar", "lamentar", "preguntar"})
# Reporting verbs. Those marked * take a noun object as readily as a quote ("anunció el despido"),
# so they are cues only before "que" or a quotation, never after their content ("..., anunció X").
_ES_VERBS = """afirmar asegurar señalar explicar declarar indicar agregar añadir manifestar expresar subrayar destacar
precisar insistir comentar reiterar recalcar apuntar admitir considerar remarcar puntualizar aclarar enfatizar
resaltar informar detallar responder confirmar relatar narrar sentenciar opinar replicar contestar finalizar
rematar espetar zanjar abundar apostillar estimar anotar observar valorar ironizar bromear matizar aseverar alertar
avisar argumentar argüir alegar escribir tuitear reconocer reportar ejemplificar externar quejar *esperar *anunciar *denunciar *criticar *lamentar *plantear *prometer
*revelar *mencionar *acusar *comunicar *cuestionar *descartar *garantizar *justificar *proclamar *publicar *reclamar
*recomendar *reprochar *reivindicar *defender *calificar *describir *exigir *anticipar *adelantar *insinuar
*solicitar *temer *recordar *negar *confesar *desmentir *advertir *sugerir *referir *repetir *pedir *exponer
*proponer *concluir *sostener *mantener *decir *contar *comprometer *preguntar""".split()
_ES_IRREGULAR = {  # lemma: forms the regular pattern misses
    "decir": "dijo dijeron dice dicen decía decían diciendo dicho dijera dijeran",
    "sostener": "sostuvo sostuvieron sostiene sostienen", "mantener": "mantuvo mantiene mantienen",
    "advertir": "advirtió advirtieron advierte advierten advirtiendo", "referir": "refirió refiere refiriendo",
    "sugerir": "sugirió sugiere sugiriendo", "pedir": "pidió pidieron pide piden pidiendo",
    "repetir": "repitió repite repiten repitiendo", "concluir": "concluyó concluye concluyeron concluyendo",
    "exponer": "expuso expusieron expone exponen expuesto exponiendo", "proponer": "propuso propone propuesto",
    "recordar": "recuerda recuerdan", "negar": "niega niegan", "confesar": "confiesa confiesan",
    "manifestar": "manifiesta manifiestan", "desmentir": "desmintió desmiente desmienten desmintiendo",
    "escribir": "escrito", "argüir": "arguyó argüyó arguyen argüyen arguye argüye arguyeron argüyeron", "describir": "descrito", "contar": "contó contaron",
}
_ES_AMBIGUOUS = frozenset("informe informes nota pregunta cuenta cuentan critica apunte contar alerta alertas queja "
                           "quejas".split())
_ES_CORE_AFTER = frozenset({"decir", "advertir", "concluir", "recordar", "preguntar"})  # postposed despite the *
_EN_VERBS = """say:said:saying tell:told:telling state add note explain warn claim argue insist write:wrote:writing
tweet announce acknowledge admit:admitted:admitting assert declare suggest report recall reply:replied:replying
respond continue conclude believe predict promise deny:denied:denying confirm stress emphasize contend maintain
observe remark reveal allege complain boast vow concede mention joke quip:quipped:quipping testify:testified:testifying
agree ask think:thought:thinking fear hope expect estimate""".split()
_EN_AFTER = frozenset("say tell state add note explain warn claim argue insist write tweet acknowledge admit assert "
                      "declare recall reply respond continue conclude remark observe concede joke quip ask".split())


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb form: its lemma, its form, and whether it may follow the content it reports."""

    lemma: str
    form: str  # finite | gerund | infinitive | participle
    after: bool  # may follow its content ("..., dijo X")


_ENDINGS = {
    True: {"finite": ("ó", "aron", "a", "an", "aba", "aban", "ara", "aran"), "gerund": ("ando",),
           "participle": ("ado",)},
    False: {"finite": ("ió", "ieron", "e", "en", "ía", "ían", "iera", "ieran"), "gerund": ("iendo",),
            "participle": ("ido",)},
}


def _spanish_cues() -> dict[str, Cue]:
    """Return {word form: cue} for the Spanish verbs, regular conjugations plus the irregular forms listed."""
    cues: dict[str, Cue] = {}
    for entry in _ES_VERBS:
        lemma, noun_object = entry.lstrip("*"), entry.startswith("*")
        after = not noun_object or lemma in _ES_CORE_AFTER
        stem, endings = lemma[:-2], _ENDINGS[lemma[-2:] == "ar"]
        forms = {form: [stem + e for e in ends] for form, ends in endings.items()} | {"infinitive": [lemma]}
        for form, words in forms.items():
            for word in words:
                cues.setdefault(word, Cue(lemma, form, after))
        for word in _ES_IRREGULAR.get(lemma, "").split():
            form = ("gerund" if word.endswith("ndo") else "participle" if word.endswith(("cho", "to")) else "finite")
            cues[word] = Cue(lemma, form, after)
    for word in _ES_AMBIGUOUS:
        cues.pop(word, None)
    return cues


def _english_cues() -> dict[str, Cue]:
    """Return {word form: cue} for the English verbs: base, third person, past and gerund."""
    cues: dict[str, Cue] = {}
    for entry in _EN_VERBS:
        lemma, *irregular = entry.split(":")
        past = irregular[0] if irregular else (lemma + "d" if lemma.endswith("e") else lemma + "ed")
        gerund = irregular[1] if irregular else (lemma[:-1] if lemma.endswith("e") else lemma) + "ing"
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma not in ("say",) else (
            lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
        after = lemma in _EN_AFTER
        for word, form in ((lemma, "finite"), (third, "finite"), (past, "finite"), (gerund, "gerund")):
            cues.setdefault(word, Cue(lemma, form, after))
    cues["written"] = Cue("write", "participle", True)
    return cues


ES_CUES = _spanish_cues()
EN_CUES = _english_cues()
