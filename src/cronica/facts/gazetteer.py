"""Names the entity recogniser knows: places, given names, surnames and well-known organisations.

Written for cronica from general knowledge (no list copied from an annotated corpus): the world's
countries and capitals, the regions and cities that Spanish-language news names most (Spain and
Latin America first), common given names and surnames, and organisations known by a short name.
Entries are comma-separated and matched folded (lower case, no accents).
"""

from __future__ import annotations

from .lexicon import fold


def _entries(*blocks: str) -> frozenset[str]:
    return frozenset(fold(e.strip()) for block in blocks for e in block.replace("\n", ",").split(",") if e.strip())


COUNTRIES = _entries("""
Afganistán, Albania, Alemania, Andorra, Angola, Antigua y Barbuda, Arabia Saudí, Arabia Saudita, Argelia, Argentina,
Armenia, Australia, Austria, Azerbaiyán, Bahamas, Bangladés, Bangladesh, Barbados, Baréin, Bahréin, Bélgica, Belice,
Benín, Bielorrusia, Birmania, Myanmar, Bolivia, Bosnia, Bosnia-Herzegovina, Bosnia y Herzegovina, Botsuana, Brasil,
Brunéi, Bulgaria, Burkina Faso, Burundi, Bután, Cabo Verde, Camboya, Camerún, Canadá, Catar, Qatar, Chad, Chile,
China,
Chipre, Colombia, Comoras, Congo, Corea, Corea del Norte, Corea del Sur, Costa de Marfil, Costa Rica, Croacia, Cuba,
Dinamarca, Dominica, Ecuador, Egipto, El Salvador, Emiratos Árabes Unidos, Eritrea, Eslovaquia, Eslovenia, España,
Estados Unidos, Estonia, Etiopía, Filipinas, Finlandia, Fiyi, Francia, Gabón, Gambia, Georgia, Ghana, Granada, Grecia,
Guatemala, Guinea, Guinea-Bissau, Guinea Ecuatorial, Guyana, Haití, Holanda, Honduras, Hungría, India, Indonesia,
Irak,
Iraq, Irán, Irlanda, Islandia, Israel, Italia, Jamaica, Japón, Jordania, Kazajistán, Kenia, Kirguistán, Kiribati,
Kosovo,
Kuwait, Laos, Lesoto, Letonia, Líbano, Liberia, Libia, Liechtenstein, Lituania, Luxemburgo, Macedonia, Madagascar,
Malasia, Malaui, Maldivas, Malí, Malta, Marruecos, Mauricio, Mauritania, México, Méjico, Micronesia, Moldavia, Mónaco,
Mongolia, Montenegro, Mozambique, Namibia, Nauru, Nepal, Nicaragua, Níger, Nigeria, Noruega, Nueva Zelanda, Omán,
Países Bajos, Pakistán, Palaos, Palestina, Panamá, Papúa Nueva Guinea, Paraguay, Perú, Polonia, Portugal, Puerto Rico,
Reino Unido, Gran Bretaña, Inglaterra, Escocia, Gales, República Checa, Chequia, República Dominicana,
República Centroafricana, Ruanda, Rumanía, Rumania, Rusia, Samoa, San Marino, Santa Lucía, Senegal, Serbia,
Seychelles,
Sierra Leona, Singapur, Siria, Somalia, Sri Lanka, Suazilandia, Sudáfrica, Sudán, Sudán del Sur, Suecia, Suiza,
Surinam, Tailandia, Taiwán, Tanzania, Tayikistán, Timor Oriental, Togo, Tonga, Trinidad y Tobago, Túnez, Turkmenistán,
Turquía, Tuvalu, Ucrania, Uganda, Uruguay, Uzbekistán, Vanuatu, Vaticano, Venezuela, Vietnam, Yemen, Yibuti, Zambia,
Zimbabue, Yugoslavia, Chechenia, Kurdistán, Tíbet, Gibraltar, Groenlandia, Sáhara Occidental, Cisjordania, Gaza,
Franja de Gaza, Hong Kong, Macao, Unión Soviética, URSS, EEUU, EE.UU., EUA, USA, RFA, RDA,
Afghanistan, Algeria, Belgium, Brazil, Cameroon, Canada, Croatia, Cyprus, Czech Republic, Denmark, Egypt, England,
Ethiopia, Finland, France, Germany, Greece, Hungary, Iceland, Ireland, Italy, Japan, Jordan, Kenya, Lebanon, Libya,
Malaysia, Mexico, Morocco, Netherlands, New Zealand, North Korea, South Korea, Norway, Pakistan, Peru, Philippines,
Poland, Romania, Russia, Saudi Arabia, Scotland, South Africa, Spain, Sweden, Switzerland, Syria, Thailand, Tunisia,
Turkey, Ukraine, United Kingdom, United States, Wales, Britain, Iran, Iraq, America
""")

