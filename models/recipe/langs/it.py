"""Italian (it): Italian business news (ANSA, Radiocor, Sole 24 Ore, Milano Finanza style).

Conventions: Italian elides and fuses articles (l'Eni, dell'Enel, alla Consob); templates keep
{ORG} in positions where no article is needed ("il gruppo {ORG}", "di {ORG}", "per {ORG}",
"{ORG} ha ..."). Titles (amministratore delegato, ad, presidente, ministro) and approximators
(circa, oltre, quasi, fino a) are template text. Percentages take their article outside the span
("il {PERCENT}", "del {PERCENT}"). EDGES are article-free (fine 2026, metà 2025) so that they fit
after entro, da and fino a alike. Agencies in datelines (ANSA, Reuters) are furniture, as in the
English datelines of gen_data.
"""

CODE = "it"
LOCALES = ["it_IT"]
SPACED = True
DECIMAL = ","
GROUP = "."

# ---------------------------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------------------------
ORGS = [
    # Ftse Mib and large Italian groups, in the spelling of the Italian press
    "Eni", "Enel", "Intesa Sanpaolo", "UniCredit", "Unicredit", "Mediobanca", "Generali", "Assicurazioni Generali",
    "Stellantis", "Ferrari", "Leonardo", "Fincantieri", "Telecom Italia", "Tim", "Poste Italiane", "Banco Bpm", "Mps",
    "Monte dei Paschi di Siena", "Banca Mps", "Prysmian", "Pirelli", "Campari", "Luxottica", "EssilorLuxottica",
    "Saipem", "Snam", "Terna", "A2A", "Hera", "Iren", "Edison", "Italgas", "Plenitude", "Enilive", "Versalis", "Fiat",
    "Maserati", "Lamborghini", "Ducati", "Piaggio", "Brembo", "Iveco", "Cnh Industrial", "Exor", "Mediaset",
    "MediaForEurope", "Mfe", "Rai", "Cairo Communication", "Rcs MediaGroup", "Gedi", "Mondadori", "Moncler", "Prada",
    "Giorgio Armani", "Ferragamo", "Tod's", "Brunello Cucinelli", "Zegna", "Diasorin", "Recordati", "Amplifon", "Nexi",
    "Banca Mediolanum", "FinecoBank", "Fineco", "Bper", "Bper Banca", "Banca Popolare di Sondrio", "Banca Ifis",
    "Credem", "Unipol", "Azimut", "Banca Generali", "Illimity", "Inwit", "Webuild", "Ansaldo Energia", "Avio",
    "Interpump", "Technogym", "Lavazza", "Barilla", "Ferrero", "Esselunga", "Coop Italia", "Conad",
    "Autostrade per l'Italia", "Aspi", "Mundys", "Ita Airways", "Trenitalia", "Ferrovie dello Stato", "Fs", "Italo",
    "Acea", "Erg", "Saras", "STMicroelectronics", "Acciaierie d'Italia", "Danieli", "Tenaris", "Buzzi", "De'Longhi",
    "Safilo", "Geox", "Benetton", "Open Fiber", "Fastweb", "WindTre", "Iliad", "Delfin", "Caltagirone",
    "Fondazione Cariplo", "Compagnia di San Paolo", "Sace", "Eurizon", "Anima", "Banca Monte dei Paschi",
    "Il Sole 24 Ore", "Corriere della Sera", "Ansa", "Equita", "Intermonte", "Banca Akros", "Kepler Cheuvreux",
    # foreign groups as the Italian press writes them
    "Amazon", "Apple", "Microsoft", "Google", "Alphabet", "Nvidia", "OpenAI", "Anthropic", "Tesla", "Meta",
    "Volkswagen", "Renault", "Bnp Paribas", "Commerzbank", "Crédit Agricole", "Vivendi", "Lvmh", "Kering", "Airbus",
    "Boeing", "Siemens", "TotalEnergies", "Shell", "Bp", "Samsung", "Tsmc", "Byd", "Huawei", "Goldman Sachs",
    "JPMorgan", "BlackRock", "Rheinmetall", "Thales", "Safran", "Iberdrola", "Santander", "Deutsche Bank",
    "Lufthansa", "Air France-Klm", "Msc", "Ryanair", "Kkr", "Blackstone", "Cvc", "Reuters", "Bloomberg", "Mistral AI",
    "Nestlé", "Novartis", "Ubs", "Allianz", "Axa",
]
ORG_SUFFIXES = ["S.p.A.", "SpA", "Spa", "S.r.l.", "Srl", "Holding", "Group", "Industrie", "Energia", "Costruzioni",
                "& C.", "Italia", "Tecnologie", "Servizi", "Finanziaria"]
