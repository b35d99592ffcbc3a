"""French (fr): France, Belgium, Switzerland and Quebec business news.

Conventions: titles (PDG, directeur général, ministre de l'Économie) and approximators (environ,
près de, plus de, quelque) stay outside spans as template text; articles and prepositions are
template text too, so templates prefer article-free positions for {ORG} ("chez {ORG}", "de {ORG}",
"le groupe {ORG}", "{ORG} a ..."). Places that carry an article ("la France") are mapped to their
span in LOC_SPAN; named periods keep their article/preposition outside the span via `|`.
Agencies in datelines (Reuters, AFP) are furniture, as in the English datelines of gen_data.
Faker fr_CA/fr_BE are not used: in faker 40.54.0 their city()/country()/company() come out in
English or broken ("L' Lavoie", "Saint Lucia"); fr_CH writes French.
"""

CODE = "fr"
LOCALES = ["fr_FR", "fr_CH"]
SPACED = True
DECIMAL = ","
GROUP = " "

# ---------------------------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------------------------
ORGS = [
    # CAC 40 and large French groups
    "TotalEnergies", "LVMH", "BNP Paribas", "Société Générale", "Crédit Agricole", "Airbus", "Stellantis", "Renault",
    "Sanofi", "Danone", "Carrefour", "Orange", "Vivendi", "Kering", "Schneider Electric", "Air Liquide", "Capgemini",
    "L'Oréal", "Hermès", "Safran", "Thales", "Dassault Aviation", "Dassault Systèmes", "Michelin", "Saint-Gobain",
    "Vinci", "Bouygues", "Eiffage", "Engie", "EDF", "Veolia", "Axa", "Pernod Ricard", "Publicis", "Accor", "Alstom",
    "Legrand", "STMicroelectronics", "Valeo", "Forvia", "Teleperformance", "Worldline", "Atos", "Eurofins Scientific",
    "Edenred", "Bureau Veritas", "Arkema", "Sodexo", "EssilorLuxottica", "Unibail-Rodamco-Westfield", "Ubisoft",
    "Iliad", "Free", "SFR", "Altice France", "Bolloré", "Canal+", "Havas", "TF1", "M6", "Lagardère", "Fnac Darty",
    "Casino", "Auchan", "E.Leclerc", "Intermarché", "Decathlon", "La Poste", "SNCF", "RATP", "Air France",
    "Air France-KLM", "CMA CGM", "Eramet", "Orano", "Framatome", "Naval Group", "Nexans", "Ipsen", "bioMérieux",
    "Amundi", "Natixis", "BPCE", "Crédit Mutuel", "La Banque postale", "CNP Assurances", "Scor", "Covéa", "Groupama",
    "Sopra Steria", "Rexel", "Spie", "Criteo", "OVHcloud", "Getlink", "Aéroports de Paris", "Groupe ADP", "Ariane Group",
    "Arianespace", "Mistral AI", "Doctolib", "BlaBlaCar", "Back Market", "Contentsquare", "Ledger", "Qonto", "Alan",
    "Vestiaire Collective", "Pigment", "H Company", "Verkor", "Believe",
    # Belgium, Switzerland, Luxembourg, Quebec
    "AB InBev", "Solvay", "Syensqo", "UCB", "KBC", "Proximus", "Umicore", "Ageas", "Colruyt", "Ahold Delhaize",
    "D'Ieteren", "bpost", "Brussels Airlines", "ArcelorMittal", "SES", "Nestlé", "Novartis", "Roche", "UBS", "ABB",
    "Holcim", "Richemont", "Swatch Group", "Logitech", "Zurich Insurance", "Swiss Re", "Swisscom", "Lindt & Sprüngli",
    "Bombardier", "Alimentation Couche-Tard", "CGI", "Desjardins", "Hydro-Québec", "Banque Nationale",
    "Caisse de dépôt et placement du Québec", "Air Canada", "Power Corporation",
    # foreign groups as French press writes them
    "Apple", "Microsoft", "Google", "Alphabet", "Amazon", "Meta", "Nvidia", "OpenAI", "Anthropic", "Tesla", "Boeing",
    "Volkswagen", "BMW", "Mercedes-Benz", "Siemens", "SAP", "Samsung", "TSMC", "Huawei", "BYD", "Toyota", "Shell", "BP",
    "ExxonMobil", "Goldman Sachs", "JPMorgan", "BlackRock", "Unilever", "Intel", "Netflix", "Spotify", "Uber",
    "Alibaba", "Tencent", "ASML", "Arm", "Broadcom", "Enel", "UniCredit", "Generali", "Santander", "Iberdrola",
    "Deutsche Telekom", "Lufthansa", "Ryanair", "KKR", "Blackstone", "Ardian", "Eurazeo", "Wendel", "Reuters",
    "Bloomberg", "Les Echos", "Le Monde", "Le Figaro", "BFM Business",
]
ORG_SUFFIXES = ["SA", "SAS", "SE", "Industries", "Technologies", "Holding", "& Cie", "Énergies", "Capital", "Partners",
                "Finance", "Group", "Santé", "Systèmes", "Distribution"]
