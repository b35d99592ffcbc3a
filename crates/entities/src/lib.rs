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

pub mod canon;
pub mod script;

#[derive(Debug, thiserror::Error)]
pub enum EntityError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Parse { path: PathBuf, line: usize, message: String },
    /// A TOML file that does not parse; the message gives the line and column.
    #[error("{path}: {message}")]
    Toml { path: PathBuf, message: String },
    #[error("cannot build the alias automaton: {0}")]
    Automaton(String),
}

/// An optional TOML file of `data/entities/`: its defaults when it is missing.
fn read_optional_toml<T: serde::de::DeserializeOwned + Default>(path: &Path) -> Result<T, EntityError> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            toml::from_str(&text).map_err(|e| EntityError::Toml { path: path.to_path_buf(), message: e.to_string() })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(EntityError::Io { path: path.to_path_buf(), source: e }),
    }
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
    /// Alias written in katakana only: it must not continue a katakana word.
    katakana: bool,
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
    /// Readings of katakana and hangul (`transliteration.toml`), for the corpus step.
    pub(crate) translit: Translit,
    /// What tells a common noun from a name (`name_context.toml`).
    context: NameContext,
    /// Entries of a non-party class (exchanges, agencies).
    non_party: rustc_hash::FxHashSet<usize>,
    /// Entries of class `authority` (regulators, competition authorities, central banks,
    /// ministries, governments): those whose approval a deal needs.
    authorities: rustc_hash::FxHashSet<usize>,
}

/// `name_context.toml`: articles before common nouns, CJK descriptor heads.
#[derive(Debug, Default, Clone, serde::Deserialize)]
struct NameContext {
    #[serde(default)]
    articles: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    descriptor_heads: DescriptorHeads,
    #[serde(default)]
    org_heads: OrgHeads,
    #[serde(default)]
    country_prefixes: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    trailing_words: OrgHeads,
}

#[derive(Debug, Default, Clone, serde::Deserialize)]
struct OrgHeads {
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Debug, Default, Clone, serde::Deserialize)]
struct DescriptorHeads {
    #[serde(default)]
    words: Vec<String>,
}

