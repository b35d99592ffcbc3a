//! Corpus-level canonicalization: one entity id for every spelling of a name that no table
//! lists, across documents, languages and scripts.
//!
//! Documents give provisional ids: a table id, or a slug of the name's [`name_key`] (so
//! spellings that fold to one key, `Kestrel Semiconductor Inc.` / `KESTREL SEMICONDUCTOR` /
//! `微軟`-`微软`, already share an id). Within a document, [`link_short_forms`] points short
//! forms at the full name they abbreviate (`Kestrel` -> `Kestrel Semiconductor`, `Albers` ->
//! `Katrin Albers`, `AMD` -> `Advanced Micro Devices`). This module then merges provisional ids
//! across the corpus, each merge with a rule and its evidence:
//!
//! - **short form**: a short id that some document linked to exactly one full name is that
//!   name everywhere (`Kestrel` alone in another article);
//! - **transliteration**: a katakana or hangul name whose reading has the consonant skeleton of
//!   a Latin name of the same type (`ケストレル` kesutoreru ~ `Kestrel`), *and* the two occur in
//!   documents that share context (a table entity or a figure): a sound match alone is weak;
//! - **claim alignment**: two names in different scripts that are the same party of at least
//!   two claims with the same predicate, counterparty and value.
//!
//! Table entities never merge with each other (they are curated as distinct), and a cluster
//! holds at most one. Everything is a function of the aggregated statistics, which are sums
//! over documents, so shards that pool their statistics reach the same ids as one run.

use std::collections::{BTreeMap, BTreeSet};

use polyfact_core::UnionFind;
use serde::{Deserialize, Serialize};

use crate::{is_cjk, is_katakana, EntityTable};

/// At most this many context keys are kept per name (memory stays bounded per name).
const MAX_CONTEXT: usize = 64;
/// A transliteration match needs at least this many consonants on both sides: short
/// skeletons (`メタ` m-t) collide with too many names.
const MIN_SKELETON: usize = 3;

/// A context key (64-bit FNV-1a of a text such as `e:amazon` or a value key): stable across
/// runs, platforms and Rust versions.
pub fn context_key(text: &str) -> u64 {
    polyfact_core::fnv1a(text)
}

/// What one document says about one provisional id (serialized in a shard's reduce file).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NameStats {
    /// (language, surface) -> mentions.
    #[serde(with = "pair_keys")]
    pub surfaces: BTreeMap<(String, String), usize>,
    /// entity type -> mentions.
    pub kinds: BTreeMap<String, usize>,
    /// Hashes of what the documents naming it also mention (table entities, figures).
    pub context: BTreeSet<u64>,
    /// Hashes of the documents that name it (at most [`MAX_CONTEXT`]): two names written in
    /// one document are two entities unless the document itself links them.
    pub docs: BTreeSet<u64>,
    /// Whether the id comes from the alias tables.
    pub from_table: bool,
}

/// A map with (language, surface) keys as a JSON list of `[[language, surface], count]`
/// (JSON object keys are strings only).
mod pair_keys {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Pairs = BTreeMap<(String, String), usize>;

    pub fn serialize<S: Serializer>(map: &Pairs, s: S) -> Result<S::Ok, S::Error> {
        map.iter().collect::<Vec<_>>().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
        Ok(Vec::<((String, String), usize)>::deserialize(d)?.into_iter().collect())
    }
}

impl NameStats {
    fn add(&mut self, other: &NameStats) {
        for (k, n) in &other.surfaces {
            *self.surfaces.entry(k.clone()).or_default() += n;
        }
        for (k, n) in &other.kinds {
            *self.kinds.entry(k.clone()).or_default() += n;
        }
        for c in &other.context {
            if self.context.len() >= MAX_CONTEXT {
                break;
            }
            self.context.insert(*c);
        }
        for d in &other.docs {
            if self.docs.len() >= MAX_CONTEXT {
                break;
            }
            self.docs.insert(*d);
        }
        self.from_table |= other.from_table;
    }

    fn mentions(&self) -> usize {
        self.surfaces.values().sum()
    }

    fn kind(&self) -> &str {
        self.kinds
            .iter()
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(k.as_str())))
            .map(|(k, _)| k.as_str())
            .unwrap_or("ORG")
    }

    /// The display name: the fullest name (longest [`name_key`](crate::name_key): `Kestrel
    /// Semiconductor` over its short form `Kestrel`), in its most frequent spelling (ties: the
    /// shortest, then the first in order: `Kestrel Semiconductor` over `... Inc.`).
    fn display(&self) -> &str {
        self.surfaces
            .iter()
            .max_by_key(|((_, s), n)| {
                (
                    crate::name_key(s).chars().count(),
                    **n,
                    std::cmp::Reverse(s.chars().count()),
                    std::cmp::Reverse(s.as_str()),
                )
            })
            .map(|((_, s), _)| s.as_str())
            .unwrap_or("")
    }

    fn latin(&self) -> bool {
        !self.display().chars().any(is_cjk)
    }
}

/// A claim as the alignment rule sees it: a party's id, and what else the claim says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClaimSignature {
    pub party: String,
    /// predicate, role, counterparty id (after canonical merges of the counterparty are not
    /// known yet: table ids and provisional ids), canonical value.
    pub fact: String,
    pub doc_id: String,
}

/// One link of a name to its entity, as `entities.jsonl` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub name: String,
    pub rule: String,
    pub evidence: String,
}

/// An entity of the run, as `entities.jsonl` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRecord {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub names: BTreeMap<String, Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub links: Vec<Link>,
}

