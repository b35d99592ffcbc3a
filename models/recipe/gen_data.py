"""Synthetic, news-shaped NER training data for en/de/nl/ja (here) and the languages of `langs/`.

Output: JSONL lines {"lang", "text", "spans": [[start, end, label], ...]} with char offsets.

Design:
- Sentences are templates with typed slots, filled from large name pools (Faker, pinned) plus
  hand lists of real companies, products, places and events. Pools are split in two halves by a
  hash so that the dev split measures unseen names, not memorised ones.
- Real news shapes: datelines, headlines in Title Case, quotes, lists and coordinated names,
  possessives (`Amazon's` -> span `Amazon`) and genitives (`Amazons` -> the whole word),
  katakana names with `・` or a space, products that look like companies, numbers that are
  not money, and plain sentences with no entity at all so the model learns to say nothing.
- Never reads ../shared/corpus or ../shared/peer-suites.
"""
import importlib
import json
import os
import random
import re
import sys
import zlib

from faker import Faker

# Some Faker providers depend on Python's per-process hash seed (it_IT city names, for one):
# without a fixed seed two runs write different sentences. Re-run under a fixed one, so the data is
# reproducible as promised.
if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SEED = 20251103
R = random.Random(SEED)
LOCALES = {"en": ["en_US", "en_GB"], "de": ["de_DE", "de_AT"], "nl": ["nl_NL", "nl_BE"], "ja": ["ja_JP"]}
FAKERS = {}
for lang, locs in LOCALES.items():
    FAKERS[lang] = []
    for i, loc in enumerate(locs):
        f = Faker(loc)
        f.seed_instance(SEED + i)
        FAKERS[lang].append(f)
FOREIGN = [Faker(l) for l in ["fr_FR", "es_ES", "it_IT", "pl_PL", "sv_SE", "tr_TR", "pt_BR"]]
for i, f in enumerate(FOREIGN):
    f.seed_instance(SEED + 100 + i)

REAL_ORG = """OpenAI|Amazon|Amazon Web Services|AWS|Microsoft|Google|Alphabet|Meta|Nvidia|Apple|Siemens|SAP|BASF|
Volkswagen|Deutsche Bank|Allianz|Philips|ASML|Shell|ING|Heineken|Ahold Delhaize|Toyota|Sony|SoftBank|Nintendo|Hitachi|
Panasonic|Tesla|Anthropic|Oracle|IBM|Bosch|Bayer|Unilever|Airbus|Samsung|Intel|AMD|Netflix|Uber|Spotify|Reuters|
Bloomberg|Goldman Sachs|JPMorgan|Morgan Stanley|BlackRock|Lufthansa|Deutsche Telekom|Mercedes-Benz|BMW|Porsche|Adidas|
Puma|Zalando|Infineon|Rheinmetall|KLM|Air France-KLM|Booking.com|Adyen|Prosus|Rabobank|ABN Amro|KPN|NXP|TSMC|
Foxconn|Alibaba|Tencent|Baidu|Huawei|ByteDance|TikTok|Mistral AI|Aleph Alpha|DeepMind|xAI|Cohere|Databricks|
Snowflake|Salesforce|Cisco|Qualcomm|Arm|Broadcom|Dell|HP|Lenovo|Vodafone|Nokia|Ericsson|Volvo|Stellantis|Renault|
Nestlé|Novartis|Roche|UBS|Credit Suisse|the European Commission|the Federal Reserve|the ECB|the European Central Bank|
the Bundesbank|De Nederlandsche Bank|the Bank of Japan|NASA|the IMF|the World Bank|the SEC|OPEC|NATO|the United Nations|
Mitsubishi|Honda|Nissan|Rakuten|Fujitsu|NEC|Keyence|Fast Retailing|Uniqlo|Line Yahoo|KDDI|NTT|Kioxia|Renesas""".replace("\n", "").split("|")
JA_ORG = """トヨタ自動車|ソニーグループ|ソフトバンクグループ|任天堂|日立製作所|パナソニック|アマゾン|グーグル|マイクロソフト|アップル|
エヌビディア|三菱商事|三井物産|楽天グループ|日本銀行|オープンAI|メタ|テスラ|インテル|サムスン電子|本田技研工業|ホンダ|日産自動車|
富士通|NEC|キーエンス|ファーストリテイリング|ユニクロ|KDDI|NTT|キオクシア|ルネサスエレクトロニクス|東京エレクトロン|
アンソロピック|オラクル|シーメンス|フォルクスワーゲン|ボッシュ|ASML|TSMC|鴻海精密工業|アリババ|テンセント|ファーウェイ|
セブン&アイ・ホールディングス|武田薬品工業|キヤノン|ニコン|シャープ|東芝|三菱UFJフィナンシャル・グループ|みずほ銀行|
野村ホールディングス|金融庁|経済産業省|米連邦準備制度理事会|欧州委員会|アマゾン・ドット・コム|アマゾン・ウェブ・サービス|
ロイター|ブルームバーグ|共同通信|日本経済新聞|ゴールドマン・サックス|モルガン・スタンレー|ブラックロック|
バークシャー・ハザウェイ|ジョンソン・エンド・ジョンソン|ウォルト・ディズニー|プロクター・アンド・ギャンブル|ボーイング|エアバス|
シーメンス・エナジー|ドイツ銀行|ロシュ|ネスレ|アクセンチュア""".replace("\n", "").split("|")
PRODUCTS = """ChatGPT|GPT-5|Claude|Gemini|Copilot|iPhone 17|iPhone|Galaxy S25|Pixel 10|Model Y|Model 3|PlayStation 5|
Switch 2|Windows 11|Azure|EC2|Kindle|Alexa|Vision Pro|Prius|Golf|ID.4|Blackwell|H100|GB200|Trainium|Graviton|
Llama|Sora|Office 365|Android|Photoshop|Walkman|Corolla|A350|Boeing 737 Max|Ryzen|Xeon|Snapdragon|Echo|
Fire TV|AirPods|MacBook Air|Surface Pro|Teams|WhatsApp|Instagram|Threads|YouTube""".replace("\n", "").split("|")
JA_PRODUCTS = """チャットGPT|ChatGPT|アイフォーン|iPhone 17|プレイステーション5|ニンテンドースイッチ2|プリウス|カローラ|
ウォークマン|ジェミニ|クロード|Copilot|Azure|EC2|GB200|H100|ブラックウェル|アレクサ""".replace("\n", "").split("|")
EVENTS = {"en": ["CES 2026", "Web Summit", "the G7 summit", "COP30", "the Paris Olympics", "Davos", "the World Economic Forum",
                 "Mobile World Congress", "Computex", "the Tokyo Motor Show", "Black Friday", "the AI Safety Summit", "re:Invent",
                 "WWDC", "Google I/O", "the Frankfurt Book Fair", "Gamescom", "Hannover Messe", "IFA"],
          "de": ["CES 2026", "Web Summit", "dem G7-Gipfel", "COP30", "den Olympischen Spielen", "Davos", "dem Weltwirtschaftsforum",
                 "Mobile World Congress", "Computex", "der Hannover Messe", "der IFA", "der Gamescom", "der Frankfurter Buchmesse",
                 "re:Invent", "WWDC"],
          "nl": ["CES 2026", "Web Summit", "de G7-top", "COP30", "de Olympische Spelen", "Davos", "het World Economic Forum",
                 "Mobile World Congress", "Computex", "Black Friday", "re:Invent", "WWDC", "de Hannover Messe"],
          "ja": ["CES 2026", "G7サミット", "COP30", "東京五輪", "ダボス会議", "世界経済フォーラム", "東京モーターショー", "東京ゲームショウ",
                 "大阪・関西万博", "WWDC", "re:Invent", "コンピューテックス"]}
EVENTS_SPAN = {  # articles/prepositions fused in the surface form are not part of the span
    "dem G7-Gipfel": "G7-Gipfel", "den Olympischen Spielen": "Olympischen Spielen", "dem Weltwirtschaftsforum": "Weltwirtschaftsforum",
    "der Hannover Messe": "Hannover Messe", "der IFA": "IFA", "der Gamescom": "Gamescom", "der Frankfurter Buchmesse": "Frankfurter Buchmesse",
    "de G7-top": "G7-top", "de Olympische Spelen": "Olympische Spelen", "het World Economic Forum": "World Economic Forum",
    "de Hannover Messe": "Hannover Messe", "the G7 summit": "G7 summit", "the Paris Olympics": "Paris Olympics",
    "the World Economic Forum": "World Economic Forum", "the Tokyo Motor Show": "Tokyo Motor Show",
    "the AI Safety Summit": "AI Safety Summit", "the Frankfurt Book Fair": "Frankfurt Book Fair"}
MISC = {"en": ["German", "Dutch", "Japanese", "American", "Chinese", "European", "French", "British", "Korean", "Taiwanese",
               "Nasdaq", "Dow Jones", "DAX", "S&P 500", "Nikkei 225", "AEX", "Euro Stoxx 50", "Swiss", "Austrian", "Swedish",
               "Italian", "Spanish", "Belgian", "South Korean", "Indian", "Norwegian", "Danish", "Finnish", "Canadian", "Irish"],
        "de": ["deutschen", "niederländischen", "japanischen", "amerikanischen", "chinesischen", "europäischen", "US-amerikanische",
               "Nasdaq", "Dow Jones", "DAX", "MDax", "S&P 500", "Nikkei 225", "Euro Stoxx 50", "Münchner", "Schweizer", "Berliner",
               "Frankfurter", "Stuttgarter", "Hamburger", "Wiener", "österreichische", "französischen", "britischen",
               "italienischen", "spanischen", "koreanischen", "taiwanischen", "schwedischen", "bayerische", "sächsischen"],
        "nl": ["Nederlandse", "Duitse", "Japanse", "Amerikaanse", "Chinese", "Europese", "Franse", "Britse",
               "AEX", "Nasdaq", "Dow Jones", "S&P 500", "Nikkei 225", "AMX", "Oostenrijkse", "Belgische", "Zweedse", "Italiaanse",
               "Spaanse", "Zuid-Koreaanse", "Taiwanese", "Amsterdamse", "Rotterdamse", "Brabantse", "Zwitserse", "Deense", "Ierse"],
        "ja": ["日経平均株価", "ナスダック", "ダウ平均", "S&P500", "TOPIX", "東証プライム"]}