INVENTED = ["Altéon", "Brivane", "Castelnor", "Duranceau", "Élivia", "Ferrandel", "Galvéo", "Hélianthe", "Iséo",
            "Kerlann", "Lormont", "Marivaux", "Novélia", "Orvane", "Pradelle", "Quintalis", "Rocheval", "Sauveterre",
            "Tréviane", "Ulméo", "Valcourt", "Vernéa", "Wattéo", "Xelian", "Zéphyra", "Armorial", "Belvédia", "Cévenol",
            "Dauphinal", "Estérel", "Kaelis", "Nautilia", "Opaline", "Soléane", "Terralis", "Vivacier", "Batiéo",
            "Lignéa", "Montclar", "Sorevia"]
INSTITUTIONS = [
    "Autorité des marchés financiers", "AMF", "Autorité de la concurrence", "Banque de France", "BCE",
    "Banque centrale européenne", "Commission européenne", "Insee", "ministère de l'Économie", "ministère des Armées",
    "Cour des comptes", "CGT", "CFDT", "Force ouvrière", "Medef", "Euronext Paris", "Euronext", "Bourse de Paris",
    "Arcep", "Commission de régulation de l'énergie", "ACPR", "Caisse des dépôts", "Bpifrance", "Cnil", "Conseil d'État",
    "Assemblée nationale", "Sénat", "Réserve fédérale", "Fed", "FMI", "OCDE", "Banque mondiale", "Eurostat",
    "Agence internationale de l'énergie", "Banque nationale suisse", "BNS", "Finma", "Banque nationale de Belgique",
    "FSMA", "Banque du Canada", "Parlement européen", "Agence des participations de l'État",
]
PEOPLE = [
    "Emmanuel Macron", "Bernard Arnault", "Patrick Pouyanné", "Christine Lagarde", "François Villeroy de Galhau",
    "Bruno Le Maire", "Éric Lombard", "Roland Lescure", "Sébastien Lecornu", "François Bayrou", "Xavier Niel",
    "Arthur Mensch", "Carlos Tavares", "Luca de Meo", "François Provost", "Paul Hudson", "Guillaume Faury",
    "Jean-Laurent Bonnafé", "Slawomir Krupa", "Alexandre Bompard", "Christel Heydemann", "François-Henri Pinault",
    "Estelle Brachlianoff", "Catherine MacGregor", "Aiman Ezzat", "Olivier Blum", "François Jackow",
    "Florent Menegaux", "Ben Smith", "Vincent Bolloré", "Yannick Bolloré", "Martin Bouygues", "Thierry Breton",
    "Rodolphe Saadé", "Nicolas Dufourcq", "Benoît Cœuré", "Sophie Binet", "Marylise Léon", "Patrick Martin",
    "Antoine de Saint-Affrique", "Sergio Ermotti", "Martin Schlegel", "Mark Carney", "François Legault",
    "Ursula von der Leyen", "Jerome Powell", "Donald Trump", "Elon Musk", "Jensen Huang", "Sam Altman",
    "Satya Nadella", "Tim Cook", "Philippe Brassac", "Thomas Buberl", "Nicolas Hieronimus", "Axel Dumas",
]
PLACES = [
    "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Nice", "Rennes",
    "Grenoble", "Montpellier", "Dunkerque", "Saint-Nazaire", "Flamanville", "Clermont-Ferrand", "Sochaux", "Douai",
    "Fos-sur-Mer", "Rouen", "Reims", "Dijon", "Metz", "Nancy", "Poissy", "Cergy", "La Défense", "Saclay",
    "Bruxelles", "Anvers", "Liège", "Charleroi", "Genève", "Zurich", "Lausanne", "Bâle", "Luxembourg", "Montréal",
    "Québec", "Toronto", "Londres", "Berlin", "Francfort", "Munich", "Madrid", "Milan", "Rome", "Amsterdam",
    "New York", "Washington", "San Francisco", "Pékin", "Shanghai", "Shenzhen", "Tokyo", "Séoul", "Singapour",
    "Dubaï", "Bombay", "Taïwan", "Île-de-France", "Normandie", "Bretagne", "Occitanie", "Auvergne-Rhône-Alpes",
    "Hauts-de-France", "Provence", "Alsace", "Wallonie", "Flandre",
    "la France", "l'Allemagne", "les États-Unis", "la Chine", "le Japon", "l'Italie", "l'Espagne", "le Royaume-Uni",
    "la Belgique", "la Suisse", "le Canada", "l'Inde", "le Brésil", "le Maroc", "la Pologne", "l'Europe", "l'Afrique",
    "la zone euro", "l'Ukraine", "la Russie", "l'Arabie saoudite", "les Émirats arabes unis", "le Québec",
    "le Mexique", "l'Asie", "le Vietnam", "la Silicon Valley", "la Wallonie", "la Normandie",
]
LOC_SPAN = {"la France": "France", "l'Allemagne": "Allemagne", "les États-Unis": "États-Unis", "la Chine": "Chine",
            "le Japon": "Japon", "l'Italie": "Italie", "l'Espagne": "Espagne", "le Royaume-Uni": "Royaume-Uni",
            "la Belgique": "Belgique", "la Suisse": "Suisse", "le Canada": "Canada", "l'Inde": "Inde",
            "le Brésil": "Brésil", "le Maroc": "Maroc", "la Pologne": "Pologne", "l'Europe": "Europe",
            "l'Afrique": "Afrique", "la zone euro": "zone euro", "l'Ukraine": "Ukraine", "la Russie": "Russie",
            "l'Arabie saoudite": "Arabie saoudite", "les Émirats arabes unis": "Émirats arabes unis",
            "le Québec": "Québec", "le Mexique": "Mexique", "l'Asie": "Asie", "le Vietnam": "Vietnam",
            "la Silicon Valley": "Silicon Valley", "la Wallonie": "Wallonie", "la Normandie": "Normandie"}