/// Everything the corpus step collects, summed over documents.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    pub names: BTreeMap<String, NameStats>,
    /// short id -> full ids it was linked to, with one document as evidence each.
    pub short_forms: BTreeMap<String, BTreeMap<String, (String, String)>>,
    pub claims: BTreeSet<ClaimSignature>,
}

/// A document's contribution (serialized in a shard's reduce file).
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocNames {
    pub names: BTreeMap<String, NameStats>,
    /// (short id, full id, rule) linked inside the document.
    pub short_links: Vec<(String, String, String)>,
    pub doc_id: String,
}

impl Corpus {
    pub fn add(&mut self, doc: &DocNames) {
        for (id, stats) in &doc.names {
            self.names.entry(id.clone()).or_default().add(stats);
        }
        for (short, full, rule) in &doc.short_links {
            self.short_forms
                .entry(short.clone())
                .or_default()
                .entry(full.clone())
                .or_insert_with(|| (rule.clone(), doc.doc_id.clone()));
        }
    }

    pub fn add_claim(&mut self, signature: ClaimSignature) {
        self.claims.insert(signature);
    }

    /// Pools another corpus' statistics (shards).
    pub fn merge(&mut self, other: &Corpus) {
        for (id, stats) in &other.names {
            self.names.entry(id.clone()).or_default().add(stats);
        }
        for (short, fulls) in &other.short_forms {
            let entry = self.short_forms.entry(short.clone()).or_default();
            for (full, ev) in fulls {
                let slot = entry.entry(full.clone()).or_insert_with(|| ev.clone());
                if ev < slot {
                    *slot = ev.clone();
                }
            }
        }
        self.claims.extend(other.claims.iter().cloned());
    }
}

/// The outcome: provisional id -> final entity, and the entity records.
#[derive(Debug, Default)]
pub struct Canonical {
    pub map: BTreeMap<String, (String, String, String)>,
    pub records: Vec<EntityRecord>,
}

impl Canonical {
    /// The final (id, name, type) of a provisional id, if it changed or was seen.
    pub fn get(&self, id: &str) -> Option<(&str, &str, &str)> {
        self.map.get(id).map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
    }
}

/// The reading of a katakana or hangul name in Latin letters, if it is written in one of
/// those scripts (other characters are dropped).
pub fn romanize(table: &EntityTable, name: &str) -> Option<String> {
    let mut out = String::new();
    let mut any = false;
    for c in name.chars() {
        if is_katakana(c) {
            if let Some(r) = table.translit.katakana.get(&c) {
                out.push_str(r);
                any = true;
            }
        } else if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
            let t = &table.translit;
            let n = c as u32 - 0xAC00;
            let (i, m, f) = ((n / 588) as usize, ((n % 588) / 28) as usize, (n % 28) as usize);
            for part in [t.initials.get(i), t.medials.get(m), t.finals.get(f)].into_iter().flatten() {
                out.push_str(part);
            }
            any = true;
        } else if c.is_ascii_alphanumeric() {
            // Mixed names keep their Latin part (`バンコBPM`).
            out.push(c.to_ascii_lowercase());
        } else if c.is_whitespace() {
            out.push(' ');
        }
    }
    any.then_some(out)
}

/// Consonant skeletons of a Latin (or romanized) name: letters mapped to sound classes that
/// katakana and hangul readings keep apart (voicing merged: d=t, g=k, b=v; l=r; vowels, w, y
/// and h dropped; doubled consonants once). Spellings with several readings give several
/// skeletons: `ch` as h/k/t, an r before a consonant kept or not (`Corvex` コーベックス).
pub fn skeletons(name: &str) -> BTreeSet<String> {
    use unicode_normalization::UnicodeNormalization;
    let letters: Vec<char> = name.nfkd().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let mut variants: Vec<String> = vec![String::new()];
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w');
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        let next = letters.get(i + 1).copied();
        let pair = next.map(|n| (c, n));
        let options: Vec<&str> = match pair {
            Some(('c', 'h')) => {
                i += 1;
                vec!["h", "k", "t", "s"]
            }
            Some(('s', 'h')) | Some(('t', 'h')) | Some(('t', 's')) => {
                i += 1;
                if c == 't' && next == Some('s') {
                    vec!["t", "ts"]
                } else {
                    vec!["s"]
                }
            }
            Some(('p', 'h')) => {
                i += 1;
                vec!["f"]
            }
            Some(('c', 'k')) => {
                i += 1;
                vec!["k"]
            }
            _ => match c {
                'c' => {
                    if matches!(next, Some('e' | 'i' | 'y')) {
                        vec!["s"]
                    } else {
                        vec!["k"]
                    }
                }
                'g' if matches!(next, Some('e' | 'i')) => vec!["s", "k"],
                'q' | 'k' | 'g' => vec!["k"],
                'x' => vec!["ks"],
                'z' | 's' | 'j' => vec!["s"],
                'd' | 't' => vec!["t"],
                'b' | 'v' => vec!["b"],
                'l' | 'r' => {
                    let before_consonant = next.is_none_or(|n| !vowel(n));
                    let after_vowel = i > 0 && vowel(letters[i - 1]);
                    if c == 'r' && before_consonant && after_vowel {
                        vec!["r", ""]
                    } else {
                        vec!["r"]
                    }
                }
                'h' => vec![""],
                c if vowel(c) => vec![""],
                'f' => vec!["f"],
                'p' => vec!["p"],
                'm' => vec!["m"],
                'n' => vec!["n"],
                _ => vec![""],
            },
        };
        let mut grown = Vec::new();
        for v in &variants {
            for o in &options {
                let mut s = v.clone();
                for ch in o.chars() {
                    if !s.ends_with(ch) {
                        s.push(ch);
                    }
                }
                if !grown.contains(&s) {
                    grown.push(s);
                }
            }
        }
        grown.truncate(16);
        variants = grown;
        i += 1;
    }
    variants.into_iter().filter(|s| !s.is_empty()).collect()
}