PLACES = {"en": ["San Francisco", "New York", "London", "Tokyo", "Berlin", "Amsterdam", "Seattle", "Paris", "China", "Germany",
                 "the Netherlands", "Japan", "the United States", "the US", "Europe", "Brussels", "Washington", "Beijing", "Taiwan",
                 "Silicon Valley", "California", "Texas", "Munich", "Frankfurt", "Osaka", "Singapore", "India", "Ireland", "Ohio",
                 "Scotland", "Spain", "Portugal", "Poland", "Arizona", "South Korea", "Saudi Arabia", "the United Arab Emirates",
                 "Mexico", "Brazil", "Vietnam", "Indonesia", "Sweden", "Norway", "Hong Kong", "Dubai", "Shanghai", "Shenzhen"],
          "de": ["Berlin", "München", "Frankfurt", "Hamburg", "Wien", "Zürich", "Deutschland", "China", "Kalifornien", "Tokio",
                 "den USA", "Europa", "Brüssel", "Washington", "Peking", "Japan", "Österreich", "der Schweiz", "Stuttgart",
                 "Wolfsburg", "Dresden", "Magdeburg", "Sachsen", "Bayern", "Nordrhein-Westfalen", "Taiwan", "Indien", "Irland",
                 "Euroraum", "Polen", "Spanien", "Südkorea", "Ingolstadt", "Leipzig", "Köln", "Düsseldorf", "Mexiko", "Niedersachsen"],
          "nl": ["Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Utrecht", "Brussel", "Nederland", "Duitsland", "China", "Tokio",
                 "de Verenigde Staten", "Europa", "Washington", "Peking", "Japan", "België", "Veldhoven", "Groningen", "Antwerpen",
                 "Californië", "Taiwan", "India", "Ierland", "Frankrijk", "Schiphol", "Zeeland", "Limburg", "Noord-Brabant", "Zuid-Korea",
                 "eurozone", "Polen", "Spanje", "Delfzijl", "IJmuiden", "Vlaanderen", "Gent", "Maastricht", "Nijmegen"],
          "ja": ["東京", "大阪", "名古屋", "横浜", "京都", "米国", "中国", "ドイツ", "カリフォルニア州", "ニューヨーク", "シアトル",
                 "サンフランシスコ", "ロンドン", "ベルリン", "アムステルダム", "台湾", "欧州", "日本", "韓国", "インド", "熊本県",
                 "北海道", "福岡", "シンガポール", "ワシントン", "パリ", "オランダ", "英国", "フランス", "アラブ首長国連邦",
                 "サウジアラビア", "南アフリカ", "ニュージーランド", "東南アジア", "メキシコ", "ベトナム", "千葉県", "愛知県", "広島"]}
LOC_SPAN = {"the Netherlands": "Netherlands", "the United States": "United States", "the US": "US", "den USA": "USA",
            "the United Arab Emirates": "United Arab Emirates",
            "der Schweiz": "Schweiz", "de Verenigde Staten": "Verenigde Staten"}
KATAKANA_PEOPLE = ["サム・アルトマン", "サム アルトマン", "アンディ・ジャシー", "サティア・ナデラ", "ジェンスン・フアン", "イーロン・マスク",
                   "ティム・クック", "マーク・ザッカーバーグ", "スンダー・ピチャイ", "ダリオ・アモデイ", "マット・ガーマン",
                   "ドナルド・トランプ", "ジョー・バイデン", "クリスティーヌ・ラガルド", "オラフ・ショルツ", "ウルズラ・フォンデアライエン",
                   "ジェローム・パウエル", "ビル・ゲイツ", "リサ・スー", "パット・ゲルシンガー", "アルノ・ベルンハルト"]
REAL_PEOPLE = ["Sam Altman", "Andy Jassy", "Satya Nadella", "Jensen Huang", "Elon Musk", "Tim Cook", "Mark Zuckerberg",
               "Sundar Pichai", "Dario Amodei", "Matt Garman", "Christine Lagarde", "Jerome Powell", "Olaf Scholz",
               "Friedrich Merz", "Ursula von der Leyen", "Lisa Su", "Christophe Fouquet", "Dick Schoof", "Mark Rutte",
               "Masayoshi Son", "Shigeru Ishiba", "Sanae Takaichi", "Kazuo Ueda", "Oliver Blume", "Christian Klein"]
ORG_SUFFIX = {"en": ["Inc.", "Corp.", "Ltd.", "Group", "Holdings", "Technologies", "Labs", "Systems", "plc", "& Co."],
              "de": ["AG", "GmbH", "SE", "Gruppe", "Holding", "KGaA", "GmbH & Co. KG", "Werke"],
              "nl": ["N.V.", "B.V.", "Groep", "Holding", "Technologies", "Systems"],
              "ja": ["ホールディングス", "工業", "電機", "製作所", "グループ", "商事", "銀行", "証券", "自動車"]}
INVENTED_STEMS = ["Nordlicht", "Voltara", "Quantix", "Helios", "Brightline", "Kestrel", "Lumora", "Parsec", "Veridian",
                  "Aurelia", "Cobalt", "Zephyr", "Orbion", "Tessel", "Mirova", "Solenne", "Brandt", "Vandermeer", "Hoekstra",
                  "Altavia", "Novaris", "Skyward", "Ferrox", "Granite", "Polaris", "Redwood", "Sable", "Trion", "Umbra",
                  "Velox", "Wendt", "Yara", "Zentris", "Arcadia", "Borealis", "Castellan", "Dyneon", "Elbrus", "Fjordway",
                  "Glasshouse", "Harbor", "Isara", "Junova", "Kairo", "Lindqvist", "Meridian", "Nexora", "Oakridge",
                  "Pellion", "Quorra", "Rheinwerk", "Silvana", "Tidewater", "Uplink", "Vireo", "Westhaven", "Xylo"]
JA_INVENTED = ["ノルトリヒト", "ボルタセル", "ケストレル", "ルモラ", "パーセク", "ヘリオス", "アウレリア", "コバルト", "ゼファー",
               "オルビオン", "ミロバ", "ブライトライン", "ノバリス", "スカイワード", "メリディアン", "ネクソラ"]
JA_KANJI_STEMS = ["東和", "大日本", "北斗", "中央", "第一", "新光", "昭和", "明星", "旭", "三和", "山陽", "北陸", "大和", "関東", "丸紅"]

PRODUCT_LIKE_ORG = ["Azure", "AWS", "Gemini", "Copilot", "Alexa", "ChatGPT"]
INSTITUTIONS = {
    "en": ["the Commerce Department", "the Federal Trade Commission", "the Office for National Statistics", "the Bank of England",
           "the Labor Department", "the Department of Energy", "the European Investment Bank", "the Competition and Markets Authority",
           "the Justice Department", "the Treasury", "the Bureau of Labor Statistics", "Eurostat"],
    "de": ["EU-Kommission", "Bundesnetzagentur", "Bundeskartellamt", "Europäische Zentralbank", "Statistische Bundesamt",
           "Bundesagentur für Arbeit", "Deutsche Bahn", "Ifo-Institut", "Bundesbank", "Finanzministerium", "Bafin", "KfW",
           "Deutschen Börse", "Bundesverfassungsgericht", "IG Metall", "Verdi"],
    "nl": ["Centraal Bureau voor de Statistiek", "CBS", "Autoriteit Consument & Markt", "ACM", "Nederlandsche Bank", "AFM",
           "Europese Commissie", "Europese Centrale Bank", "ministerie van Financiën", "NS", "Schiphol Group", "Rijkswaterstaat",
           "Tennet", "FNV", "Gasunie", "Eneco"],
    "ja": ["経済産業省", "財務省", "総務省", "公正取引委員会", "日本取引所グループ", "東京証券取引所", "内閣府", "国際通貨基金", "欧州中央銀行",
           "米商務省", "日本経済団体連合会", "トヨタ自動車労働組合"]}


def half(name):
    """0 or 1: which half of every pool a name belongs to (train uses 0 and 1, dev only 1)."""
    return zlib.crc32(name.encode()) % 5 == 0


def fk(lang):
    return R.choice(FAKERS[lang])


def person(lang):
    r = R.random()
    if lang == "ja":
        if r < 0.35:
            f = fk(lang)
            return R.choice([f.last_name() + f.first_name(), f.last_name() + " " + f.first_name(), f.last_name()])
        if r < 0.55:
            return R.choice(KATAKANA_PEOPLE)
        f = fk(lang)
        sep = R.choice(["・", "・", " ", "＝"])
        return f.first_kana_name() + sep + f.last_kana_name()
    if r < 0.2:
        return R.choice(REAL_PEOPLE)
    f = R.choice(FOREIGN) if r < 0.32 else fk(lang)
    if R.random() < 0.1:
        return f.last_name()
    if R.random() < 0.08:
        return f.first_name()[0] + ". " + f.last_name()
    return f.first_name() + " " + f.last_name()


def org(lang):
    r = R.random()
    if r < 0.08:
        return R.choice(INSTITUTIONS[lang])
    r = R.random()
    if lang == "ja":
        if r < 0.5:
            return R.choice(JA_ORG)
        if r < 0.65:
            return R.choice(REAL_ORG[:60])
        if r < 0.8:
            return R.choice(JA_INVENTED) + R.choice(["", ""] + ORG_SUFFIX["ja"])
        return R.choice(JA_KANJI_STEMS) + R.choice(ORG_SUFFIX["ja"])
    if r < 0.45:
        o = R.choice(REAL_ORG)
        if lang != "en" and o.startswith("the "):
            o = o[4:]
        return o
    if r < 0.7:
        return R.choice(INVENTED_STEMS) + R.choice(["", "", " " + R.choice(ORG_SUFFIX[lang])])
    name = fk(lang).company()
    return name


