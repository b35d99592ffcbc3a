"""Portuguese (Brazil and Portugal): data for the generic fillers in `gen_data.py`.

Conventions (see `__init__.py`): a slot's span is the whole filled name. Portuguese puts an
article before company names (a Petrobras, o Itaú, da Vale, na Galp, pela B3), so the templates
carry the article or the contraction and the names in the pools carry none. For the same reason
the ORG entries of NOT_NAMES are bare nouns (empresa, estatal, companhia): they stand where a name
stands, after the template's article ("a {ORG}" -> "a estatal"). Titles (presidente-executivo,
CEO, ministro da Fazenda) and approximators (cerca de, mais de, até) are template text.
Nationality adjectives are feminine singular (a americana Boeing, a subsidiária brasileira, a
economia portuguesa) so that every {NAT} context agrees with every adjective in the pool.
"""

CODE = "pt"
LOCALES = ["pt_BR", "pt_PT"]
SPACED = True
DECIMAL = ","
GROUP = "."

ORGS = [
    # Brazil: banks, fintechs, exchanges, insurers
    "Itaú Unibanco", "Itaú", "Bradesco", "Banco do Brasil", "Caixa Econômica Federal", "Caixa", "Santander Brasil",
    "BTG Pactual", "XP Inc.", "XP Investimentos", "Nubank", "Nu Holdings", "Banco Inter", "Inter", "PicPay", "Stone",
    "PagSeguro", "Cielo", "B3", "Itaúsa", "BB Seguridade", "Caixa Seguridade", "Porto Seguro", "Banco Pan", "Safra",
    "Banco Safra", "Banco Votorantim",
    # Brazil: energy, mining, industry
    "Petrobras", "Vale", "Eletrobras", "Cemig", "Copel", "Sabesp", "Equatorial", "Energisa", "CPFL Energia",
    "Neoenergia", "Engie Brasil", "Taesa", "Eneva", "Cosan", "Raízen", "Vibra Energia", "Ultrapar", "Ipiranga", "Prio",
    "Braskem", "Novonor", "Gerdau", "Usiminas", "CSN", "Suzano", "Klabin", "WEG", "Randon", "Marcopolo", "Embraer",
    "Votorantim", "CBA", "Samarco", "Tupy", "Aegea", "Sanepar",
    # Brazil: consumer, retail, food, transport, telecom, health, media
    "Ambev", "JBS", "BRF", "Marfrig", "Minerva", "Natura", "Natura &Co", "Grupo Boticário", "Magazine Luiza", "Magalu",
    "Casas Bahia", "Americanas", "Lojas Renner", "Renner", "Raia Drogasil", "RD Saúde", "GPA", "Pão de Açúcar",
    "Assaí", "Carrefour Brasil", "Atacadão", "Alpargatas", "Azzas 2154", "Vivara", "Localiza", "Movida", "Rumo",
    "Motiva", "CCR", "Ecorodovias", "Azul", "Gol", "Latam Brasil", "TIM", "Vivo", "Claro", "Oi", "Totvs", "iFood",
    "Rede D'Or", "Hapvida", "Fleury", "Dasa", "MRV", "Cyrela", "Cogna", "Yduqs", "Grupo Globo", "Mercado Livre",
    # Portugal
    "EDP", "EDP Renováveis", "Galp", "Millennium bcp", "BCP", "Caixa Geral de Depósitos", "CGD", "Novo Banco", "BPI",
    "Santander Totta", "Banco Montepio", "Jerónimo Martins", "Pingo Doce", "Sonae", "Continente", "NOS", "Meo",
    "Altice Portugal", "Vodafone Portugal", "TAP", "TAP Air Portugal", "ANA Aeroportos", "REN", "Navigator", "Altri",
    "Semapa", "Secil", "Corticeira Amorim", "Mota-Engil", "CTT", "Efacec", "Sonae Sierra", "Fidelidade", "Impresa",
    "Media Capital", "Teixeira Duarte", "Brisa", "Delta Cafés", "Sumol+Compal", "Super Bock Group", "Visabeira",
    "Farfetch", "Feedzai", "OutSystems", "Sword Health", "Unbabel",
    # foreign companies as Portuguese-language reporting writes them
    "Microsoft", "Google", "Alphabet", "Amazon", "Apple", "Meta", "Nvidia", "Tesla", "OpenAI", "Anthropic", "Samsung",
    "Huawei", "Xiaomi", "BYD", "GWM", "Volkswagen", "Stellantis", "General Motors", "Toyota", "Airbus", "Boeing",
    "Shell", "TotalEnergies", "BP", "Equinor", "Cargill", "Bunge", "Nestlé", "Unilever", "Carrefour", "Walmart",
    "Goldman Sachs", "JPMorgan", "BlackRock", "Morgan Stanley", "Shein", "Shopee", "Temu", "Uber", "Netflix",
    "Santander", "BBVA", "Iberdrola", "Telefónica", "Repsol", "Inditex", "CaixaBank", "Mapfre", "Ferrovial", "Moody's",
    "Fitch", "S&P Global", "Bloomberg", "Deloitte", "PwC",
]
ORG_SUFFIXES = ["S.A.", "SA", "Ltda.", "SGPS", "Participações", "Holding", "Energia", "Capital", "Investimentos",
                "Seguros", "Logística", "Agro", "Tech", "Renováveis", "Saúde", "Mineração"]
