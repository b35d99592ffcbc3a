"""Spanish (Spain and Latin America): data for the generic fillers in `gen_data.py`.

Conventions (see `__init__.py`): a slot's span is the whole filled name; articles, prepositions,
contractions (del, al), titles (consejero delegado, presidenta) and approximators (unos, cerca
de, más de, hasta) are template text. Nationality adjectives are feminine singular throughout
(la española Inditex, la filial mexicana, la economía chilena) so that every {NAT} context in
the templates agrees with every adjective in the pool.
"""

CODE = "es"
LOCALES = ["es_ES", "es_MX", "es_AR", "es_CL"]
SPACED = True
DECIMAL = ","
GROUP = "."

ORGS = [
    # Spanish banks and insurers
    "Santander", "Banco Santander", "BBVA", "CaixaBank", "Banco Sabadell", "Sabadell", "Bankinter", "Unicaja",
    "Kutxabank", "Ibercaja", "Abanca", "Cajamar", "Mapfre", "Línea Directa", "Mutua Madrileña", "Criteria Caixa",
    # Spanish energy, telecoms, infrastructure
    "Telefónica", "Movistar", "Iberdrola", "Endesa", "Naturgy", "Repsol", "Moeve", "Cepsa", "Enagás", "Redeia",
    "Red Eléctrica", "Acciona", "Acciona Energía", "Solaria", "Grenergy", "Ferrovial", "ACS", "Sacyr", "FCC", "OHLA",
    "Técnicas Reunidas", "Aena", "Cellnex", "MasOrange", "Digi", "Indra", "Navantia", "Siemens Gamesa",
    # Spanish industry, retail, consumer, health, travel, media
    "Inditex", "Mango", "Tendam", "El Corte Inglés", "Mercadona", "Dia", "Eroski", "Puig", "Grifols", "Rovi", "Almirall",
    "PharmaMar", "Amadeus", "IAG", "Iberia", "Air Europa", "Vueling", "Renfe", "Adif", "Talgo", "CAF", "Seat", "Gestamp",
    "CIE Automotive", "Acerinox", "Colonial", "Merlin Properties", "Logista", "Viscofan", "Ebro Foods", "Fluidra",
    "Meliá", "NH Hotels", "Prisa", "Atresmedia", "Mediaset España", "Glovo", "Cabify", "Wallapop", "Idealista",
    "Pontegadea", "Mahou San Miguel", "Damm", "Hijos de Rivera", "Calidad Pascual",
    # Latin America
    "América Móvil", "Telcel", "Cemex", "Grupo México", "Femsa", "Grupo Bimbo", "Walmex", "Banorte", "Grupo Televisa",
    "TV Azteca", "Grupo Elektra", "Pemex", "CFE", "Aeroméxico", "Volaris", "Grupo Carso", "Arca Continental",
    "Grupo Modelo", "Mercado Libre", "YPF", "Pampa Energía", "Banco Galicia", "Aerolíneas Argentinas", "Techint",
    "Tenaris", "Globant", "Arcor", "Falabella", "Cencosud", "LATAM Airlines", "Codelco", "SQM", "Antofagasta Minerals",
    "Copec", "Banco de Chile", "Ecopetrol", "Bancolombia", "Grupo Argos", "Avianca", "Grupo Nutresa", "Rappi",
    "Credicorp", "Petroperú", "Alicorp", "Petrobras", "Vale", "Nubank",
    # foreign companies as Spanish-language reporting writes them
    "Microsoft", "Google", "Alphabet", "Amazon", "Apple", "Meta", "Nvidia", "Tesla", "OpenAI", "Anthropic", "Samsung",
    "Huawei", "BYD", "Chery", "Volkswagen", "Stellantis", "Renault", "Toyota", "Airbus", "Boeing", "BlackRock",
    "Goldman Sachs", "JPMorgan", "Morgan Stanley", "KKR", "CVC", "Blackstone", "Brookfield", "TotalEnergies", "Shell",
    "BP", "Enel", "EDP", "Galp", "STC", "Mubadala", "Nestlé", "Unilever", "Carrefour", "Vodafone", "Orange",
    "Deutsche Telekom", "Glencore", "Bloomberg", "Moody's", "S&P Global", "Fitch", "Deloitte", "PwC", "KPMG",
]
ORG_SUFFIXES = ["S.A.", "SA", "S.L.", "S.A.B. de C.V.", "SpA", "Holding", "Capital", "Energía", "Renovables", "Seguros",
                "Logística", "Telecom", "Inversiones", "Tech", "Industrial"]