def product(lang):
    if lang == "ja":
        return R.choice(JA_PRODUCTS)
    if R.random() < 0.75:
        return R.choice(PRODUCTS)
    return R.choice(INVENTED_STEMS) + " " + R.choice(["X", "Pro", "2", "One", "Max", "Air", "S", "Ultra", "500", "GT"])


def place(lang):
    if R.random() < 0.6:
        return R.choice(PLACES[lang])
    f = fk(lang)
    return R.choice([f.city(), f.city(), f.country()]) if lang != "ja" else R.choice([f.prefecture(), f.city()])


MONTHS = {"en": "January February March April May June July August September October November December".split(),
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
          "nl": "januari februari maart april mei juni juli augustus september oktober november december".split()}
MON_ABBR = {"en": "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()}
WEEKDAYS = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
            "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
            "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
            "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日".split()}


def draw_number(decimal, small=False, dec=True):
    """A number as news writes it, with `decimal` as the decimal separator (one grammar for all languages)."""
    n = R.choice([R.randint(1, 9), R.randint(10, 99), R.randint(100, 999)] if not small else [R.randint(1, 9), R.randint(10, 60)])
    if dec and R.random() < 0.35:
        return f"{n}{decimal}{R.randint(1, 9)}"
    return str(n)


def draw_thousands():
    return R.randint(1, 99) * 1000 + R.choice([0, 0, 500, R.randint(1, 999)])


def number(lang, small=False, dec=True):
    return draw_number("." if lang in ("en", "ja") else ",", small, dec)


def thousands(lang):
    s = f"{draw_thousands():,}"
    return s if lang in ("en", "ja") else s.replace(",", ".")


ORDINALS = {"en": ["first", "second", "third", "fourth"], "de": ["ersten", "zweiten", "dritten", "vierten"],
            "nl": ["eerste", "tweede", "derde", "vierde"]}


def period(lang):
    """A named quarter or half or a period edge; `prefix|span` keeps the article outside the span."""
    y, q = R.randint(2019, 2028), R.randint(0, 3)
    o = ORDINALS.get(lang, ["1", "2", "3", "4"])[q]
    if lang == "en":
        return R.choice([f"the |{o} quarter", f"the |{o} quarter of {y}", f"the |{o} half", f"the |{o} half of {y}",
                         f"|late {y}", f"|early {y}", "|the end of next year", "|the end of this year",
                         "|the start of next year", f"|fiscal {y}", f"|{y}"])
    if lang == "de":
        return R.choice([f"im |{o} Quartal", f"im |{o} Quartal {y}", f"im |{o} Halbjahr", f"im |{['ersten', 'zweiten'][q % 2]} Halbjahr {y}",
                         f"|Ende {y}", f"|Anfang {y}", "|Ende nächsten Jahres", "|Ende vergangenen Jahres", f"|Mitte {y}",
                         f"im |Geschäftsjahr {y}/{str(y + 1)[2:]}", f"im |Jahr {y}"])
    if lang == "nl":
        return R.choice([f"in het |{o} kwartaal", f"in het |{o} kwartaal van {y}", f"in de |{o} helft van {y}",
                         f"|eind {y}", f"|begin {y}", "|eind volgend jaar", "|eind vorig jaar", f"|medio {y}", f"in |{y}"])
    return R.choice([f"|第{q + 1}四半期", f"|{y}年{['1～3', '4～6', '7～9', '10～12'][q]}月期", f"|{y}年{R.choice([3, 12])}月期",
                     "|上半期", "|下半期", f"|{y}年度上期", "|来年末", f"|{y}年度", f"|{y}年春"])


def period_edge(lang):
    """Period edges that follow `since`/`by`/`seit`/`bis`/`sinds`/`tegen` (no preposition of their own)."""
    y = R.randint(2019, 2028)
    return {"en": R.choice([f"|late {y}", f"|early {y}", "|the end of next year", f"|the end of {y}", f"the |third quarter",
                            f"the |second half of {y}", f"|mid-{y}"]),
            "de": R.choice([f"|Ende {y}", f"|Anfang {y}", "|Ende nächsten Jahres", f"|Mitte {y}", f"|Herbst {y}", f"|{y}"]),
            "nl": R.choice([f"|eind {y}", f"|begin {y}", "|eind volgend jaar", f"|medio {y}", f"|{y}", f"|najaar {y}"]),
            "ja": R.choice([f"|{y}年末", "|来年末", f"|{y}年度", f"|{y}年春"])}[lang]


def date(lang):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2028)
    if lang == "en":
        return R.choice([f"{MONTHS[lang][m-1]} {d}, {y}", f"{MON_ABBR[lang][m-1]} {d}", f"{MONTHS[lang][m-1]} {y}",
                         f"{d} {MONTHS[lang][m-1]} {y}", R.choice(WEEKDAYS[lang]), f"{y}", "last week", "last year",
                         "next year", f"the end of {y}", f"the first quarter of {y}", "earlier this year", "yesterday",
                         f"mid-{y}", f"{MONTHS[lang][m-1]}", "this month", f"Q{R.randint(1,4)} {y}", f"fiscal {y}"])
    if lang == "de":
        return R.choice([f"{d}. {MONTHS[lang][m-1]} {y}", f"{d}. {MONTHS[lang][m-1]}", f"{MONTHS[lang][m-1]} {y}",
                         f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", R.choice(WEEKDAYS[lang]), f"{y}", "vergangene Woche",
                         "vergangenes Jahr", f"Ende {y}", f"Mitte {y}", "Anfang des Jahres", "gestern", f"{MONTHS[lang][m-1]}",
                         f"im ersten Quartal {y}", "nächstes Jahr", f"Geschäftsjahr {y}"])
    if lang == "nl":
        return R.choice([f"{d} {MONTHS[lang][m-1]} {y}", f"{d} {MONTHS[lang][m-1]}", f"{MONTHS[lang][m-1]} {y}",
                         f"{d}-{m}-{y}", R.choice(WEEKDAYS[lang]), f"{y}", "vorige week", "vorig jaar", f"eind {y}",
                         f"medio {y}", "begin dit jaar", "gisteren", f"{MONTHS[lang][m-1]}", f"het eerste kwartaal van {y}",
                         "volgend jaar"])
    return R.choice([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}年{m}月", R.choice(WEEKDAYS[lang]), f"{y}年",
                     f"{y}年末", "先週", "昨年", "来年", "今年初め", f"{m}月", f"{y}年度", "昨日", f"{y}年{R.randint(1,4)}～{R.randint(5,12)}月期"])


SCALES = {"en": ["billion", "million", "trillion", "bn", "m"], "de": ["Milliarden", "Millionen", "Mrd.", "Mio.", "Billionen"],
          "nl": ["miljard", "miljoen", "mld.", "mln.", "biljoen"], "ja": ["億", "兆", "万", "百万", "千億"]}
CUR = {"en": [("${n} {s}", 1), ("{n} {s} dollars", 1), ("€{n} {s}", 1), ("{n} {s} euros", 1), ("£{n} {s}", 1),
              ("¥{n} {s}", 1), ("US${n} {s}", 1), ("{n} {s} yen", 1), ("${n}", 1), ("€{n}", 1), ("${n}{s}", 1)],
       "de": [("{n} {s} Dollar", 1), ("{n} {s} US-Dollar", 1), ("{n} {s} Euro", 1), ("{n} {s} €", 1), ("{n} {s} Yen", 1),
              ("{n} Euro", 1), ("{n} Dollar", 1), ("{n} {s} Franken", 1), ("€{n} {s}", 1), ("{n} {s} Pfund", 1)],
       "nl": [("{n} {s} dollar", 1), ("{n} {s} euro", 1), ("€{n} {s}", 1), ("${n} {s}", 1), ("{n} {s} yen", 1),
              ("{n} euro", 1), ("{n} dollar", 1), ("{n} {s} pond", 1)],
       "ja": [("{n}{s}ドル", 1), ("{n}{s}円", 1), ("{n}{s}ユーロ", 1), ("{n}円", 1), ("{n}ドル", 1), ("約{n}{s}ドル", 1),
              ("{n}{s}米ドル", 1)]}


def money(lang):
    pat = R.choice(CUR[lang])[0]
    n = number(lang)
    if lang == "ja" and R.random() < 0.2:
        n = thousands("ja")
    if "{s}" not in pat and lang != "ja":
        n = thousands(lang) if R.random() < 0.6 else n
    return pat.format(n=n, s=R.choice(SCALES[lang]))


def percent(lang):
    n = number(lang)
    return {"en": R.choice([f"{n}%", f"{n} percent", f"{n} per cent", f"{n} percentage points"]),
            "de": R.choice([f"{n} Prozent", f"{n} %", f"{n}%", f"{n} Prozentpunkte"]),
            "nl": R.choice([f"{n} procent", f"{n}%", f"{n} procentpunt"]),
            "ja": R.choice([f"{n}%", f"{n}パーセント", f"{n}％", f"{n}ポイント"])}[lang]


NUMWORDS = {"en": ["two", "three", "five", "seven", "ten", "12", "three", "15", "20"],
            "de": ["zwei", "drei", "fünf", "sieben", "zehn", "12", "15", "20"],
            "nl": ["twee", "drie", "vijf", "zeven", "tien", "12", "15", "20"],
            "ja": ["2", "3", "5", "7", "10", "12", "15", "20", "三", "五"]}


def duration(lang):
    n = R.choice(NUMWORDS[lang])
    return {"en": R.choice([f"{n} years", f"{n}-year", f"{n} months", f"{n} weeks", f"{n} days", f"{n} quarters", "a decade"]),
            "de": R.choice([f"{n} Jahre", f"{n} Jahren", f"{n} Monate", f"{n} Monaten", f"{n} Wochen", f"{n} Tage",
                            R.choice(["siebenjährigen", "fünfjährigen", "zehnjährigen", "dreijährigen"])]),
            "nl": R.choice([f"{n} jaar", f"{n} maanden", f"{n} weken", f"{n} dagen", f"{n}-jarige", "een decennium"]),
            "ja": R.choice([f"{n}年間", f"{n}カ月", f"{n}か月間", f"{n}週間", f"{n}日間", f"{n}年"])}[lang]