INVENTED = [
    "Lusovia", "Tejomar", "Açorvento", "Guaraverde", "Ipêtech", "Cerrana", "Vilamar", "Lusitek", "Atlantix", "Minhotec",
    "Douroval", "Serrabranca", "Tupinova", "Paranatec", "Sertanova", "Cariocap", "Pampeira", "Baíatec", "Iguaçutec",
    "Capibar", "Solmarino", "Lusoterra", "Algarvia", "Tagusol", "Beiralux", "Alentex", "Portucale", "Araguatec",
    "Jacaré Labs", "Mangueira Verde", "Norsol", "Ventomar", "Cajuína", "Aroeira", "Brasiltec", "Ondaluz", "Ribeirinha",
    "Vinhático", "Cabralia", "Marimbá",
]
INSTITUTIONS = [
    "CVM", "Cade", "Banco Central", "Banco Central do Brasil", "Copom", "IBGE", "Banco de Portugal", "CMVM",
    "Comissão Europeia", "Ministério da Fazenda", "Ministério das Finanças", "Receita Federal", "Anatel", "Aneel", "ANP",
    "Anac", "Anvisa", "BNDES", "Tesouro Nacional", "Ipea", "Febraban", "CNI", "Fiesp", "INE",
    "Autoridade da Concorrência", "ERSE", "Anacom", "Banco Central Europeu", "BCE", "Federal Reserve", "Fed", "FMI",
    "OCDE", "Banco Mundial", "STF", "Supremo Tribunal Federal", "TCU", "CUT", "Força Sindical", "CGTP", "UGT",
    "Eurostat", "Ministério de Minas e Energia", "Banco Europeu de Investimento", "Conselho das Finanças Públicas",
    "AICEP", "Euronext Lisboa",
]