/// Within one document: the full name each short form stands for. A name is a short form of
/// another name of the same type in the document when its words are the other's first words
/// (`Kestrel` of `Kestrel Semiconductor`), a person's last word (`Albers` of `Katrin Albers`),
/// the other less a generic head word from `heads` (`Sabadell` of `Banco Sabadell`), or the
/// initials of its words (`AMD` of `Advanced Micro Devices`). A short form that could
/// stand for two different full names is left alone, and so is a name whose full form adds a
/// place (`is_place`): `Lusovento Brasil` is the Brazilian unit of `Lusovento`, not its long
/// name. Returns (short id, full id, rule).
pub fn link_short_forms(
    names: &[(String, String, String)],
    heads: &[String],
    is_place: &dyn Fn(&str) -> bool,
) -> Vec<(String, String, String)> {
    // (id, surface, type), distinct.
    let distinct: BTreeSet<&(String, String, String)> = names.iter().collect();
    // Each name's key once (folding runs OpenCC): its words, and its chars for the CJK rule.
    let keys: Vec<String> = distinct.iter().map(|n| crate::name_key(&n.1)).collect();
    let words = |key: &str| -> Vec<String> {
        key.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).map(String::from).collect()
    };
    let mut out: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    // A hyphen compound of a name seen alone is that name (`VoltaCell-Papiere`, "VoltaCell
    // shares", `Kestrel-Chef`): German and Dutch glue nouns to names.
    for compound in &distinct {
        for base in &distinct {
            let rest = compound.1.strip_prefix(base.1.as_str()).and_then(|r| r.strip_prefix('-'));
            if base.0 != compound.0
                && rest.is_some_and(|r| r.chars().count() >= 2 && r.chars().all(char::is_alphabetic))
            {
                out.entry(compound.0.clone()).or_default().insert((base.0.clone(), "compound".to_string()));
            }
        }
    }
    let split: Vec<Vec<String>> = keys.iter().map(|k| words(k)).collect();
    let han: Vec<Option<Vec<char>>> = keys.iter().map(|k| han_chars(k)).collect();
    for (short, sh) in distinct.iter().zip(&han) {
        for (full, fh) in distinct.iter().zip(&han) {
            let (Some(sh), Some(fh)) = (sh, fh) else { continue };
            if full.0 != short.0 && full.2 == short.2 && abbreviates(sh, fh, &short.2) {
                out.entry(short.0.clone()).or_default().insert((full.0.clone(), "abbreviation".to_string()));
            }
        }
    }
    for (short, sw) in distinct.iter().zip(&split) {
        if sw.is_empty() || short.1.chars().any(is_cjk) {
            continue;
        }
        for (full, fw) in distinct.iter().zip(&split) {
            if full.0 == short.0 || full.2 != short.2 {
                continue;
            }
            if fw.len() <= sw.len() || out.contains_key(&full.0) {
                continue;
            }
            // Organizations are shortened to their first words, people to their family name.
            let shortened = if short.2 == "PER" {
                sw.len() == 1 && fw.last() == sw.last()
            } else {
                // `Sabadell` of `Banco Sabadell`, `Santander` of `Grupo Santander`: the full name
                // less a generic head word.
                (fw[..sw.len()] == sw[..] && !is_place(&fw[sw.len()..].join(" ")))
                    || (fw.len() == sw.len() + 1 && fw[1..] == sw[..] && heads.iter().any(|h| h == &fw[0]))
            };
            let rule = if shortened {
                Some("short form")
            } else if (sw.len() == 1 && acronym_of(&short.1, &full.1)) || initials_then_rest(&short.1, sw, fw) {
                Some("acronym")
            } else {
                None
            };
            if let Some(rule) = rule {
                out.entry(short.0.clone()).or_default().insert((full.0.clone(), rule.to_string()));
            }
        }
    }
    out.into_iter()
        .filter_map(|(short, fulls)| {
            let ids: BTreeSet<&String> = fulls.iter().map(|(id, _)| id).collect();
            (ids.len() == 1).then(|| {
                let (full, rule) = fulls.into_iter().next().unwrap();
                (short, full, rule)
            })
        })
        .collect()
}

/// `U.S. Steel` of `United States Steel`: the short name's first word is the initials of the
/// full name's first words (written in capitals, with or without dots), and its other words
/// are the full name's remaining words. `sw` and `fw` are the keys' words.
fn initials_then_rest(short: &str, sw: &[String], fw: &[String]) -> bool {
    let first: String = short.split_whitespace().next().unwrap_or("").chars().filter(|c| *c != '.').collect();
    let n = first.chars().count();
    if sw.len() < 2 || !(2..=4).contains(&n) || !first.chars().all(|c| c.is_alphabetic() && c.is_uppercase()) {
        return false;
    }
    if fw.len() != n + sw.len() - 1 || fw[n..] != sw[1..] {
        return false;
    }
    let initials: String = fw[..n].iter().filter_map(|w| w.chars().next()).collect();
    initials == sw[0]
}