INVENTED = [
    "Ebrosol", "Iberlux", "Tajomar", "Duerotec", "Montecid", "Orbalia", "Finacor", "Segurmar", "Costalia", "Ondarra",
    "Sierravia", "Brisamar", "Veraluz", "Calderia", "Guadalsur", "Navarrena", "Cantabrix", "Hispanova", "Galaicia",
    "Vientex", "Aztlanova", "Tlalcor", "Pampatec", "Andinia", "Patagonex", "Caribel", "Mayatec", "Quetzalia",
    "Cordillex", "Solvento", "Medinova", "Telvia", "Mercantia", "Norvalia", "Luzandes", "Cobrex", "Albatec",
    "Marvento", "Rioverde Labs", "Centauria",
]
INSTITUTIONS = [
    "CNMV", "CNMC", "Banco de España", "BCE", "Banco Central Europeo", "Comisión Europea", "INE",
    "Ministerio de Economía", "Ministerio de Hacienda", "Ministerio de Industria", "AIReF", "SEPI", "ICO",
    "Agencia Tributaria", "CCOO", "UGT", "CEOE", "Cepyme", "Bolsa de Madrid", "BME", "Banxico", "Banco de México",
    "CNBV", "Cofece", "Secretaría de Hacienda", "Inegi", "Bolsa Mexicana de Valores", "BCRA",
    "Banco Central de la República Argentina", "Indec", "CNV", "Banco Central de Chile", "CMF", "Banco de la República",
    "DANE", "FMI", "Fondo Monetario Internacional", "Banco Mundial", "OCDE", "Eurostat", "Reserva Federal", "Fed",
    "OPEP", "Parlamento Europeo", "Audiencia Nacional", "Tribunal Supremo", "Sareb",
]