REGIONS = _entries("""
Europa, Asia, África, Africa, América, Oceanía, Antártida, Latinoamérica, Iberoamérica, Hispanoamérica, Sudamérica,
Suramérica, Centroamérica, Norteamérica, América Latina, América del Sur, América Central, Caribe, Mediterráneo,
Oriente Medio, Oriente Próximo, Extremo Oriente, Lejano Oriente, Balcanes, Cáucaso, Magreb, Sahel, Sáhara, Sahara,
Golfo Pérsico, Península Ibérica, Península Arábiga, Escandinavia, Siberia, Patagonia, Amazonía, Amazonas, Andes,
Alpes, Pirineos, Himalaya, Atlántico, Pacífico, Índico, Ártico, Europa del Este, Asia Central, Occidente, Oriente,
Cono Sur, Mesoamérica, Indochina, Anatolia, Cachemira, Darfur, Kivu, Chiapas, Transilvania, Baviera, Flandes, Valonia,
Córcega, Cerdeña, Sicilia, Toscana, Lombardía, Piamonte, Bretaña, Normandía, Provenza, Alsacia, Borgoña, Cataluña
Norte, Tierra Santa, Ulster, Quebec, Ontario, California, Texas, Florida, Nueva York, Nueva Jersey, Illinois, Ohio,
Georgia, Virginia, Carolina del Norte, Carolina del Sur, Arizona, Nevada, Colorado, Utah, Oregón, Washington, Alaska,
Hawai, Hawái, Luisiana, Misisipi, Alabama, Tennessee, Kentucky, Indiana, Michigan, Wisconsin, Minnesota, Iowa,
Misuri, Kansas, Nebraska, Oklahoma, Arkansas, Nuevo México, Montana, Idaho, Wyoming, Dakota, Pensilvania,
Massachusetts, Connecticut, Maryland, Delaware, Maine, Vermont, New Hampshire, Rhode Island,
""", """
Andalucía, Aragón, Asturias, Principado de Asturias, Baleares, Islas Baleares, Canarias, Islas Canarias, Cantabria,
Castilla, Castilla y León, Castilla-León, Castilla-La Mancha, Castilla La Mancha, La Mancha, Cataluña, Catalunya,
Comunidad Valenciana, Comunidad de Madrid, País Valenciano, Extremadura, Galicia, La Rioja, Rioja, Murcia,
Región de Murcia, Navarra, País Vasco, Euskadi, Ceuta, Melilla, Levante, Mallorca, Menorca, Ibiza, Formentera,
Tenerife, Gran Canaria, Lanzarote, Álava, Araba, Guipúzcoa, Gipuzkoa, Vizcaya, Bizkaia, Fuerteventura, La Palma,
La Gomera, El Hierro, Costa del Sol, Costa Brava,
Bierzo, Maresme, Vallès, Penedès, Alpujarra, Campo de Gibraltar, Cuenca Minera,
""", """
Buenos Aires, Patagonia, Tierra del Fuego, Santa Fe, Entre Ríos, Corrientes, Misiones, Chaco, Salta, Jujuy, Tucumán,
Neuquén, Río Negro, Chubut, Santa Cruz, San Juan, San Luis, La Pampa, Catamarca, La Rioja, Santiago del Estero,
Antioquia, Cundinamarca, Valle del Cauca, Cauca, Nariño, Santander, Boyacá, Bolívar, Atlántico, Magdalena, Guajira,
Chocó, Caquetá, Putumayo, Meta, Casanare, Arauca, Tolima, Huila, Caldas, Risaralda, Quindío, Córdoba, Sucre, Cesar,
Zulia, Táchira, Mérida, Lara, Falcón, Anzoátegui, Monagas, Carabobo, Aragua, Miranda, Apure, Barinas,
Pichincha, Guayas, Manabí, Azuay, El Oro, Esmeraldas, Galápagos, Tungurahua, Imbabura, Loja, Sucumbíos, Orellana,
Tumbes, Piura, Lambayeque, La Libertad, Áncash, Ancash, Huánuco, Junín, Pasco, Ayacucho, Apurímac, Huancavelica,
Loreto, Ucayali, San Martín, Madre de Dios, Moquegua, Tacna, Amazonas, Cajamarca, Puno, Cusco, Cuzco, Arequipa, Ica,
Oruro, Potosí, Chuquisaca, Tarija, Beni, Pando, Antofagasta, Atacama, Coquimbo, Araucanía, Biobío, Magallanes,
Jalisco, Nuevo León, Sonora, Chihuahua, Coahuila, Tamaulipas, Veracruz, Oaxaca, Guerrero, Michoacán, Puebla,
Tabasco, Yucatán, Quintana Roo, Campeche, Sinaloa, Durango, Zacatecas, Hidalgo, Morelos, Tlaxcala, Querétaro,
Guanajuato, Aguascalientes, Nayarit, Colima, Baja California, Baja California Sur, Estado de México, San Luis Potosí,
Petén, Quiché, Olancho, Cortés, Darién, Colón, Chiriquí, Guanacaste, Alajuela, Cartago, Heredia, Limón, Puntarenas,
""")

