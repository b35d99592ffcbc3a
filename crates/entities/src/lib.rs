//! Canonical entities: one id for every spelling of an entity across languages and scripts.
//!
//! Alias tables (`data/entities/*.tsv`: id, type, name, aliases, parent) are compiled into one
//! Aho-Corasick automaton over *folded* text, so finding every known entity in a sentence is
//! a single linear pass. Folding makes spellings meet:
//! - NFKC (full-width `ＡＷＳ` -> `AWS`) and lower case;
//! - katakana separators dropped: `サム・アルトマン` = `サム アルトマン` = `サムアルトマン`;
//! - typographic apostrophes unified (`Amazon’s` = `Amazon's`).
//!
//! Matches must sit on word boundaries (Latin script), may carry a possessive or genitive
//! ending outside the span (`Amazon's`, `Amazons`, `Nvidias`), and may start a hyphen
//! compound (`Amazon-Aktien`). All-caps aliases (`US`, `AWS`, `ING`) match only in capitals
//! and capitalised aliases only when capitalised in the text, so `us` and `meta-analysis`
//! are not entities. Entities not in any table get a slug id from their folded name without
//! legal suffixes ([`EntityTable::resolve`]). Parent links (`aws` -> `amazon`) are data too.

use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, MatchKind};
use polyfact_core::{CharIndex, Entity};
use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, thiserror::Error)]
pub enum EntityError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Parse { path: PathBuf, line: usize, message: String },
    #[error("cannot build the alias automaton: {0}")]
    Automaton(String),
}

/// An entity found in a text: char offsets into that text.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entity: Entity,
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    /// All-caps alias: the text must match case exactly.
    exact_case: bool,
    /// Capitalised alias: the first letter in the text must be upper-case too.
    capitalised: bool,
    /// Alias written in Latin (or other spaced) script: word boundaries apply.
    spaced_script: bool,
}

/// All known entities and their aliases.
pub struct EntityTable {
    entities: Vec<(Entity, Option<String>)>,
    by_id: FxHashMap<String, usize>,
    aliases: FxHashMap<String, usize>,
    patterns: Vec<Pattern>,
    automaton: AhoCorasick,
    /// Folded surface forms that are never entities (`generic_terms.txt`): words a statistical
    /// model tags as names in news about technology (`AI`, `KI`, `GPU`, `Speicher`).
    generic: rustc_hash::FxHashSet<String>,
}

/// One row of an alias table.
struct Row {
    id: String,
    kind: String,
    name: String,
    aliases: Vec<String>,
    parent: Option<String>,
}

const ENTITY_TYPES: [&str; 6] = ["ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC"];
const LEGAL_SUFFIXES: [&str; 16] = [
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "gmbh",
    "ag",
    "n.v.",
    "b.v.",
    "ltd",
    "ltd.",
    "plc",
    "s.a.",
    "llc",
    "co.",
    "株式会社",
];

fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

fn is_cjk(c: char) -> bool {
    is_katakana(c) || matches!(c as u32, 0x3040..=0x309F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Folds text for matching; returns the folded string and, per folded char, the index of
/// the original char it came from.
fn fold(text: &str) -> (String, Vec<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(chars.len());
    let mut last: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '・' | '･' | '·') && last.is_some_and(is_katakana) {
            continue;
        }
        if c.is_whitespace() {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied();
            if last.is_some_and(is_katakana) && next.is_some_and(is_katakana) {
                continue;
            }
            if last == Some(' ') {
                continue;
            }
            out.push(' ');
            map.push(i);
            last = Some(' ');
            continue;
        }
        if c.is_ascii() {
            let n = c.to_ascii_lowercase();
            out.push(n);
            map.push(i);
            last = Some(n);
            continue;
        }
        let c = if matches!(c, '’' | '‘' | '`') { '\'' } else { c };
        for n in std::iter::once(c).nfkc().flat_map(char::to_lowercase) {
            out.push(n);
            map.push(i);
            last = Some(n);
        }
    }
    (out, map)
}

/// A slug id from a name: folded, legal suffixes dropped, non-alphanumerics to `_`.
pub fn slug(name: &str) -> String {
    let (folded, _) = fold(name);
    let words: Vec<&str> = folded.split_whitespace().filter(|w| !LEGAL_SUFFIXES.contains(w)).collect();
    let mut id = String::new();
    for c in words.join(" ").chars() {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('_') && !id.is_empty() {
            id.push('_');
        }
    }
    id.trim_end_matches('_').to_string()
}

