//! Recognition never panics and stays linear on any input: random Unicode, long digit
//! strings, long runs of scale words, number words and kanji numerals.

use std::path::Path;

use polyfact_core::CivilDate;
use polyfact_values::Recognizer;
use proptest::prelude::*;

fn recognizer() -> &'static Recognizer {
    static R: std::sync::OnceLock<Recognizer> = std::sync::OnceLock::new();
    R.get_or_init(|| Recognizer::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")).unwrap())
}

const LANGS: [&str; 9] = ["en", "de", "nl", "ja", "fr", "es", "it", "zh", "xx"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,200}", lang in 0usize..LANGS.len()) {
        let r = recognizer();
        let chars = text.chars().count();
        for v in r.recognize(&text, LANGS[lang], CivilDate::new(2025, 11, 4)) {
            prop_assert!(v.start < v.end && v.end <= chars);
            prop_assert_eq!(text.chars().skip(v.start).take(v.end - v.start).collect::<String>(), v.text);
        }
        r.numbers(&text, LANGS[lang]);
    }

    #[test]
    fn numeric_soup_never_panics(text in "[0-9０-９.,'$€%億万兆千百十一二三 -]{0,120}( (billion|Milliarden|miljard|Mio\\.|dollars|Prozent|jährige|years))*") {
        for lang in LANGS {
            recognizer().recognize(&text, lang, None);
        }
    }

    /// Word soup from the value vocabulary: structures (day, month, article, ordinal, spelled
    /// year, weekday, duration, ago) in random orders, cut anywhere, so every look-ahead meets
    /// the end of the text (a spelled number closing the text once indexed past it).
    #[test]
    fn vocabulary_soup_never_panics(words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..14)) {
        let text = words.join(" ");
        let glued = words.concat();
        for lang in LANGS {
            for t in [&text, &glued] {
                recognizer().recognize(t, lang, CivilDate::new(2025, 11, 4));
                recognizer().numbers(t, lang);
            }
        }
    }
}

#[rustfmt::skip]
const VOCABULARY: &[&str] = &[
    "June", "Feb", "may", "5", "29", "21st", "the", "de", "am", "of", "van", ",", ".", "-", "/", "twenty",
    "one", "nineteen", "thousand", "and", "first", "second", "Friday", "next", "last", "week", "month",
    "days", "ago", "from", "now", "later", "in", "over", "tomorrow", "gisteren", "dagen", "geleden", "jaar",
    "en", "half", "point", "Komma", "einhalb", "Viertel", "$", "dollars", "USD", "cents", "MUSD", "%", "割",
    "分", "年", "月", "日", "の", "第", "から", "後", "前", "今", "明日", "十", "二", "〇", "・", "に", "ろく", "平成", "元", "ドル",
    "と", "セント", "元", "角", "another", "nog een", "もう", "まる", "半", "k", "M", "lakh", "crore",
];

#[test]
fn adversarial_long_inputs_finish() {
    let r = recognizer();
    let inputs = [
        "9".repeat(100_000),
        "1,000".repeat(20_000),
        "million ".repeat(20_000),
        "Milliarden ".repeat(20_000),
        "fünf".repeat(20_000),
        "一二三四五六七八九".repeat(10_000),
        "数十万".repeat(20_000),
        "$ 1 - ".repeat(20_000),
        "hundreds of thousands of ".repeat(5_000),
    ];
    for text in &inputs {
        for lang in ["en", "de", "ja"] {
            r.recognize(text, lang, CivilDate::new(2025, 11, 4));
            r.numbers(text, lang);
        }
    }
}
