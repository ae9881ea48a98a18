"""Word lists for the rule-based entity recogniser (Spanish first, some English)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Return lower-case text without accents, for matching names written with or without them."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


def _words(block: str) -> frozenset[str]:
    return frozenset(fold(w) for w in block.split())


# Words that are never names, even capitalised: function words, days and months, page furniture.
NOT_NAMES = _words("""
el la los las lo un una unos unas al del de en con por para según segun sin sobre tras durante desde hasta
ante bajo contra entre hacia mediante sin no sí si se su sus mi mis tu este esta estos estas ese esa esos esas
aquel aquella aquellos aquellas esto eso aquello y o e u ni que quien quienes cual cuales cuyo cuya qué quién
cómo cuándo dónde cuánto todo toda todos todas otro otra otros otras cada ello él ella ellos ellas nosotros
nosotras vosotros usted ustedes le les yo me nos os lunes martes miércoles jueves viernes sábado domingo enero
febrero marzo mayo junio agosto septiembre setiembre octubre noviembre diciembre publicidad compartir
inicio fuente foto fotos imagen video vídeo the a an of in on at by for with from to and or but if as this that
these those it its he she they we i you his her their our there here when where while after before during
since until however also yet so monday tuesday wednesday thursday friday saturday sunday january february april
june july august september october november december mr mrs ms dr sr sra srta lic ing
""")

# Words that open sentences or headlines but are not names: adverbs, verbs, adjectives, discourse
# markers ("Paralelamente", "Además", "Muere ..."). Never a name alone; stripped from a name they open.
OPENING_WORDS = _words("""
además paralelamente asimismo sin embargo también tampoco así pero aunque mientras cuando donde como porque pues
luego entonces ya hoy ayer mañana anoche antes después ahora aquí allí allá ahí mucho muchos mucha muchas muy más
menos poco pocos poca pocas hay fue fueron era eran es son será serán sera han ha había habia habrá sido ser estar
está están estaba estaban dijo afirmó señaló indicó explicó agregó añadió sostuvo aseguró declaró informó destacó
precisó recordó advirtió insistió subrayó consideró manifestó incluso finalmente posteriormente igualmente
precisamente actualmente especialmente concretamente únicamente solamente sólo solo primero segundo tercero
primera segunda tercera último última últimos últimas nuevo nueva nuevos nuevas gran grandes mayor menor mejor
peor varios varias algunos algunas algún alguna alguno ningún ninguna ninguno nadie nada algo alguien tal tales
tanto tanta tantos tantas cuanto dicho dicha dichos dichas vez sino siempre nunca jamás aún todavía casi apenas
quizá quizás acaso otra mismo misma mismos mismas dentro fuera cerca lejos arriba abajo delante detrás gracias
bueno buena bien mal claro vale ojo atención aviso nota alerta urgente hora exclusiva ver leer relacionado
relacionada relacionadas relacionados noticias noticia etiquetas tags comentarios hace cerca alrededor
aproximadamente frente respecto acerca debido pese muere mueren fallece fallecen murió fallecieron falleció llega
llegan gana ganan pierde pierden pide piden dice dicen anuncia anuncian confirma confirman denuncia denuncian
revela revelan rechaza rechazan busca buscan exige exigen critica critican advierte advierten asegura aseguran
niega niegan propone proponen presenta presentan recibe reciben logra logran inicia inician cierra cierran
sube suben baja bajan cae caen crece crecen vuelve vuelven según tras ante abril julio
""")

# Abbreviations in capitals that name no one: taxes, indicators, units, diseases, time zones, formats.
NOT_ACRONYMS = _words("""
gmt utc cet pib ipc iva irpf ibi sida vih adn arn dni nif cif opa ope opv ere pyme pymes tv pc cd dvd gps
sms mms uci uvi km kg kw mw gw kwh mwh cv ok pdf html www url faq ceo cfo pvp tae tin euribor ibex nasdaq
""")

# Connectors inside a name: "Villanueva de la Serena", "Luiz Inácio Lula da Silva", "Ludwig van Beethoven".
CONNECTORS = frozenset("de del la las los da do dos das di van von der el y i e d' du des le".split())
ARTICLES = frozenset("el la los las".split())

# Words that make a name an organisation ("Ministerio de Salud", "Real Madrid", "Grupo Prisa").
ORG_WORDS = _words("""
ministerio ministerios gobierno cancillería cancilleria corte tribunal tribunales comisión comision congreso
senado parlamento partido universidad banco fondo agencia asociación asociacion federación federacion fundación
fundacion instituto consejo organización organizacion naciones unidas policía policia ejército ejercito armada
fiscalía fiscalia defensoría defensoria contraloría contraloria club empresa compañía compania autoridad oficina
secretaría secretaria junta unión union frente movimiento asamblea cámara camara sindicato confederación
confederacion alcaldía alcaldia municipalidad ayuntamiento presidencia superintendencia dirección direccion
servicio jurado registro sociedad grupo cooperativa central colegio escuela hospital clínica clinica diario
periódico periodico radio televisión television canal cadena editorial constructora minera aerolínea aerolinea
ejecutivo administración administracion generalitat xunta diputación diputacion cabildo audiencia juzgado
guardia civil ertzaintza estado comité comite consorcio corporación corporacion holding caja caixa coalición
coalicion alianza
plataforma organismo entidad observatorio academia museo conservatorio orquesta coro iglesia conferencia
consejería conselleria departamento delegación delegacion subdelegación gabinete real atlético atletico deportivo
sporting racing athletic selección seleccion equipo escudería laboratorio laboratorios industrias industria
telecom telecomunicaciones airlines motors petroleum energía energia eléctrica electrica seguros inmobiliaria
dynamics motors electric systems technologies holdings partners
ministry government court council university bank agency association federation foundation institute
committee commission department party union company corporation inc ltd group office parliament senate
police army league federal national times post press news airways journal magazine review fc cf cd ud sd rcd sad
s.a. s.a sa sac ltda sl s.l. inc. corp
""")

# First words that make a name a place ("Plaza de Armas", "río Vilcanota" when capitalised).
LOC_WORDS = _words("""
calle avenida av. plaza paseo ronda carretera autopista autovía autovia camino puente río rio monte montes sierra
isla islas lago laguna golfo mar océano oceano cordillera valle bahía bahia cabo estrecho península peninsula
puerto aeropuerto palacio estadio parque barrio distrito provincia región region comarca condado ciudad villa
catedral basílica basilica templo ermita santuario monasterio convento castillo torre cerro volcán volcan playa
costa desierto selva cuenca delta cañón canon glorieta urbanización urbanizacion polígono poligono colonia
street avenue square river mount mountains lake island islands bay gulf sea ocean valley county city park
""")

# First words that make a name something other than a person, body or place: events, laws, works, prizes.
MISC_WORDS = _words("""
copa liga juegos olimpiadas olimpíadas mundial mundiales campeonato campeonatos torneo tour giro vuelta open
premio premios gran trofeo festival feria salón salon bienal exposición exposicion muestra certamen maratón maraton
rally ley leyes decreto real-decreto plan programa proyecto operación operacion acuerdo acuerdos tratado pacto
protocolo constitución constitucion estatuto código codigo carta declaración declaracion presupuestos cumbre
día dia año semana guerra revolución revolucion batalla crisis caso informe libro disco álbum album película
pelicula serie himno euro euros internet windows día-d
cup league games championship tournament award prize festival operation treaty war
""")

# Departments a minister or councillor holds ("el ministro de Economía"): part of a title, not a name.
PORTFOLIOS = _words("""
interior exteriores cultura educación educacion sanidad salud hacienda economía economia trabajo justicia defensa
agricultura fomento industria turismo comercio medio ambiente asuntos exteriores obras públicas publicas vivienda
ciencia tecnología tecnologia transportes transporte energía energia minas pesca ganadería ganaderia alimentación
alimentacion deportes deporte juventud mujer igualdad bienestar social sociales desarrollo relaciones finanzas
presidencia gobernación gobernacion administraciones públicas función función pública comunicaciones
infraestructuras planificación planificacion seguridad protección proteccion ciudadana universidades investigación
competencia consumo comunicación comunicacion cooperación cooperacion inmigración inmigracion empleo innovación
derecho medicina periodismo filología filologia historia arquitectura ingeniería ingenieria química quimica física
fisica matemáticas matematicas biología biologia psicología psicologia sociología sociologia filosofía filosofia
""")

# Words before a name that say it is a person's ("la ministra Ana Pérez", "Gov. Kasich").
PERSON_TITLES = _words("""
presidente presidenta ministro ministra canciller vicecanciller portavoz vocero vocera secretario secretaria
director directora gerente alcalde alcaldesa gobernador gobernadora diputado diputada senador senadora
congresista juez jueza fiscal general coronel capitán capitan comandante señor señora sr. sra. don doña
doctor doctora dr. dra. padre papa rey reina príncipe princesa jefe jefa líder lider
entrenador técnico tecnico delantero defensa arquero portero jugador jugadora abogado abogada embajador
embajadora vicepresidente vicepresidenta consejero consejera conseller consellera delegado delegada teniente
sargento cabo soldado obispo arzobispo cardenal monseñor sacerdote fray sor hermano hermana infanta infante
duque duquesa conde condesa marqués marquesa lehendakari presidente-electo premier mandatario mandataria
escritor escritora poeta poetisa actor actriz cantante pintor pintora director-general ex expresidente
expresidenta exministro exministra líder dirigente empresario empresaria economista periodista investigador
investigadora profesor profesora catedrático catedrática rector rectora magistrado magistrada árbitro
ciclista tenista piloto atleta nadador nadadora golfista boxeador futbolista baloncestista centrocampista
atacante lateral guardameta meta goleador capitán
president minister secretary spokesman spokeswoman director mayor governor senator judge sen. gov. rep.
mr. mrs. ms. gen. col. lt. sgt. prof. pres. lic. ing. st. sir lady lord dame
""")

# Plural titles that name people in Spanish news ("los Reyes" are the King and Queen).
ROYALS = _words("reyes príncipes principes duques infantas monarcas soberanos")

# Abbreviated titles written with a full stop that does not end the sentence.
TITLE_ABBREVIATIONS = frozenset("Sr Sra Srta Dr Dra Lic Ing Gral Mr Mrs Ms Gov Sen Rep Gen Col Lt Sgt Prof Pres "
                                "St Jr Mons Fr Hno Dña".split())

ALIASES = {
    fold("EEUU"): "Estados Unidos", fold("EE.UU."): "Estados Unidos", fold("EE. UU."): "Estados Unidos",
    fold("EUA"): "Estados Unidos", fold("USA"): "Estados Unidos", fold("US"): "Estados Unidos",
    fold("ONU"): "Organización de las Naciones Unidas", fold("UE"): "Unión Europea",
    fold("OEA"): "Organización de los Estados Americanos", fold("FMI"): "Fondo Monetario Internacional",
}