/// Japanese and Chinese shorten a name to some of its characters, in order, starting with
/// its first: `日鉄` of `日本製鉄`, `三菱` of `三菱商事`, `北大` of `北京大学`; a person to the
/// family name in front (`橋本` of `橋本英二`). Only Han characters take part (kana names are
/// shortened in other ways), the short form has two or three of them (a four-character name
/// such as `中国银行` is a name of its own, not a short form of `中国工商银行`), and the full
/// name is longer. A short form of two full names of one document links to neither
/// (the caller's ambiguity rule).
pub fn cjk_abbreviation(short: &str, full: &str, kind: &str) -> bool {
    let (Some(s), Some(f)) = (han_chars(&crate::name_key(short)), han_chars(&crate::name_key(full))) else {
        return false;
    };
    abbreviates(&s, &f, kind)
}

/// A name key's chars when all of them are Han characters.
fn han_chars(key: &str) -> Option<Vec<char>> {
    let chars: Vec<char> = key.chars().collect();
    (!chars.is_empty() && chars.iter().all(|&c| crate::script::is_han(c))).then_some(chars)
}

/// [`cjk_abbreviation`] on the Han characters of two name keys.
fn abbreviates(s: &[char], f: &[char], kind: &str) -> bool {
    if s.len() < 2 || s.len() > 3 || f.len() <= s.len() || s[0] != f[0] {
        return false;
    }
    if kind == "PER" {
        return f.starts_with(s) && s.len() <= 2;
    }
    if kind != "ORG" {
        return false;
    }
    let mut rest = f.iter();
    s.iter().all(|c| rest.any(|x| x == c))
}

/// `AMD` = `Advanced Micro Devices`, `EIB` = `European Investment Bank` (function words of the
/// long form may be skipped: `of`, `and`, `&`, `für`, `de`).
pub fn acronym_of(short: &str, full: &str) -> bool {
    let letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2
        || letters.len() > 6
        || !letters.iter().all(|c| c.is_uppercase())
        || short.chars().any(|c| c.is_lowercase())
    {
        return false;
    }
    const SKIP: [&str; 24] = [
        "of", "and", "&", "für", "de", "der", "des", "du", "la", "van", "for", "the", "di", "dei", "del", "della",
        "do", "da", "dos", "das", "y", "e", "et", "und",
    ];
    let initials: String = full
        .split_whitespace()
        .filter(|w| !SKIP.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let with_all: String =
        full.split_whitespace().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).collect();
    let short: String = letters.into_iter().collect();
    full.split_whitespace().count() >= 2 && (initials == short || with_all == short)
}