UNITS = {"en": ["gigawatts", "GW", "megawatts", "MW", "tonnes", "tons", "kilometers", "km", "barrels", "terawatt-hours", "square meters", "GB"],
         "de": ["Gigawatt", "GW", "Megawatt", "MW", "Tonnen", "Kilometer", "km", "Barrel", "Terawattstunden", "Quadratmeter", "Hektar"],
         "nl": ["gigawatt", "GW", "megawatt", "MW", "ton", "kilometer", "km", "vaten", "terawattuur", "vierkante meter", "hectare"],
         "ja": ["ギガワット", "GW", "メガワット", "MW", "トン", "キロメートル", "km", "バレル", "平方メートル", "ヘクタール"]}
NOUNS = {"en": ["employees", "jobs", "workers", "customers", "users", "stores", "vehicles", "chips", "servers", "data centers", "subscribers",
                "shares", "passengers", "aircraft", "jets", "households", "homes", "flights", "phones", "cars", "patients", "branches"],
         "de": ["Mitarbeiter", "Stellen", "Beschäftigte", "Kunden", "Nutzer", "Filialen", "Fahrzeuge", "Chips", "Server", "Rechenzentren",
                "Aktien", "Fluggäste", "Passagiere", "Haushalte", "Wohnungen", "Flugzeuge", "Autos", "Arbeitsplätze", "Geschäfte"],
         "nl": ["werknemers", "banen", "medewerkers", "klanten", "gebruikers", "winkels", "voertuigen", "chips", "servers", "datacenters",
                "aandelen", "passagiers", "huishoudens", "woningen", "vliegtuigen", "auto's", "filialen", "arbeidsplaatsen"],
         "ja": ["人", "台", "店舗", "社", "件", "基", "万人", "個"]}


def quantity(lang):
    n = number(lang)
    u = R.choice(UNITS[lang])
    if lang == "ja":
        return f"{n}{u}" if R.random() < 0.6 else f"{n}万{u}"
    return f"{n} {u}" if R.random() < 0.8 else f"{n}{u}" if len(u) <= 3 else f"{n} {u}"


def count(lang):
    nn = R.choice(NOUNS[lang])
    if lang == "ja":
        return R.choice([f"{number(lang, dec=False)}{nn}", f"{thousands('ja')}{nn}", f"{number(lang, dec=False)}万{nn}", f"数十万{nn}"])
    n = R.choice([thousands(lang), number(lang, dec=False), number(lang, dec=False)])
    if R.random() < 0.15:
        n = {"en": "hundreds of thousands of", "de": "Hunderttausende", "nl": "honderdduizenden"}[lang]
    elif R.random() < 0.2:
        n = number(lang) + " " + {"en": "million", "de": "Millionen", "nl": "miljoen"}[lang]
    if R.random() < 0.2:  # an adjective between number and noun stays inside the span
        nn = R.choice(COUNT_ADJ[lang]) + " " + nn
    return f"{n} {nn}"


COUNT_ADJ = {"en": ["new", "additional", "full-time", "electric", "more", "active", "paying"],
             "de": ["neue", "zusätzliche", "weitere", "aktive", "zahlende"],
             "nl": ["nieuwe", "extra", "actieve", "betalende"]}


def points(lang):
    """Index levels are QUANTITY (points), not PERCENT."""
    n = thousands(lang) if R.random() < 0.7 else str(R.randint(100, 999)) + ("." if lang == "en" else ",") + str(R.randint(10, 99))
    return {"en": f"{n} points", "de": R.choice([f"{n} Punkten", f"{n} Punkte", f"{n} Zähler"]), "nl": f"{n} punten",
            "ja": f"{n}ポイント"}[lang]


# ---- Languages of langs/ (data modules, see langs/__init__.py): generic fillers ----------
MOD_LANGS = os.environ.get("GEN_LANGS", "fr es it pt zh ko").split()  # GEN_LANGS: a subset, for checks
MODS = {code: importlib.import_module(f"langs.{code}") for code in MOD_LANGS}
for code, M in MODS.items():
    FAKERS[code] = []
    for i, loc in enumerate(M.LOCALES):
        f = Faker(loc)
        f.seed_instance(SEED + 200 + 10 * MOD_LANGS.index(code) + i)
        FAKERS[code].append(f)
_S2T = None
TRAD = False  # this sentence is Traditional Chinese (set per example)


def s2t(text):
    """Simplified -> Traditional (Taiwan) with OpenCC; unchanged when the length would change."""
    global _S2T
    if _S2T is None:
        from opencc_purepy import OpenCC
        _S2T = OpenCC("s2tw")
    out = _S2T.convert(text)
    return out if len(out) == len(text) else text


def lines(v):
    return [x for x in (v.split("\n") if isinstance(v, str) else v) if x.strip()]


def pool(M, name):
    """A name pool; Traditional Chinese sentences draw from the `_TW` pools where there are some."""
    if TRAD and getattr(M, name + "_TW", None):
        return getattr(M, name + "_TW")
    return getattr(M, name)


def fake(M):
    """A Faker of the language; Chinese uses zh_CN for Simplified and zh_TW for Traditional sentences."""
    fs = FAKERS[M.CODE]
    if M.CODE == "zh" and len(fs) > 1:
        return fs[1] if TRAD else fs[0]
    return R.choice(fs)


def is_hangul(c):
    return 0xAC00 <= ord(c) <= 0xD7A3


def final_consonant(c):
    """Index of a Hangul syllable's final consonant (0: none; 8: ㄹ)."""
    return (ord(c) - 0xAC00) % 28


def join_suffix(M, stem, suffix):
    """Korean writes `한빛전자`, fused; other spaced languages `Voltara SA`."""
    fused = not M.SPACED or (is_hangul(stem[-1]) and is_hangul(suffix[0]))
    return stem + ("" if fused else " ") + suffix


def m_number(M, small=False, dec=True):
    return draw_number(M.DECIMAL, small, dec)


def m_thousands(M):
    n = draw_thousands()
    s = f"{n:,}"
    if M.GROUP == "" or (not M.SPACED and R.random() < 0.5):
        return str(n)
    return s.replace(",", M.GROUP)


def m_person(M):
    r = R.random()
    if r < 0.22:
        return R.choice(pool(M, "PEOPLE"))
    f = fake(M)
    if M.CODE not in ("zh", "ko"):  # given name first, foreigners among them
        if r < 0.32:
            f = R.choice(FOREIGN)
        if R.random() < 0.1:
            return f.last_name()
        return f.first_name() + " " + f.last_name()
    return f.last_name() + f.first_name()  # 王秀英, 김민준: family name first, fused


def m_org(M):
    if R.random() < 0.08:
        return R.choice(M.INSTITUTIONS)
    r = R.random()
    if r < 0.45:
        return R.choice(pool(M, "ORGS"))
    if r < 0.55:
        o = R.choice(REAL_ORG[:60])
        return o[4:] if o.startswith("the ") else o
    if r < 0.8:
        stem = R.choice(M.INVENTED)
        return join_suffix(M, stem, R.choice(M.ORG_SUFFIXES)) if R.random() < 0.6 else stem
    return fake(M).company()


def m_place(M):
    if R.random() < 0.65:
        return R.choice(pool(M, "PLACES"))
    f = fake(M)
    return R.choice([f.city(), f.city(), f.country()])


def m_product(M):
    if R.random() < 0.75:
        return R.choice(M.PRODUCTS)
    return join_suffix(M, R.choice(M.INVENTED), R.choice(["X", "Pro", "2", "One", "Max", "Air", "S", "Ultra", "500", "GT"]))


def m_date(M):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2028)
    return R.choice(M.DATES).format(d=d, m=m, mm=f"{m:02d}", M=M.MONTHS[m - 1], y=y, W=R.choice(M.WEEKDAYS))


def m_period(M, edges=False):
    y, q = R.randint(2019, 2028), R.randint(0, 3)
    return R.choice(M.EDGES if edges else M.PERIODS).format(o=M.ORDINALS[q], q=q + 1, y=y)


def m_money(M):
    pat = R.choice(M.MONEY)
    n = m_number(M)
    if "{s}" not in pat:
        n = m_thousands(M) if R.random() < 0.6 else n
    return pat.format(n=n, s=R.choice(M.SCALES))


def m_count(M):
    if getattr(M, "COUNT_WORDS", None) and R.random() < 0.08:
        return R.choice(M.COUNT_WORDS)
    pat = R.choice(M.COUNTS)
    if any(w in pat for w in ("万", "萬", "亿", "億", "만", "억", "mila", "mil ")):
        return pat.format(n=m_number(M, small=True, dec=False))
    return pat.format(n=R.choice([m_thousands(M), m_number(M, dec=False), m_number(M, dec=False)]))


def m_points(M):
    n = m_thousands(M) if R.random() < 0.7 else f"{R.randint(100, 999)}{M.DECIMAL}{R.randint(10, 99)}"
    return R.choice(M.POINTS).format(n=n)


M_GEN = {
    "ORG": m_org, "PER": m_person, "LOC": m_place, "PRODUCT": m_product, "DATE": m_date,
    "MONEY": m_money, "COUNT": m_count, "POINTS": m_points,
    "PERIOD": m_period, "EDGE": lambda M: m_period(M, edges=True),
    "PERCENT": lambda M: R.choice(M.PERCENT).format(n=m_number(M)),
    "DURATION": lambda M: R.choice(M.DURATIONS).format(n=R.choice(M.NUMWORDS)),
    "QUANTITY": lambda M: R.choice(M.QUANTITIES).format(n=m_number(M)),
    "EVENT": lambda M: R.choice(M.EVENTS),
    "NAT": lambda M: R.choice(M.NATIONALITIES),
    "INDEX": lambda M: R.choice(M.INDICES),
    "MISC": lambda M: R.choice(M.NATIONALITIES + M.INDICES),
}