impl EntityTable {
    /// Reads every `*.tsv` in `dir` (sorted by name; the first definition of an id wins).
    pub fn load(dir: &Path) -> Result<Self, EntityError> {
        fn io(path: &Path) -> impl FnOnce(std::io::Error) -> EntityError + '_ {
            move |source| EntityError::Io { path: path.to_path_buf(), source }
        }
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io(dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        paths.sort();
        let generic_path = dir.join("generic_terms.txt");
        let generic = match std::fs::read_to_string(&generic_path) {
            Ok(text) => text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| fold(l).0)
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Default::default(),
            Err(e) => return Err(EntityError::Io { path: generic_path, source: e }),
        };
        let mut rows = Vec::new();
        for path in &paths {
            let text = std::fs::read_to_string(path).map_err(io(path))?;
            for (n, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                let err = |message: String| EntityError::Parse { path: path.clone(), line: n + 1, message };
                if cols.len() < 4 {
                    return Err(err(format!(
                        "expected id, type, name, aliases[, parent]; found {} columns",
                        cols.len()
                    )));
                }
                if !ENTITY_TYPES.contains(&cols[1]) {
                    return Err(err(format!("unknown type {:?} (one of {})", cols[1], ENTITY_TYPES.join(" "))));
                }
                let parent = cols.get(4).map(|p| p.trim()).filter(|p| !p.is_empty()).map(String::from);
                let aliases: Vec<String> =
                    cols[3].split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
                rows.push(Row {
                    id: cols[0].trim().to_string(),
                    kind: cols[1].to_string(),
                    name: cols[2].trim().to_string(),
                    aliases,
                    parent,
                });
            }
        }
        let mut table = Self::from_rows(rows)?;
        table.generic = generic;
        Ok(table)
    }

    /// True when a span found by another extractor (NER) is not worth an entity: a generic
    /// term from `generic_terms.txt`, a Latin-script word without any capital letter
    /// (`numéraire`, `warehouse`: names are capitalised in every language we read), or a
    /// single CJK character (`達`).
    pub fn is_generic(&self, surface: &str) -> bool {
        let (folded, _) = fold(surface);
        let stripped = folded.strip_suffix("'s").unwrap_or(&folded);
        if self.generic.contains(stripped) || self.generic.contains(&folded) {
            return true;
        }
        let latin = surface.chars().any(|c| c.is_alphabetic() && !is_cjk(c));
        let cjk = surface.chars().filter(|&c| is_cjk(c)).count();
        if latin && cjk == 0 && !surface.chars().any(char::is_uppercase) {
            return true;
        }
        cjk == 1 && surface.chars().count() == 1
    }

    fn from_rows(rows: Vec<Row>) -> Result<Self, EntityError> {
        let mut entities = Vec::new();
        let mut by_id = FxHashMap::default();
        let mut aliases = FxHashMap::default();
        let mut folded_patterns = Vec::new();
        let mut patterns = Vec::new();
        for Row { id, kind, name, aliases: alias_list, parent } in rows {
            if by_id.contains_key(&id) {
                continue;
            }
            let entry = entities.len();
            by_id.insert(id.clone(), entry);
            for alias in alias_list.iter().chain(std::iter::once(&name)) {
                let (folded, _) = fold(alias);
                if folded.is_empty() || aliases.contains_key(&folded) {
                    continue;
                }
                aliases.insert(folded.clone(), entry);
                let letters: Vec<char> = alias.chars().filter(|c| c.is_alphabetic()).collect();
                patterns.push(Pattern {
                    entry,
                    exact_case: letters.len() <= 5 && letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()),
                    capitalised: alias.chars().next().is_some_and(char::is_uppercase),
                    spaced_script: !alias.chars().any(is_cjk),
                });
                folded_patterns.push(folded);
            }
            entities.push((Entity { id, name, kind }, parent));
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&folded_patterns)
            .map_err(|e| EntityError::Automaton(e.to_string()))?;
        Ok(EntityTable { entities, by_id, aliases, patterns, automaton, generic: Default::default() })
    }

    /// The entity with this id, if the tables define it.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i].0)
    }

    /// The parent id (`aws` -> `amazon`), if any.
    pub fn parent(&self, id: &str) -> Option<&str> {
        self.by_id.get(id).and_then(|&i| self.entities[i].1.as_deref())
    }

    /// The topmost ancestor of an id (itself when it has no parent); cycles stop the walk.
    pub fn root<'a>(&'a self, id: &'a str) -> &'a str {
        let mut current = id;
        for _ in 0..16 {
            match self.parent(current) {
                Some(p) => current = p,
                None => break,
            }
        }
        current
    }

    /// The canonical entity for a surface form found by another extractor (NER): a table
    /// entity when the folded form is an alias, else a new entity with a slug id.
    pub fn resolve(&self, surface: &str, kind: &str) -> Entity {
        let (folded, _) = fold(surface);
        let stripped = folded.strip_suffix("'s").or_else(|| folded.strip_suffix('\'')).unwrap_or(&folded);
        if let Some(&i) = self.aliases.get(stripped) {
            return self.entities[i].0.clone();
        }
        Entity { id: slug(surface), name: surface.trim().to_string(), kind: kind.to_string() }
    }

    /// Every known entity mentioned in `text`, leftmost-longest, in order.
    pub fn find(&self, text: &str) -> Vec<EntityMention> {
        let (folded, map) = fold(text);
        let original: Vec<char> = text.chars().collect();
        let folded_chars: Vec<char> = folded.chars().collect();
        let offsets = CharIndex::new(&folded);
        let mut out = Vec::new();
        for m in self.automaton.find_iter(&folded) {
            let p = &self.patterns[m.pattern().as_usize()];
            let (fs, fe) = (offsets.char(m.start()), offsets.char(m.end()));
            if p.spaced_script && !self.on_word_boundary(&folded_chars, fs, fe) {
                continue;
            }
            let (start, end) = (map[fs], map[fe - 1] + 1);
            let surface: String = original[start..end].iter().collect();
            if p.exact_case && surface.chars().filter(|c| c.is_alphabetic()).any(|c| !c.is_uppercase()) {
                continue;
            }
            if p.capitalised && !surface.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()) {
                continue;
            }
            out.push(EntityMention { start, end, text: surface, entity: self.entities[p.entry].0.clone() });
        }
        out
    }

    fn on_word_boundary(&self, chars: &[char], start: usize, end: usize) -> bool {
        let before_ok = start == 0 || !chars[start - 1].is_alphanumeric();
        let after = chars.get(end).copied();
        let after_ok = match after {
            None => true,
            Some(c) if !c.is_alphanumeric() => true,
            // Genitive/possessive written without an apostrophe: Amazons, Nvidias.
            Some('s') => chars.get(end + 1).is_none_or(|c| !c.is_alphanumeric()),
            Some(_) => false,
        };
        before_ok && after_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> EntityTable {
        EntityTable::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/entities")).unwrap()
    }

    fn ids(text: &str) -> Vec<(String, String)> {
        table().find(text).into_iter().map(|m| (m.text, m.entity.id)).collect()
    }

    #[test]
    fn spellings_across_languages_and_scripts_share_an_id() {
        assert_eq!(
            ids("Amazon’s deal, Amazons Schritt, Amazon-Aktien, Amazon.com and アマゾン"),
            [
                ("Amazon".into(), "amazon".into()),
                ("Amazon".into(), "amazon".into()),
                ("Amazon".into(), "amazon".into()),
                ("Amazon.com".into(), "amazon".into()),
                ("アマゾン".into(), "amazon".into())
            ]
        );
        for spelling in ["サム アルトマン", "サム・アルトマン", "Sam Altman"] {
            assert_eq!(ids(spelling), [(spelling.to_string(), "sam_altman".to_string())]);
        }
        assert_eq!(ids("NVIDIA, Nvidia und エヌビディア").iter().filter(|(_, id)| id == "nvidia").count(), 3);
        assert_eq!(
            ids("OpenAI とアマゾン ウェブ サービス (AWS)").iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(),
            ["openai", "aws", "aws"]
        );
    }

    #[test]
    fn case_and_boundaries_prevent_false_matches() {
        assert!(ids("let us meet; a meta-analysis of amazonas").is_empty());
        assert_eq!(
            ids("in the US and the U.S."),
            [("US".into(), "united_states".into()), ("U.S.".into(), "united_states".into())]
        );
        assert!(ids("Metallica").is_empty());
    }

    #[test]
    fn parents_roots_and_unknown_entities() {
        let t = table();
        assert_eq!(t.parent("aws"), Some("amazon"));
        assert_eq!(t.root("aws"), "amazon");
        assert_eq!(t.root("openai"), "openai");
        assert_eq!(t.resolve("Amazon’s", "ORG").id, "amazon");
        assert_eq!(t.resolve("Helix Semiconductors Inc.", "ORG").id, "helix_semiconductors");
        assert_eq!(slug("VoltaCell N.V."), "voltacell");
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let dir = std::env::temp_dir().join(format!("polyfact-entities-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("x.tsv"), "# c\nacme\tCOMPANY\tAcme\tAcme\n").unwrap();
        let err = EntityTable::load(&dir).err().unwrap().to_string();
        assert!(err.contains("x.tsv:2") && err.contains("COMPANY"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
