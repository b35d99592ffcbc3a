//! Language detection: the second stage of the polyfact pipeline.
//!
//! Wraps [`lingua`], compiled only for the languages polyfact supports ([`SUPPORTED`] — the
//! one list; the Cargo features of `lingua` in the workspace `Cargo.toml` must match it, and a
//! test checks that they do).
//!
//! How a document is classified: every sentence is scored by lingua; the document's language
//! is the one with the largest letter-weighted share of sentence scores, and its confidence
//! is that share. A sentence keeps a language of its own (mixed-language documents: quotes,
//! English boilerplate in a German page) only when it is long enough to be judged (at least
//! [`MIN_SENTENCE_LETTERS`] letters) and lingua is confident about it. Scoring sentences once
//! serves both purposes, so mixed-language handling costs nothing extra.

use lingua::Language::{self, *};
use lingua::{LanguageDetector, LanguageDetectorBuilder};
use polyfact_core::{Sentence, UNDETERMINED_LANG};

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

/// Sentences with fewer letters are too short to be given their own language.
pub const MIN_SENTENCE_LETTERS: usize = 25;
/// Minimum lingua confidence for a sentence to be marked as another language.
pub const SENTENCE_SWITCH_CONFIDENCE: f64 = 0.9;

/// The language of a text and how sure we are (0..1).
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub lang: String,
    pub confidence: f64,
}

impl Detection {
    fn undetermined() -> Self {
        Detection { lang: UNDETERMINED_LANG.to_string(), confidence: 0.0 }
    }
}

/// A thread-safe detector: build once, share across the rayon pool.
pub struct LanguageIdentifier {
    detector: LanguageDetector,
}

fn code_of(lang: Language) -> &'static str {
    SUPPORTED.iter().find(|(_, l)| *l == lang).map_or(UNDETERMINED_LANG, |(c, _)| c)
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        Self::new()
    }
}

impl LanguageIdentifier {
    /// Loads every supported language model up front (~1 s), so worker threads never wait
    /// on lazy loading.
    pub fn new() -> Self {
        let langs: Vec<Language> = SUPPORTED.iter().map(|(_, l)| *l).collect();
        let detector = LanguageDetectorBuilder::from_languages(&langs).with_preloaded_language_models().build();
        LanguageIdentifier { detector }
    }

    /// ISO codes of the supported languages.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        SUPPORTED.iter().map(|(c, _)| *c)
    }

    /// Language of one piece of text.
    pub fn detect(&self, text: &str) -> Detection {
        self.detector
            .compute_language_confidence_values(text)
            .first()
            .filter(|(_, c)| *c > 0.0)
            .map_or_else(Detection::undetermined, |(l, c)| Detection { lang: code_of(*l).to_string(), confidence: *c })
    }

    /// Classifies a segmented document: returns the document's language and sets
    /// `Sentence::lang` on sentences confidently in another language.
    ///
    /// `declared` (an `<html lang>` or JSONL `lang`) is used only when detection finds no
    /// letters to judge; evidence in the text wins over metadata, which is often a site default.
    pub fn classify(&self, text: &str, sentences: &mut [Sentence], declared: Option<&str>) -> Detection {
        let chars: Vec<char> = text.chars().collect();
        let mut per_sentence: Vec<Option<(Detection, usize)>> = Vec::with_capacity(sentences.len());
        let mut weight_by_lang: Vec<(String, f64)> = Vec::new();
        let mut total = 0.0;
        for s in sentences.iter() {
            let sentence: String = chars[s.start..s.end].iter().collect();
            let n = letters(&sentence);
            if n == 0 {
                per_sentence.push(None);
                continue;
            }
            let d = self.detect(&sentence);
            if d.lang != UNDETERMINED_LANG {
                let w = n as f64;
                total += w;
                match weight_by_lang.iter_mut().find(|(l, _)| *l == d.lang) {
                    Some((_, acc)) => *acc += w * d.confidence,
                    None => weight_by_lang.push((d.lang.clone(), w * d.confidence)),
                }
            }
            per_sentence.push(Some((d, n)));
        }
        // Highest weight wins; ties go to the earlier entry in SUPPORTED (deterministic).
        let rank = |l: &str| SUPPORTED.iter().position(|(c, _)| *c == l).unwrap_or(usize::MAX);
        weight_by_lang.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| rank(&a.0).cmp(&rank(&b.0))));
        let doc = match weight_by_lang.first() {
            Some((lang, w)) if total > 0.0 => Detection { lang: lang.clone(), confidence: (w / total).clamp(0.0, 1.0) },
            _ => match declared.and_then(|d| Self::codes().find(|c| d.starts_with(c))) {
                Some(code) => Detection { lang: code.to_string(), confidence: 0.0 },
                None => Detection::undetermined(),
            },
        };
        for (s, det) in sentences.iter_mut().zip(per_sentence) {
            s.lang = det.and_then(|(d, n)| {
                (d.lang != doc.lang && d.lang != UNDETERMINED_LANG && n >= MIN_SENTENCE_LETTERS && d.confidence >= SENTENCE_SWITCH_CONFIDENCE)
                    .then_some(d.lang)
            });
        }
        doc
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
        }
    }

    #[test]
    fn mixed_documents_mark_foreign_sentences_only_when_long_and_confident() {
        let id = LanguageIdentifier::new();
        let text = "Die Vereinbarung ermöglicht es dem Unternehmen, seine Systeme zu betreiben.\n\
                    Nach der Bekanntgabe stiegen die Aktien des Konzerns deutlich an.\n\
                    \"We are taking a forward bet that it is going to continue to grow,\" Altman said.\n\
                    OpenAI Amazon";
        let mut s = sentences(text);
        let d = id.classify(text, &mut s, None);
        assert_eq!(d.lang, "de");
        assert!(d.confidence > 0.5 && d.confidence < 1.0, "{d:?}");
        let langs: Vec<_> = s.iter().map(|s| s.lang.as_deref()).collect();
        assert_eq!(langs, [None, None, Some("en"), None]);
    }

    #[test]
    fn no_letters_falls_back_to_the_declared_language_or_und() {
        let id = LanguageIdentifier::new();
        let mut s = sentences("12 345 – 67");
        assert_eq!(id.classify("12 345 – 67", &mut s, Some("de-DE")).lang, "de");
        assert_eq!(id.classify("12 345 – 67", &mut s, None), Detection::undetermined());
    }
}