PEOPLE = [
    "Ana Botín", "Carlos Torres Vila", "Onur Genç", "Gonzalo Gortázar", "José Ignacio Goirigolzarri", "César González-Bueno",
    "Josep Oliu", "Ignacio Sánchez Galán", "Josu Jon Imaz", "Antonio Brufau", "Marta Ortega", "Óscar García Maceiras",
    "Amancio Ortega", "José María Álvarez-Pallete", "Marc Murtra", "Florentino Pérez", "Rafael del Pino",
    "Maurici Lucena", "Isidro Fainé", "Pedro Sánchez", "Carlos Cuerpo", "María Jesús Montero", "Yolanda Díaz",
    "Nadia Calviño", "Luis de Guindos", "José Luis Escrivá", "Pablo Hernández de Cos", "Carlos Slim",
    "Claudia Sheinbaum", "Andrés Manuel López Obrador", "Javier Milei", "Luis Caputo", "Marcos Galperin",
    "Gustavo Petro", "Gabriel Boric", "Christine Lagarde", "Jerome Powell", "Elon Musk", "Jensen Huang", "Sam Altman",
    "Satya Nadella", "Tim Cook", "Ursula von der Leyen", "Donald Trump", "Lula da Silva",
]
PLACES = [
    # Spain
    "España", "Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Cataluña", "Andalucía",
    "País Vasco", "Galicia", "Asturias", "Aragón", "Castilla y León", "Castilla-La Mancha", "la Comunidad de Madrid",
    "la Comunidad Valenciana", "la Región de Murcia", "Canarias", "Baleares", "Navarra", "Extremadura", "Cantabria",
    "Vigo", "A Coruña", "Arteixo", "Tarragona", "Cartagena", "Huelva", "Algeciras", "Santander", "Valladolid",
    "Martorell", "Puertollano", "Almería", "Castellón",
    # Latin America
    "México", "la Ciudad de México", "Monterrey", "Guadalajara", "Nuevo León", "Querétaro", "Argentina", "Buenos Aires",
    "Córdoba", "Rosario", "Vaca Muerta", "la Patagonia", "Chile", "Santiago", "Antofagasta", "Colombia", "Bogotá",
    "Medellín", "Perú", "Lima", "Brasil", "São Paulo", "Uruguay", "Montevideo", "Ecuador", "Venezuela", "Panamá",
    "Costa Rica", "República Dominicana", "Latinoamérica", "América Latina",
    # rest of the world
    "Estados Unidos", "EE.UU.", "Nueva York", "Washington", "Miami", "Texas", "California", "Silicon Valley", "China",
    "Pekín", "Shanghái", "Japón", "Tokio", "Alemania", "Fráncfort", "Berlín", "Francia", "París", "Italia", "Roma",
    "Reino Unido", "Londres", "Portugal", "Lisboa", "Bruselas", "Europa", "la India", "Marruecos", "Catar",
    "Arabia Saudí", "Emiratos Árabes Unidos", "Dubái", "Canadá", "Corea del Sur", "Taiwán", "Singapur", "Hong Kong",
    "Ucrania", "Rusia", "Turquía", "Polonia", "Países Bajos", "la Península Ibérica",
]
LOC_SPAN = {
    "la Comunidad de Madrid": "Comunidad de Madrid", "la Comunidad Valenciana": "Comunidad Valenciana",
    "la Región de Murcia": "Región de Murcia", "la Ciudad de México": "Ciudad de México", "la Patagonia": "Patagonia",
    "la India": "India", "la Península Ibérica": "Península Ibérica",
}
PRODUCTS = [
    "iPhone 17", "iPhone", "Galaxy S25", "Pixel 10", "ChatGPT", "GPT-5", "Gemini", "Copilot", "Claude", "Llama",
    "Windows 11", "Azure", "PlayStation 5", "Switch 2", "Model Y", "Model 3", "Cupra Born", "Cupra Formentor",
    "Cupra Raval", "Seat Ibiza", "Seat León", "Dacia Sandero", "Toyota Corolla", "BYD Dolphin", "A321XLR", "A350",
    "Boeing 737 MAX", "Talgo Avril", "Movistar Plus+", "Bizum", "Mercado Pago", "Yape", "Nequi", "Ozempic", "Wegovy",
    "Kindle", "Alexa", "MacBook Air", "Corona", "Estrella Damm", "Mahou Cinco Estrellas", "Cola Cao", "Xiaomi 15",
    "ALIA", "Vision Pro", "Blackwell", "H100",
]
EVENTS = [
    "el Mobile World Congress", "el MWC", "el Foro de Davos", "el Foro Económico Mundial", "la cumbre del G20",
    "la COP30", "Fitur", "el South Summit", "la Web Summit", "el Black Friday", "el Buen Fin", "el Hot Sale",
    "los Juegos Olímpicos", "el Mundial de 2030", "el CES", "la Cumbre Iberoamericana", "la feria ARCO",
    "el Smart City Expo World Congress", "Alimentaria", "la Expo de Osaka", "el Salón del Automóvil de Madrid",
    "el Cyber Monday",
]
EVENTS_SPAN = {
    "el Mobile World Congress": "Mobile World Congress", "el MWC": "MWC", "el Foro de Davos": "Foro de Davos",
    "el Foro Económico Mundial": "Foro Económico Mundial", "la cumbre del G20": "cumbre del G20", "la COP30": "COP30",
    "el South Summit": "South Summit", "la Web Summit": "Web Summit", "el Black Friday": "Black Friday",
    "el Buen Fin": "Buen Fin", "el Hot Sale": "Hot Sale", "los Juegos Olímpicos": "Juegos Olímpicos",
    "el Mundial de 2030": "Mundial de 2030", "el CES": "CES", "la Cumbre Iberoamericana": "Cumbre Iberoamericana",
    "la feria ARCO": "ARCO", "el Smart City Expo World Congress": "Smart City Expo World Congress",
    "la Expo de Osaka": "Expo de Osaka", "el Salón del Automóvil de Madrid": "Salón del Automóvil de Madrid",
    "el Cyber Monday": "Cyber Monday",
}
NATIONALITIES = [  # feminine singular: every {NAT} in the templates follows a feminine noun or article
    "española", "mexicana", "argentina", "chilena", "colombiana", "peruana", "brasileña", "estadounidense",
    "norteamericana", "china", "japonesa", "alemana", "francesa", "británica", "italiana", "portuguesa", "europea",
    "surcoreana", "india", "canadiense", "suiza", "neerlandesa", "catalana", "vasca", "gallega", "valenciana", "sueca",
    "saudí", "catarí", "emiratí", "turca", "australiana", "uruguaya",
]
INDICES = ["Ibex 35", "Ibex", "Dow Jones", "Nasdaq", "S&P 500", "Euro Stoxx 50", "Stoxx 600", "DAX", "CAC 40",
           "FTSE 100", "FTSE MIB", "Nikkei", "S&P/BMV IPC", "Merval", "S&P Merval", "IPSA", "Colcap", "Ibovespa",
           "Hang Seng"]

