//! Claims in Chinese (Simplified and Traditional), Italian, Portuguese and Korean, through the
//! real pipeline pieces with the shipped `data/` files: entity tables, value rules, schema.
//! The sentences are written for these tests; the companies are in `data/entities` (their
//! Korean names, which the shipped table lacks, in `tests/lang_aliases`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use polyfact_claims::{assemble_document, EntityLookup, Schema, SentenceMentions};
use polyfact_entities::EntityTable;
use polyfact_values::Recognizer;

struct Data {
    schema: Schema,
    table: EntityTable,
    /// Names the shipped table lacks (Korean), under the shipped ids: `tests/lang_aliases`.
    extra: EntityTable,
    values: Recognizer,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        Data {
            schema: Schema::load(&dir.join("schema")).expect("schema loads"),
            table: EntityTable::load(&dir.join("entities")).expect("entities load"),
            extra: EntityTable::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lang_aliases"))
                .expect("test aliases load"),
            values: Recognizer::load(&dir).expect("values load"),
        }
    })
}

/// Claims of one document (one sentence per line) as `predicate subject[->object] value`.
fn claims(lang: &str, lines: &[&str]) -> Vec<String> {
    let d = data();
    let sentences: Vec<SentenceMentions> = lines
        .iter()
        .map(|text| {
            let mut entities = d.table.find(text);
            let extra: Vec<_> = d
                .extra
                .find(text)
                .into_iter()
                .filter(|m| !entities.iter().any(|e| e.start < m.end && m.start < e.end))
                .collect();
            entities.extend(extra);
            entities.sort_by_key(|e| (e.start, e.end));
            SentenceMentions {
                start: 0,
                end: text.chars().count(),
                text,
                lang,
                entities,
                model_entities: Vec::new(),
                values: d.values.recognize(text, lang, None),
            }
        })
        .collect();
    let roots = |id: &str| d.table.root(id).to_string();
    let authority = |id: &str| d.table.is_authority(id);
    assemble_document(&d.schema, "doc", &sentences, None, &EntityLookup { roots: &roots, authority: &authority })
        .into_iter()
        .map(|c| {
            let object = c.object.map(|o| format!("->{}", o.id)).unwrap_or_default();
            let v = &c.value;
            let value = v.amount.or(v.low).or(v.high).map(|a| a.to_string()).or(v.date.clone()).unwrap_or_default();
            format!("{} {}{object} {value}", c.predicate, c.subject.id)
        })
        .collect()
}

/// Each sentence alone gives exactly the expected claims.
fn check(lang: &str, cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(claims(lang, &[text]), *expected, "{lang}: {text}");
    }
}

#[test]
fn chinese_simplified() {
    check(
        "zh",
        &[
            ("亚马逊与微软签署了一项价值100亿美元的云计算协议。", &["deal.value amazon->microsoft 10000000000"]),
            ("微软宣布向英伟达投资50亿美元。", &["investment.amount microsoft->nvidia 5000000000"]),
            ("苹果持有英伟达约5%的股份。", &["stake.percent apple->nvidia 5"]),
            (
                "亚马逊第三季度营收为1800亿美元，同比增长13%。",
                &["revenue.amount amazon 180000000000", "revenue.change amazon 13"],
            ),
            ("微软净利润为270亿美元。", &["profit.amount microsoft 27000000000"]),
            ("英伟达股价下跌3.5%。", &["stock.change nvidia 3.5"]),
            ("亚马逊计划裁员1.4万人。", &["layoffs.count amazon 14000"]),
            ("英伟达市值突破4万亿美元。", &["market_value.amount nvidia 4000000000000"]),
            ("谷歌营收增长3成。", &["revenue.change google 30"]),
            ("苹果同意以每股55美元的价格收购 Broadcom。", &["offer.price_per_share apple->broadcom 55"]),
            ("谷歌在中国的营收为人民币500亿元。", &["revenue.amount google 50000000000"]),
            ("英伟达计划在以色列招聘1000名员工。", &["hiring.count nvidia 1000"]),
            ("苹果宣布派发每股0.26美元的股息。", &["dividend.amount apple 0.26"]),
        ],
    );
}