def has_batchim(c):
    """Whether a Korean particle after `c` takes its consonant form (은, 이, 을, 과, 으로)."""
    if is_hangul(c):
        return final_consonant(c) != 0
    if c.isdigit():
        return c in "013678"  # 영 일 삼 육 칠 팔
    return c.upper() in "LMNR"


def particle(prev, pair):
    a, b = pair.split("/")
    if a == "으로":  # ㄹ takes 로
        ok = bool(prev) and has_batchim(prev) and not (is_hangul(prev) and final_consonant(prev) == 8)
        return a if ok else b
    return a if prev and has_batchim(prev) else b


GEN = {"ORG": org, "PER": person, "LOC": place, "PRODUCT": product, "MONEY": money, "PERCENT": percent, "DATE": date,
       "DURATION": duration, "QUANTITY": quantity, "COUNT": count}


def event(lang):
    return R.choice(EVENTS[lang])


def misc(lang):
    return R.choice(MISC[lang])


GEN["EVENT"] = event
GEN["POINTS"] = points
GEN["PERIOD"] = period
GEN["EDGE"] = period_edge
GEN["INDEX"] = lambda lang: R.choice([m for m in MISC[lang] if m in INDICES])
GEN["NAT"] = lambda lang: R.choice([m for m in MISC[lang] if m not in INDICES])
INDICES = {"Nasdaq", "Dow Jones", "DAX", "MDax", "S&P 500", "Nikkei 225", "AEX", "AMX", "Euro Stoxx 50", "日経平均株価", "ナスダック",
           "ダウ平均", "S&P500", "TOPIX", "東証プライム"}
ALIAS = {"POINTS": "QUANTITY", "PERIOD": "DATE", "EDGE": "DATE", "INDEX": "MISC", "NAT": "MISC"}  # slot kinds that label as another type
GEN["MISC"] = misc
SPAN_OF = {"EVENT": EVENTS_SPAN, "LOC": LOC_SPAN}

