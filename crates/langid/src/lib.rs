//! Language detection: the second stage of the polyfact pipeline.
//!
//! Wraps [`lingua`], compiled only for the languages polyfact supports ([`SUPPORTED`] — the
//! one list; the Cargo features of `lingua` in the workspace `Cargo.toml` must match it, and a
//! test checks that every entry is detected).
//!
//! lingua is accurate but slow (about 0.2–1 MB/s per core on Latin-script news, measured
//! with `examples/speed.rs`), so it is asked only bounded questions:
//! - **Document language**: lingua on a sample of at most [`SAMPLE_CHARS`] chars taken from
//!   the start and the middle of the text. News articles are monolingual at that scale, and
//!   the cost per document stays constant however long it is.
//! - **Mixed-language sentences** (a quoted English sentence in a German article): a cheap
//!   screen — script mismatch, or more function words (`data/lang/*.toml [langid] stopwords`)
//!   of another language than of the document's — picks the sentences that *may* differ;
//!   lingua then decides, and a sentence keeps its own language only when it has at least
//!   [`MIN_SENTENCE_LETTERS`] letters and lingua is at least [`SENTENCE_SWITCH_CONFIDENCE`] sure.

use std::collections::HashSet;

use lingua::Language::{self, *};
use lingua::{LanguageDetector, LanguageDetectorBuilder};
use polyfact_core::{CharIndex, Sentence, UNDETERMINED_LANG};
use rustc_hash::FxHashSet;

/// Supported languages: ISO 639-1 code and lingua language.
pub const SUPPORTED: &[(&str, Language)] = &[
    ("en", English),
    ("de", German),
    ("nl", Dutch),
    ("ja", Japanese),
    ("fr", French),
    ("es", Spanish),
    ("it", Italian),
    ("pt", Portuguese),
    ("zh", Chinese),
    ("ko", Korean),
];

/// Chars of a document given to lingua to decide its language.
pub const SAMPLE_CHARS: usize = 600;
/// Sentences with fewer letters are too short to be given their own language.
pub const MIN_SENTENCE_LETTERS: usize = 25;
/// Minimum lingua confidence for a sentence to be marked as another language.
pub const SENTENCE_SWITCH_CONFIDENCE: f64 = 0.9;
/// Function words of another language a sentence needs before lingua is asked about it.
const MIN_FOREIGN_STOPWORDS: usize = 3;

/// The language of a text and how sure we are (0..1).
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub lang: String,
    pub confidence: f64,
}

impl Detection {
    pub fn undetermined() -> Self {
        Detection { lang: UNDETERMINED_LANG.to_string(), confidence: 0.0 }
    }
}

/// A thread-safe detector: build once, share across the rayon pool.
pub struct LanguageIdentifier {
    detector: LanguageDetector,
    /// (ISO code, lower-cased function words), for the mixed-language screen.
    stopwords: Vec<(String, FxHashSet<String>)>,
}

fn code_of(lang: Language) -> &'static str {
    SUPPORTED.iter().find(|(_, l)| *l == lang).map_or(UNDETERMINED_LANG, |(c, _)| c)
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Kana,
    Han,
    Hangul,
    Other,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        _ => Script::Other,
    }
}

/// Share of letters in each CJK script: (kana, han, hangul).
fn cjk_shares(text: &str) -> (f64, f64, f64) {
    let (mut kana, mut han, mut hangul, mut all) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        all += 1;
        match script(c) {
            Script::Kana => kana += 1,
            Script::Han => han += 1,
            Script::Hangul => hangul += 1,
            Script::Other => {}
        }
    }
    let n = all.max(1) as f64;
    (kana as f64 / n, han as f64 / n, hangul as f64 / n)
}

/// At most `budget` chars: the whole text when short, else its start and its middle,
/// cut at whitespace so no word is split.
fn sample(text: &str, budget: usize) -> String {
    let n = text.chars().count();
    if n <= budget {
        return text.to_string();
    }
    let half = budget / 2;
    let take = |from: usize| -> String {
        let s: String = text.chars().skip(from).take(half).collect();
        let s = if from > 0 { s.split_once(char::is_whitespace).map_or(s.as_str(), |(_, r)| r).to_string() } else { s };
        match s.rfind(char::is_whitespace) {
            Some(cut) if cut > half / 2 => s[..cut].to_string(),
            _ => s,
        }
    };
    format!("{}\n{}", take(0), take(n / 2))
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        Self::new()
    }
}