CITIES = _entries("""
Madrid, Barcelona, Valencia, Sevilla, Zaragoza, Málaga, Murcia, Palma, Palma de Mallorca, Las Palmas,
Las Palmas de Gran Canaria, Bilbao, Alicante, Córdoba, Valladolid, Vigo, Gijón, Hospitalet, L'Hospitalet, Vitoria,
Gasteiz, Vitoria-Gasteiz, La Coruña, A Coruña, Coruña, Granada, Elche, Oviedo, Badalona, Cartagena, Terrassa, Jerez,
Jerez de la Frontera, Sabadell, Móstoles, Santa Cruz de Tenerife, Pamplona, Iruña, Almería, Alcalá de Henares,
Fuenlabrada, Leganés, San Sebastián, Donostia, Getafe, Burgos, Albacete, Santander, Castellón, Castellón de la Plana,
Alcorcón, San Cristóbal de La Laguna, La Laguna, Logroño, Badajoz, Salamanca, Huelva, Marbella, Lérida, Lleida,
Tarragona, León, Cádiz, Dos Hermanas, Parla, Mataró, Torrejón de Ardoz, Jaén, Algeciras, Orense, Ourense,
Reus, Telde, Baracaldo, Barakaldo, Lugo, Girona, Gerona, Santiago de Compostela, Cáceres, Lorca, Coslada,
Talavera de la Reina, El Puerto de Santa María, Cornellà, Avilés, Palencia, Guadalajara, Toledo, Pontevedra,
Ferrol, Zamora, Ávila, Cuenca, Huesca, Segovia, Soria, Teruel, Ciudad Real, Mérida, Plasencia, Ponferrada,
Benidorm, Torrevieja, Gandía, Sagunto, Alcoy, Alcoi, Elda, Orihuela, Irún, Eibar, Guernica, Gernika, Getxo,
Rentería, Errenteria, Tolosa, Durango, Calahorra, Tudela, Estella, Jaca, Calatayud, Linares, Úbeda, Baeza,
Antequera, Ronda, Motril, Estepona, Fuengirola, Torremolinos, Benalmádena, Vélez-Málaga, Sanlúcar de Barrameda,
Chiclana, San Fernando, Puerto Real, Écija, Utrera, Lucena, Puertollano, Tomelloso, Valdepeñas, Manzanares,
Aranjuez, Alcobendas, San Sebastián de los Reyes, Las Rozas, Majadahonda, Pozuelo, Pozuelo de Alarcón, Boadilla,
Collado Villalba, El Escorial, San Lorenzo de El Escorial, Tres Cantos, Rivas-Vaciamadrid, Arganda, Valdemoro,
Aranda de Duero, Miranda de Ebro, Medina del Campo, Béjar, Astorga, Ponteareas, Villagarcía, Vilagarcía, Ribeira,
Monforte, Manresa, Vic, Granollers, Igualada, Figueres, Figueras, Blanes, Lloret de Mar, Tortosa, Vilanova, Sitges,
Castelldefels, Sant Cugat, Rubí, Cerdanyola, Mollet, Viladecans, Gavà, El Prat, Ibiza, Mahón, Maó, Ciudadela,
Arrecife, Puerto del Rosario, Santa Cruz de La Palma, Don Benito, Villanueva de la Serena, Almendralejo, Zafra,
Navalmoral de la Mata, Coria, Trujillo, Sigüenza, Benavente, Mieres, Langreo, Siero, Ourense, Villena, Xàtiva, Játiva,
Alzira, Ontinyent, Vinaròs, Vila-real, Villarreal, Burriana, Torrelavega, Castro Urdiales, Laredo, Reinosa,
""", """
Lisboa, Oporto, Coímbra, París, Marsella, Lyon, Toulouse, Tolosa de Francia, Burdeos, Niza, Nantes, Estrasburgo,
Lille, Montpellier, Perpiñán, Bayona, Biarritz, Lourdes, Londres, Mánchester, Manchester, Liverpool, Birmingham,
Leeds,
Glasgow, Edimburgo, Cardiff, Belfast, Dublín, Bristol, Oxford, Cambridge, Berlín, Múnich, Munich, Hamburgo, Fráncfort,
Frankfurt, Colonia, Bonn, Stuttgart, Düsseldorf, Dortmund, Dresde, Leipzig, Hannover, Núremberg, Roma, Milán, Nápoles,
Turín, Palermo, Génova, Bolonia, Florencia, Venecia, Verona, Padua, Trieste, Bari, Pisa, Parma, Bruselas, Amberes,
Gante, Brujas, Lieja, Ámsterdam, Rotterdam, La Haya, Utrecht, Luxemburgo, Ginebra, Zúrich, Berna, Basilea, Lausana,
Viena, Salzburgo, Praga, Bratislava, Budapest, Varsovia, Cracovia, Gdansk, Bucarest, Sofía, Belgrado, Zagreb,
Liubliana, Sarajevo, Skopie, Tirana, Podgorica, Pristina, Atenas, Salónica, Estambul, Ankara, Nicosia, Copenhague,
Estocolmo, Oslo, Helsinki, Reikiavik, Tallin, Riga, Vilna, Minsk, Kiev, Kyiv, Járkov, Odesa, Odessa, Moscú,
San Petersburgo, Grozni, Tiflis, Ereván, Bakú, Astaná, Taskent, Kabul, Islamabad, Karachi, Lahore, Nueva Delhi, Delhi,
Bombay, Mumbai, Calcuta, Madrás, Bangalore, Katmandú, Daca, Colombo, Pekín, Beijing, Shanghái, Shanghai, Cantón,
Hong Kong, Taipei, Seúl, Pyongyang, Tokio, Osaka, Kioto, Hiroshima, Nagasaki, Manila, Yakarta, Bali, Kuala Lumpur,
Bangkok, Hanói, Saigón, Ho Chi Minh, Phnom Penh, Rangún, Ulán Bator, Sídney, Sydney, Melbourne, Canberra, Brisbane,
Perth, Auckland, Wellington, Jerusalén, Tel Aviv, Haifa, Belén, Nablus, Hebrón, Ramala, Jericó, Amán, Beirut,
Damasco, Alepo, Bagdad, Basora, Mosul, Teherán, Riad, La Meca, Medina, Yeda, Dubái, Abu Dabi, Doha, Mascate, Saná,
Kuwait, Manama, El Cairo, Cairo, Alejandría, Trípoli, Bengasi, Túnez, Argel, Orán, Rabat, Casablanca, Tánger,
Tetuán, Marrakech, Fez, Nador, Alhucemas, El Aaiún, Nuakchot, Dakar, Bamako, Niamey, Abiyán, Acra, Lagos, Abuya,
Yamena, Jartum, Adís Abeba, Addis Abeba, Asmara, Mogadiscio, Nairobi, Kampala, Kigali, Kinsasa, Brazzaville,
Luanda, Lusaka,
Harare, Maputo, Johannesburgo, Pretoria, Ciudad del Cabo, Durban, Windhoek, Antananarivo, Malabo, Libreville,
Yaundé, Freetown, Monrovia, Conakry,
""", """
Nueva York, Washington, Los Ángeles, Los Angeles, Chicago, Houston, Filadelfia, Phoenix, San Antonio, San Diego,
Dallas, San Francisco, Boston, Seattle, Denver, Detroit, Atlanta, Miami, Orlando, Tampa, Las Vegas, Nueva Orleans,
Baltimore, Pittsburgh, Cleveland, Cincinnati, Minneapolis, San Luis, Kansas City, Salt Lake City, Sacramento,
Oakland, Portland, Austin, El Paso, Albuquerque, Tucson, Honolulu, Anchorage, Nashville, Memphis, Indianápolis,
Filadelfia, Harvard, Toronto, Montreal, Vancouver, Ottawa, Calgary, Quebec, New York, Los Angeles, Philadelphia,
New Orleans, Silicon Valley, Manhattan, Brooklyn, Bronx, Queens, Hollywood, Beverly Hills,
""", """
Ciudad de México, México D.F., Guadalajara, Monterrey, Puebla, Tijuana, Ciudad Juárez, Juárez, León, Acapulco,
Cancún, Mérida, Veracruz, Oaxaca, Morelia, Toluca, Querétaro, Chihuahua, Hermosillo, Culiacán, Mazatlán, Saltillo,
Aguascalientes, Tampico, Matamoros, Nuevo Laredo, Reynosa, Villahermosa, Tuxtla Gutiérrez, San Cristóbal de las Casas,
Ecatepec, Nezahualcóyotl, Iztapalapa, Coyoacán, Tlalpan, Xochimilco, Tepito, Ciudad de Guatemala, Guatemala,
San Salvador, Tegucigalpa, San Pedro Sula, Managua, León, Granada, San José, Ciudad de Panamá, La Habana, Habana,
Santiago de Cuba, Guantánamo, Camagüey, Santo Domingo, Santiago de los Caballeros, Puerto Príncipe, San Juan,
Kingston, Caracas, Maracaibo, Valencia, Barquisimeto, Maracay, Ciudad Guayana, Ciudad Bolívar, Barcelona, Maturín,
Cumaná, Bogotá, Medellín, Cali, Barranquilla, Cartagena, Cartagena de Indias, Cúcuta, Bucaramanga, Pereira,
Manizales, Santa Marta, Ibagué, Pasto, Villavicencio, Neiva, Popayán, Montería, Valledupar, Armenia, Tunja, Leticia,
Quito, Guayaquil, Cuenca, Manta, Machala, Portoviejo, Ambato, Riobamba, Esmeraldas, Ibarra, Loja, Santo Domingo,
Lima, Callao, Arequipa, Trujillo, Chiclayo, Piura, Iquitos, Cusco, Cuzco, Huancayo, Tacna, Ica, Puno, Juliaca,
Cajamarca, Ayacucho, Chimbote, Pucallpa, Tarapoto, Tumbes, Huaraz, Huánuco, Chincha, Pisco, Nazca, Machu Picchu,
La Paz, El Alto, Santa Cruz de la Sierra, Cochabamba, Sucre, Oruro, Potosí, Tarija, Trinidad, Cobija,
Santiago, Santiago de Chile, Valparaíso, Viña del Mar, Concepción, Antofagasta, Temuco, Rancagua, Talca, Arica,
Iquique, Puerto Montt, Punta Arenas, Valdivia, Osorno, La Serena, Buenos Aires, Córdoba, Rosario, Mendoza,
La Plata, Mar del Plata, Tucumán, San Miguel de Tucumán, Salta, Santa Fe, Bahía Blanca, Neuquén, Ushuaia, Bariloche,
Montevideo, Punta del Este, Salto, Paysandú, Asunción, Ciudad del Este, Encarnación, São Paulo, Sao Paulo,
Río de Janeiro, Rio de Janeiro, Brasilia, Brasília, Salvador de Bahía, Salvador, Belo Horizonte, Porto Alegre,
Recife, Fortaleza, Manaos, Manaus, Curitiba, Belém, Florianópolis,
""")