PEOPLE = [
    "Luiz Inácio Lula da Silva", "Lula", "Fernando Haddad", "Gabriel Galípolo", "Roberto Campos Neto", "Jair Bolsonaro",
    "Geraldo Alckmin", "Simone Tebet", "Magda Chambriard", "Jean Paul Prates", "Gustavo Pimenta",
    "Milton Maluhy Filho", "Marcelo Noronha", "Tarciana Medeiros", "Francisco Gomes Neto", "David Vélez",
    "Luiza Helena Trajano", "Frederico Trajano", "Jorge Paulo Lemann", "André Esteves", "Wesley Batista",
    "Joesley Batista", "Rubens Ometto", "Luís Montenegro", "António Costa", "Marcelo Rebelo de Sousa", "Mário Centeno",
    "Álvaro Santos Pereira", "Joaquim Miranda Sarmento", "Miguel Stilwell d'Andrade", "Maria João Carioca",
    "Paulo Macedo", "Miguel Maya", "Pedro Soares dos Santos", "Cláudia Azevedo", "Miguel Almeida",
    "Christine Lagarde", "Jerome Powell", "Elon Musk", "Jensen Huang", "Sam Altman", "Donald Trump",
    "Ursula von der Leyen", "Pedro Sánchez",
]
PLACES = [
    # Brazil
    "Brasil", "São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Minas Gerais", "Curitiba", "Porto Alegre",
    "Salvador", "Recife", "Fortaleza", "Manaus", "Belém", "Campinas", "Santos", "Florianópolis", "Goiânia",
    "Santa Catarina", "Pernambuco", "Goiás", "Mato Grosso", "Mato Grosso do Sul", "Sergipe", "Alagoas", "Rondônia",
    "Roraima", "São José dos Campos", "Camaçari", "Itajaí", "Paranaguá", "Macaé", "Ribeirão Preto", "Joinville",
    "Vitória", "São Luís", "Carajás",
    # Portugal and the Portuguese-speaking world
    "Portugal", "Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Sines", "Setúbal", "Leiria", "Évora",
    "Funchal", "Matosinhos", "Guimarães", "Viseu", "Oeiras", "Angola", "Luanda", "Moçambique", "Maputo",
    "Cabo Verde", "Macau", "Timor-Leste",
    # rest of the world
    "EUA", "Estados Unidos", "China", "Japão", "Argentina", "México", "Alemanha", "Reino Unido", "Espanha", "França",
    "Itália", "Madri", "Madrid", "Londres", "Paris", "Nova York", "Nova Iorque", "Washington", "Pequim", "Xangai",
    "Tóquio", "Bruxelas", "Frankfurt", "Berlim", "Genebra", "Davos", "Buenos Aires", "Santiago", "Lima", "Bogotá",
    "Montevidéu", "Cidade do México", "Singapura", "Hong Kong", "Dubai", "Israel", "Moscou", "Moscovo", "Seul",
    "Taiwan", "Europa", "Houston", "Texas", "Califórnia",
]
LOC_SPAN = {}  # no surface in PLACES carries an article: "em {LOC}"/"de {LOC}" in the templates could not absorb one
PRODUCTS = [
    "iPhone 17", "iPhone", "Galaxy S25", "ChatGPT", "GPT-5", "Gemini", "Copilot", "Claude", "Llama", "Windows 11",
    "Azure", "PlayStation 5", "Pix", "Drex", "E195-E2", "KC-390", "C-390 Millennium", "Phenom 300", "Brahma", "Skol",
    "Guaraná Antarctica", "Havaianas", "Fiat Strada", "Fiat Mobi", "Chevrolet Onix", "Volkswagen Polo", "Hyundai HB20",
    "Renault Kwid", "BYD Dolphin Mini", "Toyota Corolla Cross", "Ozempic", "Mounjaro", "Wegovy", "Sagres",
    "Super Bock", "MB Way", "Via Verde", "Kindle", "Alexa", "Model Y", "Gol", "Tesouro Direto", "Galaxy Z Fold7",
]
EVENTS = [
    "a Web Summit", "o Web Summit Rio", "o Rock in Rio", "a COP30", "o Fórum Econômico Mundial",
    "o Fórum Económico Mundial", "o Fórum de Davos", "a cúpula do G20", "a cimeira do G20", "a Black Friday",
    "a Copa do Mundo", "os Jogos Olímpicos", "a Agrishow", "o Febraban Tech", "o Salão do Automóvel",
    "a Bienal do Livro", "o South Summit Brazil", "a Campus Party", "o Carnaval", "a Fenasucro", "a Expo Osaka",
]
EVENTS_SPAN = {
    "a Web Summit": "Web Summit", "o Web Summit Rio": "Web Summit Rio", "o Rock in Rio": "Rock in Rio",
    "a COP30": "COP30", "o Fórum Econômico Mundial": "Fórum Econômico Mundial",
    "o Fórum Económico Mundial": "Fórum Económico Mundial", "o Fórum de Davos": "Fórum de Davos",
    "a cúpula do G20": "cúpula do G20", "a cimeira do G20": "cimeira do G20", "a Black Friday": "Black Friday",
    "a Copa do Mundo": "Copa do Mundo", "os Jogos Olímpicos": "Jogos Olímpicos", "a Agrishow": "Agrishow",
    "o Febraban Tech": "Febraban Tech", "o Salão do Automóvel": "Salão do Automóvel",
    "a Bienal do Livro": "Bienal do Livro", "o South Summit Brazil": "South Summit Brazil",
    "a Campus Party": "Campus Party", "o Carnaval": "Carnaval", "a Fenasucro": "Fenasucro", "a Expo Osaka": "Expo Osaka",
}
NATIONALITIES = [  # feminine singular: every {NAT} in the templates follows a feminine noun or article
    "brasileira", "portuguesa", "americana", "norte-americana", "chinesa", "japonesa", "alemã", "francesa",
    "britânica", "espanhola", "italiana", "argentina", "mexicana", "chilena", "europeia", "sul-coreana", "indiana",
    "canadense", "canadiana", "suíça", "holandesa", "neerlandesa", "angolana", "moçambicana", "paulista", "mineira",
    "gaúcha", "carioca", "sueca", "saudita", "dinamarquesa", "norueguesa",
]
INDICES = ["Ibovespa", "Ibov", "IBrX-100", "PSI", "PSI 20", "Dow Jones", "Nasdaq", "S&P 500", "Stoxx 600",
           "Euro Stoxx 50", "DAX", "Nikkei", "Hang Seng", "FTSE 100", "Ibex 35", "Merval", "IFIX", "SMLL"]