NOT_NAMES = {
    "ORG": ["la empresa", "la compañía", "el Gobierno", "el grupo", "la entidad", "el banco", "la eléctrica",
            "la petrolera", "la aerolínea", "la operadora", "la constructora", "la cotizada", "la firma", "la filial",
            "la matriz", "el regulador", "el supervisor", "la patronal", "los sindicatos", "el Ejecutivo",
            "el consejo de administración", "la Administración", "la multinacional", "la gestora", "la aseguradora",
            "la startup", "el fondo", "la textil", "la energética", "la teleco"],
    "PER": ["un portavoz", "una portavoz", "el consejero delegado", "la consejera delegada", "la ministra",
            "el ministro", "un analista", "el fundador", "el presidente", "la presidenta", "el director financiero",
            "el propio directivo", "un alto ejecutivo"],
    "LOC": ["la región", "la capital", "la ciudad", "el país", "la zona", "la comunidad autónoma", "la provincia",
            "la península", "el extranjero", "la comarca", "el resto del mundo"],
}

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ORDINALS = ["primer", "segundo", "tercer", "cuarto"]  # el primer trimestre, el tercer trimestre
# Most templates write a date as "el {DATE}" (el 12 de marzo, el martes), some as "en {DATE}" (en marzo
# de 2024) or bare (ayer, hoy); the pool leans the same way.
DATES = ["{d} de {M} de {y}", "{d} de {M} de {y}", "{d} de {M}", "{d} de {M}", "{W}", "{W}", "{W} {d}",
         "{W} {d} de {M}", "{d}/{m}/{y}", "{d}/{mm}/{y}", "{M} de {y}", "{M}", "{y}", "ayer", "hoy", "anteayer"]
PERIODS = ["en el |{o} trimestre", "en el |{o} trimestre de {y}", "en el |{o} trimestre de {y}",
           "en el |{o} trimestre del año", "durante el |{o} trimestre de {y}", "en el |primer semestre de {y}",
           "en el |segundo semestre", "en la |primera mitad de {y}", "en el |ejercicio {y}", "en el |año fiscal {y}",
           "a |finales de {y}", "a |principios de {y}", "a |mediados de {y}", "en |{y}", "el |año pasado",
           "hasta |septiembre", "hasta |junio de {y}", "en los |nueve primeros meses de {y}",
           "en el |{o} trimestre del año pasado", "en el |conjunto de {y}"]
EDGES = ["|finales de {y}", "|finales de {y}", "|principios de {y}", "|mediados de {y}", "|{y}", "|marzo de {y}",
         "|septiembre de {y}", "|diciembre de {y}", "|finales de este año", "|principios del año que viene",
         "|finales de la década"]

SCALES = ["millones", "millones", "mil millones", "billones", "millardos"]
MONEY = ["{n} {s} de euros", "{n} {s} de euros", "{n} {s} de euros", "{n} {s} de dólares", "{n} {s} de dólares",
         "{n} {s} de pesos", "{n} euros", "{n} dólares", "{n} €", "{n} M€", "US$ {n} {s}", "US$ {n}",
         "{n} {s} de reales", "{n} {s} de libras", "{n} {s} de soles", "{n} {s} de pesos mexicanos", "$ {n} {s}",
         "{n} {s} de yenes", "{n} {s} de yuanes", "{n} {s} de francos suizos"]
PERCENT = ["{n}%", "{n}%", "{n}%", "{n}%", "{n} %", "{n} por ciento", "{n} por ciento", "{n} puntos porcentuales",
           "{n} puntos básicos"]  # weighted to "%": most templates say "un {PERCENT}", "el {PERCENT}"
NUMWORDS = ["dos", "tres", "cuatro", "cinco", "seis", "siete", "diez", "doce", "15", "20", "30", "3", "5"]
DURATIONS = ["{n} años", "{n} años", "{n} meses", "{n} semanas", "{n} días", "{n} trimestres", "{n} ejercicios",
             "una década", "un año", "medio siglo"]
QUANTITIES = ["{n} gigavatios", "{n} GW", "{n} megavatios", "{n} MW", "{n} MWh", "{n} teravatios hora", "{n} TWh",
              "{n} toneladas", "{n} millones de toneladas", "{n} barriles", "{n} millones de barriles",
              "{n} barriles diarios", "{n} kilómetros", "{n} km", "{n} metros cuadrados", "{n} hectáreas",
              "{n} litros", "{n} millones de litros", "{n} hectolitros", "{n} metros cúbicos", "{n} onzas",
              "{n} kilos"]
COUNTS = ["{n} empleados", "{n} empleados", "{n} trabajadores", "{n} trabajadores", "{n} puestos de trabajo",
          "{n} empleos", "{n} oficinas", "{n} sucursales", "{n} tiendas", "{n} clientes", "{n} usuarios",
          "{n} millones de clientes", "{n} millones de usuarios", "{n} abonados", "{n} vehículos", "{n} coches",
          "{n} viviendas", "{n} pasajeros", "{n} millones de pasajeros", "{n} viajeros", "{n} aviones", "{n} hogares",
          "{n} accionistas", "{n} acciones", "{n} nuevas tiendas", "{n} nuevos empleos", "{n} afiliados",
          "{n} desempleados", "{n} puntos de venta", "{n} gasolineras", "{n} hoteles", "{n} restaurantes",
          "{n} centros de datos", "{n} mil empleos", "{n} visitantes", "{n} asistentes",
          "{n} unidades", "{n} supermercados", "{n} líneas móviles"]