#[test]
fn chinese_traditional() {
    check(
        "zh",
        &[
            ("亞馬遜與 Microsoft 簽署價值50億美元的協議。", &["deal.value amazon->microsoft 5000000000"]),
            ("亞馬遜向輝達投資40億美元。", &["investment.amount amazon->nvidia 4000000000"]),
            ("輝達股價上漲4.2%。", &["stock.change nvidia 4.2"]),
            ("亞馬遜第三季營收達到1,800億美元。", &["revenue.amount amazon 180000000000"]),
            ("輝達淨利潤為320億美元。", &["profit.amount nvidia 32000000000"]),
            ("亞馬遜將裁員約1萬4千人。", &["layoffs.count amazon 14000"]),
            ("輝達市值達到4.5兆美元。", &["market_value.amount nvidia 4500000000000"]),
            ("亞馬遜同意以每股30美元收購 Oracle。", &["offer.price_per_share amazon->oracle 30"]),
            ("輝達在台灣的營收為新台幣3,000億元。", &["revenue.amount nvidia 300000000000"]),
            ("Apple 持有 Broadcom 3%的股份。", &["stake.percent apple->broadcom 3"]),
            ("輝達計劃招聘2000名員工。", &["hiring.count nvidia 2000"]),
        ],
    );
}

#[test]
fn chinese_context_and_negative_cases() {
    // A value with no cue gives no claim.
    assert!(claims("zh", &["亚马逊的办公室里有3000把椅子。"]).is_empty());
    // A publication cited as the source is no party; the company invests alone, so the value
    // is a commitment.
    let got = claims("zh", &["据《The Information》报道，微软将投资100亿美元。"]);
    assert_eq!(got, ["commitment.amount microsoft 10000000000"]);
    // A sentence without a company continues the story, in both scripts.
    let got = claims("zh", &["英伟达周三公布了财报。", "公司营收增长62%。"]);
    assert_eq!(got, ["revenue.change nvidia 62"]);
    // A reference to the company itself.
    let got = claims("zh", &["亞馬遜周四公布財報。", "該公司淨利潤為210億美元。"]);
    assert_eq!(got, ["profit.amount amazon 21000000000"]);
    // A value before a comma-separated later clause keeps its own cue.
    let got = claims("zh", &["微软营收为770亿美元，净利润为280亿美元。"]);
    assert_eq!(got, ["revenue.amount microsoft 77000000000", "profit.amount microsoft 28000000000"]);
}

#[test]
fn italian() {
    check(
        "it",
        &[
            (
                "Microsoft ha firmato un accordo da 10 miliardi di dollari con Oracle.",
                &["deal.value microsoft->oracle 10000000000"],
            ),
            (
                "Amazon investirà 4 miliardi di dollari in Anthropic.",
                &["investment.amount amazon->anthropic 4000000000"],
            ),
            ("SoftBank detiene una quota del 10% in Nvidia.", &["stake.percent softbank->nvidia 10"]),
            (
                "Apple ha registrato ricavi per 94,9 miliardi di dollari nel trimestre.",
                &["revenue.amount apple 94900000000"],
            ),
            ("L'utile netto di Alphabet è salito a 26,3 miliardi di dollari.", &["profit.amount alphabet 26300000000"]),
            ("Il titolo Nvidia ha guadagnato il 4,2%.", &["stock.change nvidia 4.2"]),
            ("Meta taglierà 3.600 posti di lavoro.", &["layoffs.count meta 3600"]),
            (
                "Oracle ha offerto 55 dollari per azione per acquisire Broadcom.",
                &["offer.price_per_share oracle->broadcom 55"],
            ),
            ("La startup Anthropic ha raccolto 13 miliardi di dollari.", &["funding.amount anthropic 13000000000"]),
            (
                "Broadcom è stata acquisita da Oracle per 60 miliardi di dollari.",
                &["deal.value oracle->broadcom 60000000000"],
            ),
            (
                "Il valore di mercato di Microsoft ha superato i 4 mila miliardi di dollari.",
                &["market_value.amount microsoft 4000000000000"],
            ),
            ("Meta pagherà un dividendo di 0,52 dollari per azione.", &["dividend.amount meta 0.52"]),
        ],
    );
}

#[test]
fn italian_context_and_negative_cases() {
    assert!(claims("it", &["Amazon ha 1.500 magazzini in Europa."]).is_empty());
    let got = claims("it", &["Secondo Reuters, i ricavi di Amazon hanno raggiunto 180 miliardi di dollari."]);
    assert_eq!(got, ["revenue.amount amazon 180000000000"]);
    let got = claims(
        "it",
        &["Nvidia ha presentato i conti.", "La società ha registrato un utile di 19 miliardi di dollari."],
    );
    assert_eq!(got, ["profit.amount nvidia 19000000000"]);
    let got = claims("it", &["Nvidia ha presentato i conti.", "I ricavi sono cresciuti del 62%."]);
    assert_eq!(got, ["revenue.change nvidia 62"]);
}

