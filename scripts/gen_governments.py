#!/usr/bin/env python3
"""Writes data/entities/governments.tsv: the national governments business news names as
parties whose approval a deal needs (class `authority`, the object of
regulatory_approval.date: "the Spanish government approved the takeover in June").

    python3 scripts/gen_governments.py > data/entities/governments.tsv

Reporters name a government by the country's adjective and the word for government, in every
language we read: `Spanish government`, `spanische Regierung`, `Spaanse regering`,
`gouvernement espagnol`, `Gobierno español`, `governo spagnolo`, `governo espanhol`,
`スペイン政府` (and the one-character press abbreviation `西政府`), `西班牙政府`, `스페인 정부`.
The forms are composed here from the adjectives below, so that a country or a language is one
line, and every composed alias is written out in the table, which the loader reads like any
other. German declines the adjective (`der spanischen Regierung`): both endings are listed.
A bare `the government` / `el Gobierno` names the home country's government only by context,
so it is no alias.
"""

# id, en adjective(s), de adjective stem, nl adjective, fr adjective, es adjective,
# it adjective, pt adjective(s), ja country name(s), ja press abbreviation (or ""),
# zh Simplified country name, zh Traditional country name(s), ko country name, en country name
# (for "government of X", "X's government").
COUNTRIES = [
    ("spain", ["Spanish"], "spanisch", "Spaanse", "espagnol", "español", "spagnolo", ["espanhol"],
     ["スペイン"], "", "西班牙", ["西班牙"], "스페인", "Spain"),
    ("italy", ["Italian"], "italienisch", "Italiaanse", "italien", "italiano", "italiano", ["italiano"],
     ["イタリア"], "伊", "意大利", ["義大利", "意大利"], "이탈리아", "Italy"),
    ("germany", ["German"], "deutsch", "Duitse", "allemand", "alemán", "tedesco", ["alemão"],
     ["ドイツ"], "独", "德国", ["德國"], "독일", "Germany"),
    ("france", ["French"], "französisch", "Franse", "français", "francés", "francese", ["francês"],
     ["フランス"], "仏", "法国", ["法國"], "프랑스", "France"),
    ("united_kingdom", ["British", "UK", "U.K."], "britisch", "Britse", "britannique", "británico", "britannico",
     ["britânico"], ["英国", "イギリス"], "英", "英国", ["英國"], "영국", "the United Kingdom"),
    ("united_states", ["US", "U.S.", "American", "United States"], "amerikanisch", "Amerikaanse", "américain",
     "estadounidense", "statunitense", ["americano", "norte-americano", "dos EUA"],
     ["米国", "アメリカ"], "米", "美国", ["美國"], "미국", "the United States"),
    ("japan", ["Japanese"], "japanisch", "Japanse", "japonais", "japonés", "giapponese", ["japonês"],
     ["日本"], "", "日本", ["日本"], "일본", "Japan"),
    ("china", ["Chinese"], "chinesisch", "Chinese", "chinois", "chino", "cinese", ["chinês"],
     ["中国"], "", "中国", ["中國"], "중국", "China"),
    ("netherlands", ["Dutch"], "niederländisch", "Nederlandse", "néerlandais", "neerlandés", "olandese",
     ["holandês", "neerlandês"], ["オランダ"], "", "荷兰", ["荷蘭"], "네덜란드", "the Netherlands"),
    ("portugal", ["Portuguese"], "portugiesisch", "Portugese", "portugais", "portugués", "portoghese",
     ["português"], ["ポルトガル"], "", "葡萄牙", ["葡萄牙"], "포르투갈", "Portugal"),
    ("brazil", ["Brazilian"], "brasilianisch", "Braziliaanse", "brésilien", "brasileño", "brasiliano",
     ["brasileiro"], ["ブラジル"], "", "巴西", ["巴西"], "브라질", "Brazil"),
    ("south_korea", ["South Korean", "Korean"], "südkoreanisch", "Zuid-Koreaanse", "sud-coréen", "surcoreano",
     "sudcoreano", ["sul-coreano"], ["韓国"], "韓", "韩国", ["韓國"], "한국", "South Korea"),
    ("india", ["Indian"], "indisch", "Indiase", "indien", "indio", "indiano", ["indiano"],
     ["インド"], "印", "印度", ["印度"], "인도", "India"),
    ("canada", ["Canadian"], "kanadisch", "Canadese", "canadien", "canadiense", "canadese", ["canadense", "canadiano"],
     ["カナダ"], "", "加拿大", ["加拿大"], "캐나다", "Canada"),
    ("mexico", ["Mexican"], "mexikanisch", "Mexicaanse", "mexicain", "mexicano", "messicano", ["mexicano"],
     ["メキシコ"], "", "墨西哥", ["墨西哥"], "멕시코", "Mexico"),
    ("switzerland", ["Swiss"], "schweizerisch", "Zwitserse", "suisse", "suizo", "svizzero", ["suíço"],
     ["スイス"], "", "瑞士", ["瑞士"], "스위스", "Switzerland"),
    ("australia", ["Australian"], "australisch", "Australische", "australien", "australiano", "australiano",
     ["australiano"], ["オーストラリア", "豪州"], "", "澳大利亚", ["澳大利亞", "澳洲"], "호주", "Australia"),
    ("belgium", ["Belgian"], "belgisch", "Belgische", "belge", "belga", "belga", ["belga"],
     ["ベルギー"], "", "比利时", ["比利時"], "벨기에", "Belgium"),
    ("austria", ["Austrian"], "österreichisch", "Oostenrijkse", "autrichien", "austriaco", "austriaco",
     ["austríaco"], ["オーストリア"], "墺", "奥地利", ["奧地利"], "오스트리아", "Austria"),
    ("poland", ["Polish"], "polnisch", "Poolse", "polonais", "polaco", "polacco", ["polonês", "polaco"],
     ["ポーランド"], "", "波兰", ["波蘭"], "폴란드", "Poland"),
    ("sweden", ["Swedish"], "schwedisch", "Zweedse", "suédois", "sueco", "svedese", ["sueco"],
     ["スウェーデン"], "", "瑞典", ["瑞典"], "스웨덴", "Sweden"),
    ("denmark", ["Danish"], "dänisch", "Deense", "danois", "danés", "danese", ["dinamarquês"],
     ["デンマーク"], "", "丹麦", ["丹麥"], "덴마크", "Denmark"),
    ("norway", ["Norwegian"], "norwegisch", "Noorse", "norvégien", "noruego", "norvegese", ["norueguês"],
     ["ノルウェー"], "", "挪威", ["挪威"], "노르웨이", "Norway"),
    ("ireland", ["Irish"], "irisch", "Ierse", "irlandais", "irlandés", "irlandese", ["irlandês"],
     ["アイルランド"], "", "爱尔兰", ["愛爾蘭"], "아일랜드", "Ireland"),
    ("taiwan", ["Taiwanese"], "taiwanisch", "Taiwanese", "taïwanais", "taiwanés", "taiwanese", ["taiwanês"],
     ["台湾"], "", "台湾", ["臺灣", "台灣"], "대만", "Taiwan"),
]