COUNT_WORDS = ["miles de empleados", "cientos de miles de clientes", "decenas de miles de trabajadores",
               "millones de usuarios", "cientos de trabajadores", "miles de pasajeros", "decenas de tiendas",
               "un millón de clientes", "medio millón de hogares", "miles de puestos de trabajo", "cientos de oficinas",
               "millones de hogares"]
POINTS = ["{n} puntos", "{n} puntos", "{n} enteros"]

TEMPLATES = """{ORG} ha lanzado una oferta pública de adquisición (OPA) sobre {ORG} que valora la entidad en {MONEY}.
{ORG} ofrece {MONEY} por cada acción de {ORG}, lo que supone una prima del {PERCENT} sobre el cierre del {DATE}.
El consejo de administración de {ORG} considera que la OPA de {ORG} no recoge el valor real de la entidad.
{ORG} y {ORG} han acordado fusionarse para crear un grupo con unos ingresos conjuntos de {MONEY}.
{ORG} ha cerrado la compra de {ORG} por {MONEY}, deuda incluida.
{ORG} ha vendido su negocio en {LOC} a {ORG} por unos {MONEY}, según fuentes conocedoras de la operación.
La oferta de {ORG} recibió el visto bueno de {ORG} el {DATE}, tras {DURATION} de análisis.
{ORG} ganó {MONEY} {PERIOD}, un {PERCENT} más que en el mismo periodo del año anterior.
El beneficio neto de {ORG} creció un {PERCENT} {PERIOD}, hasta {MONEY}, gracias al tirón de {LOC}.
{ORG} registró unas pérdidas de {MONEY} {PERIOD}, frente a los beneficios de {MONEY} de un año antes.
La cifra de negocio de {ORG} alcanzó {MONEY} {PERIOD}, según la información remitida a la {ORG}.
Los ingresos de {ORG} se situaron en {MONEY}, por encima de los {MONEY} que esperaba el consenso.
El ebitda de {ORG} cayó un {PERCENT} {PERIOD} por el impacto de los tipos de cambio en {LOC}.
{ORG} eleva sus previsiones y espera ahora un beneficio de entre {MONEY} y {MONEY} para {EDGE}.
{ORG} prevé que sus ventas crezcan a un ritmo del {PERCENT} anual hasta {EDGE}.
Las utilidades de {ORG} sumaron {MONEY} {PERIOD}, informó la empresa en un reporte enviado a la {ORG}.
{ORG} obtuvo una ganancia de {MONEY} en {DATE}, frente a una pérdida de {MONEY} un año atrás.
{PER}, consejero delegado de {ORG}, aseguró el {DATE} en {LOC} que la compañía no necesita ampliar capital.
El presidente de {ORG}, {PER}, presentó un plan estratégico con inversiones de {MONEY} hasta {EDGE}.
«Estamos muy satisfechos con la evolución del negocio», afirmó {PER}, presidente de {ORG}.
«No vamos a vender», zanjó {PER} ante los accionistas de {ORG} reunidos en {LOC}.
{PER} explicó a los analistas: «La banca {NAT} está mejor capitalizada que nunca».
"Vamos a seguir creciendo en la región", dijo {PER}, director general de {ORG} para {LOC}.
La consejera delegada de {ORG}, {PER}, afirmó: «El objetivo es duplicar el negocio antes de {EDGE}».
Según {PER}, directora de análisis de {ORG}, las acciones de {ORG} tienen un potencial alcista del {PERCENT}.
{PER} sustituirá a {PER} como consejero delegado de {ORG} a partir del {DATE}.
{ORG} ha nombrado a {PER} nueva directora financiera en sustitución de {PER}, que se jubila tras {DURATION} en la casa.
La junta general de accionistas de {ORG} aprobó el {DATE} la reelección de {PER} como presidente.
{PER}, exministro de Economía y actual asesor de {ORG}, participará en {EVENT}.
El fundador de {ORG}, {PER}, controla cerca del {PERCENT} del capital a través de la sociedad {ORG}.
{PER} fundó {ORG} en {DATE} junto a su socio {PER}.
{PER}, consejero delegado de {ORG}, en una imagen de archivo.
En la imagen, {PER} durante la junta de accionistas de {ORG} celebrada en {LOC}.
Las acciones de {ORG} subieron un {PERCENT} el {DATE}, en una sesión en la que el {INDEX} avanzó un {PERCENT}.
El {INDEX} cerró con un descenso del {PERCENT}, hasta los {POINTS}, lastrado por {ORG} y {ORG}.
El selectivo {INDEX} sumó {POINTS} y terminó la semana en los {POINTS}.
{ORG} fue el valor más alcista del {INDEX}, con una revalorización del {PERCENT}.
Los títulos de {ORG} se dejaron un {PERCENT} tras conocerse la salida de {PER}.
En {LOC}, el {INDEX} ganó un {PERCENT} y el {INDEX} cedió un {PERCENT}.
{ORG} (+{PERCENT}) y {ORG} (+{PERCENT}) encabezaron las subidas, mientras que {ORG} cayó un {PERCENT}.
{ORG} se dispara en Bolsa un {PERCENT} tras anunciar la venta de su filial {NAT}.
La capitalización de {ORG} supera ya los {MONEY}, por delante de {ORG}.
{PER} ({ORG}) cree que el {INDEX} podría alcanzar los {POINTS} antes de {EDGE}.
{ORG} ha elevado su participación en {ORG} hasta el {PERCENT}, según los registros oficiales consultados por {ORG}.
El fondo {ORG} ha tomado una participación del {PERCENT} en {ORG} valorada en {MONEY}.
{ORG} se ha convertido en el primer accionista de {ORG}, con un {PERCENT} del capital.
{ORG} controla el {PERCENT} de {ORG} y el resto del capital cotiza en Bolsa.
{ORG} ha reducido su participación en {ORG} por debajo del {PERCENT}.
{ORG} pagará un dividendo de {MONEY} por acción el próximo {DATE}.
El consejo de {ORG} ha aprobado un programa de recompra de acciones de hasta {MONEY}.
{ORG} ha colocado bonos por {MONEY} a {DURATION} con un cupón del {PERCENT}.
La deuda financiera neta de {ORG} se redujo en {MONEY} {PERIOD}.
{ORG} ha pactado con {ORG} y {ORG} un crédito sindicado de {MONEY}.
{ORG} presentará un expediente de regulación de empleo (ERE) que afectará a {COUNT} en {LOC}.
Los sindicatos {ORG} y {ORG} rechazan el ERE de {ORG}, que afectará a {COUNT}.
{ORG} recortará {COUNT} en todo el mundo durante los próximos {DURATION}.
{ORG} cerrará {COUNT} en {LOC} y {LOC} antes de {EDGE}.
La plantilla de {ORG} alcanzó los {COUNT} al cierre de {DATE}.
{ORG} creará {COUNT} con la apertura de su nuevo centro logístico en {LOC}.
Desde {EDGE}, {ORG} ha duplicado su plantilla hasta los {COUNT}.
{PER}, director general de {ORG}, dijo que la empresa contratará a {COUNT} en {LOC}.
{ORG} invertirá {MONEY} en una nueva planta en {LOC} que entrará en funcionamiento en {DATE}.
{ORG} destinará {MONEY} a la construcción de un centro de datos de {QUANTITY} en {LOC}.
El parque eólico marino que {ORG} construye frente a la costa de {LOC} tendrá una capacidad de {QUANTITY}.
{ORG} suministrará {QUANTITY} de gas natural licuado a {ORG} durante {DURATION}.
La producción de {ORG} en {LOC} alcanzó {QUANTITY} {PERIOD}.
La mina que {ORG} opera en {LOC} produjo {QUANTITY} de cobre {PERIOD}.
{ORG} ha adjudicado a {ORG} un contrato de {MONEY} para construir {QUANTITY} de vía en {LOC}.
{ORG} y {ORG} han firmado un acuerdo de {DURATION} por valor de {MONEY}.
{ORG} se ha adjudicado la concesión de la autopista de {LOC} por un periodo de {DURATION}.
El Gobierno de {LOC} aprobó el {DATE} un paquete de ayudas de {MONEY} para la industria.
El ministro de Economía, {PER}, se reunió en {LOC} con {PER}, presidente de {ORG}.
La vicepresidenta {PER} pidió a {ORG} que mantenga el empleo en {LOC}.
La ministra de Hacienda, {PER}, defendió el {DATE} el gravamen temporal a la banca.
El {ORG} mantuvo los tipos de interés en el {PERCENT}, como esperaba el mercado.
El {ORG} recortó los tipos en {PERCENT}, hasta el {PERCENT}, su nivel más bajo desde {EDGE}.
{PER}, presidenta del {ORG}, advirtió de que la inflación seguirá por encima del {PERCENT} hasta {EDGE}.
La inflación en {LOC} se moderó hasta el {PERCENT} en {DATE}, según el {ORG}.
La economía {NAT} creció un {PERCENT} {PERIOD}, según datos publicados por {ORG}.
La tasa de paro en {LOC} bajó hasta el {PERCENT} {PERIOD}.
El número de afiliados aumentó en {COUNT} en {DATE}, según datos de {ORG}.
El regulador de la competencia, {ORG}, ha multado a {ORG} con {MONEY} por pactar precios con sus competidores.
{ORG} ha autorizado con condiciones la compra de {ORG} por parte de {ORG}.
El supervisor bursátil, {ORG}, investiga a {ORG} por una posible manipulación del mercado.
{ORG} recurrirá la sanción de {MONEY} que le ha impuesto {ORG}.
La {NAT} {ORG} ha cerrado la compra de su rival {ORG} por {MONEY}.
{ORG}, la filial {NAT} de {ORG}, facturó {MONEY} en {DATE}.
La startup {NAT} {ORG} ha cerrado una ronda de {MONEY} liderada por {ORG} y {ORG}.
La fintech {ORG}, con sede en {LOC}, supera ya los {COUNT}.
{ORG}, que cotiza en {LOC} desde {EDGE}, ha perdido un {PERCENT} de su valor.
La aerolínea {ORG} transportó {COUNT} {PERIOD}, un {PERCENT} más.
{ORG} ha encargado {COUNT} a {ORG} por un importe de {MONEY}.
El tráfico de pasajeros en los aeropuertos de {ORG} creció un {PERCENT} {PERIOD}, hasta {COUNT}.
{ORG} lanzará {PRODUCT} en {LOC} el próximo {DATE}.
{PER} presentó el {PRODUCT} durante {EVENT} en {LOC}.
En {EVENT}, {ORG} mostró su nuevo {PRODUCT}.
{ORG} ha vendido {COUNT} del {PRODUCT} desde su lanzamiento en {DATE}.
{PRODUCT}, el asistente de inteligencia artificial de {ORG}, tiene ya {COUNT}.
{ORG} integrará {PRODUCT} en su plataforma a partir de {EDGE}.
El {PRODUCT} se fabricará en la planta de {ORG} en {LOC}.
Las ventas del {PRODUCT} en {LOC} cayeron un {PERCENT} {PERIOD}.
{ORG} ha llamado a revisión a {COUNT} del modelo {PRODUCT} por un fallo en los frenos.
El {PERCENT} de los clientes de {ORG} ya paga con {PRODUCT}.
{EVENT} reunirá a más de {COUNT} en {LOC} del {DATE} al {DATE}.
Durante {EVENT}, {PER} anunció que {ORG} invertirá {MONEY} en {LOC}.
{ORG}, {ORG} y {ORG} pujan por hacerse con los activos de {ORG} en {LOC}.
Entre los bancos que asesoran la operación figuran {ORG}, {ORG} y {ORG}.
{ORG} ha contratado a {ORG} para estudiar la venta de su participación en {ORG}.
El grupo {ORG} ha acordado con {ORG} la venta de una cartera de préstamos dudosos por {MONEY}.
La eléctrica {ORG} firmó con {ORG} un contrato de compraventa de energía de {DURATION}.
La petrolera {ORG} ha descubierto un yacimiento en {LOC} con unas reservas estimadas de {QUANTITY}.
El banco {ORG} concedió {MONEY} en hipotecas {PERIOD}, un {PERCENT} más.
La constructora {ORG} ha ganado contratos en {LOC} por valor de {MONEY} desde {EDGE}.
La operadora {ORG} cuenta con {COUNT} en {LOC}, donde compite con {ORG} y {ORG}.
La cadena {ORG} abrirá {COUNT} en {LOC} {PERIOD}.
{ORG}, dueña de {ORG}, registró ventas de {MONEY} {PERIOD}.
Con esta operación, {ORG} se convierte en el mayor operador de {LOC}, con {COUNT}.
Fuentes de {ORG} confirmaron a {ORG} que la operación se cerrará hacia {EDGE}.
El fondo soberano de {LOC} ha invertido {MONEY} en {ORG}.
{ORG} emitirá deuda por {MONEY} para financiar la compra de {ORG}.
{ORG} pagará a {ORG} {MONEY} en efectivo y el resto en acciones.
El precio del petróleo subió un {PERCENT} y el barril se pagó a {MONEY}.
El euro se depreció un {PERCENT} frente al dólar, hasta {MONEY}.
La presidenta {PER} y el primer ministro {PER} firmaron en {LOC} un acuerdo comercial.
{PER} se reunirá con {PER} en {LOC} el {DATE} para abordar los aranceles.
Las exportaciones de {LOC} a {LOC} crecieron un {PERCENT} {PERIOD}.
Los aranceles anunciados por {LOC} afectarán a unos {MONEY} en exportaciones de {LOC}.
{ORG} ha cerrado {PERIOD} con {COUNT}, un {PERCENT} más que un año antes.
{ORG} anunció {DATE} que destinará {MONEY} a recomprar acciones propias."""