INVENTED = ["Albaterra", "Bellagenti", "Cortesi", "Duomotech", "Ferravalle", "Gavinelli", "Lanternini", "Montebruno",
            "Orobica", "Pontevia", "Quarzio", "Rivalta", "Sabatini", "Umbraflex", "Valsorda", "Zanettini", "Brennera",
            "Dolcevalle", "Fornaci Riunite", "Ghibellina", "Olivetta", "Roveretti", "Tremonte", "Vesuvia", "Zefiro",
            "Castelfranchi", "Adriatech", "Lariana", "Borgonovo", "Meridiana Reti", "Sirmione Capital", "Tessival",
            "Altamura", "Vignoli", "Calderini"]
INSTITUTIONS = [
    "Consob", "Banca d'Italia", "Bankitalia", "Bce", "Banca centrale europea", "Antitrust", "Agcm",
    "Autorità garante della concorrenza e del mercato", "Istat", "ministero dell'Economia", "Mef",
    "ministero delle Imprese e del made in Italy", "Mimit", "Borsa Italiana", "Euronext Milan", "Cgil", "Cisl",
    "Uil", "Fiom", "Ivass", "Arera", "Agcom", "Cassa depositi e prestiti", "Cdp", "Confindustria",
    "Commissione europea", "Commissione Ue", "Corte dei conti", "Fmi", "Fed", "Federal Reserve", "Ocse",
    "Garante della privacy", "Inps", "Abi", "Invitalia", "Parlamento europeo", "Senato", "Ufficio parlamentare di bilancio",
    "Eurostat", "Svimez", "Guardia di Finanza",
]
PEOPLE = [
    "Giorgia Meloni", "Giancarlo Giorgetti", "Adolfo Urso", "Claudio Descalzi", "Flavio Cattaneo", "Carlo Messina",
    "Andrea Orcel", "Alberto Nagel", "Philippe Donnet", "John Elkann", "Benedetto Vigna", "Roberto Cingolani",
    "Pierroberto Folgiero", "Pietro Labriola", "Matteo Del Fante", "Giuseppe Castagna", "Luigi Lovaglio",
    "Fabio Panetta", "Mario Draghi", "Christine Lagarde", "Roberto Rustichelli", "Maurizio Landini",
    "Emanuele Orsini", "Marco Tronchetti Provera", "Francesco Milleri", "Alessandro Puliti", "Stefano Venier",
    "Giuseppina Di Foggia", "Renato Mazzoncini", "Massimo Battaini", "Sergio Mattarella", "Matteo Salvini",
    "Antonio Tajani", "Elly Schlein", "Francesco Gaetano Caltagirone", "Leonardo Maria Del Vecchio", "Urbano Cairo",
    "Pier Silvio Berlusconi", "Marina Berlusconi", "Miuccia Prada", "Remo Ruffini", "Brunello Cucinelli",
    "Antonio Filosa", "Carlos Tavares", "Gianni Franco Papa", "Alessandro Profumo", "Ursula von der Leyen",
    "Jerome Powell", "Donald Trump", "Elon Musk", "Jensen Huang", "Sam Altman", "Emmanuel Macron",
    "Friedrich Merz", "Tim Cook", "Luca de Meo", "Paolo Gentiloni", "Dario Scannapieco", "Giovanni Tria",
]
PLACES = [
    "Milano", "Roma", "Torino", "Napoli", "Genova", "Bologna", "Firenze", "Venezia", "Trieste", "Bari", "Palermo",
    "Taranto", "Brescia", "Bergamo", "Verona", "Padova", "Modena", "Maranello", "Melfi", "Mirafiori", "Cassino",
    "Pomigliano d'Arco", "Monfalcone", "Piombino", "Ravenna", "Livorno", "Ancona", "Cagliari", "Termoli", "Siena",
    "Lombardia", "Piemonte", "Veneto", "Emilia-Romagna", "Toscana", "Lazio", "Campania", "Puglia", "Sicilia",
    "Sardegna", "Basilicata", "Friuli Venezia Giulia", "Mezzogiorno", "Italia", "Francia", "Germania", "Spagna",
    "Cina", "Giappone", "India", "Brasile", "Svizzera", "Austria", "Regno Unito", "Stati Uniti", "Usa", "Europa",
    "Bruxelles", "Parigi", "Londra", "Berlino", "Francoforte", "Monaco di Baviera", "Madrid", "New York",
    "Washington", "Pechino", "Shanghai", "Tokyo", "Dubai", "Singapore", "Algeria", "Libia", "Egitto", "Mozambico",
    "Kazakistan", "Silicon Valley", "Ucraina", "Russia", "Turchia", "Polonia", "Lussemburgo", "Zurigo", "Lugano",
    "gli Stati Uniti", "la Cina", "l'Italia", "la Germania", "la Francia", "l'Europa", "il Giappone", "il Regno Unito",
    "l'Eurozona", "il Nord Africa",
]
LOC_SPAN = {"gli Stati Uniti": "Stati Uniti", "la Cina": "Cina", "l'Italia": "Italia", "la Germania": "Germania",
            "la Francia": "Francia", "l'Europa": "Europa", "il Giappone": "Giappone", "il Regno Unito": "Regno Unito",
            "l'Eurozona": "Eurozona", "il Nord Africa": "Nord Africa"}