#[test]
fn portuguese() {
    check(
        "pt",
        &[
            (
                "A Microsoft fechou um acordo de US$ 10 bilhões com a Oracle.",
                &["deal.value microsoft->oracle 10000000000"],
            ),
            ("A Amazon vai investir US$ 4 bilhões na Anthropic.", &["investment.amount amazon->anthropic 4000000000"]),
            ("O SoftBank detém uma participação de 10% na Nvidia.", &["stake.percent softbank->nvidia 10"]),
            ("A receita da Apple subiu para US$ 94,9 bilhões.", &["revenue.amount apple 94900000000"]),
            ("O lucro líquido da Alphabet foi de US$ 26,3 bilhões.", &["profit.amount alphabet 26300000000"]),
            ("As ações da Nvidia subiram 4,2%.", &["stock.change nvidia 4.2"]),
            ("A Meta vai demitir 3.600 funcionários.", &["layoffs.count meta 3600"]),
            (
                "A Oracle ofereceu US$ 55 por ação para comprar a Broadcom.",
                &["offer.price_per_share oracle->broadcom 55"],
            ),
            ("A Anthropic captou US$ 13 bilhões em uma nova rodada.", &["funding.amount anthropic 13000000000"]),
            ("A Microsoft lucrou R$ 5 bilhões no Brasil.", &["profit.amount microsoft 5000000000"]),
            ("A Broadcom foi comprada pela Oracle por US$ 60 bilhões.", &["deal.value oracle->broadcom 60000000000"]),
            ("A Apple vale US$ 1,4 trilhão em valor de mercado.", &["market_value.amount apple 1400000000000"]),
            ("A Nvidia vale US$ 4 trilhões na bolsa.", &["market_value.amount nvidia 4000000000000"]),
            ("A Microsoft anunciou a demissão de 9 mil funcionários.", &["layoffs.count microsoft 9000"]),
        ],
    );
}

#[test]
fn portuguese_context_and_negative_cases() {
    assert!(claims("pt", &["A Amazon tem 1.500 armazéns na Europa."]).is_empty());
    let got = claims("pt", &["Segundo a Reuters, a receita da Amazon chegou a US$ 180 bilhões."]);
    assert_eq!(got, ["revenue.amount amazon 180000000000"]);
    // Brazilian papers state the earlier figure after "ante": it is no claim.
    let got = claims("pt", &["O lucro da Nvidia foi de US$ 19 bilhões, ante US$ 9 bilhões um ano antes."]);
    assert_eq!(got, ["profit.amount nvidia 19000000000"]);
    // Portuguese continues the story in sentences without a company.
    let got = claims("pt", &["A Nvidia divulgou seus resultados.", "A receita cresceu 62%."]);
    assert_eq!(got, ["revenue.change nvidia 62"]);
    let got = claims("pt", &["A Nvidia divulgou seus resultados.", "A empresa teve lucro de US$ 19 bilhões."]);
    assert_eq!(got, ["profit.amount nvidia 19000000000"]);
}

#[test]
fn korean() {
    check(
        "ko",
        &[
            ("엔비디아의 주가는 4.2% 올랐다.", &["stock.change nvidia 4.2"]),
            ("애플은 3분기 매출이 949억 달러라고 밝혔다.", &["revenue.amount apple 94900000000"]),
            ("마이크로소프트는 순이익 270억 달러를 기록했다.", &["profit.amount microsoft 27000000000"]),
            ("아마존은 직원 1만4천명을 감원할 계획이다.", &["layoffs.count amazon 14000"]),
            ("마이크로소프트는 엔비디아에 50억 달러를 투자했다.", &["investment.amount microsoft->nvidia 5000000000"]),
            ("아마존과 오라클은 100억 달러 규모의 계약을 체결했다.", &["deal.value amazon->oracle 10000000000"]),
            ("소프트뱅크는 엔비디아 지분 5%를 보유하고 있다.", &["stake.percent softbank->nvidia 5"]),
            ("애플은 한국에서 5천300억원을 투자한다.", &["commitment.amount apple 530000000000"]),
            ("오라클은 주당 55달러에 브로드컴을 인수하기로 했다.", &["offer.price_per_share oracle->broadcom 55"]),
            ("구글의 시가총액은 3조 달러를 넘어섰다.", &["market_value.amount google 3000000000000"]),
        ],
    );
}