HEADLINES = [
    "{ORG} lanza una OPA sobre {ORG} por {MONEY}",
    "{ORG} gana {MONEY} {PERIOD}, un {PERCENT} más",
    "{ORG} dispara su beneficio un {PERCENT} y eleva el dividendo",
    "{ORG} despedirá a {COUNT} en {LOC}",
    "El {INDEX} sube un {PERCENT} y recupera los {POINTS}",
    "{PER}, nuevo consejero delegado de {ORG}",
    "{ORG} invertirá {MONEY} en {LOC} hasta {EDGE}",
    "{ORG} multa a {ORG} con {MONEY}",
    "{ORG} compra el {PERCENT} de {ORG}",
    "{ORG} y {ORG} sellan una alianza de {DURATION}",
    "{ORG} se desploma un {PERCENT} en Bolsa tras sus resultados",
    "{PER} deja la presidencia de {ORG}",
    "{ORG} presenta {PRODUCT} en {EVENT}",
    "La inflación de {LOC} baja al {PERCENT} en {DATE}",
    "{ORG} abrirá {COUNT} en {LOC}",
    "{ORG} construirá en {LOC} una planta de {QUANTITY}",
    "El {ORG} baja los tipos al {PERCENT}",
    "La {NAT} {ORG} compra {ORG} por {MONEY}",
    "{PER}: «{ORG} no está en venta»",
    "{ORG} pierde {MONEY} {PERIOD} por el desplome de {LOC}",
]
DATELINES = ["{LOC} (Reuters) - ", "{LOC}, {DATE} (EFE).- ", "{LOC} (Europa Press) - ", "{LOC}, {DATE} (AFP) - ",
             "{LOC} (EFE) - ", "{LOC}, {DATE}.- ", "{LOC}.- "]