PRODUCTS = [
    "Fiat 500", "500e", "Fiat Panda", "Grande Panda", "Alfa Romeo Junior", "Junior", "Ferrari Purosangue",
    "Purosangue", "F80", "12Cilindri", "Panigale V4", "Vespa", "Nutella", "Aperol", "Aperol Spritz", "Ray-Ban Meta",
    "Tonale", "Maserati GranTurismo", "Lamborghini Revuelto", "Urus", "Eurofighter Typhoon", "M-346", "AW139",
    "Frecciarossa 1000", "Frecciarossa", "Postepay", "BancoPosta", "TimVision", "Fiat Topolino", "Lancia Ypsilon",
    "Ypsilon", "P Zero", "Kinder Bueno", "ChatGPT", "iPhone 17", "Gemini", "Claude", "Model Y", "PlayStation 5",
    "Galaxy S25", "Copilot", "Windows 11", "Vega C", "Fiat 600", "Doblò", "Nespresso", "Infinity", "Mediaset Infinity",
    "Dupixent", "Ozempic", "Blackwell", "Le Chat",
]
EVENTS = ["il Salone del Mobile", "la Milano Fashion Week", "Vinitaly", "il Forum Ambrosetti", "il Meeting di Rimini",
          "Eicma", "la COP30", "il CES 2026", "il Festival di Sanremo", "le Olimpiadi di Milano-Cortina",
          "il Giro d'Italia", "Cibus", "Pitti Uomo", "il Mobile World Congress", "l'Expo di Osaka", "Davos",
          "il Black Friday", "la Mostra del cinema di Venezia", "il Web Summit", "Milano-Cortina 2026",
          "la Biennale di Venezia", "il Gran Premio di Monza"]
EVENTS_SPAN = {"il Salone del Mobile": "Salone del Mobile", "la Milano Fashion Week": "Milano Fashion Week",
               "il Forum Ambrosetti": "Forum Ambrosetti", "il Meeting di Rimini": "Meeting di Rimini",
               "la COP30": "COP30", "il CES 2026": "CES 2026", "il Festival di Sanremo": "Festival di Sanremo",
               "le Olimpiadi di Milano-Cortina": "Olimpiadi di Milano-Cortina", "il Giro d'Italia": "Giro d'Italia",
               "il Mobile World Congress": "Mobile World Congress", "l'Expo di Osaka": "Expo di Osaka",
               "il Black Friday": "Black Friday", "la Mostra del cinema di Venezia": "Mostra del cinema di Venezia",
               "il Web Summit": "Web Summit", "la Biennale di Venezia": "Biennale di Venezia",
               "il Gran Premio di Monza": "Gran Premio di Monza"}
NATIONALITIES = ["italiano", "italiana", "francese", "tedesco", "tedesca", "americano", "americana", "statunitense",
                 "cinese", "giapponese", "britannico", "europeo", "europea", "spagnolo", "svizzero", "olandese",
                 "sudcoreano", "indiano", "milanese", "torinese", "romano", "lombardo", "piemontese", "emiliano",
                 "napoletano", "saudita", "lussemburghese"]