NOT_NAMES = {
    # bare nouns: the templates carry the article ("a {ORG}", "da {ORG}", "pela {ORG}")
    "ORG": ["empresa", "companhia", "estatal", "petroleira", "mineradora", "operadora", "varejista", "fabricante",
            "montadora", "companhia aérea", "instituição", "holding", "controladora", "subsidiária", "gestora",
            "seguradora", "elétrica", "construtora", "fintech", "startup", "concorrente", "rival", "multinacional",
            "cotada", "distribuidora", "empresa estatal", "governo", "grupo", "banco", "conselho de administração"],
    "PER": ["o porta-voz", "a porta-voz", "o presidente-executivo", "a presidente-executiva", "o ministro",
            "a ministra", "um analista", "o fundador", "o presidente", "a presidente", "o diretor financeiro",
            "o próprio executivo", "um alto executivo"],
    # no article: "em {LOC}" -> "em território nacional", "de {LOC}" -> "de várias cidades"
    "LOC": ["território nacional", "várias cidades", "outras capitais", "todo o país", "diversos estados",
            "outros países", "cidades do interior", "vários mercados", "toda a região", "território português"],
}

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
ORDINALS = ["primeiro", "segundo", "terceiro", "quarto"]  # no primeiro trimestre
# Most templates write a date as "em {DATE}" (em 12 de março, em março de 2024, em 2024); weekdays go
# with "nesta {DATE}" / "na {DATE}"; ontem and hoje stand bare.
DATES = ["{d} de {M} de {y}", "{d} de {M} de {y}", "{d} de {M}", "{d} de {M}", "{M} de {y}", "{M} de {y}", "{M}",
         "{y}", "{y}", "{d}/{m}/{y}", "{d}/{mm}/{y}", "{W}", "{W}", "{W}", "ontem", "hoje", "anteontem"]
PERIODS = ["no |{o} trimestre", "no |{o} trimestre de {y}", "no |{o} trimestre de {y}", "no |{q}º trimestre de {y}",
           "no |{q}º trimestre", "no |{q}º tri", "no |primeiro semestre de {y}", "no |segundo semestre",
           "no |primeiro semestre deste ano", "em |{y}", "no |ano passado", "no |exercício de {y}",
           "no |ano fiscal de {y}", "nos |nove primeiros meses de {y}", "em |meados de {y}", "no |final de {y}",
           "no |início de {y}", "até |setembro", "no |{o} trimestre do ano passado", "no |conjunto de {y}"]
EDGES = ["|{y}", "|{y}", "|meados de {y}", "|finais de {y}", "|março de {y}", "|junho de {y}", "|dezembro de {y}",
         "|janeiro de {y}", "|meados do próximo ano", "|finais da década", "|fins de {y}"]

# singular bilhão/milhão/trilhão only agree with a number under 2, so they come as whole strings in MONEY
SCALES = ["bilhões", "bilhões", "milhões", "milhões", "milhões", "trilhões", "mil milhões", "mil", "bi"]
MONEY = ["R$ {n} {s}", "R$ {n} {s}", "R$ {n} {s}", "R$ {n}", "{n} {s} de reais", "US$ {n} {s}", "US$ {n} {s}",
         "US$ {n}", "{n} {s} de dólares", "{n} {s} de euros", "{n} {s} de euros", "{n} {s} de euros", "€ {n} {s}",
         "€{n} {s}", "{n} euros", "{n} {s} de libras", "{n} {s} de ienes", "{n} {s} de kwanzas", "{n} {s} de yuans",
         "R$ 1,2 bilhão", "US$ 1,5 bilhão", "1 milhão de euros"]
PERCENT = ["{n}%", "{n}%", "{n}%", "{n}%", "{n}%", "{n} %", "{n} por cento", "{n} por cento", "{n} pontos percentuais",
           "{n} p.p."]  # weighted to "%": "pontos percentuais" only fits some contexts (subiu 2 p.p., not deter 2 p.p.)
NUMWORDS = ["2", "três", "quatro", "cinco", "seis", "sete", "dez", "doze", "15", "20", "30", "3"]
DURATIONS = ["{n} anos", "{n} anos", "{n} meses", "{n} semanas", "{n} dias", "{n} trimestres", "uma década",
             "um ano", "meio século"]
