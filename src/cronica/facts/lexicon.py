"""Word lists for the rule-based entity recogniser (Spanish first, some English)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Return lower-case text without accents, for matching names written with or without them."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


# Capitalised words that open sentences but are not names.
NOT_NAMES = frozenset(fold(w) for w in """
el la los las lo un una unos unas al del de en con por para según segun sin sobre tras durante desde hasta
ante bajo contra entre hacia mediante además paralelamente asimismo sin embargo no sí si se su sus mi mis tu
este esta estos estas ese esa esos esas aquel aquella esto eso también tampoco así pero aunque mientras cuando
donde como porque pues luego entonces ya hoy ayer mañana anoche antes después despues ahora aquí allí
y o e u ni que quien quienes cual cuales cuyo qué quién cómo cuándo dónde cuánto todo toda todos todas otro
otra otros otras cada mucho muchos muy más menos poco ello él ella ellos ellas nosotros usted ustedes le les
yo me nos os hay fue era es son será sera han ha había habia dijo afirmó señaló indicó explicó agregó añadió
sostuvo aseguró declaró informó destacó precisó recordó advirtió insistió subrayó consideró manifestó
lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
septiembre setiembre octubre noviembre diciembre publicidad compartir inicio fuente foto imagen video
the a an of in on at by for with from to and or but if as this that these those it its he she they we i you
his her their our there here when where while after before during since until however also yet so
monday tuesday wednesday thursday friday saturday sunday january february april june july august
september october november december mr mrs ms dr sr sra don doña señor señora
""".split())

CONNECTORS = frozenset("de del la las los y da do dos das di van von der el".split())

ORG_WORDS = frozenset(fold(w) for w in """
ministerio ministerios gobierno cancillería cancilleria corte tribunal tribunales comisión comision congreso
senado parlamento partido universidad banco fondo agencia asociación asociacion federación federacion fundación
fundacion instituto consejo organización organizacion naciones unidas onu oea ue fmi bid cepal otan policía
policia ejército ejercito armada fiscalía fiscalia defensoría defensoria contraloría contraloria club empresa
compañía compania autoridad oficina secretaría secretaria junta unión union frente movimiento asamblea cámara
camara sindicato confederación confederacion alcaldía alcaldia municipalidad ayuntamiento presidencia
superintendencia dirección direccion servicio jurado registro sociedad grupo cooperativa central colegio escuela
hospital clínica clinica diario periódico periodico radio televisión television canal cadena editorial
ministry government court council university bank agency association federation foundation institute
committee commission department party union company corporation inc ltd group office parliament senate
police army league federal national times post press news
s.a. s.a sa sac ltda
""".split())

# Countries, regions and capitals most often in Spanish-language news (Spanish and English spellings).
PLACES = frozenset(fold(w) for w in """
perú peru lima ecuador quito guayaquil colombia bogotá bogota medellín cali venezuela caracas bolivia la_paz
chile santiago argentina buenos_aires uruguay montevideo paraguay asunción brasil brazil brasilia brasília
são_paulo sao_paulo río_de_janeiro méxico mexico ciudad_de_méxico guatemala honduras tegucigalpa el_salvador
san_salvador nicaragua managua costa_rica san_josé panamá panama cuba la_habana república_dominicana
santo_domingo puerto_rico haití haiti españa spain madrid barcelona sevilla valencia francia france parís paris
alemania germany berlín berlin italia italy roma rome reino_unido united_kingdom londres london portugal lisboa
estados_unidos united_states eeuu ee.uu. eua washington nueva_york new_york miami canadá canada china pekín
beijing japón japan tokio rusia russia moscú moscow ucrania ukraine kiev kyiv israel gaza palestina irán iran
irak siria turquía india europa europe américa america latinoamérica latinoamerica áfrica africa asia
cusco cuzco arequipa trujillo piura callao cajamarca puno iquitos cuenca loja manta rosario córdoba cordoba
mendoza valparaíso valparaiso concepción cochabamba santa_cruz sucre barranquilla cartagena maracaibo
""".split())
PLACE_PHRASES = frozenset(p.replace("_", " ") for p in PLACES if "_" in p)

ALIASES = {
    fold("EEUU"): "Estados Unidos", fold("EE.UU."): "Estados Unidos", fold("EE. UU."): "Estados Unidos",
    fold("EUA"): "Estados Unidos", fold("USA"): "Estados Unidos", fold("US"): "Estados Unidos",
    fold("ONU"): "Organización de las Naciones Unidas", fold("UE"): "Unión Europea",
    fold("OEA"): "Organización de los Estados Americanos", fold("FMI"): "Fondo Monetario Internacional",
}

PERSON_TITLES = frozenset(fold(w) for w in """
presidente presidenta ministro ministra canciller vicecanciller portavoz vocero vocera secretario secretaria
director directora gerente alcalde alcaldesa gobernador gobernadora diputado diputada senador senadora
congresista juez jueza fiscal general coronel capitán capitan comandante señor señora sr. sra. don doña
doctor doctora dr. dra. padre papa rey reina príncipe princesa primer primera jefe jefa líder lider
entrenador técnico tecnico delantero defensa arquero portero jugador jugadora abogado abogada embajador
embajadora president minister secretary spokesman spokeswoman director mayor governor senator judge
""".split())