INDICES = ["Ftse Mib", "FTSE MIB", "Ftse Italia All Share", "Ftse Italia Star", "Dax", "Cac 40", "Stoxx 600",
           "Euro Stoxx 50", "S&P 500", "Nasdaq", "Dow Jones", "Nikkei", "Ibex 35", "Ftse 100"]
NOT_NAMES = {
    "ORG": ["l'azienda", "il governo", "la società", "il gruppo", "la banca", "l'istituto", "il consiglio di amministrazione",
            "il cda", "i sindacati", "il ministero", "l'esecutivo", "la compagnia", "il colosso", "l'autorità",
            "la holding", "la casa automobilistica", "il costruttore", "la multinazionale", "la controllata",
            "l'operatore", "l'authority", "la compagnia aerea", "il gruppo bancario", "la partecipata"],
    "PER": ["un portavoce", "l'amministratore delegato", "il ministro", "un analista", "il fondatore",
            "il direttore finanziario", "la presidente", "il numero uno", "la premier", "il manager", "una portavoce"],
    "LOC": ["la regione", "la capitale", "la città", "il Paese", "l'estero", "lo stabilimento", "il territorio",
            "il capoluogo", "la provincia", "il sito"],
}

# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
ORDINALS = ["primo", "secondo", "terzo", "quarto"]
DATES = ["{d} {M} {y}", "{d} {M} {y}", "{d} {M}", "1° {M} {y}", "{M} {y}", "{W}", "{W}", "{W} {d} {M}", "{y}",
         "ieri", "oggi", "fine {y}", "inizio {y}", "metà {y}", "fine {M}", "inizio {M}", "metà {M}", "{d}/{m}/{y}",
         "{M}", "{W} sera", "ieri sera", "stamattina", "{d} {M} scorso"]
PERIODS = ["nel |{o} trimestre {y}", "nel |{o} trimestre", "nel |{o} trimestre dell'esercizio {y}",
           "nel |{q}° trimestre {y}", "nel |primo semestre {y}", "nel |primo semestre", "nel |secondo semestre",
           "nel |secondo semestre {y}", "nell'|esercizio {y}", "nei |primi nove mesi del {y}",
           "nei |primi sei mesi dell'anno", "nel |{y}", "a |fine {y}", "a |inizio {y}", "a |metà {y}",
           "l'|anno scorso", "lo |scorso anno", "il |prossimo anno", "nel |Q{q} {y}"]
EDGES = ["|fine {y}", "|inizio {y}", "|metà {y}", "|fine anno", "|inizio anno", "|metà del {y}",
         "|fine del prossimo anno", "|giugno {y}", "|dicembre {y}", "|settembre {y}", "|fine {y}"]
SCALES = ["miliardi", "milioni", "mld", "mln"]
MONEY = ["{n} {s} di euro", "{n} {s} di euro", "{n} {s} di dollari", "{n} euro", "{n} mln", "{n} mld", "{n} {s} €",
         "{n} {s} di sterline", "{n} {s} di franchi svizzeri", "{n} dollari", "{n} {s} di yuan", "{n} €",
         "{n} {s} di dollari Usa", "{n} {s} di yen"]
PERCENT = ["{n}%", "{n}%", "{n} per cento", "{n} punti percentuali"]
NUMWORDS = ["due", "tre", "quattro", "cinque", "sei", "sette", "dieci", "dodici", "12", "15", "18", "20", "30"]
DURATIONS = ["{n} anni", "{n} anni", "{n} mesi", "{n} settimane", "{n} giorni", "{n} trimestri", "{n} ore",
             "un decennio", "un anno", "un mese"]
QUANTITIES = ["{n} gigawatt", "{n} GW", "{n} megawatt", "{n} MW", "{n} tonnellate", "{n} milioni di tonnellate",
              "{n} chilometri", "{n} km", "{n} barili", "{n} milioni di barili", "{n} terawattora", "{n} TWh",
              "{n} metri quadrati", "{n} mq", "{n} ettari", "{n} metri cubi", "{n} miliardi di metri cubi",
              "{n} litri", "{n} MWh", "{n} GWh", "{n} ettolitri"]