PRODUCTS = [
    "Renault 5", "R5 E-Tech", "Peugeot 208", "Peugeot 3008", "e-208", "Clio", "Twingo", "Alpine A290", "Dacia Sandero",
    "Dacia Spring", "Citroën ë-C3", "A320neo", "A350", "A321XLR", "Rafale", "Falcon 10X", "H160", "Ariane 6",
    "TGV M", "EPR2", "Le Chat", "Mistral Large", "Codestral", "Doliprane", "Dupixent", "Beyfortus", "Livebox",
    "Freebox", "Activia", "Nespresso", "Evian", "ChatGPT", "Claude", "Gemini", "Copilot", "iPhone 17", "Galaxy S25",
    "Model Y", "Windows 11", "PlayStation 5", "Switch 2", "Assassin's Creed Shadows", "Ozempic", "Wegovy",
    "Blackwell", "H100", "Vision Pro", "Cybertruck", "Boeing 737 MAX", "Airbus A220", "Canal+ Ciné Séries",
]
EVENTS = ["VivaTech", "Viva Technology", "CES 2026", "Web Summit", "Mobile World Congress", "Computex", "Roland-Garros",
          "la COP30", "l'Euro 2024", "la Coupe du monde 2026", "la Foire de Hanovre", "l'Exposition universelle d'Osaka",
          "Choose France", "WWDC", "Black Friday", "Davos", "la Fashion Week de Paris", "Gamescom", "IFA",
          "la Conférence de Munich sur la sécurité"]
EVENTS_SPAN = {"la COP30": "COP30", "l'Euro 2024": "Euro 2024", "la Coupe du monde 2026": "Coupe du monde 2026",
               "la Foire de Hanovre": "Foire de Hanovre",
               "l'Exposition universelle d'Osaka": "Exposition universelle d'Osaka",
               "la Fashion Week de Paris": "Fashion Week de Paris",
               "la Conférence de Munich sur la sécurité": "Conférence de Munich sur la sécurité"}
NATIONALITIES = ["français", "française", "allemand", "allemande", "américain", "américaine", "chinois", "chinoise",
                 "japonais", "italien", "italienne", "britannique", "européen", "européenne", "espagnol", "suisse",
                 "belge", "néerlandais", "canadien", "québécois", "sud-coréen", "indien", "parisien", "lyonnais",
                 "luxembourgeois", "saoudien"]