/// Runs the corpus step. `parent` gives a table id's parent.
pub fn canonicalize(corpus: &Corpus, table: &EntityTable) -> Canonical {
    let ids: Vec<&String> = corpus.names.keys().collect();
    let index: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    let stats = |i: usize| &corpus.names[ids[i]];
    let mut uf = UnionFind::new(ids.len());
    let mut links: BTreeMap<usize, Link> = BTreeMap::new();
    let is_table = |i: usize| stats(i).from_table || table.contains(ids[i]);
    // Merges `a` into `b`'s cluster unless that would join two table entities.
    let mut tables_in: Vec<Option<usize>> = (0..ids.len()).map(|i| is_table(i).then_some(i)).collect();
    let mut union = |uf: &mut UnionFind, a: usize, b: usize| -> bool {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            return false;
        }
        if tables_in[ra].is_some() && tables_in[rb].is_some() {
            return false;
        }
        uf.union(ra, rb);
        let root = uf.find(ra);
        tables_in[root] = tables_in[rb].or(tables_in[ra]);
        true
    };
    // Short forms linked to exactly one full name somewhere in the corpus.
    for (short, fulls) in &corpus.short_forms {
        let [(full, (rule, doc))] = fulls.iter().collect::<Vec<_>>()[..] else { continue };
        let (Some(&a), Some(&b)) = (index.get(short.as_str()), index.get(full.as_str())) else { continue };
        if is_table(a) {
            continue;
        }
        if union(&mut uf, a, b) {
            links.insert(
                a,
                Link {
                    name: stats(a).display().to_string(),
                    rule: rule.clone(),
                    evidence: format!("{} in {doc}", stats(b).display()),
                },
            );
        }
    }
    // Transliteration: index Latin names by skeleton, look up each katakana/hangul name.
    let mut by_skeleton: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in 0..ids.len() {
        if stats(i).latin() {
            for (_, surface) in stats(i).surfaces.keys() {
                for sk in skeletons(surface) {
                    if sk.chars().count() >= MIN_SKELETON {
                        let list = by_skeleton.entry(sk).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
            }
        }
    }
    for i in 0..ids.len() {
        if stats(i).latin() || is_table(i) {
            continue;
        }
        let mut found: BTreeMap<usize, String> = BTreeMap::new();
        for (_, surface) in stats(i).surfaces.keys() {
            let Some(reading) = romanize(table, surface) else { continue };
            // The Latin letters of a mixed name are written, not read: `USスチール` can only be
            // a name that starts with `US` (`U.S. Steel`, not `Steel`).
            let latin_part: String =
                surface.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '.').filter(|c| *c != '.').collect();
            let latin_part = latin_part.to_lowercase();
            for sk in skeletons(&reading) {
                for &j in by_skeleton.get(&sk).into_iter().flatten() {
                    let shared = stats(i).context.intersection(&stats(j).context).next().is_some();
                    let written = latin_part.is_empty() || {
                        let key = crate::name_key(stats(j).display());
                        key.split_whitespace().next().is_some_and(|w| w.starts_with(&latin_part))
                    };
                    if shared && written && stats(i).kind() == stats(j).kind() {
                        found.insert(j, format!("{surface} read {reading} ~ {}", stats(j).display()));
                    }
                }
            }
        }
        // One Latin candidate cluster only: two different names that sound alike stay apart.
        let roots: BTreeSet<usize> = found.keys().map(|&j| uf.find(j)).collect();
        if roots.len() == 1 {
            let (&j, evidence) = found.iter().next().unwrap();
            if union(&mut uf, i, j) {
                links.insert(
                    i,
                    Link {
                        name: stats(i).display().to_string(),
                        rule: "transliteration".into(),
                        evidence: format!("{evidence}; shared context"),
                    },
                );
            }
        }
    }
    // Claim alignment: the same fact stated about names in different scripts. Rounds: a merge
    // of one round makes the facts of the next agree (once `日本制铁` is `Nippon Steel`, the
    // deal of `美国钢铁公司` with it is the deal of `U.S. Steel` with it); at most as many
    // rounds as there are names, and in practice two or three.
    let facts: Vec<(usize, [&str; 4])> = corpus
        .claims
        .iter()
        .filter_map(|c| {
            let &i = index.get(c.party.as_str())?;
            let mut parts = c.fact.splitn(4, '|');
            let fact = [parts.next()?, parts.next()?, parts.next()?, parts.next()?];
            Some((i, fact))
        })
        .collect();
    for _round in 0..ids.len() {
        let mut by_fact: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for (i, [predicate, role, counterparty, value]) in &facts {
            let counterparty = match index.get(counterparty) {
                Some(&j) => ids[uf.find(j)].as_str(),
                None => counterparty,
            };
            by_fact.entry(format!("{predicate}|{role}|{counterparty}|{value}")).or_default().insert(*i);
        }
        let mut agree: BTreeMap<(usize, usize), Vec<&str>> = BTreeMap::new();
        for (fact, parties) in &by_fact {
            let parties: Vec<usize> = parties.iter().copied().collect();
            if parties.len() > 8 {
                continue;
            }
            for (x, &a) in parties.iter().enumerate() {
                for &b in &parties[x + 1..] {
                    // Names written in one document are never candidates (the cluster check
                    // below also covers names merged since).
                    let together = stats(a).docs.intersection(&stats(b).docs).next().is_some();
                    if stats(a).latin() != stats(b).latin()
                        && stats(a).kind() == stats(b).kind()
                        && !together
                        && uf.find(a) != uf.find(b)
                    {
                        agree.entry((a, b)).or_default().push(fact);
                    }
                }
            }
        }
        // Each non-Latin name takes the one Latin partner that agrees on most facts (at least
        // two, and more than any other partner), unless its cluster already has a Latin name or
        // the two clusters were ever named in one document.
        let mut best: BTreeMap<usize, Vec<(usize, Vec<&str>)>> = BTreeMap::new();
        for ((a, b), facts) in agree {
            let (from, to) = if stats(a).latin() { (b, a) } else { (a, b) };
            best.entry(from).or_default().push((to, facts));
        }
        let mut merged = false;
        for (from, mut partners) in best {
            partners.sort_by_key(|(to, facts)| (std::cmp::Reverse(facts.len()), *to));
            let facts = &partners[0].1;
            let to = partners[0].0;
            if facts.len() < 2 || partners.get(1).is_some_and(|p| p.1.len() == facts.len()) {
                continue;
            }
            let (mine, theirs) = (uf.members(from).to_vec(), uf.members(to).to_vec());
            let has_latin = mine.iter().any(|&m| stats(m).latin());
            let docs =
                |ms: &[usize]| -> BTreeSet<u64> { ms.iter().flat_map(|&m| stats(m).docs.iter().copied()).collect() };
            if has_latin || docs(&mine).intersection(&docs(&theirs)).next().is_some() {
                continue;
            }
            if union(&mut uf, from, to) {
                merged = true;
                links.insert(
                    from,
                    Link {
                        name: stats(from).display().to_string(),
                        rule: "claim alignment".into(),
                        evidence: facts.join("; "),
                    },
                );
            }
        }
        if !merged {
            break;
        }
    }
    // Clusters -> final ids: the table id, else the most-mentioned Latin member, else the most
    // mentioned member; ties by id.
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..ids.len() {
        let r = uf.find(i);
        clusters.entry(r).or_default().push(i);
    }
    let mut out = Canonical::default();
    for members in clusters.values() {
        let head = *members
            .iter()
            .max_by_key(|&&i| (is_table(i), stats(i).latin(), stats(i).mentions(), std::cmp::Reverse(ids[i].as_str())))
            .unwrap();
        let id = ids[head].clone();
        let (name, kind) = match table.get(&id) {
            Some(e) => (e.name.clone(), e.kind.clone()),
            None => (stats(head).display().to_string(), stats(head).kind().to_string()),
        };
        let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut record_links = Vec::new();
        for &m in members {
            for (lang, surface) in stats(m).surfaces.keys() {
                names.entry(lang.clone()).or_default().insert(surface.clone());
            }
            if let Some(l) = links.get(&m) {
                record_links.push(l.clone());
            }
            if !is_table(m) {
                // Spellings folded into this provisional id.
                let display = stats(m).display();
                for (_, surface) in stats(m).surfaces.keys() {
                    if surface != display && !record_links.iter().any(|l: &Link| &l.name == surface) {
                        // Same key: a spelling; another key: a short form its document linked.
                        let (rule, evidence) = if crate::name_key(surface) == crate::name_key(display) {
                            ("folding", format!("same key as {display}"))
                        } else {
                            ("short form", format!("linked to {display} inside a document that names both"))
                        };
                        record_links.push(Link { name: surface.clone(), rule: rule.into(), evidence });
                    }
                }
            }
            out.map.insert(ids[m].clone(), (id.clone(), name.clone(), kind.clone()));
        }
        record_links.sort_by(|a, b| (&a.name, &a.rule).cmp(&(&b.name, &b.rule)));
        out.records.push(EntityRecord {
            parent: table.parent(&id).map(String::from),
            id,
            name,
            kind,
            names: names.into_iter().map(|(l, s)| (l, s.into_iter().collect())).collect(),
            links: record_links,
        });
    }
    out.records.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn table() -> EntityTable {
        EntityTable::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/entities")).unwrap()
    }

    fn sounds_alike(t: &EntityTable, kana: &str, latin: &str) -> bool {
        let reading = romanize(t, kana).unwrap();
        let a = skeletons(&reading);
        let b = skeletons(latin);
        a.iter().any(|s| s.chars().count() >= MIN_SKELETON && b.contains(s))
    }

    #[test]
    fn katakana_and_hangul_readings_meet_latin_names() {
        let t = table();
        for (kana, latin) in [
            ("ケストレル", "Kestrel"),
            ("インテル", "Intel"),
            ("エヌビディア", "Nvidia"),
            ("ノルトリヒト", "Nordlicht"),
            ("ボルタセル", "VoltaCell"),
            ("コーベックス", "Corvex"),
            ("クアンティクス", "Quantix"),
            ("スカイフォージ", "Skyforge"),
            ("メリディアン", "Meridian"),
            ("엔비디아", "Nvidia"),
            ("인텔", "Intel"),
        ] {
            assert!(
                sounds_alike(&t, kana, latin),
                "{kana} ~ {latin}: {:?} vs {:?}",
                skeletons(&romanize(&t, kana).unwrap()),
                skeletons(latin)
            );
        }
        for (kana, latin) in
            [("メタ", "Meta"), ("インテル", "Nvidia"), ("ケストレル", "Castellum"), ("ボルタセル", "Vodafone")]
        {
            assert!(!sounds_alike(&t, kana, latin), "{kana} !~ {latin}");
        }
    }

    #[test]
    fn short_forms_and_acronyms_inside_a_document() {
        let n = |id: &str, s: &str, k: &str| (id.to_string(), s.to_string(), k.to_string());
        let heads = ["banco".to_string()];
        let links = link_short_forms(
            &[
                n("kestrel_semiconductor", "Kestrel Semiconductor", "ORG"),
                n("kestrel", "Kestrel", "ORG"),
                n("katrin_albers", "Katrin Albers", "PER"),
                n("albers", "Albers", "PER"),
                n("advanced_micro_devices", "Advanced Micro Devices", "ORG"),
                n("amd", "AMD", "ORG"),
                n("banco_sabadell", "Banco Sabadell", "ORG"),
                n("sabadell", "Sabadell", "ORG"),
            ],
            &heads,
            &|_| false,
        );
        assert_eq!(
            links,
            [
                ("albers".into(), "katrin_albers".into(), "short form".into()),
                ("amd".into(), "advanced_micro_devices".into(), "acronym".into()),
                ("kestrel".into(), "kestrel_semiconductor".into(), "short form".into()),
                ("sabadell".into(), "banco_sabadell".into(), "short form".into()),
            ]
        );
        // Negative: a prefix that is not a word (`Meta` / `Metawave`), `ING` / `Ingram`, and a
        // short form of two different full names.
        let none = link_short_forms(
            &[
                n("meta", "Meta", "ORG"),
                n("metawave", "Metawave", "ORG"),
                n("ing", "ING", "ORG"),
                n("ingram_micro", "Ingram Micro", "ORG"),
                n("helio", "Helio", "ORG"),
                n("helio_motors", "Helio Motors", "ORG"),
                n("helio_energy", "Helio Energy", "ORG"),
                n("motors", "Motors", "ORG"),
            ],
            &heads,
            &|_| false,
        );
        assert!(none.is_empty(), "{none:?}");
        let compound = link_short_forms(
            &[n("voltacell", "VoltaCell", "ORG"), n("voltacell_papiere", "VoltaCell-Papiere", "ORG")],
            &heads,
            &|_| false,
        );
        assert_eq!(compound, [("voltacell_papiere".into(), "voltacell".into(), "compound".into())]);
        // Japanese and Chinese short forms: characters of the full name, in order, from its first.
        let cjk = link_short_forms(
            &[
                n("日本制铁", "日本製鉄", "ORG"),
                n("日铁", "日鉄", "ORG"),
                n("桥本英二", "橋本英二", "PER"),
                n("桥本", "橋本", "PER"),
                n("北京大学", "北京大学", "ORG"),
                n("北大", "北大", "ORG"),
            ],
            &heads,
            &|_| false,
        );
        assert_eq!(
            cjk,
            [
                ("北大".into(), "北京大学".into(), "abbreviation".into()),
                ("日铁".into(), "日本制铁".into(), "abbreviation".into()),
                ("桥本".into(), "桥本英二".into(), "abbreviation".into()),
            ]
        );
        // Negative: another first character, characters out of order, a place, a four-character
        // name, kana, and a short form of two full names.
        assert!(!cjk_abbreviation("本鉄", "日本製鉄", "ORG"));
        assert!(!cjk_abbreviation("鉄日", "日本製鉄", "ORG"));
        assert!(!cjk_abbreviation("日本", "日本製鉄", "LOC"));
        assert!(!cjk_abbreviation("中国银行", "中国工商银行", "ORG"));
        assert!(!cjk_abbreviation("トヨ", "トヨタ", "ORG"));
        assert!(!cjk_abbreviation("英二", "橋本英二", "PER"));
        let two = link_short_forms(
            &[n("三菱商事", "三菱商事", "ORG"), n("三菱重工", "三菱重工", "ORG"), n("三菱", "三菱", "ORG")],
            &heads,
            &|_| false,
        );
        assert!(two.is_empty(), "{two:?}");
        // Negative: a full name that adds a place is the company's unit there, not its long
        // name (`Lusovento Brasil` of `Lusovento`); positive: another rest still links.
        let place = |w: &str| w == "brasil";
        let unit = link_short_forms(
            &[n("lusovento", "Lusovento", "ORG"), n("lusovento_brasil", "Lusovento Brasil", "ORG")],
            &heads,
            &place,
        );
        assert!(unit.is_empty(), "{unit:?}");
        let long = link_short_forms(
            &[n("lusovento", "Lusovento", "ORG"), n("lusovento_energia", "Lusovento Energia", "ORG")],
            &heads,
            &place,
        );
        assert_eq!(long, [("lusovento".into(), "lusovento_energia".into(), "short form".into())]);
        let spelled = link_short_forms(
            &[
                n("united_states_steel", "United States Steel", "ORG"),
                n("us_steel", "U.S. Steel", "ORG"),
                n("bank_of_america", "Bank of America", "ORG"),
                n("ba_holdings", "BA Holdings", "ORG"),
                n("us_cellular", "US Cellular", "ORG"),
            ],
            &heads,
            &|_| false,
        );
        // Negative: `BA Holdings` is not `Bank of America` (no rest to match), `US Cellular`
        // not `United States Steel` (another rest).
        assert_eq!(spelled, [("us_steel".into(), "united_states_steel".into(), "acronym".into())]);
        assert!(acronym_of("EIB", "European Investment Bank"));
        assert!(!acronym_of("Amd", "Advanced Micro Devices"));
        assert!(acronym_of("MPS", "Monte dei Paschi di Siena"));
    }

    fn doc(id: &str, names: &[(&str, &str, &str, &str)], context: &[u64]) -> DocNames {
        let mut d = DocNames { doc_id: id.into(), ..Default::default() };
        for (pid, lang, surface, kind) in names {
            let s = d.names.entry(pid.to_string()).or_default();
            *s.surfaces.entry((lang.to_string(), surface.to_string())).or_default() += 1;
            *s.kinds.entry(kind.to_string()).or_default() += 1;
            s.context.extend(context.iter().copied());
            s.docs.insert(context_key(id));
        }
        d
    }

    #[test]
    fn transliteration_needs_shared_context() {
        let t = table();
        let mut c = Corpus::default();
        c.add(&doc("en", &[("kestrel", "en", "Kestrel", "ORG")], &[1, 2]));
        c.add(&doc("ja", &[("ケストレル", "ja", "ケストレル", "ORG")], &[2]));
        c.add(&doc("ja2", &[("ボルタセル", "ja", "ボルタセル", "ORG")], &[7]));
        c.add(&doc("en2", &[("voltacell", "en", "VoltaCell", "ORG")], &[8]));
        let out = canonicalize(&c, &t);
        assert_eq!(out.get("ケストレル").unwrap().0, "kestrel");
        assert_eq!(out.get("ボルタセル").unwrap().0, "ボルタセル", "no shared context: no merge");
        let rec = out.records.iter().find(|r| r.id == "kestrel").unwrap();
        assert_eq!(rec.names["ja"], ["ケストレル"]);
        assert_eq!(rec.links[0].rule, "transliteration");
    }

    #[test]
    fn table_entities_never_merge_with_each_other() {
        let t = table();
        let mut c = Corpus::default();
        // Two table entities that a short-form link and shared claims would join.
        let mut d = doc("x", &[("amazon", "en", "Amazon", "ORG"), ("microsoft", "en", "Microsoft", "ORG")], &[1]);
        for s in d.names.values_mut() {
            s.from_table = true;
        }
        d.short_links.push(("amazon".into(), "microsoft".into(), "short form".into()));
        c.add(&d);
        for doc_id in ["a", "b"] {
            for party in ["amazon", "microsoft"] {
                c.add_claim(ClaimSignature { party: party.into(), fact: format!("f{doc_id}"), doc_id: doc_id.into() });
            }
        }
        let out = canonicalize(&c, &t);
        assert_eq!(out.get("amazon").unwrap().0, "amazon");
        assert_eq!(out.get("microsoft").unwrap().0, "microsoft");
    }

    #[test]
    fn no_two_table_entities_of_the_shipped_tables_merge() {
        // Every table entity with every alias as a name, all in one document sharing all
        // context, plus every alias as a short form of every other: the corpus step must still
        // keep each table entity on its own.
        let t = table();
        let mut d = DocNames { doc_id: "all".into(), ..Default::default() };
        let entries = t.entries();
        for (e, aliases) in &entries {
            let s = d.names.entry(e.id.clone()).or_default();
            s.from_table = true;
            s.context.insert(1);
            for a in aliases {
                *s.surfaces.entry(("en".into(), a.clone())).or_default() += 1;
            }
            *s.kinds.entry(e.kind.clone()).or_default() += 1;
        }
        let names: Vec<(String, String, String)> = entries
            .iter()
            .flat_map(|(e, aliases)| aliases.iter().map(|a| (e.id.clone(), a.clone(), e.kind.clone())))
            .collect();
        d.short_links = link_short_forms(&names, t.org_heads(), &|w| t.is_place(w));
        let mut c = Corpus::default();
        c.add(&d);
        let out = canonicalize(&c, &t);
        for (e, _) in &entries {
            assert_eq!(out.get(&e.id).unwrap().0, e.id, "{} merged", e.id);
        }
        assert!(entries.len() > 700, "the shipped tables: {}", entries.len());
    }

    #[test]
    fn claim_alignment_needs_two_agreeing_claims() {
        let t = table();
        let mut c = Corpus::default();
        c.add(&doc("en", &[("halden", "en", "Halden", "ORG")], &[1]));
        c.add(&doc("zh", &[("哈尔登", "zh", "哈尔登", "ORG")], &[9]));
        let sig = |party: &str, fact: &str, doc: &str| ClaimSignature {
            party: party.into(),
            fact: fact.into(),
            doc_id: doc.into(),
        };
        c.add_claim(sig("halden", "deal.value|s|corvex|3.1e9 USD", "en"));
        c.add_claim(sig("哈尔登", "deal.value|s|corvex|3.1e9 USD", "zh"));
        assert_eq!(canonicalize(&c, &t).get("哈尔登").unwrap().0, "哈尔登", "one claim is not enough");
        c.add_claim(sig("halden", "revenue.amount|s||2e9 EUR", "en"));
        c.add_claim(sig("哈尔登", "revenue.amount|s||2e9 EUR", "zh"));
        let mut together = c.clone();
        let out = canonicalize(&c, &t);
        assert_eq!(out.get("哈尔登").unwrap().0, "halden");
        assert!(out.records.iter().any(|r| r.links.iter().any(|l| l.rule == "claim alignment")));
        // Two names written in one document are two entities, whatever their claims say (a
        // role mix-up in one article must not merge a buyer with its target).
        together.add(&doc("zh", &[("halden", "zh", "Halden", "ORG")], &[9]));
        assert_eq!(canonicalize(&together, &t).get("哈尔登").unwrap().0, "哈尔登");
    }

    #[test]
    fn a_merge_lets_the_counterparty_claims_agree_in_the_next_round() {
        // Round 1: `哈尔登` = `Halden` by two facts of its own. Round 2: the target `科维斯` of a
        // deal with `哈尔登` now agrees with `Corvex` on two facts with Halden as counterparty
        // (before round 1 the counterparties were two different names).
        let t = table();
        let mut c = Corpus::default();
        c.add(&doc("en", &[("halden", "en", "Halden", "ORG"), ("corvex", "en", "Corvex", "ORG")], &[1]));
        c.add(&doc("zh", &[("哈尔登", "zh", "哈尔登", "ORG"), ("科维斯", "zh", "科维斯", "ORG")], &[9]));
        let sig = |party: &str, fact: &str, doc: &str| ClaimSignature {
            party: party.into(),
            fact: fact.into(),
            doc_id: doc.into(),
        };
        for (party, doc) in [("halden", "en"), ("哈尔登", "zh")] {
            c.add_claim(sig(party, "revenue.amount|s||2e9 EUR", doc));
            c.add_claim(sig(party, "profit.amount|s||3e8 EUR", doc));
        }
        for (party, buyer, doc) in [("corvex", "halden", "en"), ("科维斯", "哈尔登", "zh")] {
            c.add_claim(sig(party, &format!("deal.value|o|{buyer}|3.1e9 USD"), doc));
            c.add_claim(sig(party, &format!("stake.percent|o|{buyer}|100 %"), doc));
        }
        let out = canonicalize(&c, &t);
        assert_eq!(out.get("哈尔登").unwrap().0, "halden");
        assert_eq!(out.get("科维斯").unwrap().0, "corvex");
        // Negative: with only one fact about the deal, the target stays apart.
        let mut one = Corpus::default();
        one.add(&doc("en", &[("halden", "en", "Halden", "ORG"), ("corvex", "en", "Corvex", "ORG")], &[1]));
        one.add(&doc("zh", &[("哈尔登", "zh", "哈尔登", "ORG"), ("科维斯", "zh", "科维斯", "ORG")], &[9]));
        for s in c.claims.iter().filter(|s| !s.fact.starts_with("stake")) {
            one.add_claim(s.clone());
        }
        let out = canonicalize(&one, &t);
        assert_eq!(out.get("哈尔登").unwrap().0, "halden");
        assert_eq!(out.get("科维斯").unwrap().0, "科维斯");
    }

    #[test]
    fn pooled_shards_reach_the_same_ids() {
        let t = table();
        let docs = [
            doc("en", &[("kestrel", "en", "Kestrel", "ORG")], &[1, 2]),
            doc("ja", &[("ケストレル", "ja", "ケストレル", "ORG")], &[2]),
            doc("de", &[("kestrel", "de", "Kestrel", "ORG")], &[3]),
        ];
        let mut one = Corpus::default();
        docs.iter().for_each(|d| one.add(d));
        let (mut a, mut b) = (Corpus::default(), Corpus::default());
        a.add(&docs[2]);
        b.add(&docs[0]);
        b.add(&docs[1]);
        let mut pooled = Corpus::default();
        pooled.merge(&a);
        pooled.merge(&b);
        let (x, y) = (canonicalize(&one, &t), canonicalize(&pooled, &t));
        assert_eq!(x.map, y.map);
        assert_eq!(x.records, y.records);
    }
}