COUNTS = ["{n} dipendenti", "{n} dipendenti", "{n} posti di lavoro", "{n} filiali", "{n} mila dipendenti",
          "{n} lavoratori", "{n} clienti", "{n} esuberi", "{n} punti vendita", "{n} negozi", "{n} sportelli",
          "{n} stabilimenti", "{n} veicoli", "{n} auto", "{n} vetture", "{n} abbonati", "{n} utenti", "{n} passeggeri",
          "{n} azioni", "{n} famiglie", "{n} milioni di clienti", "{n} nuovi dipendenti", "{n} addetti", "{n} voli",
          "{n} navi", "{n} aerei", "{n} treni", "{n} mila clienti", "{n} milioni di passeggeri", "{n} ristoranti",
          "{n} abitazioni", "{n} nuove assunzioni", "{n} auto elettriche", "{n} lavoratori in più"]
COUNT_WORDS = ["centinaia di migliaia di clienti", "migliaia di posti di lavoro", "decine di migliaia di dipendenti",
               "milioni di utenti", "centinaia di lavoratori", "migliaia di esuberi", "decine di filiali",
               "milioni di famiglie", "qualche centinaio di dipendenti", "migliaia di passeggeri"]
POINTS = ["{n} punti", "{n} punti", "{n} pt"]

# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------
TEMPLATES = """{ORG} ha annunciato {DATE} l'acquisizione di {ORG} per {MONEY}.
{ORG} ha lanciato un'offerta pubblica di scambio su {ORG} che valuta la banca circa {MONEY}.
L'offerta pubblica di acquisto di {ORG} su {ORG} prevede un premio del {PERCENT} sull'ultimo prezzo di chiusura.
Il cda di {ORG} ha respinto l'ops lanciata da {ORG}, giudicandola «ostile».
{ORG} offre {MONEY} per azione, pari a un premio del {PERCENT} sulla media di {DURATION}.
{ORG} ha alzato il corrispettivo dell'offerta su {ORG} a {MONEY}, secondo quanto appreso {DATE}.
{ORG} ha chiuso {PERIOD} con un utile netto di {MONEY}, in crescita del {PERCENT}.
I ricavi di {ORG} si sono attestati a {MONEY} {PERIOD}, in calo del {PERCENT}.
L'utile netto di {ORG} è sceso a {MONEY} {PERIOD}, contro {MONEY} dell'anno precedente.
{ORG} ha registrato un margine operativo lordo di {MONEY} {PERIOD}.
Il fatturato di {ORG} è salito del {PERCENT} a {MONEY}, ha comunicato la società {DATE}.
{ORG} alza la guidance e ora prevede un Ebitda di {MONEY} per il {DATE}.
{PER}, amministratore delegato di {ORG}, ha detto {DATE} che i ricavi sono cresciuti del {PERCENT}.
"Siamo molto soddisfatti di questi risultati", ha dichiarato {PER}, amministratore delegato di {ORG}.
"Il mercato resta complesso, ma la nostra posizione è solida", ha spiegato {PER} durante la conference call con gli analisti.
{PER} ha assicurato che "{ORG} non ha alcuna intenzione di lasciare {LOC}".
«È un investimento strategico per tutto il territorio», ha sottolineato {PER}, presidente di {ORG}.
«Non firmeremo un accordo al ribasso», ha avvertito {PER}, segretario generale di {ORG}, al termine dell'incontro.
Secondo {PER}, analista di {ORG}, il titolo ha ancora un potenziale di rialzo del {PERCENT} entro {EDGE}.
{ORG} investirà {MONEY} in un nuovo stabilimento a {LOC}, che darà lavoro a {COUNT}.
Il piano industriale di {ORG} prevede {COUNT} negli stabilimenti di {LOC} e {LOC}.
I sindacati di {ORG} hanno proclamato uno sciopero {DATE} contro il taglio di {COUNT}.
Per i {COUNT} dello stabilimento di {LOC}, {ORG} ha chiesto {DURATION} di cassa integrazione.
{ORG} ha acquisito una partecipazione del {PERCENT} in {ORG}.
{ORG} è salita al {PERCENT} del capitale di {ORG}, secondo le comunicazioni inviate a {ORG}.
{ORG} ha ceduto la sua quota del {PERCENT} in {ORG} a {ORG} per {MONEY}.
Il fondo {ORG} detiene ora il {PERCENT} di {ORG} e il {PERCENT} dei diritti di voto.
Il titolo {ORG} ha guadagnato il {PERCENT} {DATE} in Borsa, dopo la pubblicazione dei conti.
Il {INDEX} ha chiuso la seduta in calo del {PERCENT} a {POINTS}.
Il {INDEX} ha guadagnato il {PERCENT} {DATE}, trainato da {ORG} e {ORG}.
Il {INDEX} è salito a {POINTS}, ai massimi da {EDGE}.
L'indice {INDEX} ha perso {POINTS} a {POINTS} in una seduta segnata dalle vendite sulle banche.
Le azioni di {ORG} sono scese del {PERCENT} dopo l'annuncio delle dimissioni di {PER}.
{ORG} cede il {PERCENT} a fine seduta ed è la maglia nera del {INDEX}.
{PER} ha lasciato intendere che {ORG} potrebbe tagliare i tassi {PERIOD}.
Secondo le stime preliminari di {ORG}, a {DATE} l'inflazione è scesa al {PERCENT} su base annua.
Il tasso di disoccupazione è salito al {PERCENT} {PERIOD}, ha reso noto {ORG}.
{ORG} ha inflitto una multa di {MONEY} a {ORG} per abuso di posizione dominante.
{ORG} ha avviato un'istruttoria sull'operazione tra {ORG} e {ORG}.
Il governo ha esercitato il golden power sull'operazione tra {ORG} e {ORG}.
{ORG} ha presentato {DATE} a {LOC} il nuovo {PRODUCT}.
Il lancio di {PRODUCT} è previsto {PERIOD}, ha precisato {PER}.
Presentato durante {EVENT}, {PRODUCT} arriverà nei concessionari {PERIOD}.
Durante {EVENT}, {PER} ha annunciato una partnership con {ORG}.
In occasione di {EVENT}, {ORG} ha promesso investimenti per {MONEY} in {LOC} in {DURATION}.
{PER} ha inaugurato {DATE} la nuova sede di {ORG} a {LOC}.
{ORG} e {ORG} hanno firmato un contratto di {DURATION} del valore di {MONEY}.
Il contratto, della durata di {DURATION}, prevede la fornitura di {QUANTITY} di gas naturale liquefatto all'anno.
{ORG} realizzerà al largo di {LOC} un parco eolico da {QUANTITY}.
L'impianto di {LOC} produrrà ogni anno circa {QUANTITY} di energia.
{ORG} ha raccolto {MONEY} da investitori tra cui {ORG}, {ORG} e {ORG}.
La startup {ORG}, fondata nel {DATE} da {PER} e {PER}, vale ora oltre {MONEY}.
Il round, guidato da {ORG}, valuta {ORG} più di {MONEY}.
{PER} succederà a {PER} alla guida di {ORG} a partire da {DATE}.
{PER} è stato nominato direttore finanziario di {ORG} al posto di {PER}.
Il consiglio di amministrazione di {ORG} ha cooptato {PER} come consigliere indipendente.
{ORG}, che impiega {COUNT} nel mondo, ha chiuso l'esercizio con una perdita netta di {MONEY}.
{ORG} conta oggi {COUNT}, contro {COUNT} di un anno fa.
Il gruppo {NAT} {ORG} ha annunciato {DATE} la chiusura di {COUNT}.
Il costruttore {NAT} ha visto le immatricolazioni calare del {PERCENT} {PERIOD}.
Il governo {NAT} vuole salire al {PERCENT} di {ORG}.
Il colosso {NAT} {ORG} valuta la quotazione a {LOC} {PERIOD}.
La banca {NAT} {ORG} ha visto il margine di interesse crescere del {PERCENT} a {MONEY}.
{ORG} distribuirà un dividendo di {MONEY} per azione e avvierà un buyback da {MONEY}.
{ORG} punta a ricavi compresi tra {MONEY} e {MONEY} entro {EDGE}.
Le vendite di {ORG} sul mercato {NAT} sono calate del {PERCENT} {PERIOD}.
{ORG} compra {ORG}, specialista della cybersicurezza, per {MONEY}.
{ORG}, controllata di {ORG}, si è aggiudicata una commessa da {MONEY} da {ORG}.
Il cantiere di {LOC} consegnerà {COUNT} a {ORG} entro {EDGE}.
L'assemblea degli azionisti di {ORG} ha approvato con il {PERCENT} dei voti la politica di remunerazione.
{ORG} ha siglato con {ORG} un accordo per la fornitura di {QUANTITY} di energia rinnovabile per {DURATION}.
Le esportazioni di vino verso {LOC} sono calate del {PERCENT} {PERIOD}.
{ORG} e {ORG} si fondono per creare un gruppo da {MONEY} di capitalizzazione.
La capitalizzazione di {ORG} ha superato {MONEY}.
Il deficit dovrebbe scendere al {PERCENT} del Pil {PERIOD}, ha detto {PER}.
Il ministro dell'Economia, {PER}, ha incontrato {DATE} i vertici di {ORG} e di {ORG}.
{ORG} ha assunto {COUNT} nel {DATE} e prevede di assumerne altrettanti {PERIOD}.
Lo sciopero dei dipendenti di {ORG} ha causato la cancellazione di {COUNT} {DATE}.
Il traffico di {ORG} è cresciuto del {PERCENT} {PERIOD}, a {COUNT}.
Durante l'assemblea a {LOC}, {PER} ha difeso la strategia di {ORG}.
{ORG} ha fatto causa a {ORG} davanti al tribunale di {LOC}.
La corte d'appello di {LOC} ha condannato {ORG} a risarcire {ORG} con {MONEY}.
{ORG} prevede di aprire {COUNT} entro {EDGE}, buona parte dei quali in {LOC}.
Oltre a {ORG}, anche {ORG} e {ORG} sarebbero interessate a {ORG}.
{ORG}, {ORG}, {ORG} e {ORG} sono stati i titoli migliori del {INDEX}.
Lo stabilimento {ORG} di {LOC} tornerà a pieno regime entro {EDGE}.
I lavoratori dello stabilimento {ORG} di {LOC} sono in cassa integrazione da {DURATION}.
L'amministratore delegato di {ORG}, {PER}, ha percepito un compenso di {MONEY} nel {DATE}.
Intervistato da {ORG}, {PER} ha confermato i contatti con {ORG}.
Secondo indiscrezioni di {ORG}, {ORG} starebbe trattando l'acquisto di {ORG}.
{ORG} ha annunciato {DATE} una partnership con {ORG} su {PRODUCT}.
{PRODUCT} ha superato {COUNT}, secondo i dati di {ORG}.
Con {PRODUCT}, {ORG} sfida direttamente {PRODUCT} di {ORG}.
{ORG} ha ordinato {COUNT} a {ORG} per un valore di listino di {MONEY}.
Da {EDGE} il titolo {ORG} ha guadagnato oltre il {PERCENT}.
Il prezzo del petrolio è salito del {PERCENT} a {MONEY} al barile.
La produzione di {ORG} ha raggiunto {QUANTITY} {PERIOD}, un record.
{ORG} punta a ridurre le emissioni del {PERCENT} entro {EDGE}.
{ORG} chiede a {ORG} un risarcimento di {MONEY}.
{PER} lascerà la carica di amministratore delegato di {ORG} {PERIOD}, dopo {DURATION} alla guida del gruppo.
{ORG} ha completato {DATE} l'acquisizione di {ORG}, annunciata {PERIOD}.
Con sede a {LOC}, {ORG} impiega {COUNT} e realizza il {PERCENT} del fatturato all'estero.
{ORG} ha ottenuto un finanziamento da {MONEY} da {ORG} per il nuovo impianto di {LOC}.
Gli ordini di {ORG} sono aumentati del {PERCENT} in {DURATION}.
{ORG} prevede una crescita dei ricavi compresa tra il {PERCENT} e il {PERCENT} {PERIOD}.
L'utile per azione di {ORG} è stato di {MONEY}, sopra il consenso raccolto da {ORG}.
{PER} e {PER} si sono incontrati a {LOC} per discutere del futuro di {ORG}.
{PER}, il premier {NAT}, ha incontrato {PER} {DATE} a {LOC}.
{LOC} ha attratto {MONEY} di investimenti esteri {PERIOD}, secondo {ORG}.
{MONEY}: è quanto {ORG} investirà nei data center in {LOC} {PERIOD}.
Il {PERCENT} dei dipendenti di {ORG} ha aderito allo sciopero, secondo i sindacati.
In {ORG} {PER} guida ora la divisione {PRODUCT}, che vale il {PERCENT} dei ricavi.
{ORG} (gruppo {ORG}) ha chiuso {PERIOD} con ricavi per {MONEY}.
Il vettore collega {LOC} a {LOC} e ha trasportato {COUNT} {PERIOD}.
Tra {LOC} e {LOC}, il nuovo cavo sottomarino di {ORG} si estenderà per {QUANTITY}.
Le azioni {ORG} sono state sospese per eccesso di rialzo dopo un balzo del {PERCENT}."""