QUANTITIES = ["{n} gigawatts", "{n} GW", "{n} megawatts", "{n} MW", "{n} MWh", "{n} terawatts-hora", "{n} TWh",
              "{n} toneladas", "{n} milhões de toneladas", "{n} barris", "{n} barris por dia", "{n} milhões de barris",
              "{n} quilômetros", "{n} quilómetros", "{n} km", "{n} metros quadrados", "{n} hectares", "{n} litros",
              "{n} milhões de litros", "{n} metros cúbicos", "{n} sacas", "{n} milhões de sacas", "{n} onças",
              "{n} quilos"]
COUNTS = ["{n} funcionários", "{n} funcionários", "{n} trabalhadores", "{n} trabalhadores", "{n} empregados",
          "{n} colaboradores", "{n} postos de trabalho", "{n} empregos", "{n} mil empregos", "{n} vagas", "{n} lojas",
          "{n} novas lojas", "{n} agências", "{n} balcões", "{n} clientes", "{n} milhões de clientes", "{n} usuários",
          "{n} utilizadores", "{n} assinantes", "{n} veículos", "{n} carros", "{n} unidades", "{n} imóveis",
          "{n} passageiros", "{n} milhões de passageiros", "{n} aeronaves", "{n} aviões", "{n} acionistas",
          "{n} ações", "{n} milhões de ações", "{n} famílias", "{n} domicílios", "{n} postos de combustível",
          "{n} hotéis", "{n} restaurantes", "{n} centros de dados", "{n} visitantes", "{n} contratos",
          "{n} farmácias"]
COUNT_WORDS = ["milhares de funcionários", "centenas de milhares de clientes", "dezenas de milhares de trabalhadores",
               "milhões de usuários", "centenas de trabalhadores", "milhares de passageiros", "dezenas de lojas",
               "um milhão de clientes", "meio milhão de famílias", "milhares de postos de trabalho",
               "milhões de utilizadores", "centenas de agências"]
POINTS = ["{n} pontos"]