INDICES = ["CAC 40", "SBF 120", "Euro Stoxx 50", "Stoxx 600", "DAX", "Dow Jones", "Nasdaq", "S&P 500", "Nikkei",
           "FTSE 100", "SMI", "Bel 20", "Ftse Mib", "CAC Mid & Small", "TSX"]
NOT_NAMES = {
    "ORG": ["l'entreprise", "le gouvernement", "le groupe", "la société", "le constructeur", "la banque", "le régulateur",
            "l'État", "le conseil d'administration", "les syndicats", "le ministère", "la compagnie", "le distributeur",
            "le géant du luxe", "le laboratoire", "l'opérateur", "la start-up", "l'énergéticien", "le gendarme boursier",
            "l'équipementier", "l'exécutif", "la direction", "l'avionneur", "le pétrolier", "l'assureur"],
    "PER": ["un porte-parole", "le PDG", "la ministre", "un analyste", "le fondateur", "le directeur financier",
            "la présidente", "le patron", "une porte-parole", "le directeur général", "l'intéressé"],
    "LOC": ["la région", "la capitale", "la ville", "le pays", "le site", "l'étranger", "la métropole", "le territoire",
            "la commune", "le département"],
}

# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ORDINALS = ["premier", "deuxième", "troisième", "quatrième"]
DATES = ["{d} {M} {y}", "{d} {M} {y}", "{d} {M}", "1er {M} {y}", "1er {M}", "{M} {y}", "{W}", "{W}", "{W} {d} {M}",
         "{y}", "hier", "aujourd'hui", "avant-hier", "fin {y}", "début {y}", "mi-{y}", "fin {M}", "début {M}",
         "mi-{M}", "{d}/{mm}/{y}", "{M}", "{W} matin", "{W} soir", "{d} {M} dernier"]
PERIODS = ["au |{o} trimestre {y}", "au |{o} trimestre", "au |{o} trimestre de l'exercice {y}", "au |T{q} {y}",
           "au |{q}e trimestre", "au |premier semestre {y}", "au |premier semestre", "au |second semestre",
           "au |second semestre {y}", "sur l'|exercice {y}", "sur l'|exercice fiscal {y}",
           "sur les |neuf premiers mois de {y}", "sur les |six premiers mois de l'année", "en |{y}", "|fin {y}",
           "|début {y}", "à |fin juin", "l'|an dernier", "l'|an prochain", "l'|année prochaine"]
EDGES = ["|fin {y}", "|début {y}", "|mi-{y}", "la |fin {y}", "la |fin de l'année", "l'|été {y}", "l'|automne {y}",
         "le |{o} trimestre {y}", "|{y}", "le |second semestre {y}", "|fin de l'année prochaine"]
SCALES = ["milliards", "millions", "mds", "Mds"]
MONEY = ["{n} {s} d'euros", "{n} {s} d'euros", "{n} {s} de dollars", "{n} {s} €", "{n} euros", "{n} €", "{n} M€",
         "{n} Md€", "{n} {s} de francs suisses", "{n} {s} de dollars canadiens", "{n} {s} de livres sterling",
         "{n} {s} de yuans", "{n} {s} de yens", "{n} dollars", "{n} francs suisses", "{n} $", "{n} {s} $"]
PERCENT = ["{n} %", "{n} %", "{n}%", "{n} points de pourcentage", "{n} pour cent"]
NUMWORDS = ["deux", "trois", "quatre", "cinq", "six", "sept", "dix", "douze", "12", "15", "18", "20", "30"]
DURATIONS = ["{n} ans", "{n} ans", "{n} mois", "{n} semaines", "{n} jours", "{n} trimestres", "{n} années",
             "{n} heures", "une décennie", "un an", "un mois"]
QUANTITIES = ["{n} gigawatts", "{n} GW", "{n} mégawatts", "{n} MW", "{n} tonnes", "{n} millions de tonnes",
              "{n} km", "{n} kilomètres", "{n} barils", "{n} millions de barils", "{n} térawattheures", "{n} TWh",
              "{n} mètres carrés", "{n} m²", "{n} hectares", "{n} litres", "{n} MWh",
              "{n} milliards de mètres cubes", "{n} GWh", "{n} hectolitres"]