PLACES = COUNTRIES | REGIONS | CITIES

GIVEN_NAMES = _entries("""
Aarón, Abel, Abraham, Adolfo, Adrián, Agustín, Alberto, Albert, Alejandro, Alejo, Alex, Alexis, Alfonso, Alfredo,
Álvaro, Amador, Américo, Anastasio, Andrés, Ángel, Aníbal, Anselmo, Antonio, Toni, Ariel, Armando, Arnaldo, Arturo,
Augusto, Aurelio, Bartolomé, Basilio, Baltasar, Benito, Benjamín, Bernardo, Blas, Bruno, Camilo, Carlos, Casimiro,
Cayetano, César, Cipriano, Claudio, Clemente, Constantino, Cristian, Cristóbal, Damián, Daniel, Darío, David, Diego,
Dionisio, Domingo, Edgar, Edgardo, Eduardo, Efraín, Elías, Eloy, Emilio, Enrique, Ernesto, Esteban, Eugenio,
Eusebio, Evaristo, Ezequiel, Fabián, Fabio, Facundo, Federico, Felipe, Félix, Fermín, Fernando, Fidel, Francisco,
Paco, Pancho, Gabriel, Gaspar, Gerardo, Germán, Gilberto, Gonzalo, Gregorio, Guillermo, Gustavo, Héctor, Hernán,
Hilario, Horacio, Hugo, Humberto, Ignacio, Iñaki, Isaac, Ismael, Iván, Jacinto, Jaime, Javier, Jesús, Joaquín,
Jonathan, Jorge, José, Josué, Juan, Julián, Julio, Justo, Leandro, Leonardo, Leopoldo, Lorenzo, Lucas, Luciano,
Lucio, Luis, Manuel, Marcelo, Marcial, Marco, Marcos, Mariano, Mario, Martín, Mateo, Matías, Mauricio, Maximiliano,
Máximo, Miguel, Moisés, Narciso, Nicanor, Nicolás, Norberto, Octavio, Óscar, Oscar, Pablo, Pascual, Patricio, Pedro,
Pepe, Plácido, Rafael, Ramiro, Ramón, Raúl, Reinaldo, Renato, Ricardo, Roberto, Rodolfo, Rodrigo, Rogelio, Rolando,
Román, Rubén, Salvador, Samuel, Santiago, Saúl, Sebastián, Segundo, Sergio, Silvio, Simón, Teodoro, Tomás, Ulises,
Valentín, Vicente, Víctor, Wilfredo, Xavier, Abelardo, Alonso, Anacleto, Ezequías, Teófilo, Laureano, Celestino,
Florentino, Marino, Nemesio, Porfirio, Prudencio, Severino, Vladimiro, Wenceslao, Zacarías, Iker, Jon, Josu, Koldo,
Mikel, Xabier, Aitor, Unai, Gorka, Imanol, Patxi, Xabi, Joseba, Andoni, Asier, Jordi, Josep, Joan, Pere, Pau, Jaume,
Lluís, Xavi, Oriol, Marc, Quim, Narcís, Ferran, Carles, Francesc, Enric, Ramon, Xosé, Xosé Manuel, Xurxo, Anxo,
""", """
Adela, Adriana, Agustina, Aída, Alba, Alejandra, Alicia, Alma, Amalia, Amparo, Ana, Andrea, Ángela, Ángeles, Anabel,
Antonia, Araceli, Aurora, Beatriz, Begoña, Belén, Berta, Blanca, Camila, Candela, Carina, Carla, Carlota, Carmen,
Carolina, Catalina, Cecilia, Celia, Clara, Claudia, Concepción, Concha, Consuelo, Cristina, Daniela, Débora, Delia,
Diana, Dolores, Lola, Dulce, Elena, Elisa, Eloísa, Elvira, Emilia, Encarnación, Esperanza, Estela, Esther,
Eugenia, Eva, Fabiola, Fátima, Fernanda, Flor, Florencia, Francisca, Gabriela, Gema, Gemma, Gloria, Graciela,
Guadalupe, Inés, Inmaculada, Irene, Isabel, Ivonne, Jimena, Josefa, Josefina, Juana, Julia, Juliana, Laura, Leticia,
Lidia, Liliana, Lorena, Lourdes, Lucía, Luisa, Luz, Magdalena, Manuela, Marcela, Margarita, María, Mari, Mariana,
Maribel, Marina, Marisa, Marisol, Marta, Martha, Mercedes, Milagros, Mireia, Mirta, Mónica, Montserrat, Natalia,
Nerea, Noelia, Nora, Norma, Nuria, Olga, Paloma, Pamela, Patricia, Paula, Paulina, Pilar, Raquel, Rebeca, Regina,
Remedios, Rocío, Rosa, Rosalía, Rosario, Rosana, Sandra, Sara, Silvia, Sofía, Soledad, Sonia, Susana, Teresa,
Valentina, Valeria, Vanesa, Verónica, Victoria, Virginia, Ximena, Yolanda, Zoe, Ainhoa, Arantxa, Arantza, Idoia,
Itziar, Maite, Miren, Nekane, Montse, Núria, Meritxell, Mercè, Neus, Roser, Xiana, Iria, Uxía, Marisela, Yadira,
Yesenia, Karina, Karla, Katia, Kenia, Lilian, Mayra, Nayeli, Rigoberta, Marcelina, Eulalia, Petra, Matilde, Herminia,
Purificación, Trinidad, Asunción, Ascensión, Visitación, Estrella, Alondra, Brenda, Wendy, Yuliana,
""", """
Aaron, Adam, Alan, Albert, Alexander, Alfred, Andrew, Andy, Anthony, Arnold, Arthur, Barack, Barry, Ben, Bernard,
Bernie, Bill, Billy, Bob, Bobby, Brad, Brian, Bruce, Carl, Charles, Charlie, Chris, Christopher, Chuck, Clint,
Colin, Dan, Daniel, Dave, Dennis, Dick, Don, Donald, Doug, Douglas, Ed, Edward, Elliott, Eric, Frank, Fred, Gary,
George, Gordon, Greg, Harry, Henry, Howard, Hillary, Ian, Jack, Jake, Jim, Jimmy, Joe, Joel, John, Johnny, Jon,
Joseph, Josh, Keith, Ken, Kenneth, Kevin, Larry, Lee, Leonard, Lewis, Louis, Mark, Martin, Matt, Matthew, Michael,
Mick, Mike, Mitch, Mitt, Neil, Nick, Noah, Norman, Oliver, Patrick, Paul, Pete, Peter, Phil, Philip, Ralph, Ray,
Richard, Rick, Rob, Robert, Roger, Ron, Ronald, Roy, Russell, Ryan, Sam, Scott, Sean, Stan, Stanley, Stephen, Steve,
Steven, Stuart, Ted, Terry, Thomas, Tim, Timothy, Todd, Tom, Tony, Walter, Warren, Wayne, William, Willie, Woody,
Abigail, Alice, Amanda, Amy, Angela, Ann, Anne, Barbara, Betty, Beyoncé, Britney, Carol, Caroline, Catherine,
Charlotte, Cindy, Debbie, Donna, Dorothy, Elizabeth, Ellen, Emily, Emma, Hannah, Heather, Helen, Jane, Janet,
Jennifer, Jessica, Joan, Judy, Julie, Karen, Kate, Katherine, Kathleen, Kelly, Kim, Kimberly, Laura, Linda, Lisa,
Madonna, Margaret, Mary, Megan, Melania, Michelle, Nancy, Nicole, Oprah, Pamela, Rachel, Rebecca, Ruth, Sally,
Sarah, Sharon, Stephanie, Susan, Taylor, Tiffany, Tina, Whitney, Ivanka, Jared, Kellyanne, Nikki, Rudy, Elon,
Jeff, Jeffrey, Bernie, Chelsea, Kamala, Nancy, Mitch, Rex, Betsy, Rand, Marco, Ted, Jeb, Newt, Rick,
""", """
Jean, Jacques, Pierre, François, Lionel, Nicolas, Emmanuel, Marine, Ségolène, Dominique, Laurent, Philippe, Michel,
Alain, Gérard, Thierry, Didier, Zinedine, Valéry, Jean-Marie, Jean-Pierre, Jean-Claude, Jean-Luc, Jean-Paul,
Giuseppe, Giovanni, Gianni, Francesco, Silvio, Romano, Massimo, Matteo, Paolo, Luigi, Mario, Sergio, Alessandro,
Alessandra, Giulia, Giorgio, Umberto, Luciano, Fabrizio, Vittorio, Enrico, Pietro, Angelo, Dario, Roberto, Lorenzo,
Hans, Helmut, Gerhard, Angela, Joschka, Wolfgang, Jürgen, Klaus, Günter, Gunter, Heinrich, Karl, Franz, Friedrich,
Otto, Horst, Frank-Walter, Olaf, Ursula, Sigmar, Boris, Vladímir, Vladimir, Dmitri, Dmitri, Mijaíl, Mikhail, Yuri,
Yevgueni, Serguéi, Sergei, Nikolái, Iván, Alexéi, Alexei, Víktor, Igor, Oleg, Volodímir, Volodymyr, Petró, Yulia,
Lech, Aleksander, Vaclav, Václav, Slobodan, Vojislav, Zoran, Franjo, Alija, Recep, Ahmet, Mustafá, Mustafa,
Mohamed, Mohammed, Mahmud, Mahmoud, Ahmed, Ali, Hasán, Hassan, Husein, Hussein, Sadam, Saddam, Yaser, Yasir, Yasser,
Abdalá, Abdullah, Abdelaziz, Bashar, Hafez, Hosni, Muamar, Ariel, Ehud, Benjamín, Isaac, Shimon, Simón, Yitzhak,
Golda, Moshé, Nelson, Kofi, Thabo, Jacob, Robert, Xi, Hu, Jiang, Deng, Mao, Shinzo, Junichiro, Kim, Lula, Luiz,
Inácio, Dilma, Jair, Fernando Henrique, João, Joaquim, Sebastião, Gonçalo, Cristiano, Aníbal, Mário, Durão,
""")