TEMPLATES = """A {ORG} lançou uma oferta pública de aquisição (OPA) sobre a {ORG}, que avalia a empresa em {MONEY}.
A {ORG} anunciou nesta {DATE} a compra da {ORG} por {MONEY}.
A {ORG} fechou acordo para adquirir o controle da {ORG} em uma operação de {MONEY}.
A {ORG} e a {ORG} aprovaram a fusão das operações, que criará uma companhia com receita anual de {MONEY}.
A {ORG} vendeu sua fatia de {PERCENT} na {ORG} para a {ORG} por {MONEY}.
O conselho de administração da {ORG} considera que a oferta da {ORG} não reflete o valor da empresa.
A {ORG} oferece {MONEY} por ação, um prémio de {PERCENT} face à cotação de fecho de {DATE}.
A {ORG} passou a deter {PERCENT} do capital da {ORG}, segundo fato relevante enviado à {ORG}.
O fundo {ORG} elevou sua participação na {ORG} para {PERCENT}.
A {ORG} tornou-se a maior acionista da {ORG}, com uma participação qualificada de {PERCENT}.
A {ORG} reduziu a sua posição no {ORG} para menos de {PERCENT}, informou a {ORG}.
A {ORG} registrou lucro líquido de {MONEY} {PERIOD}, alta de {PERCENT} na comparação anual.
O lucro líquido do {ORG} somou {MONEY} {PERIOD}, acima das estimativas dos analistas.
A {ORG} teve prejuízo de {MONEY} {PERIOD}, revertendo o lucro de {MONEY} de um ano antes.
A receita líquida da {ORG} cresceu {PERCENT} {PERIOD}, para {MONEY}.
O Ebitda ajustado da {ORG} atingiu {MONEY} {PERIOD}, acima do consenso.
O {ORG} registou lucros de {MONEY} {PERIOD}, mais {PERCENT} do que no mesmo período do ano anterior.
Os resultados da {ORG} ficaram abaixo do esperado, com receita de {MONEY} contra {MONEY} projetados.
A {ORG} prevê receita entre {MONEY} e {MONEY} em {DATE}.
A {ORG} vai distribuir {MONEY} em dividendos, o equivalente a {MONEY} por ação.
O conselho de administração da {ORG} aprovou um programa de recompra de até {COUNT}.
A {ORG} captou {MONEY} com a emissão de debêntures com prazo de {DURATION}.
A dívida líquida da {ORG} caiu para {MONEY} no fim de {DATE}.
A {ORG} contratou um empréstimo sindicado de {MONEY} com o {ORG} e o {ORG}.
{PER}, presidente-executivo da {ORG}, disse em {LOC} que a empresa não pretende fazer novas aquisições.
"Estamos muito confiantes na retomada do mercado", afirmou {PER}, diretor financeiro da {ORG}.
{PER}, CEO da {ORG}, afirmou: "Vamos continuar investindo no país".
«Não há pressa para vender», disse {PER}, presidente da comissão executiva do {ORG}.
«A banca {NAT} está mais sólida do que nunca», afirmou {PER} em {LOC}.
Segundo {PER}, analista da {ORG}, as ações da {ORG} têm potencial de alta de {PERCENT}.
{PER} assumirá a presidência da {ORG} a partir de {DATE}, substituindo {PER}.
O conselho da {ORG} aprovou em {DATE} a nomeação de {PER} como novo diretor-presidente.
{PER} deixa o comando da {ORG} após {DURATION} no cargo.
{PER}, fundador da {ORG}, detém cerca de {PERCENT} da companhia por meio da holding {ORG}.
{PER} fundou a {ORG} em {DATE} com o sócio {PER}.
{PER}, presidente da {ORG}, em foto de arquivo.
Na imagem, {PER} durante a assembleia de acionistas da {ORG} em {LOC}.
As ações da {ORG} subiram {PERCENT} nesta {DATE}, enquanto o {INDEX} avançou {PERCENT}.
O {INDEX} fechou em queda de {PERCENT}, aos {POINTS}, pressionado pela {ORG} e pelo {ORG}.
O {INDEX} subiu {PERCENT} e encerrou o pregão aos {POINTS}.
O principal índice da bolsa, o {INDEX}, recuou {POINTS} na semana.
As ações preferenciais da {ORG} lideraram as altas do {INDEX}, com valorização de {PERCENT}.
Os papéis da {ORG} caíram {PERCENT} após a saída de {PER}.
Em {LOC}, o {INDEX} ganhou {PERCENT} e o {INDEX} perdeu {PERCENT}.
A {ORG} disparou {PERCENT} na bolsa depois de anunciar a venda da subsidiária {NAT}.
O valor de mercado da {ORG} ultrapassou {MONEY}, superando a {ORG}.
O dólar fechou em alta de {PERCENT}, cotado a {MONEY}.
O {INDEX} valorizou {PERCENT} em {DATE}, com a {ORG} a liderar os ganhos.
{PER}, economista-chefe do {ORG} em {LOC}, prevê que o {INDEX} chegue aos {POINTS} até {EDGE}.
A {ORG} vai demitir {COUNT} em {LOC} até {EDGE}.
A {ORG} anunciou um programa de demissão voluntária que pode atingir {COUNT}.
A {ORG} vai cortar {COUNT} em todo o mundo nos próximos {DURATION}.
A {ORG} fechará {COUNT} em {LOC} e {LOC}.
A {ORG} encerrou {DATE} com {COUNT}.
A {ORG} vai contratar {COUNT} para a nova fábrica em {LOC}.
Desde {EDGE}, a {ORG} duplicou o número de funcionários, para {COUNT}.
O despedimento coletivo na {ORG} abrange {COUNT}, segundo a comissão de trabalhadores.
A {ORG} vai investir {MONEY} em uma nova fábrica em {LOC}, que deve entrar em operação em {DATE}.
A {ORG} prevê investimentos de {MONEY} a {MONEY} entre {DATE} e {DATE}.
A {ORG} vai construir em {LOC} um centro de dados com capacidade de {QUANTITY}.
O parque eólico da {ORG} em {LOC} terá capacidade instalada de {QUANTITY}.
A produção da {ORG} atingiu {QUANTITY} {PERIOD}, recorde histórico.
A {ORG} exportou {QUANTITY} de minério de ferro para {LOC} {PERIOD}.
A {ORG} vai fornecer {QUANTITY} de gás natural à {ORG} durante {DURATION}.
A {ORG} e a {ORG} assinaram um contrato de {DURATION} no valor de {MONEY}.
A {ORG} venceu o leilão da concessão da rodovia em {LOC}, com prazo de {DURATION}.
A safra de café em {LOC} deve chegar a {QUANTITY}, segundo a {ORG}.
O governo de {LOC} anunciou em {DATE} um pacote de {MONEY} para a indústria.
O ministro da Fazenda, {PER}, reuniu-se em {LOC} com {PER}, presidente da {ORG}.
A ministra {PER} defendeu em {DATE} a proposta de reforma tributária.
O ministro das Finanças, {PER}, disse que o excedente orçamental deve atingir {PERCENT} do PIB.
O {ORG} manteve a taxa básica de juros em {PERCENT} ao ano, em decisão unânime.
O {ORG} elevou os juros em {PERCENT}, para {PERCENT} ao ano.
{PER}, presidente do {ORG}, disse que a inflação deve ficar acima da meta até {EDGE}.
A inflação em {LOC} desacelerou para {PERCENT} em {DATE}, segundo o {ORG}.
A economia {NAT} cresceu {PERCENT} {PERIOD}, de acordo com o {ORG}.
A taxa de desemprego em {LOC} caiu para {PERCENT} {PERIOD}.
Segundo dados do {ORG}, o país criou {COUNT} com carteira assinada em {DATE}.
O {ORG} aprovou sem restrições a compra da {ORG} pela {ORG}.
A {ORG} multou a {ORG} em {MONEY} por práticas anticoncorrenciais.
A {ORG} abriu um processo contra a {ORG} por suspeita de manipulação de mercado.
A {ORG} vai recorrer da multa de {MONEY} aplicada pela {ORG}.
A {ORG} recebeu autorização do {ORG} para operar em {LOC}.
A {NAT} {ORG} comprou a rival {ORG} por {MONEY}.
A {ORG}, subsidiária {NAT} da {ORG}, faturou {MONEY} em {DATE}.
A startup {NAT} {ORG} levantou {MONEY} em uma rodada liderada pela {ORG}.
A fintech {ORG}, com sede em {LOC}, já tem {COUNT}.
A companhia aérea {ORG} transportou {COUNT} {PERIOD}, alta de {PERCENT}.
A {ORG} encomendou {COUNT} à {ORG} por {MONEY}.
O movimento de passageiros nos aeroportos da {ORG} cresceu {PERCENT} {PERIOD}, para {COUNT}.
A {ORG} vai lançar o {PRODUCT} em {LOC} em {DATE}.
{PER} apresentou o {PRODUCT} durante {EVENT}, em {LOC}.
Durante {EVENT}, a {ORG} anunciou investimentos de {MONEY} em {LOC}.
A {ORG} vendeu {COUNT} do {PRODUCT} desde o lançamento, em {DATE}.
O {PRODUCT}, assistente de inteligência artificial da {ORG}, já soma {COUNT}.
O {PRODUCT} será produzido na fábrica da {ORG} em {LOC}.
As vendas do {PRODUCT} caíram {PERCENT} {PERIOD}.
A {ORG} convocou um recall de {COUNT} do modelo {PRODUCT}.
Cerca de {PERCENT} dos clientes da {ORG} já pagam com o {PRODUCT}.
{EVENT} deve reunir mais de {COUNT} em {LOC} e movimentar {MONEY}.
A {ORG} vai patrocinar {EVENT} até {EDGE}.
A {ORG}, a {ORG} e a {ORG} disputam os ativos da {ORG} em {LOC}.
Entre os bancos que assessoram a operação estão o {ORG}, o {ORG} e o {ORG}.
A {ORG} contratou o {ORG} para avaliar a venda da sua participação na {ORG}.
O banco {ORG} concedeu {MONEY} em crédito imobiliário {PERIOD}.
A mineradora {ORG} produziu {QUANTITY} de minério de ferro {PERIOD}.
A petroleira {ORG} descobriu um novo campo em {LOC} com reservas estimadas em {QUANTITY}.
A estatal {ORG} vai investir {MONEY} até {EDGE}, segundo o plano estratégico.
A varejista {ORG} vai abrir {COUNT} em {LOC} {PERIOD}.
A operadora {ORG} tem {COUNT} em {LOC}, onde concorre com a {ORG} e a {ORG}.
A elétrica {ORG} assinou com a {ORG} um contrato de fornecimento de energia de {DURATION}.
O grupo {ORG}, dono da {ORG}, teve vendas de {MONEY} {PERIOD}.
Com a aquisição, a {ORG} torna-se a maior operadora de {LOC}, com {COUNT}.
Fontes próximas da {ORG} disseram à {ORG} que o negócio deve ser concluído até {EDGE}.
A {ORG} vai emitir dívida de {MONEY} para financiar a compra da {ORG}.
O fundo soberano de {LOC} investiu {MONEY} na {ORG}.
A {ORG} obteve um financiamento de {MONEY} junto ao {ORG}.
A {ORG} pagará à {ORG} {MONEY} em dinheiro e o restante em ações.
O presidente {PER} e o primeiro-ministro {PER} assinaram em {LOC} um acordo comercial.
{PER} vai se reunir com {PER} em {LOC} em {DATE} para discutir as tarifas.
As exportações de {LOC} para {LOC} cresceram {PERCENT} {PERIOD}.
As tarifas anunciadas pelo governo de {LOC} atingem cerca de {MONEY} em exportações.
A {ORG} fechou {PERIOD} com {COUNT}, mais {PERCENT} do que um ano antes.
A {ORG} informou {DATE} que vai destinar {MONEY} à recompra de ações."""