COUNTS = ["{n} salariés", "{n} salariés", "{n} emplois", "{n} magasins", "{n} postes", "{n} collaborateurs",
          "{n} clients", "{n} abonnés", "{n} véhicules", "{n} voitures", "{n} avions", "{n} appareils",
          "{n} passagers", "{n} agences", "{n} usines", "{n} actions", "{n} utilisateurs", "{n} foyers", "{n} logements",
          "{n} points de vente", "{n} nouveaux magasins", "{n} millions de clients", "{n} millions d'abonnés",
          "{n} personnes", "{n} ingénieurs", "{n} vols", "{n} navires", "{n} restaurants", "{n} hôtels",
          "{n} nouveaux emplois", "{n} salariés supplémentaires", "{n} voitures électriques", "{n} sites",
          "{n} millions de passagers"]
COUNT_WORDS = ["des centaines de milliers de clients", "des milliers d'emplois", "des dizaines de milliers de salariés",
               "plusieurs centaines de postes", "des millions d'abonnés", "plusieurs milliers de salariés",
               "des centaines de magasins", "des dizaines de millions d'utilisateurs", "quelques dizaines de sites",
               "des milliers de passagers"]
POINTS = ["{n} points", "{n} points", "{n} pts"]

# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------
TEMPLATES = """{ORG} a annoncé {DATE} le rachat de {ORG} pour {MONEY}.
{ORG} va racheter {ORG} pour environ {MONEY}, ont indiqué les deux groupes {DATE}.
{ORG} lance une offre publique d'achat sur {ORG}, qui valorise sa cible à {MONEY}.
L'offre publique d'échange de {ORG} sur {ORG} porte sur {PERCENT} du capital.
{ORG} propose {MONEY} par action, soit une prime de {PERCENT} sur le dernier cours de clôture.
Le conseil d'administration de {ORG} a rejeté à l'unanimité l'OPA hostile lancée par {ORG}.
{ORG} a relevé son offre sur {ORG} à {MONEY}, a-t-on appris {DATE} de sources concordantes.
{ORG} a réalisé un chiffre d'affaires de {MONEY} {PERIOD}, en hausse de {PERCENT}.
Le résultat net de {ORG} a reculé de {PERCENT} {PERIOD}, à {MONEY}.
{ORG} a dégagé un bénéfice net de {MONEY} sur l'exercice, contre {MONEY} un an plus tôt.
Le chiffre d'affaires de {ORG} s'est établi à {MONEY} {PERIOD}, a précisé le groupe {DATE}.
{ORG} relève son objectif de marge opérationnelle à {PERCENT} pour {DATE}.
La marge d'exploitation de {ORG} a atteint {PERCENT} {PERIOD}, selon {PER}, directeur financier du groupe.
{PER}, PDG de {ORG}, a déclaré {DATE} que les ventes avaient progressé de {PERCENT}.
« Nous sommes très satisfaits de cette acquisition », a déclaré {PER}, président-directeur général de {ORG}.
« Le marché reste difficile, mais nos fondamentaux sont solides », a indiqué {PER} lors d'une conférence téléphonique.
{PER} a assuré que « {ORG} n'a aucune intention de quitter {LOC} ».
« C'est un investissement majeur pour la région », a souligné {PER}, le directeur général de {ORG}.
« Nous ne céderons pas », a prévenu {PER}, secrétaire générale de {ORG}, à l'issue de la réunion.
Selon {PER}, analyste chez {ORG}, le titre pourrait encore gagner {PERCENT} d'ici {EDGE}.
{ORG} va investir {MONEY} dans une nouvelle usine à {LOC}, qui emploiera à terme {COUNT}.
{ORG} prévoit de supprimer {COUNT} sur son site de {LOC} dans le cadre d'un plan social.
Le plan de sauvegarde de l'emploi présenté par {ORG} concerne {COUNT}, ont dénoncé les syndicats.
Les syndicats de {ORG} appellent à la grève {DATE} contre la suppression de {COUNT}.
{ORG} a pris une participation de {PERCENT} dans {ORG}.
{ORG} détient désormais {PERCENT} du capital et {PERCENT} des droits de vote de {ORG}.
{ORG} a cédé sa participation de {PERCENT} dans {ORG} à {ORG} pour {MONEY}.
Le fonds {ORG} a franchi à la hausse le seuil de {PERCENT} du capital de {ORG}, selon un avis publié par {ORG}.
L'action {ORG} a bondi de {PERCENT} {DATE} à {LOC}, après la publication de résultats supérieurs aux attentes.
Le {INDEX} a terminé la séance en baisse de {PERCENT}, à {POINTS}.
Le {INDEX} a gagné {PERCENT} {DATE}, porté par {ORG} et {ORG}.
Le {INDEX} a clôturé à {POINTS} {DATE}, sa plus forte hausse depuis {EDGE}.
L'indice {INDEX} a cédé {POINTS}, à {POINTS}, dans un marché inquiet.
Le titre {ORG} a perdu {PERCENT} après l'annonce du départ de {PER}.
{ORG} recule de {PERCENT} à la clôture, plus forte baisse du {INDEX}.
{PER} a laissé entendre que {ORG} pourrait baisser ses taux directeurs {PERIOD}.
L'inflation a ralenti à {PERCENT} sur un an en {DATE}, selon une première estimation de {ORG}.
Le taux de chômage est remonté à {PERCENT} {PERIOD}, a indiqué {ORG}.
{ORG} a infligé une amende de {MONEY} à {ORG} pour abus de position dominante.
{ORG} a ouvert une enquête approfondie sur le projet de rachat de {ORG} par {ORG}.
{ORG} a autorisé {DATE}, sous conditions, la fusion entre {ORG} et {ORG}.
{ORG} a dévoilé {DATE} à {LOC} son nouveau {PRODUCT}.
Le lancement de {PRODUCT} est prévu {PERIOD}, a précisé {PER}.
{ORG} a écoulé {COUNT} {PERIOD}, porté par le succès de {PRODUCT}.
Présenté lors de {EVENT}, {PRODUCT} sera commercialisé {PERIOD}.
En marge de {EVENT}, {PER} a annoncé un partenariat avec {ORG}.
À l'occasion de {EVENT}, {ORG} a promis d'investir {MONEY} à {LOC} sur {DURATION}.
{PER} a inauguré {DATE} le nouveau siège de {ORG} à {LOC}.
{ORG} et {ORG} ont signé un contrat de {DURATION} d'un montant de {MONEY}.
Le contrat, d'une durée de {DURATION}, prévoit la livraison de {QUANTITY} de gaz naturel liquéfié par an.
{ORG} construira au large de {LOC} un parc éolien en mer d'une capacité de {QUANTITY}.
La centrale de {LOC} produit chaque année environ {QUANTITY} d'électricité.
{ORG} a levé {MONEY} auprès de {ORG}, {ORG} et {ORG}.
La start-up {ORG}, fondée en {DATE} par {PER} et {PER}, est désormais valorisée à {MONEY}.
Le tour de table, mené par {ORG}, valorise {ORG} à plus de {MONEY}.
{PER} succédera à {PER} à la tête de {ORG} à compter du {DATE}.
{PER} a été nommé directeur financier de {ORG}, en remplacement de {PER}.
Le conseil d'administration de {ORG} a proposé la nomination de {PER} au poste de présidente.
{ORG}, qui emploie {COUNT} dans le monde, a publié une perte nette de {MONEY}.
{ORG} compte désormais {COUNT}, contre {COUNT} un an plus tôt.
Le groupe {NAT} {ORG} a annoncé {DATE} la fermeture de {COUNT}.
Le constructeur {NAT} a vu ses immatriculations chuter de {PERCENT} {PERIOD}.
Le gouvernement {NAT} veut porter sa participation dans {ORG} à {PERCENT}.
Le géant {NAT} {ORG} envisage une introduction en Bourse à {LOC} {PERIOD}.
La banque {NAT} {ORG} a vu son produit net bancaire progresser de {PERCENT}, à {MONEY}.
{ORG} versera un dividende de {MONEY} par action et lancera un programme de rachat d'actions de {MONEY}.
{ORG} vise un chiffre d'affaires compris entre {MONEY} et {MONEY} d'ici {EDGE}.
Les ventes de {ORG} sur le marché {NAT} ont reculé de {PERCENT} {PERIOD}.
{ORG} rachète {ORG}, spécialiste de la cybersécurité, pour {MONEY}.
{ORG}, filiale de {ORG}, a remporté un contrat de {MONEY} auprès de {ORG}.
Le chantier naval de {LOC} livrera {COUNT} à {ORG} d'ici {EDGE}.
Les actionnaires de {ORG} ont approuvé à {PERCENT} la rémunération de {PER}.
{ORG} a conclu avec {ORG} un accord de fourniture de {QUANTITY} d'électricité sur {DURATION}.
Les exportations de vins et spiritueux vers {LOC} ont chuté de {PERCENT} {PERIOD}.
{ORG} et {ORG} vont fusionner pour créer un ensemble pesant {MONEY} en Bourse.
La capitalisation boursière de {ORG} dépasse désormais {MONEY}.
Le déficit public devrait atteindre {PERCENT} du PIB {PERIOD}, a prévenu {PER}.
{PER}, ministre de l'Économie, a reçu {DATE} les dirigeants de {ORG} et de {ORG}.
{ORG} a recruté {COUNT} en {DATE} et prévoit d'en embaucher autant {PERIOD}.
La grève chez {ORG} a entraîné l'annulation de {COUNT} {DATE}.
Le trafic de {ORG} a progressé de {PERCENT} {PERIOD}, à {COUNT}.
Lors de l'assemblée générale à {LOC}, {PER} a défendu la stratégie de {ORG}.
{ORG} a assigné {ORG} devant le tribunal de commerce de {LOC}.
La cour d'appel de {LOC} a condamné {ORG} à verser {MONEY} à {ORG}.
{ORG} prévoit d'ouvrir {COUNT} d'ici {EDGE}, dont une bonne partie à {LOC}.
Outre {ORG}, {ORG} et {ORG} seraient également sur les rangs pour racheter {ORG}.
{ORG}, {ORG}, {ORG} et {ORG} figurent parmi les plus fortes hausses du {INDEX}.
L'usine {ORG} de {LOC} tournera à plein régime d'ici {EDGE}.
Les salariés du site {ORG} de {LOC} sont en grève depuis {DURATION}.
Le patron de {ORG}, {PER}, a perçu une rémunération totale de {MONEY} au titre de {DATE}.
Interrogé par {ORG}, {PER} a confirmé l'existence de discussions avec {ORG}.
D'après les informations de {ORG}, {ORG} négocie l'acquisition de {ORG}.
{ORG} a annoncé {DATE} un partenariat avec {ORG} autour de {PRODUCT}.
{PRODUCT} revendique désormais plus de {COUNT}, selon {ORG}.
Avec {PRODUCT}, {ORG} entend concurrencer directement {PRODUCT} de {ORG}.
{ORG} a commandé {COUNT} à {ORG}, pour un montant de {MONEY} au prix catalogue.
Depuis {EDGE}, le cours de {ORG} a progressé de plus de {PERCENT}.
Le prix du baril a grimpé de {PERCENT}, à {MONEY}.
La production de {ORG} a atteint {QUANTITY} {PERIOD}, un record.
{ORG} s'engage à réduire ses émissions de {PERCENT} d'ici {EDGE}.
{ORG} réclame {MONEY} de dommages et intérêts à {ORG}.
Le groupe {ORG} a annoncé {DATE} la nomination de {PER} comme directrice générale déléguée.
{PER} quittera ses fonctions de directeur général de {ORG} {PERIOD}, après {DURATION} à la tête du groupe.
{ORG} a finalisé {DATE} l'acquisition de {ORG}, annoncée {PERIOD}.
Basé à {LOC}, {ORG} emploie {COUNT} et réalise {PERCENT} de ses ventes à l'international.
{ORG} a obtenu un prêt de {MONEY} de {ORG} pour financer son usine de {LOC}.
Les commandes de {ORG} ont bondi de {PERCENT} en {DURATION}.
{ORG} table sur une croissance organique comprise entre {PERCENT} et {PERCENT} {PERIOD}.
Le bénéfice par action de {ORG} ressort à {MONEY}, au-dessus du consensus établi par {ORG}.
{PER} et {PER} se sont entretenus à {LOC} de l'avenir de {ORG}.
{PER}, le Premier ministre {NAT}, a rencontré {PER} {DATE} à {LOC}.
{LOC} a attiré {MONEY} d'investissements étrangers {PERIOD}, selon {ORG}.
{MONEY} : c'est le montant que {ORG} va consacrer à ses centres de données {PERIOD}.
{PERCENT} des salariés de {ORG} ont participé au mouvement, selon la direction.
Chez {ORG}, {PER} pilote désormais l'activité {PRODUCT}, qui pèse {PERCENT} des revenus.
Le transporteur relie {LOC} à {LOC} et a accueilli {COUNT} {PERIOD}.
Entre {LOC} et {LOC}, le nouveau câble sous-marin de {ORG} s'étendra sur {QUANTITY}.
{ORG} ({ORG}) a vu son action s'envoler de {PERCENT} en séance."""