# Templates: {TYPE} is a labelled slot; {ORG's} is an English possessive (the span excludes "'s");
# {ORGs} a German/Dutch genitive (the span is the whole word). Anything else is plain text.
T = {
"en": """{ORG} agreed to buy {ORG} for {MONEY}, the companies said on {DATE}.
{PER}, chief executive of {ORG}, told reporters in {LOC} that sales rose {PERCENT}.
On {DATE}, {ORG} unveiled the {PRODUCT} at an event in {LOC}.
{ORG} shipped {QUANTITY} of cargo in {DATE}, up {PERCENT} from a year earlier.
Shares of {ORG} fell {PERCENT} after {PER} resigned.
The deal, worth {MONEY}, was announced by {PER} in {LOC} on {DATE}.
{ORG} will invest {MONEY} in a new plant in {LOC} with a capacity of {QUANTITY}.
According to {ORG}, revenue reached {MONEY} in the quarter ending {DATE}.
{PER} met {PER} in {LOC} to discuss the partnership between {ORG} and {ORG}.
Analysts at {ORG} expect the {PRODUCT} to capture {PERCENT} of the market by {DATE}.
{LOC}-based {ORG} raised {MONEY} from investors including {ORG} and {ORG}.
The regulator in {LOC} fined {ORG} {MONEY} on {DATE}.
{ORG's} {PRODUCT} now has {COUNT}, {PER} said.
{ORG} and {ORG} signed a {DURATION} agreement worth {MONEY}.
"We are very excited about this partnership," {PER} said in a statement.
"This is a big step for us," said {PER}, who leads {ORG's} cloud business.
{ORG} said it would cut {COUNT} over the next {DURATION}.
The company, which employs {COUNT} in {LOC}, reported a net loss of {MONEY}.
{ORG} stock rose about {PERCENT} in early trading in {LOC} on {DATE}.
{PER} founded {ORG} in {DATE} together with {PER}.
Investors such as {ORG}, {ORG} and {ORG} took part in the round.
{ORG} will supply {QUANTITY} of capacity to {ORG} over {DURATION}.
The {MISC} group said first-quarter profit rose {PERCENT} to {MONEY}.
At {EVENT} in {LOC}, {PER} showed off the {PRODUCT}.
The {MISC} index closed {PERCENT} lower on {DATE}.
{ORG}, the maker of {PRODUCT}, is valued at about {MONEY}.
It was the biggest deal for {ORG} since {DATE}, when it bought {ORG}.
{PER} will succeed {PER} as chief financial officer of {ORG} from {DATE}.
{ORG} is building a data center in {LOC} that will draw {QUANTITY} of power.
More than {COUNT} have signed up for {PRODUCT} since its launch in {DATE}.
{ORG} expects sales of {MONEY} to {MONEY} for the full year.
In {LOC}, {ORG} and {ORG} are competing for contracts worth {MONEY}.
{PER}, an analyst at {ORG}, said the {PRODUCT} could sell {COUNT} in {DATE}.
{ORG} lifted its dividend by {PERCENT} and announced a buyback of up to {MONEY}.
The agreement runs for {DURATION} and starts in {DATE}.
{ORG} ({ORG}) owns a {PERCENT} stake in {ORG}.
Under the plan, {ORG} would keep {PERCENT} of {ORG} and pay {MONEY} in cash.
{PER} told {ORG} in an interview that {ORG} had no plans to leave {LOC}.
{ORG's} chief executive, {PER}, said demand for {PRODUCT} remained strong.
The {MISC} carmaker delivered {COUNT} in {DATE}, down {PERCENT}.""",
"de": """{ORG} übernimmt {ORG} für {MONEY}, teilten die Unternehmen am {DATE} mit.
{PER}, Vorstandschef von {ORG}, sagte in {LOC}, der Umsatz sei um {PERCENT} gestiegen.
Am {DATE} stellte {ORG} in {LOC} den {PRODUCT} vor.
{ORG} lieferte im {DATE} {QUANTITY} Stahl aus, ein Plus von {PERCENT}.
Die Aktie von {ORG} fiel um {PERCENT}, nachdem {PER} zurückgetreten war.
Der Deal im Wert von {MONEY} wurde von {PER} in {LOC} bekanntgegeben.
{ORG} will {MONEY} in ein neues Werk in {LOC} mit einer Kapazität von {QUANTITY} investieren.
Nach Angaben von {ORG} erreichte der Umsatz im Quartal {MONEY}.
{PER} traf {PER} in {LOC}, um über die Partnerschaft zwischen {ORG} und {ORG} zu sprechen.
Analysten von {ORG} erwarten, dass der {PRODUCT} bis {DATE} einen Marktanteil von {PERCENT} erreicht.
Das Start-up {ORG} aus {LOC} hat {MONEY} von Investoren wie {ORG} und {ORG} eingesammelt.
Die Aufsichtsbehörde in {LOC} verhängte am {DATE} eine Strafe von {MONEY} gegen {ORG}.
{ORGs} Chef {PER} sagte, der {PRODUCT} habe inzwischen {COUNT}.
{ORG} und {ORG} haben einen Vertrag über {DURATION} im Wert von {MONEY} geschlossen.
„Wir freuen uns sehr über diese Partnerschaft“, sagte {PER}.
„Das ist ein großer Schritt für uns“, erklärte {PER}, der das Cloud-Geschäft von {ORG} leitet.
{ORG} will in den kommenden {DURATION} {COUNT} abbauen.
Das Unternehmen, das in {LOC} {COUNT} beschäftigt, meldete einen Nettoverlust von {MONEY}.
Die Aktie von {ORG} stieg am {DATE} im frühen Handel in {LOC} um rund {PERCENT}.
{PER} gründete {ORG} im Jahr {DATE} zusammen mit {PER}.
An der Finanzierungsrunde beteiligten sich {ORG}, {ORG} und {ORG}.
{ORG} soll {ORG} über {DURATION} {QUANTITY} Rechenleistung liefern.
Der {MISC} Konzern steigerte den Gewinn im ersten Quartal um {PERCENT} auf {MONEY}.
Auf {EVENT} in {LOC} präsentierte {PER} den {PRODUCT}.
Der {MISC} schloss am {DATE} {PERCENT} im Minus.
{ORG}, der Hersteller von {PRODUCT}, wird mit rund {MONEY} bewertet.
Es ist der größte Zukauf von {ORG} seit {DATE}, als der Konzern {ORG} übernahm.
{PER} folgt ab {DATE} auf {PER} als Finanzvorstand von {ORG}.
{ORG} baut in {LOC} ein Rechenzentrum mit einer Leistung von {QUANTITY}.
Seit dem Start im {DATE} haben sich mehr als {COUNT} für {PRODUCT} angemeldet.
{ORG} erwartet für das Gesamtjahr einen Umsatz von {MONEY} bis {MONEY}.
In {LOC} konkurrieren {ORG} und {ORG} um Aufträge im Wert von {MONEY}.
{PER}, Analyst bei {ORG}, sagte, der {PRODUCT} könne im {DATE} {COUNT} verkaufen.
{ORG} erhöht die Dividende um {PERCENT} und kündigt Aktienrückkäufe von bis zu {MONEY} an.
Der Vertrag läuft {DURATION} und beginnt im {DATE}.
{ORG} hält einen Anteil von {PERCENT} an {ORG}.
Die Aktien des Cloud-Computing-Anbieters {ORG} legten um {PERCENT} zu.
{PER} sagte der Zeitung {ORG}, {ORG} plane keinen Rückzug aus {LOC}.
Der Chef von {ORG}, {PER}, sagte, die Nachfrage nach {PRODUCT} bleibe hoch.
Der {NAT} Autobauer lieferte im {DATE} {COUNT} aus, {PERCENT} weniger als im Vorjahr.
Mit dem {DURATION} Vertrag sichert sich {ORG} Zugang zu Chips von {ORG}.
{ORGs} Umsatz kletterte im {DATE} auf {MONEY}.""",
"nl": """{ORG} neemt {ORG} over voor {MONEY}, maakten de bedrijven op {DATE} bekend.
{PER}, topman van {ORG}, zei in {LOC} dat de omzet met {PERCENT} is gestegen.
Op {DATE} presenteerde {ORG} in {LOC} de {PRODUCT}.
{ORG} leverde in {DATE} {QUANTITY} staal, een stijging van {PERCENT}.
Het aandeel {ORG} daalde {PERCENT} nadat {PER} was opgestapt.
De deal, ter waarde van {MONEY}, werd door {PER} in {LOC} aangekondigd.
{ORG} investeert {MONEY} in een nieuwe fabriek in {LOC} met een capaciteit van {QUANTITY}.
Volgens {ORG} bedroeg de omzet in het kwartaal {MONEY}.
{PER} sprak in {LOC} met {PER} over de samenwerking tussen {ORG} en {ORG}.
Analisten van {ORG} verwachten dat de {PRODUCT} in {DATE} een marktaandeel van {PERCENT} haalt.
Het {LOC}se bedrijf {ORG} haalde {MONEY} op bij investeerders als {ORG} en {ORG}.
De toezichthouder in {LOC} legde {ORG} op {DATE} een boete op van {MONEY}.
{ORG} zegt dat {PRODUCT} inmiddels {COUNT} heeft, aldus {PER}.
{ORG} en {ORG} sloten een contract van {DURATION} ter waarde van {MONEY}.
'We zijn erg blij met deze samenwerking', zei {PER}.
"Dit is een grote stap voor ons", zegt {PER}, die de clouddivisie van {ORG} leidt.
{ORG} schrapt de komende {DURATION} {COUNT}.
Het bedrijf, dat in {LOC} {COUNT} in dienst heeft, boekte een nettoverlies van {MONEY}.
Het aandeel {ORG} steeg op {DATE} in de vroege handel in {LOC} met ruim {PERCENT}.
{PER} richtte {ORG} in {DATE} op samen met {PER}.
Aan de financieringsronde deden {ORG}, {ORG} en {ORG} mee.
{ORG} levert {ORG} gedurende {DURATION} {QUANTITY} aan rekenkracht.
Het {MISC} concern zag de winst in het eerste kwartaal met {PERCENT} stijgen tot {MONEY}.
Op {EVENT} in {LOC} liet {PER} de {PRODUCT} zien.
De {INDEX} sloot op {DATE} {PERCENT} lager.
{ORG}, de maker van {PRODUCT}, wordt gewaardeerd op zo'n {MONEY}.
Het is de grootste overname van {ORG} sinds {DATE}, toen het {ORG} kocht.
{PER} volgt per {DATE} {PER} op als financieel directeur van {ORG}.
{ORG} bouwt in {LOC} een datacenter dat {QUANTITY} aan stroom verbruikt.
Sinds de lancering in {DATE} hebben meer dan {COUNT} zich aangemeld voor {PRODUCT}.
{ORG} verwacht over het hele jaar een omzet van {MONEY} tot {MONEY}.
In {LOC} strijden {ORG} en {ORG} om opdrachten ter waarde van {MONEY}.
{PER}, analist bij {ORG}, zegt dat de {PRODUCT} in {DATE} {COUNT} kan verkopen.
{ORG} verhoogt het dividend met {PERCENT} en kondigt een inkoop van maximaal {MONEY} aan.
Het contract loopt {DURATION} en gaat in {DATE} in.
{ORG} heeft een belang van {PERCENT} in {ORG}.
{ORGs} omzet steeg in {DATE} naar {MONEY}.
{PER} zei tegen {ORG} dat {ORG} niet van plan is {LOC} te verlaten.
De topman van {ORG}, {PER}, zei dat de vraag naar {PRODUCT} groot blijft.
De {MISC} autofabrikant leverde in {DATE} {COUNT} af, {PERCENT} minder dan een jaar eerder.""",
"ja": """{ORG}は{DATE}、{ORG}を{MONEY}で買収すると発表した。
{ORG}の{PER}最高経営責任者（CEO）は{LOC}で、売上高が{PERCENT}増えたと述べた。
{ORG}は{DATE}、{LOC}で{PRODUCT}を発表した。
{ORG}の{DATE}の出荷量は{QUANTITY}で、前年同期比{PERCENT}増だった。
{PER}氏の辞任を受け、{ORG}の株価は{PERCENT}下落した。
{MONEY}規模の契約は{PER}氏が{LOC}で明らかにした。
{ORG}は{LOC}に{MONEY}を投じ、出力{QUANTITY}の新工場を建設する。
{ORG}によると、四半期の売上高は{MONEY}に達した。
{PER}氏は{LOC}で{PER}氏と会談し、{ORG}と{ORG}の提携について協議した。
{ORG}のアナリストは、{PRODUCT}が{DATE}までに{PERCENT}のシェアを獲得すると予想している。
{LOC}に本社を置く{ORG}は、{ORG}などから{MONEY}を調達した。
{LOC}の規制当局は{DATE}、{ORG}に{MONEY}の制裁金を科した。
{ORG}の{PRODUCT}の利用者は{COUNT}を超えたと{PER}氏は語った。
{ORG}と{ORG}は{DURATION}で総額{MONEY}の契約を結んだ。
「今回の提携を大変うれしく思う」と{PER}氏は声明で述べた。
{ORG}のクラウド事業を率いる{PER}氏は「大きな一歩だ」と語った。
{ORG}は今後{DURATION}で{COUNT}を削減すると発表した。
{LOC}で{COUNT}を雇用する同社は、{MONEY}の純損失を計上した。
{ORG}の株価は{DATE}の{LOC}市場で一時{PERCENT}上昇した。
{PER}氏は{DATE}に{PER}氏と共に{ORG}を設立した。
資金調達には{ORG}、{ORG}、{ORG}が参加した。
{ORG}は{DURATION}にわたり{ORG}に{QUANTITY}の計算能力を供給する。
{MISC}は{DATE}、前日比{PERCENT}安で取引を終えた。
{PER}氏は{LOC}で開かれた{EVENT}で{PRODUCT}を披露した。
{PRODUCT}を手がける{ORG}の企業価値は約{MONEY}とされる。
{PER}氏は{DATE}付で{ORG}の最高財務責任者に就任する。
{ORG}は{LOC}に消費電力{QUANTITY}のデータセンターを建設する。
{ORG}は通期の売上高を{MONEY}～{MONEY}と見込む。
{ORG}は配当を{PERCENT}引き上げ、最大{MONEY}の自社株買いを実施する。
契約期間は{DURATION}で、{DATE}に始まる。
{ORG}は{ORG}の株式の{PERCENT}を保有している。
{ORG}の{PER}社長は、{PRODUCT}の需要は引き続き強いと述べた。
{ORG}は{DATE}に{COUNT}を販売し、前年比{PERCENT}減となった。
{PER}・{ORG}社長は{DATE}、{LOC}で記者会見を開いた。
{ORG}（本社：{LOC}）は{DATE}、{PRODUCT}の新モデルを発表した。
{ORG}と{ORG}は{DATE}、{MONEY}の複数年契約を締結したと発表した。
{ORG}の{PER}会長は{DATE}、{LOC}の工場を視察した。
{PER}元首相は{LOC}で講演し、{ORG}の投資計画を評価した。
{ORG}の{PER}会長兼社長は、{PRODUCT}の販売が好調だと述べた。
{LOC}の{ORG}は、{DATE}に{COUNT}の従業員を削減する。
{PER}氏が率いる{ORG}の売上高は{PERCENT}増えた。
{ORG}の{PER}社長兼最高経営責任者（CEO）は、{LOC}の市場を重視する考えを示した。
{LOC}政府は{DATE}、{ORG}への{MONEY}の補助金を決めた。
{PER}財務相は{DATE}、{LOC}で{PER}氏と会談した。
{ORG}は{LOC}の{ORG}と合弁会社を設立し、{PERCENT}を出資する。
{MISC}は{DATE}に{PERCENT}上昇し、{QUANTITY}の大台を回復した。""",
}
HEADLINES = {
"en": ["{ORG} Signs {MONEY} Deal With {ORG}", "{ORG} to Cut {COUNT}", "{ORG} Shares Jump {PERCENT} After {PRODUCT} Launch",
       "{PER} Steps Down as {ORG} CEO", "{ORG} Buys {ORG} for {MONEY}", "{ORG} Opens {QUANTITY} Data Center in {LOC}",
       "{ORG} and {ORG} Strike {DURATION} Partnership"],
"de": ["{ORG} schließt Milliarden-Deal mit {ORG}", "{ORG} streicht {COUNT}", "{ORG}-Aktie springt nach {PRODUCT}-Start um {PERCENT}",
       "{PER} tritt als Chef von {ORG} zurück", "{ORG} kauft {ORG} für {MONEY}", "{ORG} und {ORG}: Partnerschaft über {DURATION}"],
"nl": ["{ORG} sluit deal van {MONEY} met {ORG}", "{ORG} schrapt {COUNT}", "Aandeel {ORG} stijgt {PERCENT} na lancering {PRODUCT}",
       "{PER} stapt op als topman van {ORG}", "{ORG} koopt {ORG} voor {MONEY}"],
"ja": ["{ORG}、{ORG}と{MONEY}の契約", "{ORG}、{COUNT}削減へ", "{ORG}株が{PERCENT}高　{PRODUCT}発売で", "{ORG}の{PER}CEOが退任",
       "{ORG}が{ORG}を{MONEY}で買収"],
}
DATELINES = {"en": ["{LOC} (Reuters) - ", "{LOC}, {DATE} (AP) — ", "{LOC} — ", "{LOC}: "],
             "de": ["{LOC} (dpa) - ", "{LOC} (Reuters) – ", "{LOC}, {DATE} – "],
             "nl": ["{LOC} (ANP) - ", "{LOC} - ", "{LOC}, {DATE} - "],
             "ja": ["【{LOC}=共同】", "【{LOC}】", "［{LOC}　{DATE}　ロイター］ - "]}