HEADLINES = [
    "{ORG} lança OPA sobre a {ORG} e oferece {MONEY}",
    "{ORG} tem lucro de {MONEY} {PERIOD}",
    "Lucro da {ORG} sobe {PERCENT} {PERIOD}",
    "{ORG} vai demitir {COUNT}",
    "{INDEX} sobe {PERCENT} e volta aos {POINTS}",
    "{PER} é o novo CEO da {ORG}",
    "{ORG} vai investir {MONEY} em {LOC} até {EDGE}",
    "{ORG} multa {ORG} em {MONEY}",
    "{ORG} compra {PERCENT} da {ORG}",
    "{ORG} e {ORG} fecham parceria de {DURATION}",
    "Ações da {ORG} desabam {PERCENT} após balanço",
    "{PER} deixa a presidência da {ORG}",
    "{ORG} apresenta {PRODUCT} durante {EVENT}",
    "Inflação em {LOC} desacelera para {PERCENT} em {DATE}",
    "{ORG} vai abrir {COUNT} em {LOC}",
    "{ORG} vai construir fábrica de {QUANTITY} em {LOC}",
    "{ORG} corta juros para {PERCENT}",
    "{NAT} {ORG} compra {ORG} por {MONEY}",
    "{PER}: \"A {ORG} não está à venda\"",
    "{ORG} regista prejuízo de {MONEY} {PERIOD}",
]
DATELINES = ["{LOC} (Reuters) - ", "{LOC}, {DATE} (Lusa) - ", "{LOC} - ", "{LOC}, {DATE} - ",
             "{LOC} (Agência Brasil) - ", "{LOC} (Lusa) – ", "{LOC} (AFP) - "]