HEADLINES = [
    "{ORG} rachète {ORG} pour {MONEY}",
    "{ORG} : le chiffre d'affaires progresse de {PERCENT} {PERIOD}",
    "{ORG} supprime {COUNT}",
    "{ORG} va supprimer {COUNT} à {LOC}",
    "{PER} quitte la direction de {ORG}",
    "OPA : {ORG} relève son offre sur {ORG} à {MONEY}",
    "Le {INDEX} termine en baisse de {PERCENT}",
    "{ORG} s'envole de {PERCENT} en Bourse",
    "{ORG} investit {MONEY} à {LOC}",
    "{ORG} prend {PERCENT} de {ORG}",
    "{ORG} et {ORG} fusionnent",
    "{PER} nommé à la tête de {ORG}",
    "{ORG} lance {PRODUCT}",
    "{ORG} : amende de {MONEY} infligée par {ORG}",
    "Bourse : le {INDEX} franchit les {POINTS}",
    "{ORG} lève {MONEY} pour accélérer à l'international",
    "Plan social chez {ORG} : {COUNT} menacés",
    "{ORG} chute de {PERCENT} après ses résultats {PERIOD}",
    "{EVENT} : {ORG} dévoile {PRODUCT}",
    "{LOC} : {ORG} ferme son usine",
    "{ORG} : {PER} succède à {PER}",
    "{ORG} renoue avec les bénéfices {PERIOD}",
    "{ORG} mise {MONEY} sur l'intelligence artificielle",
]
DATELINES = ["{LOC} (Reuters) - ", "{LOC} (AFP) - ", "{LOC}, {DATE} (AFP) - ", "{LOC} - ", "{LOC}, {DATE} - ",
             "{LOC} (Belga) - ", "{LOC}, {DATE} (Reuters) - ", "De notre correspondant à {LOC} - "]