HEADLINES = [
    "{ORG}, utile netto in crescita del {PERCENT} {PERIOD}",
    "{ORG} compra {ORG} per {MONEY}",
    "{ORG} lancia un'ops su {ORG}",
    "{ORG} taglia {COUNT}",
    "{ORG}, {COUNT} a rischio a {LOC}",
    "{PER} lascia la guida di {ORG}",
    "Borsa: {INDEX} chiude in rialzo del {PERCENT}",
    "{ORG} vola in Borsa (+{PERCENT}) dopo i conti",
    "{ORG} investe {MONEY} a {LOC}",
    "{ORG} sale al {PERCENT} di {ORG}",
    "{PER} nuovo amministratore delegato di {ORG}",
    "{ORG} presenta {PRODUCT}",
    "{ORG}, multa da {MONEY} da {ORG}",
    "{INDEX} sopra quota {POINTS}",
    "{ORG} raccoglie {MONEY}",
    "{ORG}, ricavi a {MONEY} {PERIOD}",
    "{EVENT}, {ORG} svela {PRODUCT}",
    "{LOC}, {ORG} chiude lo stabilimento",
    "{ORG} e {ORG}, via libera alla fusione",
    "{ORG}, {PER} succede a {PER}",
    "{ORG} torna all'utile {PERIOD}",
    "{ORG} scommette {MONEY} sull'intelligenza artificiale",
]
DATELINES = ["{LOC} (Reuters) - ", "{LOC}, {DATE} (ANSA) - ", "(ANSA) - {LOC}, {DATE} - ", "{LOC} - ",
             "{LOC}, {DATE} - ", "{LOC} (Adnkronos) - ", "{LOC}, {DATE} (Radiocor) - ", "Dal nostro inviato a {LOC} - "]