NEGATIVES = """A empresa não quis comentar o assunto.
Procurada, a companhia não respondeu até a publicação desta reportagem.
Foto: divulgação
Imagem de arquivo
Publicidade
Compartilhe: WhatsApp • Facebook • X • Copiar link
Assine a nossa newsletter e receba as principais notícias.
Leia também: o que esperar do mercado
Todos os direitos reservados.
Atualizado às 10h42
Os números vieram em linha com as expectativas dos analistas.
Os preços subiram pelo terceiro mês consecutivo.
Não está claro como a operação será financiada.
O negócio ainda depende da aprovação dos órgãos reguladores.
O governo prepara uma nova rodada de medidas fiscais.
Os sindicatos ameaçam entrar em greve.
O conselho de administração manifestou total confiança na diretoria.
O investimento será feito ao longo de vários anos.
Mais da metade dos entrevistados disse estar preocupada com a inflação.
Um porta-voz da empresa não quis dar mais detalhes.
Os termos financeiros do acordo não foram divulgados.
A maior parte dos cortes deve ocorrer nas áreas administrativas.
A demanda por chips continua forte, segundo executivos do setor.
As bolsas europeias fecharam em leve alta.
O mercado acionário encerrou o pregão em alta.
O Executivo estuda novas medidas para travar a subida dos preços da habitação.
A banca enfrenta um cenário de juros mais baixos.
Os consumidores devem se preparar para novos aumentos de preços.
O setor de turismo espera uma temporada recorde.
Os clientes afetados serão informados por e-mail.
Segundo especialistas, o mercado de trabalho deve continuar aquecido.
A subsidiária acumula prejuízos há anos.
Com informações de agências.
Redação
Do correspondente
Esta reportagem será atualizada.
Cotações com atraso.
O regulador ainda analisa os detalhes da operação.
A empresa afirma que cumpre toda a legislação em vigor.
Os acionistas minoritários criticam a falta de transparência.
A inteligência artificial exige enormes quantidades de energia.
A habitação tornou-se a principal preocupação dos jovens.
Os analistas consideram a avaliação exigente.
A estatal informou que vai recorrer da decisão.
O banco central sinalizou que pode voltar a cortar os juros.
A mineradora retomou as operações após a paralisação.
A petroleira não divulgou o valor do investimento."""