/// `transliteration.toml`: katakana readings and hangul jamo romanizations.
#[derive(Debug, Default, Clone)]
pub(crate) struct Translit {
    pub katakana: FxHashMap<char, String>,
    pub initials: Vec<String>,
    pub medials: Vec<String>,
    pub finals: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
struct TranslitFile {
    #[serde(default)]
    katakana: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    hangul: HangulFile,
}

#[derive(serde::Deserialize, Default)]
struct HangulFile {
    #[serde(default)]
    initials: Vec<String>,
    #[serde(default)]
    medials: Vec<String>,
    #[serde(default)]
    finals: Vec<String>,
}

/// One row of an alias table.
struct Row {
    id: String,
    kind: String,
    name: String,
    aliases: Vec<String>,
    parent: Option<String>,
    /// `exchange`, `agency`: never a party of a claim; `authority`: a party that approves.
    class: Option<String>,
}

/// Table classes whose entities are never parties of a claim: an exchange is where shares
/// trade, an agency who reports ("shares rose 4% on the Nasdaq", "Tokio (dpa) –").
const NON_PARTY_CLASSES: [&str; 2] = ["exchange", "agency"];
/// The class of regulators, competition authorities, central banks, ministries and
/// governments: parties like any other, and the ones whose approval a deal waits for
/// (`regulatory_approval.date` takes its object among them).
const AUTHORITY_CLASS: &str = "authority";

const ENTITY_TYPES: [&str; 6] = ["ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC"];
/// Legal-form words after a Latin-script name (`Acme Inc.`, `Nordwerk AG`, `Banca X S.p.A.`):
/// not part of the name.
const LEGAL_SUFFIXES: [&str; 36] = [
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "gmbh",
    "ag",
    "se",
    "kgaa",
    "n.v.",
    "nv",
    "b.v.",
    "bv",
    "ltd",
    "ltd.",
    "limited",
    "plc",
    "s.a.",
    "sa",
    "s.p.a.",
    "spa",
    "s.a.s.",
    "sas",
    "s.r.l.",
    "srl",
    "llc",
    "l.l.c.",
    "co.",
    "co",
    "oyj",
    "asa",
    "ab",
    "a/s",
    "s.l.",
    "ltda",
    "ltda.",
];
/// Legal forms written right after (or before) a CJK name: `株式会社`, `有限公司`, `公司`.
const CJK_LEGAL_SUFFIXES: [&str; 8] =
    ["集团有限公司", "股份有限公司", "有限公司", "股份公司", "株式会社", "公司", "(株)", "주식회사"];

pub(crate) fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

pub(crate) fn is_cjk(c: char) -> bool {
    is_katakana(c) || matches!(c as u32, 0x3040..=0x309F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Folds text for matching; returns the folded string and, per folded char, the index of
/// the original char it came from.
fn fold(text: &str) -> (String, Vec<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(chars.len());
    let mut last: Option<char> = None;
    // The next non-whitespace char after a whitespace run, found once per run (a run of 100k
    // spaces must not be rescanned at each of its chars).
    let mut next_after_run: Option<(usize, Option<char>)> = None;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '・' | '･' | '·') && last.is_some_and(is_katakana) {
            continue;
        }
        if c.is_whitespace() {
            let next = match next_after_run {
                Some((end, next)) if end > i => next,
                _ => {
                    let end = chars[i..].iter().position(|c| !c.is_whitespace()).map_or(chars.len(), |p| i + p);
                    let next = chars.get(end).copied();
                    next_after_run = Some((end, next));
                    next
                }
            };
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

/// The key under which two spellings of a name are the same name: folded (NFKC, case, width,
/// katakana separators, apostrophes), a possessive ending and legal suffixes dropped, and
/// Japanese and Traditional Han characters written as Simplified. Used by the corpus-level canonicalization and by
/// the evaluation's surface-form matcher, so both agree on what "the same name" means.
pub fn name_key(name: &str) -> String {
    let (folded, _) = fold(name.trim());
    let folded = script::fold_han(&folded);
    // Diacritics do not tell names apart (`Iberluz México` = `Iberluz Mexico`); kana voicing
    // marks do (`バ` is not `ハ`), so only Latin-script letters lose them.
    let folded: String = if folded.chars().any(is_cjk) {
        folded
    } else {
        folded.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect()
    };
    let folded = folded.strip_suffix("'s").or_else(|| folded.strip_suffix('\'')).unwrap_or(&folded);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut end = words.len();
    while end > 1 && LEGAL_SUFFIXES.contains(&words[end - 1].trim_end_matches(',')) {
        end -= 1;
    }
    // Initials written with or without dots are one spelling: `U.S. Steel` = `US Steel`.
    let words: Vec<String> = words[..end].iter().map(|w| undotted_initials(w)).collect();
    let mut key = words.join(" ").trim_end_matches(',').to_string();
    for suffix in CJK_LEGAL_SUFFIXES {
        if let Some(rest) = key.strip_suffix(suffix).filter(|r| r.chars().count() >= 2) {
            key = rest.trim_end().to_string();
            break;
        }
    }
    if let Some(rest) = key.strip_prefix("株式会社").filter(|r| r.chars().count() >= 2) {
        key = rest.trim_start().to_string();
    }
    key
}

/// `u.s.` -> `us`, `u.s` -> `us`: a word of two or more single letters each followed by a dot
/// (the last dot optional). Other words are returned as they are (`st.`, `co.`, `a.b.c.d`
/// with more than four letters is no initialism).
fn undotted_initials(word: &str) -> String {
    let parts: Vec<&str> = word.trim_end_matches('.').split('.').collect();
    let initials = (2..=4).contains(&parts.len())
        && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if initials {
        parts.concat()
    } else {
        word.to_string()
    }
}

/// A slug id from a name: folded, legal suffixes dropped, non-alphanumerics to `_`.
pub fn slug(name: &str) -> String {
    let key = name_key(name);
    let mut id = String::new();
    for c in key.chars() {
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
                let class = cols.get(5).map(|p| p.trim()).filter(|p| !p.is_empty()).map(String::from);
                if let Some(c) = class.as_deref().filter(|c| !NON_PARTY_CLASSES.contains(c) && *c != AUTHORITY_CLASS) {
                    return Err(err(format!(
                        "unknown class {c:?} (one of {} {AUTHORITY_CLASS})",
                        NON_PARTY_CLASSES.join(" ")
                    )));
                }
                let aliases: Vec<String> =
                    cols[3].split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
                rows.push(Row {
                    id: cols[0].trim().to_string(),
                    kind: cols[1].to_string(),
                    name: cols[2].trim().to_string(),
                    aliases,
                    parent,
                    class,
                });
            }
        }
        let mut table = Self::from_rows(rows)?;
        table.generic = generic;
        let file: TranslitFile = read_optional_toml(&dir.join("transliteration.toml"))?;
        table.translit = Translit {
            katakana: file.katakana.into_iter().filter_map(|(k, v)| Some((k.chars().next()?, v))).collect(),
            initials: file.hangul.initials,
            medials: file.hangul.medials,
            finals: file.hangul.finals,
        };
        table.context = read_optional_toml(&dir.join("name_context.toml"))?;
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

    /// Where a name found at `start..end` of `chars` really starts: past a country prefix of
    /// the language (`米マース` is Mars, "US Mars") when a katakana or Latin letter follows it.
    pub fn name_start(&self, chars: &[char], start: usize, end: usize, lang: &str) -> usize {
        let Some(prefixes) = self.context.country_prefixes.get(lang) else { return start };
        let mut at = start;
        while at + 1 < end {
            let next = chars[at + 1];
            let kana_or_latin = ('\u{30A0}'..='\u{30FF}').contains(&next)
                || next.is_ascii_alphabetic()
                || ('\u{FF21}'..='\u{FF5A}').contains(&next);
            if !kana_or_latin || !prefixes.iter().any(|p| p.chars().eq(std::iter::once(chars[at]))) {
                break;
            }
            at += 1;
        }
        at
    }

    /// Where a name found at `start..end` of `chars` really ends: before a trailing conjunction
    /// and bare comma the model took in (`Pringles, Cheez-It and` is `Pringles, Cheez-It`).
    pub fn name_end(&self, chars: &[char], start: usize, end: usize) -> usize {
        let mut end = end;
        loop {
            let before = end;
            while end > start && (chars[end - 1].is_whitespace() || matches!(chars[end - 1], ',' | '、' | '，')) {
                end -= 1;
            }
            let word_start = (start..end).rev().find(|&i| chars[i].is_whitespace()).map_or(start, |i| i + 1);
            if word_start > start {
                let word: String = chars[word_start..end].iter().collect::<String>().to_lowercase();
                if self.context.trailing_words.words.contains(&word) {
                    end = word_start;
                }
            }
            if end == before {
                return end;
            }
        }
    }

    /// Generic head words that a name may drop (`Banco Sabadell` -> `Sabadell`), folded.
    pub fn org_heads(&self) -> &[String] {
        &self.context.org_heads.words
    }

    /// True when a name only the model found is, in its context, a common noun rather than a
    /// party of a claim: a Latin name of fewer than three letters (`EV`, `AI`; real two-letter
    /// companies such as `HP` or `LG` are table entries), a single word right after an article
    /// of the sentence's language (`die Kommission`, `der Staatsfonds`, `la Bolsa`), or a CJK
    /// span ending in a descriptor head (`米バイオ企業`, "a US biotech company") or right before
    /// one (`米鉄鋼` in `米鉄鋼大手USスチール`, "major US steelmaker U.S. Steel").
    /// `chars` is the sentence, `start..end` the span.
    pub fn common_noun_in_context(&self, chars: &[char], start: usize, end: usize, lang: &str) -> bool {
        let span: String = chars[start..end].iter().collect();
        let latin = !span.chars().any(is_cjk);
        if latin {
            let letters = span.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 3 && span.split_whitespace().count() == 1 {
                return true;
            }
            if span.split_whitespace().count() == 1 {
                let before: String = chars[..start].iter().collect::<String>().to_lowercase();
                let before = before.trim_end();
                let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                let elided = before.ends_with('\'') || before.ends_with('’');
                let articles = self.context.articles.get(lang);
                if articles.is_some_and(|a| {
                    a.iter().any(|x| x == word || (elided && x.ends_with('\'') && before.ends_with(x.as_str())))
                }) {
                    return true;
                }
            }
            return false;
        }
        // Kanji followed by hiragana at the end is an inflected word (okurigana: `和らぐ`,
        // `高まる`), not a name; names written in hiragana alone stay (`みずほ`, `りそな`).
        let hiragana = |c: char| matches!(c as u32, 0x3041..=0x3096);
        if span.chars().last().is_some_and(hiragana) && script::has_han(&span) {
            return true;
        }
        // "米鉄鋼大手USスチール": the model's 米鉄鋼 right before a head is the description too.
        let after: String = chars[end..].iter().take(6).collect();
        self.context.descriptor_heads.words.iter().any(|h| span.ends_with(h.as_str()) || after.starts_with(h.as_str()))
    }

    fn from_rows(rows: Vec<Row>) -> Result<Self, EntityError> {
        let mut entities = Vec::new();
        let mut by_id = FxHashMap::default();
        let mut aliases = FxHashMap::default();
        let mut folded_patterns = Vec::new();
        let mut patterns = Vec::new();
        let mut non_party = rustc_hash::FxHashSet::default();
        let mut authorities = rustc_hash::FxHashSet::default();
        for Row { id, kind, name, aliases: alias_list, parent, class } in rows {
            if by_id.contains_key(&id) {
                continue;
            }
            let entry = entities.len();
            match class.as_deref() {
                Some(AUTHORITY_CLASS) => drop(authorities.insert(entry)),
                Some(_) => drop(non_party.insert(entry)),
                None => {}
            }
            by_id.insert(id.clone(), entry);
            // Chinese aliases in both scripts: a table that lists `微软` also knows `微軟`.
            let variants: Vec<String> = alias_list
                .iter()
                .chain(std::iter::once(&name))
                .filter(|a| script::has_han(a))
                .flat_map(|a| [script::to_simplified(a), script::to_traditional(a)])
                .collect();
            for alias in alias_list.iter().chain(std::iter::once(&name)).chain(&variants) {
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
                    katakana: alias.chars().all(|c| is_katakana(c) || matches!(c, '・' | ' ')),
                });
                folded_patterns.push(folded);
            }
            entities.push((Entity { id, name, kind }, parent));
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&folded_patterns)
            .map_err(|e| EntityError::Automaton(e.to_string()))?;
        Ok(EntityTable {
            entities,
            by_id,
            aliases,
            patterns,
            automaton,
            generic: Default::default(),
            translit: Default::default(),
            context: Default::default(),
            non_party,
            authorities,
        })
    }

    /// Whether an entity can be a party of a claim: not an exchange or a news agency.
    pub fn is_party(&self, id: &str) -> bool {
        self.by_id.get(id).is_none_or(|i| !self.non_party.contains(i))
    }

    /// Whether a table entity is an authority (class `authority`): a regulator, competition
    /// authority, central bank, ministry or government. Names only the model found are not.
    pub fn is_authority(&self, id: &str) -> bool {
        self.by_id.get(id).is_some_and(|i| self.authorities.contains(i))
    }

    /// Every table entity with its aliases (as written in the tables, plus script variants).
    pub fn entries(&self) -> Vec<(&Entity, Vec<String>)> {
        let mut aliases: Vec<Vec<String>> = vec![Vec::new(); self.entities.len()];
        for p in &self.patterns {
            aliases[p.entry].push(String::new());
        }
        for (folded, &i) in &self.aliases {
            aliases[i].push(folded.clone());
        }
        self.entities
            .iter()
            .zip(aliases)
            .map(|((e, _), mut a)| {
                a.retain(|x| !x.is_empty());
                a.sort();
                (e, a)
            })
            .collect()
    }

    /// Whether a name is a place of the tables (`Brasil`, `Japan`, `Deutschland`).
    pub fn is_place(&self, name: &str) -> bool {
        let id = self.resolve(name, "LOC").id;
        self.get(&id).is_some_and(|e| e.kind == "LOC")
    }

    /// Whether the tables define this id.
    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
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
        if let Some(&i) = self.aliases.get(stripped).or_else(|| self.aliases.get(&name_key(surface))) {
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
        // Every alias that matches here, then the leftmost-longest *valid* ones: the longest
        // alias at a position may fail its boundary check (`Nordlicht Energie AG` in `Nordlicht
        // Energie agreed`) while a shorter one holds.
        let mut found: Vec<EntityMention> = Vec::new();
        for m in self.automaton.find_overlapping_iter(&folded) {
            let p = &self.patterns[m.pattern().as_usize()];
            let (fs, fe) = (offsets.char(m.start()), offsets.char(m.end()));
            if p.spaced_script && !self.on_word_boundary(&folded_chars, fs, fe) {
                continue;
            }
            // A katakana name inside a longer katakana word is another word (`メタ` in `メタバース`).
            let kana = |c: Option<&char>| c.is_some_and(|&c| is_katakana(c));
            if p.katakana && (kana(folded_chars.get(fe)) || (fs > 0 && kana(folded_chars.get(fs - 1)))) {
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
            found.push(EntityMention { start, end, text: surface, entity: self.entities[p.entry].0.clone() });
        }
        found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut out: Vec<EntityMention> = Vec::new();
        for m in found {
            if out.last().is_none_or(|last| m.start >= last.end) {
                out.push(m);
            }
        }
        out
    }

    fn on_word_boundary(&self, chars: &[char], start: usize, end: usize) -> bool {
        // CJK text has no spaces: a Latin name glued to it (`米Nvidia`, `NvidiaはAI`) is a word.
        let before_ok = start == 0 || !chars[start - 1].is_alphanumeric() || is_cjk(chars[start - 1]);
        let after = chars.get(end).copied();
        let after_ok = match after {
            None => true,
            Some(c) if !c.is_alphanumeric() || is_cjk(c) => true,
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
    fn initials_with_and_without_dots_share_a_key() {
        assert_eq!(name_key("U.S. Steel"), name_key("US Steel"));
        assert_eq!(slug("U.S. Steel"), "us_steel");
        assert_eq!(name_key("J.P. Morgan"), name_key("JP Morgan"));
        // Not initials: an abbreviated word, a dotted domain, a legal suffix still dropped.
        assert_eq!(name_key("St. Gobain"), "st. gobain");
        assert_eq!(name_key("Amazon.com"), "amazon.com");
        assert_eq!(name_key("Iberdrola S.A."), "iberdrola");
        assert_ne!(name_key("U.S. Steel"), name_key("Steel"));
    }

    #[test]
    fn a_japanese_country_prefix_is_no_part_of_a_kana_or_latin_name() {
        let t = table();
        let start = |text: &str, lang: &str| {
            let chars: Vec<char> = text.chars().collect();
            t.name_start(&chars, 0, chars.len(), lang)
        };
        assert_eq!(start("米マース", "ja"), 1);
        assert_eq!(start("独SAP", "ja"), 1);
        assert_eq!(start("英アーム", "ja"), 1);
        // Before kanji the char may be the name's own (中部電力, 日本製鉄); other languages keep it.
        assert_eq!(start("中部電力", "ja"), 0);
        assert_eq!(start("日本製鉄", "ja"), 0);
        assert_eq!(start("米マース", "zh"), 0);
        // A lone prefix char stays: nothing would be left of the name.
        assert_eq!(start("米", "ja"), 0);
    }

    #[test]
    fn a_cjk_span_before_or_ending_in_a_descriptor_head_is_a_description() {
        let t = table();
        let judge = |text: &str, span: &str| {
            let chars: Vec<char> = text.chars().collect();
            let at = text.find(span).map(|b| text[..b].chars().count()).unwrap();
            t.common_noun_in_context(&chars, at, at + span.chars().count(), "ja")
        };
        assert!(judge("米鉄鋼大手USスチールを買収", "米鉄鋼"));
        assert!(judge("米バイオ企業を買収", "米バイオ企業"));
        assert!(!judge("米鉄鋼大手USスチールを買収", "USスチール"));
        assert!(!judge("ケラノバを買収", "ケラノバ"));
        // Okurigana: a verb, not a name; a name in hiragana alone is a name.
        assert!(judge("懸念が和らぐとの見方", "和らぐ"));
        assert!(!judge("みずほが発表", "みずほ"));
        assert!(!judge("日本製鉄が発表", "日本製鉄"));
    }

    #[test]
    fn a_name_never_ends_in_a_conjunction_or_a_bare_comma() {
        let t = table();
        let end = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            chars[..t.name_end(&chars, 0, chars.len())].iter().collect::<String>()
        };
        assert_eq!(end("Pringles, Cheez-It and"), "Pringles, Cheez-It");
        assert_eq!(end("Banco Sabadell, "), "Banco Sabadell");
        assert_eq!(end("Johnson & Johnson"), "Johnson & Johnson");
        assert_eq!(end("Marks and Spencer"), "Marks and Spencer");
        // A one-word span is left alone, even a conjunction: the generic filter judges it.
        assert_eq!(end("and"), "and");
    }

    #[test]
    fn long_whitespace_runs_fold_in_one_pass() {
        // Regression: each char of a whitespace run rescanned the rest of the run (100k spaces
        // took seconds). One space stays, and names on both sides are still found.
        let text = format!("Amazon{}Microsoft{}", " ".repeat(200_000), "\u{a0}".repeat(200_000));
        let (folded, map) = fold(&text);
        assert_eq!(folded, "amazon microsoft ");
        assert_eq!(map.len(), folded.chars().count());
        assert_eq!(ids(&text).len(), 2);
    }

    #[test]
    fn case_and_boundaries_prevent_false_matches() {
        assert!(ids("let us meet; a meta-analysis of amazonas").is_empty());
        assert_eq!(
            ids("in the US and the U.S."),
            [("US".into(), "united_states".into()), ("U.S.".into(), "united_states".into())]
        );
        assert!(ids("Metallica").is_empty());
        assert_eq!(
            ids("Toyota Motor Corpus"),
            [("Toyota Motor".into(), "toyota".into())],
            "a longer alias that fails its boundary leaves the shorter one"
        );
        assert!(ids("メタバース").is_empty(), "a katakana name inside a longer katakana word");
        assert_eq!(ids("米Nvidiaは好調"), [("Nvidia".into(), "nvidia".into())], "Latin glued to CJK");
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
        std::fs::write(dir.join("x.tsv"), "acme\tORG\tAcme\tAcme\n").unwrap();
        std::fs::write(dir.join("name_context.toml"), "[articles]\nen = [\"the\"\nde = 3\n").unwrap();
        let err = EntityTable::load(&dir).err().unwrap().to_string();
        assert!(err.contains("name_context.toml") && err.contains("line"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