# Surnames common in Spanish-language news that do not end in -ez (those are recognised by shape).
SURNAMES = _entries("""
García, Ruiz, Díaz, Muñoz, Romero, Alonso, Navarro, Molina, Morales, Ortega, Castro, Ortiz, Sanz, Iglesias, Garrido,
Lozano, Méndez, Herrera, Márquez, Cabrera, Diez, Giménez, Ibáñez, Ferrer, Durán, Benítez, Vargas, Arias, Carmona,
Sáez, Moya, Soler, Gallardo, Rivas, Silva, Rivera, Camacho, Otero, Galán, Carrillo, Marti, Soriano, Mendoza, Vallejo,
Aznar, Zapatero, Rajoy, Borrell, Solana, Solchaga, Solbes, Rato, Pujol, Maragall, Ibarretxe, Arzalluz, Almunia,
Anguita, Llamazares, Fraga, Chaves, Mayor Oreja, Piqué, Trillo, Suárez, Calvo-Sotelo, Chirac, Jospin, Sarkozy,
Hollande, Macron, Mitterrand, Blair, Brown, Cameron, Johnson, Thatcher, Clinton, Bush, Obama, Trump, Biden, Reagan,
Carter, Nixon, Kennedy, Gore, Kerry, McCain, Romney, Sanders, Pence, Pompeo, Kasich, Schröder, Kohl, Merkel, Fischer,
Scholz, Putin, Yeltsin, Gorbachov, Medvédev, Lavrov, Zelenski, Zelensky, Milosevic, Berlusconi, Prodi, D'Alema,
Amato, Renzi, Draghi, Arafat, Sharon, Barak, Netanyahu, Rabin, Peres, Mubarak, Gadafi, Jomeini, Jamenei, Jatamí,
Asad, Mandela, Annan, Castro, Chávez, Maduro, Fujimori, Humala, Vizcarra, Boluarte, Uribe, Pastrana, Petro, Lasso,
Noboa, Morales, Menem, Kirchner, Macri, Milei, Bachelet, Piñera, Boric, Frei, Pinochet, Allende, Lula, Bolsonaro,
Cardoso, Zedillo, Calderón, López Obrador, Peña Nieto, Ortega, Bukele, Torrijos, Noriega, Stroessner, Batista,
Guevara, Mao, Deng, Jiang, Gandhi, Nehru, Bhutto, Sharif, Musharraf, Bin Laden, Husein, Aristide, Pérez de Cuéllar,
Ban Ki-moon, Guterres, Lagarde, Juncker, Prodi, Barroso, Tusk, Draghi, Trichet, Duisenberg, Greenspan, Bernanke,
Yellen, Powell, Ratzinger, Wojtyla, Bergoglio, Messi, Ronaldo, Maradona, Pelé, Zidane, Figo, Guardiola, Cruyff,
Nadal, Federer, Alonso, Induráin, Sainz, Pedrosa, Gasol, Contador, Beckham, Shakira, Almodóvar, Banderas, Bardem,
Cervantes, Picasso, Dalí, Goya, Velázquez, Lorca, Borges, Neruda, Cortázar, Vargas Llosa, García Márquez, Ditko,
Gaiman,
""")