NEGATIVES = """La compañía no ha querido hacer comentarios.
Fuentes de la empresa declinaron valorar la información.
Foto: archivo
Imagen de archivo de una sucursal bancaria.
Publicidad
Compartir en Facebook • Compartir en X • Enviar por correo
Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes.
Lee también: las claves de la jornada bursátil.
Todos los derechos reservados.
Actualizado a las 10:42
Las cifras están en línea con lo esperado por los analistas.
Los precios subieron por tercer mes consecutivo.
No está claro cómo se financiará la operación.
La operación está sujeta a la aprobación de los reguladores.
El Gobierno prepara una reforma del sistema de pensiones.
Los sindicatos han convocado movilizaciones en todos los centros.
El consejo de administración expresó su plena confianza en el equipo directivo.
La inversión se realizará a lo largo de varios años.
Más de la mitad de los encuestados se muestran preocupados por la inflación.
Un portavoz de la entidad evitó dar más detalles.
Las condiciones financieras del acuerdo no se han hecho públicas.
La mayoría de los despidos se concentrarán en los servicios centrales.
La demanda de chips sigue siendo fuerte, según los directivos del sector.
Los mercados europeos cerraron con ligeras subidas.
La Bolsa cerró en positivo.
El Ejecutivo estudia nuevas medidas para abaratar la vivienda.
La banca afronta un entorno de tipos más bajos.
Los consumidores deberán prepararse para nuevas subidas de precios.
El sector turístico espera una temporada récord.
Los clientes afectados serán informados por correo electrónico.
Según los expertos, el mercado laboral seguirá tensionado.
La filial arrastra pérdidas desde hace años.
Información elaborada con datos de agencias.
Redacción
Por nuestro corresponsal
Este artículo se actualizará con más información.
Cotizaciones en diferido.
El regulador analiza todavía los detalles de la operación.
La empresa asegura que cumple con toda la normativa vigente.
Los accionistas minoritarios critican la falta de transparencia.
El consejo se reunirá de forma extraordinaria para estudiar la oferta.
La inteligencia artificial exige enormes cantidades de electricidad.
La vivienda se ha convertido en la principal preocupación de los jóvenes.
Los analistas consideran que la valoración es exigente.
La patronal y los sindicatos no lograron cerrar un acuerdo salarial.
El supervisor pidió a las entidades prudencia en el reparto de dividendos.
La petrolera retomó la producción tras la avería."""
