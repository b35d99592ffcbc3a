//! Per-language data read from `data/lang/<code>.toml` at run time.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::LangDataError;

#[derive(Debug, Deserialize)]
struct LangFile {
    name: String,
    #[serde(default)]
    calendar: CalendarFile,
    #[serde(default)]
    segmentation: SegmentationFile,
    #[serde(default)]
    langid: LangidFile,
    #[serde(default)]
    page: PageFile,
}

/// `[page]`: what scraped text carries around an article in this language.
#[derive(Debug, Default, Deserialize)]
struct PageFile {
    /// Whole lines that label page furniture (`Advertisement`, `Anzeige`, `広告`).
    #[serde(default)]
    labels: Vec<String>,
    /// Words naming a picture or a video: a line of one or two words ending in one
    /// (`Featured image`, `File photo`) is the placeholder of a picture a scraper dropped, and
    /// a short line opening with one and a colon is its credit (`Photo: Reuters`).
    #[serde(default)]
    media_words: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct LangidFile {
    #[serde(default)]
    stopwords: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct CalendarFile {
    #[serde(default)]
    months: Vec<Vec<String>>,
    #[serde(default)]
    ymd_markers: Vec<String>,
    #[serde(default)]
    dateline_words: Vec<String>,
    /// How the language orders a numeric date with slashes: `day-first` (`17/10/2025`), or
    /// unset where both orders are written (English: US `10/17/2025`, British `17/10/2025`).
    #[serde(default)]
    slash_dates: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct SegmentationFile {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    final_abbreviations: Vec<String>,
}

/// What ingest knows about one language.
#[derive(Debug, Clone)]
pub struct LangSpec {
    pub code: String,
    pub name: String,
    /// Lower-cased abbreviations (without final dot) that never end a sentence.
    pub abbreviations: HashSet<String>,
    /// Abbreviations that end a sentence when the next word is capitalised.
    pub final_abbreviations: HashSet<String>,
    /// Lower-cased frequent function words (for cheap mixed-language checks).
    pub stopwords: HashSet<String>,
}

/// All languages' data, plus the cross-language tables used before the language is known.
#[derive(Debug, Clone, Default)]
pub struct LangData {
    specs: BTreeMap<String, LangSpec>,
    /// Lower-cased month spelling -> month number (1..=12), over all languages.
    months: HashMap<String, u32>,
    /// `(year, month, day)` marker triples such as `年 月 日`.
    ymd_markers: Vec<[String; 3]>,
    /// Lower-cased words that may introduce a dateline, over all languages.
    dateline_words: HashSet<String>,
    /// Lower-cased dateline words of languages that write slashed dates day first.
    day_first_words: HashSet<String>,
    /// Lower-cased furniture label lines, over all languages.
    furniture_labels: HashSet<String>,
    /// Lower-cased media words, over all languages.
    media_words: HashSet<String>,
}

impl LangData {
    /// Reads every `*.toml` in `dir` (the file stem is the ISO 639-1 code).
    pub fn load(dir: &Path) -> Result<Self, LangDataError> {
        let io_err = |source| LangDataError::Io { path: dir.to_path_buf(), source };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(io_err)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            return Err(LangDataError::NoFiles(dir.to_path_buf()));
        }
        let mut data = LangData::default();
        for path in paths {
            let code = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let raw =
                std::fs::read_to_string(&path).map_err(|source| LangDataError::Io { path: path.clone(), source })?;
            let file: LangFile = toml::from_str(&raw)
                .map_err(|e| LangDataError::Parse { path: path.clone(), message: e.to_string() })?;
            data.add(code, file).map_err(|message| LangDataError::Parse { path: path.clone(), message })?;
        }
        Ok(data)
    }

    fn add(&mut self, code: String, file: LangFile) -> Result<(), String> {
        let cal = file.calendar;
        if !cal.months.is_empty() && cal.months.len() != 12 {
            return Err(format!("calendar.months must list 12 months, found {}", cal.months.len()));
        }
        for (i, spellings) in cal.months.iter().enumerate() {
            for s in spellings {
                self.months.entry(s.to_lowercase()).or_insert(i as u32 + 1);
            }
        }
        match cal.ymd_markers.as_slice() {
            [] => {}
            [y, m, d] => {
                let triple = [y.clone(), m.clone(), d.clone()];
                if !self.ymd_markers.contains(&triple) {
                    self.ymd_markers.push(triple);
                }
            }
            other => return Err(format!("calendar.ymd_markers must hold 3 strings, found {}", other.len())),
        }
        self.dateline_words.extend(cal.dateline_words.iter().map(|w| w.to_lowercase()));
        match cal.slash_dates.as_deref() {
            None => {}
            Some("day-first") => self.day_first_words.extend(cal.dateline_words.iter().map(|w| w.to_lowercase())),
            Some(other) => return Err(format!("calendar.slash_dates must be \"day-first\" or unset, found {other:?}")),
        }
        self.furniture_labels.extend(file.page.labels.iter().map(|w| w.trim().to_lowercase()));
        self.media_words.extend(file.page.media_words.iter().map(|w| w.trim().to_lowercase()));
        let lower = |v: Vec<String>| v.into_iter().map(|a| a.to_lowercase()).collect();
        let spec = LangSpec {
            code: code.clone(),
            name: file.name,
            abbreviations: lower(file.segmentation.abbreviations),
            final_abbreviations: lower(file.segmentation.final_abbreviations),
            stopwords: lower(file.langid.stopwords),
        };
        self.specs.insert(code, spec);
        Ok(())
    }

    /// The spec of one language, if a data file exists for it.
    pub fn spec(&self, code: &str) -> Option<&LangSpec> {
        self.specs.get(code)
    }

    /// ISO codes of every language with a data file, sorted.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.specs.keys().map(String::as_str)
    }

    /// Month number of a (case-insensitive) month name or abbreviation in any language.
    pub fn month(&self, word: &str) -> Option<u32> {
        self.months.get(&word.to_lowercase()).copied()
    }

    /// Stopword sets of the languages that have them, by ISO code (sorted by code).
    pub fn stopword_sets(&self) -> Vec<(String, HashSet<String>)> {
        self.specs.values().filter(|s| !s.stopwords.is_empty()).map(|s| (s.code.clone(), s.stopwords.clone())).collect()
    }

    pub fn ymd_markers(&self) -> &[[String; 3]] {
        &self.ymd_markers
    }

    pub fn is_dateline_word(&self, word: &str) -> bool {
        self.dateline_words.contains(&word.to_lowercase())
    }

    /// Whether a dateline word belongs to a language that writes slashed dates day first
    /// (`Publicado em 05/02/2024`).
    pub fn is_day_first_word(&self, word: &str) -> bool {
        self.day_first_words.contains(&word.to_lowercase())
    }

    /// Whether a whole line labels page furniture in any language (case-insensitive): a listed
    /// label, the placeholder of a picture (one or two words, the last a media word), or a
    /// picture credit (a media word and a colon opening a line of at most 60 chars).
    pub fn is_furniture_label(&self, line: &str) -> bool {
        let lower = line.trim().to_lowercase();
        let bare = lower.trim_end_matches([':', '：']).trim_end();
        if self.furniture_labels.contains(bare) || self.media_words.contains(bare) {
            return true;
        }
        let words: Vec<&str> = bare.split_whitespace().collect();
        if words.len() == 2 && self.media_words.contains(words[1]) {
            return true;
        }
        if let Some((head, _)) = lower.split_once([':', '：']) {
            return lower.chars().count() <= 60 && self.media_words.contains(head.trim());
        }
        false
    }
}

#[cfg(test)]
pub(crate) fn test_data() -> LangData {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lang");
    LangData::load(&dir).expect("repo data/lang loads")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_repo_data_with_months_in_many_languages() {
        let data = test_data();
        assert_eq!(data.month("November"), Some(11));
        assert_eq!(data.month("März"), Some(3));
        assert_eq!(data.month("mei"), Some(5));
        assert_eq!(data.month("décembre"), Some(12));
        assert!(data.spec("de").unwrap().abbreviations.contains("mrd"));
        assert!(data.codes().any(|c| c == "ja"));
    }

    #[test]
    fn rejects_a_calendar_without_twelve_months() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("xx.toml"), "name='X'\n[calendar]\nmonths=[['a']]\n").unwrap();
        let err = LangData::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("xx.toml") && err.contains("12 months"), "{err}");
    }

    #[test]
    fn empty_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(LangData::load(dir.path()), Err(LangDataError::NoFiles(_))));
    }
}