impl LanguageIdentifier {
    /// Loads every supported language model up front, so worker threads never wait on lazy
    /// loading. Without stopwords, only the script screen finds mixed sentences.
    pub fn new() -> Self {
        let langs: Vec<Language> = SUPPORTED.iter().map(|(_, l)| *l).collect();
        let detector = LanguageDetectorBuilder::from_languages(&langs).with_preloaded_language_models().build();
        LanguageIdentifier { detector, stopwords: Vec::new() }
    }

    /// Function-word lists per language (from `data/lang/*.toml`) for the mixed-sentence screen.
    pub fn with_stopwords(mut self, sets: Vec<(String, HashSet<String>)>) -> Self {
        self.stopwords = sets.into_iter().map(|(code, set)| (code, set.into_iter().collect())).collect();
        self
    }

    /// ISO codes of the supported languages.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        SUPPORTED.iter().map(|(c, _)| *c)
    }

    /// Language of one piece of text (lingua on all of it).
    pub fn detect(&self, text: &str) -> Detection {
        self.detector
            .compute_language_confidence_values(text)
            .first()
            .filter(|(_, c)| *c > 0.0)
            .map_or_else(Detection::undetermined, |(l, c)| Detection { lang: code_of(*l).to_string(), confidence: *c })
    }

    /// Language of a document, judged on a bounded sample. `declared` (an `<html lang>` or
    /// JSONL `lang`) is used only when the text has nothing to judge: evidence in the text
    /// wins over metadata, which is often a site-wide default.
    pub fn detect_document(&self, text: &str, declared: Option<&str>) -> Detection {
        let d = self.detect(&sample(text, SAMPLE_CHARS));
        if d.lang != UNDETERMINED_LANG {
            return d;
        }
        match declared.and_then(|d| Self::codes().find(|c| d.starts_with(c))) {
            Some(code) => Detection { lang: code.to_string(), confidence: 0.0 },
            None => d,
        }
    }

    /// Sets `Sentence::lang` on sentences confidently in another language than `doc_lang`;
    /// returns how many were marked.
    pub fn mark_foreign_sentences(&self, text: &str, sentences: &mut [Sentence], doc_lang: &str) -> usize {
        let index = CharIndex::new(text);
        let mut marked = 0;
        for s in sentences.iter_mut() {
            let sentence = index.slice(text, s.start, s.end);
            s.lang = None;
            if letters(sentence) < MIN_SENTENCE_LETTERS || !self.may_differ(sentence, doc_lang) {
                continue;
            }
            let d = self.detect(sentence);
            if d.lang != doc_lang && d.lang != UNDETERMINED_LANG && d.confidence >= SENTENCE_SWITCH_CONFIDENCE {
                s.lang = Some(d.lang);
                marked += 1;
            }
        }
        marked
    }

    /// The cheap screen: could this sentence be in another language than `doc_lang`?
    fn may_differ(&self, sentence: &str, doc_lang: &str) -> bool {
        let (kana, han, hangul) = cjk_shares(sentence);
        let doc_script_share = match doc_lang {
            "ja" => kana + han,
            "zh" => han,
            "ko" => hangul,
            _ => 1.0 - (kana + han + hangul),
        };
        if doc_script_share < 0.5 {
            return true;
        }
        if matches!(doc_lang, "ja" | "zh" | "ko") {
            return false;
        }
        // Words of the document's own list never count for another language ("de" is Dutch,
        // French, Spanish and Portuguese), so shared words cannot trigger the screen.
        let own = self.stopwords.iter().find(|(code, _)| code == doc_lang).map(|(_, set)| set);
        let mut doc_hits = 0usize;
        let mut other_hits = vec![0usize; self.stopwords.len()];
        for word in sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            let lower = word.to_lowercase();
            if own.is_some_and(|set| set.contains(&lower)) {
                doc_hits += 1;
                continue;
            }
            for (hits, (code, set)) in other_hits.iter_mut().zip(&self.stopwords) {
                if code != doc_lang && set.contains(&lower) {
                    *hits += 1;
                }
            }
        }
        let best_other = other_hits.into_iter().max().unwrap_or(0);
        best_other >= MIN_FOREIGN_STOPWORDS && best_other * 2 > doc_hits * 3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<Sentence> {
        // One sentence per line keeps these tests independent of the segmenter.
        let mut out = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            let len = line.chars().count();
            out.push(Sentence { start, end: start + len, lang: None });
            start += len + 1;
        }
        out
    }

    fn stopwords() -> Vec<(String, HashSet<String>)> {
        let set = |w: &str| w.split(' ').map(String::from).collect::<HashSet<_>>();
        vec![
            ("de".into(), set("der die das und ist es zu von sich")),
            ("en".into(), set("the of and to is that it we are going said")),
        ]
    }

    #[test]
    fn every_supported_language_is_compiled_in_and_detected() {
        let id = LanguageIdentifier::new();
        let samples = [
            ("en", "The companies announced a seven-year agreement worth billions of dollars on Monday."),
            ("de", "Die Unternehmen haben am Montag eine siebenjährige Vereinbarung unterzeichnet."),
            ("nl", "De bedrijven hebben maandag een overeenkomst van zeven jaar ondertekend."),
            ("ja", "両社は月曜日、7年間の契約を締結したと発表しました。"),
            ("fr", "Les entreprises ont annoncé lundi un accord de sept ans d'une valeur de milliards."),
            ("es", "Las empresas anunciaron el lunes un acuerdo de siete años por miles de millones."),
            ("it", "Le aziende hanno annunciato lunedì un accordo di sette anni del valore di miliardi."),
            ("pt", "As empresas anunciaram na segunda-feira um acordo de sete anos avaliado em bilhões."),
            ("zh", "两家公司周一宣布了一项价值数十亿美元的七年协议。"),
            ("ko", "두 회사는 월요일 수십억 달러 규모의 7년 계약을 발표했다."),
        ];
        assert_eq!(samples.len(), SUPPORTED.len());
        for (code, text) in samples {
            assert_eq!(id.detect(text).lang, code, "{text}");
            assert_eq!(id.detect_document(text, None).lang, code, "{text}");
        }
    }

    #[test]
    fn mixed_documents_mark_foreign_sentences_only_when_long_and_confident() {
        let id = LanguageIdentifier::new().with_stopwords(stopwords());
        let text = "Die Vereinbarung ermöglicht es dem Unternehmen, seine Systeme zu betreiben.\n\
                    Nach der Bekanntgabe stiegen die Aktien des Konzerns deutlich an.\n\
                    \"We are taking a forward bet that it is going to continue to grow,\" Altman said.\n\
                    OpenAI Amazon";
        let mut s = sentences(text);
        let d = id.detect_document(text, None);
        assert_eq!(d.lang, "de");
        assert!(d.confidence > 0.5, "{d:?}");
        assert_eq!(id.mark_foreign_sentences(text, &mut s, &d.lang), 1);
        let langs: Vec<_> = s.iter().map(|s| s.lang.as_deref()).collect();
        assert_eq!(langs, [None, None, Some("en"), None]);
    }

    #[test]
    fn latin_sentences_in_japanese_documents_are_screened_by_script() {
        let id = LanguageIdentifier::new();
        let text = "OpenAI とアマゾンは月曜日、380 億ドルの契約を発表しました。\nThe deal gives OpenAI access to hundreds of thousands of chips.";
        let mut s = sentences(text);
        assert_eq!(id.detect_document(text, None).lang, "ja");
        id.mark_foreign_sentences(text, &mut s, "ja");
        assert_eq!(s[0].lang, None);
        assert_eq!(s[1].lang.as_deref(), Some("en"));
    }

    #[test]
    fn samples_are_bounded_and_cut_at_whitespace() {
        let long = "wort ".repeat(2000);
        let s = sample(&long, SAMPLE_CHARS);
        assert!(s.chars().count() <= SAMPLE_CHARS + 1);
        assert!(s.split_whitespace().all(|w| w == "wort"));
        assert_eq!(sample("kurz", SAMPLE_CHARS), "kurz");
    }

    #[test]
    fn no_letters_falls_back_to_the_declared_language_or_und() {
        let id = LanguageIdentifier::new();
        assert_eq!(id.detect_document("12 345 – 67", Some("de-DE")).lang, "de");
        assert_eq!(id.detect_document("12 345 – 67", None), Detection::undetermined());
    }
}