NEGATIVES = """La società non ha voluto commentare.
Leggi anche: le ultime notizie sull'intelligenza artificiale
Iscriviti alla newsletter per ricevere ogni mattina le notizie più importanti.
Pubblicità
Condividi questo articolo • Copia link • Stampa
I numeri sono in linea con le attese degli analisti.
I prezzi sono aumentati per il terzo mese consecutivo.
I dettagli finanziari dell'operazione non sono stati resi noti.
Riproduzione riservata ©
La mossa arriva in un contesto di concorrenza sempre più forte.
I sindacati parlano di un piano inaccettabile e annunciano nuove mobilitazioni.
Foto: ufficio stampa
Aggiornato alle 10:42
Il consiglio di amministrazione ha confermato la fiducia al management.
L'investimento sarà realizzato nell'arco di diversi anni.
Un portavoce ha preferito non commentare.
Il governo punta a ridurre il cuneo fiscale e a semplificare la burocrazia.
L'azienda ha presentato il piano ai rappresentanti dei lavoratori.
I consumatori devono prepararsi a nuovi rincari.
Il titolo ha chiuso la seduta in leggero rialzo.
Secondo fonti vicine al dossier, le trattative proseguono.
La società non ha indicato i tempi dell'operazione.
L'autorità sta ancora esaminando il dossier.
I mercati restano in attesa delle decisioni delle banche centrali.
La controllata è in perdita da diversi anni.
I negozi resteranno chiusi la domenica.
Dipendenti e clienti sono stati informati con una lettera.
Il settore dell'auto attraversa una crisi profonda.
L'intelligenza artificiale consuma enormi quantità di energia.
Oltre la metà degli intervistati si dice preoccupata per il caro vita.
Tutti i diritti riservati.
Il premier dovrebbe intervenire in serata.
Video: le immagini dell'incendio
Il tavolo con i sindacati è stato aggiornato.
Gli azionisti si esprimeranno nella prossima assemblea.
La Borsa ha chiuso la settimana all'insegna della prudenza.
Il cda si riunirà in serata per esaminare l'offerta.
Le banche hanno chiesto più tempo per valutare il dossier.
Il gruppo ha smentito le indiscrezioni di stampa.
Il titolo è stato sospeso per eccesso di ribasso.
Contattato, il ministero non ha risposto.
Le vendite online hanno sostenuto i conti del gruppo."""