# Organisations usually named by a short name or acronym, and their type-defining names.
ORGANISATIONS = _entries("""
EFE, EFECOM, Reuters, AFP, AP, Associated Press, Europa Press, ANSA, DPA, Xinhua, Itar-Tass, TASS, Bloomberg, CNN,
BBC, NBC, CBS, ABC, Fox News, Al Yazira, Al Jazeera, RTVE, TVE, Antena 3, Telecinco, Cuatro, La Sexta, Canal Plus,
Canal+, Televisa, TV Azteca, Caracol, RCN, Globo, Clarín, El País, El Mundo, La Vanguardia, El Universal, Milenio,
Reforma, La Nación, El Tiempo, El Comercio, La República, New York Times, Washington Post, Wall Street Journal,
Financial Times, The Guardian, The Times, Le Monde, Der Spiegel, Twitter, Facebook, Instagram, YouTube, TikTok,
Google, Microsoft, Apple, Amazon, Netflix, IBM, Intel, Oracle, Yahoo, Terra, Lycos, Telefónica, Movistar, Vodafone,
Airtel, Amena, Repsol, Iberdrola, Endesa, Unión Fenosa, Gas Natural, Iberia, Renfe, Aena, Correos, BBVA, BBV,
Argentaria, Bankia, Bankinter, Caixa, La Caixa, Banesto, Santander Central Hispano, BSCH, Banco Santander, Sabadell,
Zara, Inditex, El Corte Inglés, Mercadona, Seat, Renault, Peugeot, Citroën, Volkswagen, Mercedes, BMW, Audi, Fiat,
Ford, General Motors, Chrysler, Toyota, Honda, Nissan, Hyundai, Boeing, Airbus, Siemens, Philips, Nokia, Ericsson,
Sony, Samsung, Motorola, Coca-Cola, Pepsi, Nestlé, Danone, McDonald's, Burger King, Starbucks, Walmart, Exxon, Shell,
BP, Pemex, PDVSA, Petrobras, Ecopetrol, YPF, Codelco, Enron, Citigroup, Goldman Sachs, JP Morgan, Morgan Stanley,
""", """
ONU, Naciones Unidas, OTAN, NATO, UE, Unión Europea, OEA, FMI, Banco Mundial, BID, CEPAL, OMC, OMS, OIT, OCDE, OPEP,
UNESCO, Unesco, UNICEF, Unicef, ACNUR, FAO, PNUD, OSCE, OIEA, BCE, Banco Central Europeo, Comisión Europea,
Parlamento Europeo, Consejo de Europa, Eurostat, Europol, Interpol, Mercosur, Unasur, Celac, ALBA, CAN, ASEAN, APEC,
G7, G8, G20, Cruz Roja, Media Luna Roja, Amnistía Internacional, Human Rights Watch, Greenpeace,
Médicos Sin Fronteras,
Cáritas, Oxfam, Intermón, FIFA, UEFA, COI, NBA, ATP, WTA, CONMEBOL, Conmebol, Concacaf, FBI, CIA, NSA, DEA, NASA,
Pentágono, Kremlin, Casa Blanca, Moncloa, Casa Rosada, Eliseo, Downing Street, Vaticano, Santa Sede,
ETA, Hamás, Hamas, Hizbulá, Hezbolá, Hezbollah, Al Qaeda, Al Qaida, Estado Islámico, ISIS, Daesh, Talibán, talibanes,
FARC, ELN, Sendero Luminoso, IRA, OLP, Fatah, Al Fatah, Yihad Islámica, Boko Haram, Ejército Zapatista, EZLN,
PSOE, PP, IU, CiU, PNV, EA, ERC, BNG, CC, ICV, UPyD, Podemos, Ciudadanos, Vox, Bildu, EH Bildu, HB, Herri Batasuna,
Euskal Herritarrok, EH, Batasuna, UGT, CCOO, CC.OO., USO, CSIF, ELA, LAB, CEOE, CEPYME, Cepyme, ASAJA, COAG, UPA,
PRI, PAN, PRD, Morena, MAS, APRA, Fuerza Popular, Perú Libre, Alianza País, Revolución Ciudadana, Pachakutik,
PSUV, Chavismo, Frente Amplio, Partido Colorado, Partido Nacional, Peronismo, UCR, Cambiemos, Kirchnerismo, PT, PSDB,
Partido Demócrata, Partido Republicano, Partido Laborista, Partido Conservador, Likud, Laborismo, Tories,
Real Madrid, Barça, Atlético de Madrid, Atlético, Athletic, Athletic de Bilbao, Real Sociedad, Valencia CF,
Sevilla FC,
Betis, Real Betis, Deportivo, Depor, Celta, Espanyol, Osasuna, Racing, Real Zaragoza, Málaga CF,
Rayo Vallecano, Sporting, Numancia, Alavés, Boca Juniors,
River Plate, Juventus, Inter de Milán, AC Milan, Lazio, AS Roma, Manchester United, Chelsea, Arsenal,
Liverpool FC, Bayern,
Bayern de Múnich, Ajax, Benfica, PSG, Flamengo, Corinthians, Peñarol, Colo Colo,
Ertzaintza, Mossos d'Esquadra, Guardia Civil, Policía Nacional, Guardia Urbana, Insalud, Inem, INE, CIS, CNMV,
Audiencia Nacional, Tribunal Supremo, Tribunal Constitucional, Generalitat, Xunta, Govern, Ejecutivo, Congreso,
Senado, Bundestag, Duma, Knéset, Kneset, Mossad, Cortes, Cortes Generales, Moncloa, Zarzuela,
""")