#[test]
fn korean_context_and_negative_cases() {
    // A verb after the count beats the counted noun before it; "고용하고 있다" employs.
    assert_eq!(claims("ko", &["엔비디아는 직원 3만명을 고용하고 있다."]), ["employees.count nvidia 30000"]);
    assert_eq!(claims("ko", &["애플은 주당 0.26달러의 배당금을 지급한다."]), ["dividend.amount apple 0.26"]);
    // A cited source is no party.
    let got = claims("ko", &["로이터에 따르면 아마존의 매출은 1800억 달러다."]);
    assert_eq!(got, ["revenue.amount amazon 180000000000"]);
    // A party marked with 에 leaves the story's company as the investor.
    let got = claims("ko", &["마이크로소프트는 실적을 발표했다.", "또 엔비디아에 50억 달러를 투자한다."]);
    assert_eq!(got, ["investment.amount microsoft->nvidia 5000000000"]);
    // A sentence without a company continues the story.
    let got = claims("ko", &["엔비디아는 실적을 발표했다.", "매출은 62% 증가했다."]);
    assert_eq!(got, ["revenue.change nvidia 62"]);
    assert!(claims("ko", &["아마존은 시애틀에 사무실 30곳이 있다."]).is_empty());
}

#[test]
fn per_share_amounts_across_languages() {
    // An amount per share is the offer's, unless a dividend cue stands right before it.
    for (lang, text, expected) in [
        (
            "en",
            "Oracle agreed to acquire Broadcom for $55 per share in cash.",
            "offer.price_per_share oracle->broadcom 55",
        ),
        ("de", "Oracle bietet 55 Dollar je Aktie für Broadcom.", "offer.price_per_share oracle->broadcom 55"),
        (
            "fr",
            "Oracle propose de racheter Broadcom pour 55 dollars par action.",
            "offer.price_per_share oracle->broadcom 55",
        ),
        ("es", "Oracle comprará Broadcom a 55 dólares por acción.", "offer.price_per_share oracle->broadcom 55"),
        ("ja", "オラクルはブロードコムを1株当たり55ドルで買収する。", "offer.price_per_share oracle->broadcom 55"),
        ("en", "Apple will pay a dividend of $0.26 per share.", "dividend.amount apple 0.26"),
        ("ja", "アップルの配当は1株当たり40円とする。", "dividend.amount apple 40"),
        ("zh", "苹果派发每股0.26美元的股息。", "dividend.amount apple 0.26"),
    ] {
        let got = claims(lang, &[text]);
        assert!(got.iter().any(|c| c.starts_with(expected)), "{lang}: {text}: {got:?}");
    }
    let got = claims("nl", &["Meta publiceerde woensdag de cijfers.", "Het dividend wordt 0,72 euro per aandeel."]);
    assert_eq!(got, ["dividend.amount meta 0.72"]);
    // Earnings per share before the amount are no per-share price of anything.
    assert!(claims("en", &["Oracle reported earnings per share of $1.47."]).is_empty());
    // A total near the per-share words of another amount stays the deal's value.
    let got = claims("en", &["Oracle agreed to acquire Broadcom for $60 billion, or $55 per share."]);
    assert!(got.contains(&"deal.value oracle->broadcom 60000000000".to_string()), "{got:?}");
}

#[test]
fn new_predicates_in_the_other_languages() {
    for (lang, text, expected) in [
        ("en", "Nvidia shares closed at $182.50 on Friday.", "stock.price nvidia 182.5"),
        ("en", "Oracle will issue 75 million shares to investors.", "shares.count oracle 75000000"),
        ("en", "Meta has a market value of $1.8 trillion.", "market_value.amount meta 1800000000000"),
        ("en", "The sell-off wiped $250 billion off Nvidia's market value.", "market_value.change nvidia 250000000000"),
        ("en", "Meta sold the shares at a discount of 4% to the market price.", "offer.discount meta 4"),
        ("de", "Die Nvidia-Aktie schloss bei 182,50 Dollar.", "stock.price nvidia 182.5"),
        ("nl", "Meta heeft een beurswaarde van 1.800 miljard dollar.", "market_value.amount meta 1800000000000"),
        (
            "fr",
            "Meta affiche une capitalisation boursière de 1 800 milliards de dollars.",
            "market_value.amount meta 1800000000000",
        ),
        ("es", "La acción de Nvidia cerró en 182,50 dólares.", "stock.price nvidia 182.5"),
        ("ja", "エヌビディアの時価総額は4兆ドルを超えた。", "market_value.amount nvidia 4000000000000"),
        ("zh", "英伟达股价收于182.5美元。", "stock.price nvidia 182.5"),
        ("it", "Oracle emetterà 75 milioni di nuove azioni.", "shares.count oracle 75000000"),
        ("pt", "As ações da Nvidia foram negociadas a US$ 182,50.", "stock.price nvidia 182.5"),
    ] {
        let got = claims(lang, &[text]);
        assert!(got.iter().any(|c| c == expected), "{lang}: {text}: {got:?}");
    }
    let got = claims("en", &["Oracle received warrants to buy 20 million shares of Broadcom."]);
    assert!(got.contains(&"warrant.shares oracle->broadcom 20000000".to_string()), "{got:?}");
    let got = claims("en", &["Broadcom won approval from the European Commission on 3 March 2026 for the deal."]);
    assert!(got.contains(&"regulatory_approval.date broadcom->european_commission 2026-03-03".to_string()), "{got:?}");
}