NEGATIVES = """Le groupe n'a pas souhaité faire de commentaire.
Lire aussi : les dernières actualités sur l'intelligence artificielle
Abonnez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité économique.
Publicité
Partager cet article • Copier le lien • Imprimer
Les chiffres sont conformes aux attentes des analystes.
Les prix ont augmenté pour le troisième mois consécutif.
Les modalités financières de l'opération n'ont pas été dévoilées.
Tous droits réservés.
Cette décision intervient dans un contexte de concurrence accrue.
Les syndicats dénoncent un plan « brutal » et appellent à la mobilisation.
Photo : service de presse
Mis à jour à 10h42
Le conseil d'administration a renouvelé sa confiance à la direction.
L'investissement sera réalisé sur plusieurs années.
Un porte-parole s'est refusé à tout commentaire.
Cet article vous est offert. Pour lire la suite, abonnez-vous.
Le gouvernement entend réduire les charges des entreprises et simplifier les démarches administratives.
La direction a présenté son projet aux représentants du personnel.
Les consommateurs doivent s'attendre à de nouvelles hausses de prix.
Le titre a terminé la séance en légère hausse.
Selon plusieurs sources proches du dossier, les discussions se poursuivent.
L'entreprise n'a pas précisé le calendrier de l'opération.
Le régulateur examine encore le dossier.
Les marchés restent suspendus aux décisions des banques centrales.
La filiale accumule les pertes depuis plusieurs années.
Les magasins resteront fermés le dimanche.
Salariés et clients ont été informés par courrier.
Le secteur automobile traverse une crise profonde.
L'intelligence artificielle consomme d'énormes quantités d'électricité.
Plus de la moitié des personnes interrogées se disent inquiètes pour leur pouvoir d'achat.
Crédit photo : DR
Le Premier ministre doit s'exprimer dans la soirée.
Vidéo : les images de l'incendie
Retrouvez toute l'actualité économique en continu.
Les négociations annuelles obligatoires s'ouvrent dans un climat tendu.
Les actionnaires se prononceront lors de la prochaine assemblée générale.
La Bourse a terminé la semaine sur une note prudente.
Le dossier sera examiné par le tribunal dans les prochaines semaines.
Le constructeur a démenti les rumeurs de fermeture.
Les ventes en ligne ont soutenu l'activité du distributeur.
L'État actionnaire n'entend pas céder ses parts.
Les salariés ont voté la reprise du travail.
Contacté, le ministère n'a pas donné suite."""