NEGATIVES = {
"en": """Massive investments in computing power are changing the industry.
The company did not respond to a request for comment.
Read more: the latest news on artificial intelligence.
Sign up for our newsletter to get the best stories every morning.
Advertisement
Share this article • Copy link • Print
Cloud computing has become the backbone of modern software.
The figures were in line with analysts' expectations.
Prices rose for the third month in a row, the data showed.
It was not immediately clear how the deal would be financed.
All rights reserved.
The move comes as competition intensifies across the sector.
Critics say the plan goes too far, while supporters say it does not go far enough.
Photo: handout
Most of the jobs will be cut in administration and sales.
Demand for chips remains strong, executives said.
The shares closed higher on the day.
Updated at 10:42 am
In a statement, the board said it had full confidence in management.
The investment will be made over several years.
Infrastructure spending has risen sharply since last year.
More than half of the respondents said they were worried about inflation.
A spokesperson declined to give further details.
This story has been updated with additional reporting.
Terms of the deal were not disclosed.
Subscribe now for unlimited access.
The workforce will shrink further as the company closes stores.
Smartphones and data centers drive demand for memory chips.
The holiday season is the busiest time of year for retailers.
Passengers were told to expect delays over the weekend.""",
"de": """Massive Investitionen in Rechenleistung verändern die Branche.
Das Unternehmen wollte sich auf Anfrage nicht äußern.
Mehr zum Thema künstliche Intelligenz lesen Sie hier.
Melden Sie sich für unseren Newsletter an.
Anzeige
Artikel teilen • Link kopieren • Drucken
Cloud-Computing ist das Rückgrat moderner Software.
Die Zahlen entsprachen den Erwartungen der Analysten.
Die Preise stiegen den dritten Monat in Folge.
Wie der Deal finanziert werden soll, blieb zunächst unklar.
Alle Rechte vorbehalten.
Der Schritt erfolgt, während der Wettbewerb in der Branche zunimmt.
Kritiker halten den Plan für überzogen, Befürworter für zu zaghaft.
Foto: Unternehmen
Die meisten Stellen fallen in Verwaltung und Vertrieb weg.
Die Nachfrage nach Chips bleibt hoch, sagten Manager.
Die Aktie schloss im Plus.
Aktualisiert um 10:42 Uhr
Der Aufsichtsrat sprach dem Vorstand sein volles Vertrauen aus.
Die Investition soll über mehrere Jahre erfolgen.
Künstliche Intelligenz braucht enorme Mengen an Strom.
Mehr als die Hälfte der Befragten sorgt sich um die Inflation.
Ein Sprecher wollte keine Details nennen.
Finanzielle Details wurden nicht bekannt.
Jetzt abonnieren und weiterlesen.
Die Bundesregierung will die Netzentgelte senken und die Stromsteuer abschaffen.
Der Betriebsrat kritisierte die Sparpläne des Vorstands scharf.
Im Windpark drehen sich seit Wochen keine Rotoren mehr.
Die Gewerkschaft fordert mehr Lohn und eine kürzere Arbeitszeit.
Das Kartellamt prüft die Übernahme noch.
Viele Mittelständler klagen über hohe Energiepreise und Bürokratie.
Der Aufsichtsrat tagt am Abend in der Konzernzentrale.
Nach Einschätzung von Experten bleibt die Lage am Arbeitsmarkt angespannt.
Die Landesregierung sagte weitere Hilfen für die Werften zu.
Verbraucher müssen sich auf steigende Preise einstellen.
Die Marinewerft soll verkauft werden, die Sparpläne stoßen auf Kritik.
Die Chips werden künftig in der neuen Fabrik gefertigt.
Die Fluggäste mussten stundenlang warten.
Der Zulieferer hat die Stellenstreichungen im vierten Quartal abgeschlossen.
Die Tochtergesellschaft schreibt seit Jahren Verluste.
Mitarbeiter und Kunden wurden per E-Mail informiert.
Die Filialen bleiben am Wochenende geschlossen.""",
"nl": """Massale investeringen in rekenkracht veranderen de sector.
Het bedrijf wilde niet reageren.
Lees ook: het laatste nieuws over kunstmatige intelligentie.
Meld je aan voor onze nieuwsbrief.
Advertentie
Deel dit artikel • Kopieer link • Print
Cloudcomputing is de ruggengraat van moderne software.
De cijfers lagen in lijn met de verwachtingen van analisten.
De prijzen stegen voor de derde maand op rij.
Hoe de deal wordt gefinancierd, is nog niet duidelijk.
Alle rechten voorbehouden.
De stap komt op een moment dat de concurrentie toeneemt.
Critici vinden het plan te ver gaan, voorstanders niet ver genoeg.
Foto: eigen beeld
De meeste banen verdwijnen bij administratie en verkoop.
De vraag naar chips blijft groot, zeggen bestuurders.
Het aandeel sloot hoger.
Bijgewerkt om 10.42 uur
De raad van commissarissen sprak het volste vertrouwen uit in het bestuur.
De investering wordt over meerdere jaren gespreid.
Kunstmatige intelligentie vraagt enorme hoeveelheden stroom.
Meer dan de helft van de ondervraagden maakt zich zorgen over de inflatie.
Een woordvoerder wilde geen details geven.
Financiële details werden niet bekendgemaakt.
Het kabinet wil de energierekening verlagen en het stroomnet versterken.
De vakbond eist meer loon en een kortere werkweek.
De gemeente heeft de vergunning voor het windpark ingetrokken.
De toezichthouder onderzoekt de overname nog.
Veel ondernemers klagen over hoge energieprijzen en regeldruk.
De raad van commissarissen vergadert vanavond op het hoofdkantoor.
Volgens deskundigen blijft de arbeidsmarkt krap.
Consumenten moeten rekening houden met hogere prijzen.
De gasdivisie wordt verkocht en het bezorgplatform krimpt.
De winkels blijven op zondag dicht.
Werknemers en klanten zijn per brief geïnformeerd.
De netbeheerder investeert in nieuwe kabels.
Het bier wordt in de brouwerij in het oosten van het land gebrouwen.
De dochteronderneming lijdt al jaren verlies.""",
"ja": """計算能力への巨額投資が業界を変えつつある。
同社はコメントの要請に応じなかった。
関連記事：人工知能の最新ニュース
ニュースレターに登録する
広告
この記事をシェアする・リンクをコピー・印刷
クラウドコンピューティングは現代のソフトウェアの基盤となっている。
数字はアナリストの予想とほぼ一致した。
物価は3カ月連続で上昇した。
買収資金の調達方法は明らかになっていない。
無断転載を禁じます。
業界内の競争が激しくなる中での動きだ。
削減される職の多くは管理部門と営業部門だ。
半導体の需要は引き続き強いと幹部は述べた。
株価は上昇して取引を終えた。
取締役会は経営陣への信頼を表明した。
投資は数年かけて行われる。
人工知能は大量の電力を必要とする。
回答者の半数以上がインフレを懸念している。
広報担当者は詳細の説明を控えた。
契約条件は明らかにされていない。
政府は電気料金の引き下げと送電網の強化を目指す。
労働組合は賃上げと労働時間の短縮を求めている。
同社の会長は記者団の質問に答えなかった。
国内外の投資家が半導体産業に注目している。
自動車メーカー各社は生産計画を見直した。
データセンター事業の人員を増やす方針だ。
店舗の営業時間を短縮する。
自動車部門の収益が改善した。
同社は子会社の売却を検討している。
人員の配置を見直し、店舗網を再編する。""",
}
# Shapes added after the first held-out evaluation (error classes, not sentences): named
# quarters and period edges, index levels in points, nationality adjectives before nouns,
# coordinated and embedded places, counts with adjectives, institutions.
T_MORE = {
"en": """{ORG} said revenue rose {PERCENT} in {PERIOD} to {MONEY}.
{ORG} expects to return to profit by {EDGE}, {PER} said.
The {INDEX} index closed at {POINTS} on {DATE}, up {PERCENT}.
The {INDEX} fell {POINTS} to {POINTS} in afternoon trading.
{NAT} regulators said on {DATE} they would review the deal.
The {NAT} government will take a {PERCENT} stake in {ORG}.
{NAT} rival {ORG} reported {COUNT} in {PERIOD}.
The outage hit more than {COUNT} across {LOC} and {LOC}.
The wind farm off the coast of {LOC} will have a capacity of {QUANTITY}.
{ORG} runs plants in {LOC}, {LOC} and {LOC}.
Flights between {LOC} and {LOC} were cancelled on {DATE}.
The factory near {LOC} will open in {PERIOD} and employ {COUNT}.
{ORG} plans to open {COUNT} by {EDGE}.
{ORG} sold an estimated {COUNT} in {PERIOD}, according to {ORG}.
The {ORG} said unemployment rose to {PERCENT} in {DATE}.
{PER}, an economist at {ORG} in {LOC}, said the decision was widely expected.
Prices have fallen by more than {PERCENT} since {EDGE}.""",
"de": """{ORG} steigerte den Umsatz {PERIOD} um {PERCENT} auf {MONEY}.
{ORG} will bis {EDGE} wieder Gewinn schreiben, sagte {PER}.
Der {INDEX} schloss am {DATE} bei {POINTS}, ein Plus von {PERCENT}.
Der {INDEX} verlor {POINTS} auf {POINTS}.
Die {NAT} Regierung will sich mit {PERCENT} an {ORG} beteiligen.
Der {NAT} Autobauer {ORG} verkaufte {PERIOD} {COUNT}.
Laut {ORG} stieg die Zahl der Arbeitslosen {PERIOD} um {PERCENT}.
Nach Angaben des {ORG} wuchs die Wirtschaft {PERIOD} um {PERCENT}.
Die {NAT} Staatskanzlei kündigte am {DATE} Hilfen von {MONEY} an.
{ORG} betreibt Werke in {LOC}, {LOC} und {LOC}.
Der Flughafen {LOC} erwartet {PERIOD} {COUNT}.
Die Preise in {LOC} sind seit {EDGE} um {PERCENT} gestiegen.
{ORG} will bis {EDGE} {COUNT} eröffnen.
Die {ORG} prüft die Übernahme von {ORG} durch {ORG}.""",
"nl": """{ORG} zag de omzet {PERIOD} met {PERCENT} stijgen tot {MONEY}.
{ORG} wil tegen {EDGE} weer winst maken, zei {PER}.
De {INDEX} sloot {DATE} op {POINTS}, een winst van {PERCENT}.
De {INDEX} verloor {POINTS} tot {POINTS}.
Het {NAT} {ORG} maakt {DATE} de kwartaalcijfers bekend.
Het {NAT} bezorgplatform {ORG} schrapt {COUNT}.
De {NAT} regering neemt een belang van {PERCENT} in {ORG}.
Volgens het {ORG} groeide de economie {PERIOD} met {PERCENT}.
{ORG} opent {PERIOD} {COUNT} in {LOC} en {LOC}.
{PER}, topman van {ORG}, zei {DATE} dat de vraag {PERIOD} terugviel.
De fabriek in {LOC} gaat {PERIOD} open en biedt werk aan {COUNT}.
De prijzen in {LOC} zijn sinds {EDGE} met {PERCENT} gestegen.
{ORG} verwacht {PERIOD} {COUNT} te vervoeren.""",
"ja": """{ORG}の{PERIOD}の売上高は前年同期比{PERCENT}増の{MONEY}だった。
{ORG}は{EDGE}に黒字転換を目指すと{PER}氏は述べた。
{ORG}は{PERIOD}に{COUNT}を販売した。
{LOC}と{LOC}で{COUNT}が停電の影響を受けた。
{ORG}は{LOC}、{LOC}、{LOC}に工場を持つ。
{ORG}は{EDGE}までに{COUNT}を開設する計画だ。
{ORG}の{PERIOD}決算は最終利益が{MONEY}となった。""",
}
for k in list(T):
    T[k] = T[k].split("\n") + T_MORE[k].split("\n")
    NEGATIVES[k] = NEGATIVES[k].split("\n")