def _inflect(word: str) -> list[str]:
    """Return the forms of a demonym given in the masculine singular ("peruano" → "peruana", "peruanos"...)."""
    stem = fold(word)
    if stem.endswith("o"):
        return [stem, stem[:-1] + "a", stem + "s", stem[:-1] + "as"]
    if word.endswith(("és", "án", "ín", "ol")):
        return [stem, stem + "a", stem + "es", stem + "as"]  # "francés", "alemán", "español"
    if stem.endswith(("z", "l", "i", "u")):
        return [stem, stem.rstrip("z") + ("c" if stem.endswith("z") else "") + "es", stem + "a", stem + "as"]
    return [stem, stem + "s"]  # "estadounidense", "belga", "vietnamita"


# Adjectives of nationality and origin: "la Cancillería peruana" names which chancellery.
DEMONYMS = frozenset(form for word in """
peruano ecuatoriano colombiano venezolano boliviano chileno argentino uruguayo paraguayo brasileño mexicano
guatemalteco hondureño salvadoreño nicaragüense costarricense panameño cubano dominicano puertorriqueño haitiano
español portugués francés italiano alemán británico inglés escocés irlandés belga holandés neerlandés suizo
austriaco austríaco sueco noruego danés finlandés islandés polaco checo eslovaco húngaro rumano búlgaro griego turco
ruso ucraniano bielorruso serbio croata bosnio albanés estadounidense norteamericano canadiense chino japonés
coreano indio pakistaní afgano iraní iraquí sirio libanés israelí palestino jordano saudí egipcio libio tunecino
argelino marroquí saharaui mauritano senegalés nigeriano sudafricano keniano etíope somalí sudanés australiano
neozelandés filipino indonesio vietnamita tailandés malasio europeo africano asiático americano latinoamericano
iberoamericano vasco catalán gallego andaluz valenciano madrileño canario asturiano navarro aragonés extremeño
castellano murciano balear cántabro riojano limeño porteño bonaerense quiteño guayaquileño bogotano caraqueño
cusqueño arequipeño binacional nacional federal provincial municipal regional estatal
""".split() for form in _inflect(word))