# Names no adjective composes: the German federal government, the US government as German and
# Spanish write it. (Kept out: one-character abbreviations that occur inside other Chinese
# words, since CJK aliases match anywhere: 西政府 in 江西政府, 加政府 in 增加政府, 蘭政府 in
# 芬蘭政府, 伯政府 in 阿拉伯政府.)
EXTRA = {
    "germany": ["Bundesregierung"],
    "united_states": ["US-Regierung", "U.S.-Regierung", "Gobierno de EE.UU.", "Gobierno de EEUU",
                      "Gobierno de Estados Unidos", "governo americano", "governo USA", "governo degli Stati Uniti",
                      "gouvernement des États-Unis", "regering van de Verenigde Staten"],
    "united_kingdom": ["britische Regierung", "britischen Regierung", "Britse regering"],
    "spain": ["Gobierno de España", "governo da Espanha", "governo de Espanha", "regering van Spanje"],
    "italy": ["Governo italiano", "governo dell'Italia", "Gobierno de Italia"],
    "japan": ["japanische Regierung", "japanischen Regierung"],
    "china": ["chinesische Regierung", "chinesischen Regierung", "Chinese regering"],
}


def aliases(c):
    (_id, en, de, nl, fr, es, it, pt, ja, ja_abbr, zh_s, zh_t, ko, en_country) = c
    out = []
    for a in en:
        out += [f"{a} government", f"{a} Government"]
    out += [f"government of {en_country}", f"Government of {en_country}"]
    if not en_country.startswith("the "):
        out.append(f"{en_country}'s government")
    out += [f"{de}e Regierung", f"{de}en Regierung", f"{de.capitalize()}e Regierung"]
    out += [f"{nl} regering", f"{nl} overheid", f"{nl} kabinet"]
    out += [f"gouvernement {fr}"]
    out += [f"Gobierno {es}", f"gobierno {es}"]
    out += [f"governo {it}", f"Governo {it}"]
    for a in pt:
        out += [f"governo {a}", f"Governo {a}"]
    for name in ja:
        out.append(f"{name}政府")
    if ja_abbr:
        out.append(f"{ja_abbr}政府")
    out.append(f"{zh_s}政府")
    for name in zh_t:
        out.append(f"{name}政府")
    out.append(f"{ko} 정부")
    out += EXTRA.get(_id, [])
    seen, unique = set(), []
    for a in out:
        if a.lower() not in seen:
            seen.add(a.lower())
            unique.append(a)
    return unique


def main():
    print(__doc__.split("\n\n")[0].replace('"""', "").strip().join(["# ", ""]).replace("\n", "\n# "))
    print("# Generated by scripts/gen_governments.py: edit the adjectives there, not the rows here.")
    print("# Columns (tab-separated): id, type, display name, aliases, parent, class.")
    print("# id\ttype\tname\taliases\tparent\tclass")
    for c in COUNTRIES:
        names = aliases(c)
        display = f"Government of {c[13].removeprefix('the ').strip()}"
        print(f"government_{c[0]}\tORG\t{display}\t{'|'.join(names)}\t\tauthority")


if __name__ == "__main__":
    main()