for code, M in MODS.items():
    T[code] = lines(M.TEMPLATES)
    NEGATIVES[code] = lines(M.NEGATIVES)
    HEADLINES[code] = lines(M.HEADLINES)
    DATELINES[code] = lines(M.DATELINES)

# Noun phrases that stand where names usually stand but are not names (labelled O): without
# them the model learns "a capitalised word in subject position is an ORG", which German and
# Dutch nouns break constantly (Bundesregierung, Windpark, kabinet).
NOT_NAMES = {
"en": {"ORG": ["the company", "the government", "the regulator", "the carmaker", "the startup", "the group", "the bank",
               "the chipmaker", "the ministry", "the board", "the unions", "the airline", "the retailer", "the court"],
       "PER": ["a spokesman", "a spokeswoman", "the chief executive", "the minister", "an analyst", "the founder", "its chairman"],
       "LOC": ["the region", "the capital", "the city", "the country", "the area", "the north", "the port"]},
"de": {"ORG": ["die Bundesregierung", "der Konzern", "das Unternehmen", "die Behörde", "der Autobauer", "die Gewerkschaft",
               "der Vorstand", "der Aufsichtsrat", "die Bank", "das Ministerium", "der Windpark", "die Stadtwerke", "der Chiphersteller",
               "das Kartellamt", "die Landesregierung", "der Betriebsrat"],
       "PER": ["ein Sprecher", "eine Sprecherin", "der Vorstandschef", "die Ministerin", "ein Analyst", "der Gründer", "der Finanzchef"],
       "LOC": ["der Region", "der Hauptstadt", "dem Werk", "dem Standort", "dem Ausland", "der Innenstadt"]},
"nl": {"ORG": ["het kabinet", "het bedrijf", "de toezichthouder", "de overheid", "de vakbond", "de gemeente", "de bank",
               "het concern", "de raad van bestuur", "het ministerie", "de provincie", "de chipmaker", "de luchtvaartmaatschappij"],
       "PER": ["een woordvoerder", "de topman", "de minister", "een analist", "de oprichter", "de bestuursvoorzitter"],
       "LOC": ["de regio", "de hoofdstad", "de stad", "het buitenland", "de haven", "het noorden"]},
"ja": {"ORG": ["政府", "同社", "当局", "労働組合", "取締役会", "自動車メーカー", "規制当局", "半導体メーカー", "銀行", "各社"],
       "PER": ["広報担当者", "社長", "同氏", "担当者", "アナリスト", "創業者", "首相"],
       "LOC": ["同地域", "首都", "国内", "海外", "地方", "現地"]},
}
for code, M in MODS.items():
    NOT_NAMES[code] = M.NOT_NAMES
P_NOT_NAME = 0.12

SLOT = re.compile(r"\{(ORG's|ORGs|[A-Z]+)\}|\{([^{}/|]+/[^{}/|]+)\}")
# Spans exclude a leading article that a filler carries ("the ECB", "den USA").
ARTICLE = re.compile(r"^(the|The|den|der|dem|de|het) ")


def fill(lang, template):
    """Returns (text, spans) for one template."""
    out, spans, pos = [], [], 0
    M = MODS.get(lang)
    if TRAD:
        template = s2t(template)
    for m in SLOT.finditer(template):
        out.append(template[pos:m.start()])
        start = sum(len(x) for x in out)
        if m.group(2):  # a Korean particle pair after a slot
            prev = "".join(out)[-1:]
            out.append(particle(prev, m.group(2)))
            pos = m.end()
            continue
        slot = m.group(1)
        kind = "ORG" if slot in ("ORG's", "ORGs") else slot
        if slot == kind and kind in NOT_NAMES[lang] and R.random() < P_NOT_NAME:
            nn = R.choice(NOT_NAMES[lang][kind])
            out.append(s2t(nn) if TRAD else nn)
            pos = m.end()
            continue
        surface = M_GEN[kind](M) if M else GEN[kind](lang)
        if TRAD:
            surface = s2t(surface)
        label = ALIAS.get(kind, kind)
        if "|" in surface:
            prefix, span_text = surface.split("|", 1)
            surface = prefix + span_text
            out.append(surface)
            spans.append([start + len(prefix), start + len(surface), label])
            pos = m.end()
            continue
        if surface == "Statistische Bundesamt":
            surface = R.choice(["Statistische Bundesamt", "Statistischen Bundesamtes"])
        if M:
            span_text = {"LOC": M.LOC_SPAN, "EVENT": M.EVENTS_SPAN}.get(kind, {}).get(surface, surface)
        else:
            span_text = SPAN_OF.get(kind, {}).get(surface, surface)
        if kind in ("ORG", "LOC", "EVENT") and span_text == surface and lang in ("en", "de", "nl"):
            a = ARTICLE.match(surface)
            if a:
                span_text = surface[a.end():]
        if slot == "ORG's":
            if surface.startswith("the "):
                surface = surface[4:]
                span_text = surface
            surface = surface + ("'" if surface.endswith("s") else "'s")
        elif slot == "ORGs":
            if surface.startswith("the "):
                surface = surface[4:]
            surface = surface + ("'" if surface[-1] in "sxzß" else "s")
            span_text = surface
        off = surface.find(span_text)
        out.append(surface)
        spans.append([start + off, start + off + len(span_text), label])
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text, spans


def title_case(text, spans):
    words = text.split(" ")
    return " ".join(w[:1].upper() + w[1:] if w else w for w in words), spans


def upper_dateline(text, spans):
    """`{LOC} (Reuters) - ` datelines are often upper-case: SEATTLE (Reuters) - ."""
    if spans and spans[0][0] == 0 and spans[0][2] == "LOC":
        s, e, _ = spans[0]
        text = text[:e].upper() + text[e:]
    return text, spans


def shift(spans, n):
    return [[s + n, e + n, t] for s, e, t in spans]


def example(lang):
    global TRAD
    TRAD = lang == "zh" and R.random() < 0.4
    r = R.random()
    if r < 0.12:
        return fill(lang, R.choice(NEGATIVES[lang])) if True else None
    if r < 0.2:
        text, spans = fill(lang, R.choice(HEADLINES[lang]))
        if lang == "en" and R.random() < 0.7:
            text, spans = title_case(text, spans)
        return text, spans
    text, spans = fill(lang, R.choice(T[lang]))
    if R.random() < 0.15:
        head, hs = fill(lang, R.choice(DATELINES[lang]))
        if lang == "en" and R.random() < 0.6:
            head, hs = upper_dateline(head, hs)
        spans = hs + shift(spans, len(head))
        text = head + text
    if R.random() < 0.25:  # two sentences in one window: the model sees context across a boundary
        sep = "" if lang in ("ja", "zh") else " "
        t2, s2 = fill(lang, R.choice(T[lang] + NEGATIVES[lang]))
        spans = spans + shift(s2, len(text) + len(sep))
        text = text + sep + t2
    if lang != "ja" and R.random() < 0.04:  # all-lowercase social-media style, names keep their case
        pass
    return text, spans


def check(text, spans):
    for s, e, t in spans:
        assert 0 <= s < e <= len(text), (text, spans)
        assert text[s:e] == text[s:e].strip(), (text, s, e)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    # The first four languages have their own hand-tuned data and the pipeline's longest record;
    # each gets 5/44 of the sentences, each language of langs/ 4/44.
    langs = ["en", "de", "nl", "ja"] * 5 + MOD_LANGS * 4
    for i in range(n):
        lang = langs[i % len(langs)]
        text, spans = example(lang)
        check(text, spans)
        print(json.dumps({"lang": lang, "text": text, "spans": spans}, ensure_ascii=False))


if __name__ == "__main__":
    main()