/// Whether `got` has the claim `expected`, its two parties in either order (deal.value and
/// stake.percent readings do not depend on which party is written first here).
fn has_claim(got: &[String], expected: &str) -> bool {
    let (head, value) = expected.rsplit_once(' ').unwrap();
    let flipped =
        head.split_once(' ').and_then(|(p, pair)| pair.split_once("->").map(|(a, b)| format!("{p} {b}->{a} {value}")));
    got.iter().any(|c| c == expected || Some(c) == flipped.as_ref())
}

#[test]
fn a_valuation_written_about_a_deal_is_the_deal_value() {
    for (lang, text, expected) in [
        (
            "en",
            "Alphabet agreed to buy Intel in an all-cash deal valued at $60 billion.",
            "deal.value alphabet->intel 60000000000",
        ),
        (
            "en",
            "Intel on Monday unveiled an all-share offer for AMD that values the chipmaker at about $60 billion.",
            "deal.value intel->amd 60000000000",
        ),
        (
            "es",
            "Intel comprará AMD en una operación valorada en 60.000 millones de dólares.",
            "deal.value intel->amd 60000000000",
        ),
        (
            "pt",
            "A oferta da Intel pela AMD, avaliada em US$ 60 bilhões, perdeu a validade.",
            "deal.value intel->amd 60000000000",
        ),
        (
            "fr",
            "L'opération, qui valorise AMD à 60 milliards de dollars, sera payée en titres Intel.",
            "deal.value amd->intel 60000000000",
        ),
    ] {
        let got = claims(lang, &[text]);
        assert!(has_claim(&got, expected), "{lang}: {text}: {got:?}");
        assert!(!got.iter().any(|c| c.starts_with("valuation.amount")), "{lang}: {text}: {got:?}");
    }
    // A funding round is no deal: the valuation stays the company's.
    let got = claims("en", &["ByteDance raised $2 billion in a funding round that valued it at $300 billion."]);
    assert!(got.contains(&"valuation.amount bytedance 300000000000".to_string()), "{got:?}");
    // A deal noun past a semicolon is another clause's.
    let got = claims("en", &["The deal fell apart; SoftBank is now valued at $90 billion."]);
    assert!(got.contains(&"valuation.amount softbank 90000000000".to_string()), "{got:?}");
}

#[test]
fn a_name_that_modifies_another_or_names_a_product_is_no_party() {
    for (lang, text, expected) in [
        (
            "en",
            "YouTube parent Alphabet agreed to buy Intel for $32 billion.",
            "deal.value alphabet->intel 32000000000",
        ),
        ("de", "Instagram-Mutter Meta kauft Intel für 32 Milliarden Dollar.", "deal.value meta->intel 32000000000"),
        ("zh", "TikTok母公司字节跳动拟以320亿美元收购英特尔。", "deal.value bytedance->intel 32000000000"),
        (
            "en",
            "Microsoft, the company behind LinkedIn and GitHub, agreed to buy Intel for $32 billion.",
            "deal.value microsoft->intel 32000000000",
        ),
        (
            "es",
            "La matriz de Instagram, Meta, comprará Intel por 32.000 millones de dólares.",
            "deal.value meta->intel 32000000000",
        ),
    ] {
        let got = claims(lang, &[text]);
        assert!(got.iter().any(|c| c == expected), "{lang}: {text}: {got:?}");
        assert_eq!(got.iter().filter(|c| c.starts_with("deal.value")).count(), 1, "{lang}: {text}: {got:?}");
    }
    // Negative: a name before an ordinary noun, and a list with no product word, stay parties.
    let got = claims("en", &["Alphabet makers' rival Intel agreed to buy AMD for $32 billion."]);
    assert!(got.contains(&"deal.value intel->amd 32000000000".to_string()), "{got:?}");
    let got = claims("en", &["Meta and Intel signed a $10 billion deal."]);
    assert!(got.iter().any(|c| c.starts_with("deal.value") && c.contains("meta") && c.contains("intel")), "{got:?}");
}

#[test]
fn stakes_and_market_values_in_the_general_forms_reporters_use() {
    for (lang, text, expected) in [
        ("en", "Microsoft holds 27% of OpenAI.", "stake.percent microsoft->openai 27"),
        (
            "it",
            "Microsoft, primo socio di OpenAI con circa il 27%, non ha commentato.",
            "stake.percent microsoft->openai 27",
        ),
        (
            "de",
            "An der Börse ist Intel derzeit rund 100 Milliarden Dollar wert.",
            "market_value.amount intel 100000000000",
        ),
        (
            "en",
            "Intel, worth around $100 billion on the stock market, declined to comment.",
            "market_value.amount intel 100000000000",
        ),
        (
            "es",
            "Intel, que vale en bolsa unos 100.000 millones de dólares, no hizo comentarios.",
            "market_value.amount intel 100000000000",
        ),
    ] {
        let got = claims(lang, &[text]);
        assert!(has_claim(&got, expected), "{lang}: {text}: {got:?}");
    }
}

/// Claims with their qualifiers other than the period, as `predicate subject value [k=v ...]`.
fn qualified(lang: &str, text: &str) -> Vec<String> {
    let d = data();
    let sentence = SentenceMentions {
        start: 0,
        end: text.chars().count(),
        text,
        lang,
        entities: d.table.find(text),
        model_entities: Vec::new(),
        values: d.values.recognize(text, lang, None),
    };
    let roots = |id: &str| d.table.root(id).to_string();
    let authority = |id: &str| d.table.is_authority(id);
    assemble_document(&d.schema, "doc", &[sentence], None, &EntityLookup { roots: &roots, authority: &authority })
        .into_iter()
        .map(|c| {
            let v = &c.value;
            let value = v.amount.or(v.low).or(v.high).map(|a| a.to_string()).unwrap_or_default();
            let quals: Vec<String> = c
                .qualifiers
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "period" | "hedge"))
                .filter_map(|(k, q)| q.as_str().map(|q| format!(" {k}={q}")))
                .collect();
            format!("{} {} {value}{}", c.predicate, c.subject.id, quals.concat())
        })
        .collect()
}

#[test]
fn intraday_moves_average_premiums_and_quarters_are_told_apart() {
    for (lang, text, expected) in [
        (
            "en",
            "Intel shares slid nearly 3% in early trading and ended the session down 2.2%.",
            &["stock.change intel 3 session=intraday", "stock.change intel 2.2"][..],
        ),
        ("zh", "英特尔股价盘前大涨8.7%。", &["stock.change intel 8.7 session=intraday"][..]),
        (
            "pt",
            "As ações da Intel chegaram a subir 13% antes da abertura.",
            &["stock.change intel 13 session=intraday"][..],
        ),
        ("de", "Die Intel-Aktie schloss 2,2 Prozent tiefer.", &["stock.change intel 2.2"][..]),
    ] {
        assert_eq!(qualified(lang, text), expected, "{lang}: {text}");
    }
    let got = qualified(
        "en",
        "Intel will pay $63.50 a share, a premium of 16.5% to AMD's closing price on Friday and of 47.5% to its 60-day volume-weighted average price.",
    );
    assert!(
        got.iter().any(|c| c.starts_with("offer.premium") && c.contains(" 16.5") && !c.contains("basis")),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.starts_with("offer.premium") && c.ends_with("47.5 basis=average")), "{got:?}");
    let got =
        qualified("de", "Im vierten Quartal legte der Umsatz von Intel um 30 Prozent auf 12 Milliarden Dollar zu.");
    assert!(got.iter().any(|c| c == "revenue.amount intel 12000000000 span=quarter"), "{got:?}");
    let got = qualified("en", "Intel had revenue of $53 billion in 2024.");
    assert!(got.iter().all(|c| !c.contains("span=")), "{got:?}");
}
