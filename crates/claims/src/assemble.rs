//! Per-document claim assembly: which predicate a value states, and about whom.

use std::collections::{BTreeMap, BTreeSet};

use polyfact_core::{CharIndex, Entity, Evidence, Value};
use polyfact_entities::EntityMention;
use polyfact_values::ValueSpan;
use serde_json::Map;

use crate::schema::{Predicate, Schema};

/// One sentence with its mentions; mention offsets are relative to the sentence.
#[derive(Debug, Clone)]
pub struct SentenceMentions<'a> {
    /// Char span of the sentence in its document.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub lang: &'a str,
    pub entities: Vec<EntityMention>,
    /// Names only the model found (no alias-table entry). They are parties on equal terms
    /// with table names: the world is open, and most companies of a news dump are in no
    /// table. Their precision comes from the filters the pipeline applies before (score,
    /// shape, generic terms, context), not from a table.
    pub model_entities: Vec<EntityMention>,
    pub values: Vec<ValueSpan>,
}

impl SentenceMentions<'_> {
    /// The organizations that can be parties, the tables' and the model's, in text order.
    fn orgs(&self) -> Vec<&EntityMention> {
        let mut orgs: Vec<&EntityMention> =
            self.entities.iter().chain(&self.model_entities).filter(|e| e.entity.kind == "ORG").collect();
        orgs.sort_by_key(|e| (e.start, e.end));
        orgs
    }
}

/// A claim as stated by one sentence, before reconciliation (serialized in a shard's reduce
/// file).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Candidate {
    pub predicate: String,
    pub symmetric: bool,
    pub subject: Entity,
    pub object: Option<Entity>,
    pub value: Value,
    pub qualifiers: Map<String, serde_json::Value>,
    pub evidence: Evidence,
    /// The time the statement is about, from a date of its sentence (`on Monday`, `am 3.
    /// November`), never later than the publication date; `None` when the sentence gives none.
    pub as_of: Option<String>,
    /// The publication date of the document (`YYYY-MM-DD`), for the time windows of
    /// reconciliation.
    pub published: Option<String>,
}

/// Lower-cased chars of a sentence, one per original char (offsets stay valid).
fn lower_chars(text: &str) -> Vec<char> {
    text.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect()
}

/// Char positions where `phrase` occurs as a word (or a word prefix with an inflection of at
/// most two letters
/// such as `Abkommens`, `Vereinbarungen`, `deals`); CJK phrases match anywhere.
fn find_phrase(hay: &[char], phrase: &str) -> Vec<usize> {
    let needle: Vec<char> = phrase.chars().collect();
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    let spaced = needle.iter().all(|c| !is_cjk(*c));
    let mut out = Vec::new();
    for i in 0..=hay.len() - needle.len() {
        if hay[i] != needle[0] || hay[i..i + needle.len()] != needle[..] {
            continue;
        }
        if spaced {
            let before_ok = i == 0 || !hay[i - 1].is_alphanumeric();
            let tail = hay[i + needle.len()..].iter().take_while(|c| c.is_alphabetic()).count();
            if !before_ok || tail > 2 {
                continue;
            }
        }
        out.push(i);
    }
    out
}

/// How many words a coreference phrase may take between its article and its noun ("der nicht
/// börsennotierte Konzern", "the Danish company"): adjectives, not a clause.
const COREF_GAP_WORDS: usize = 2;

/// Where a coreference phrase stands (start, end): as written, or, for a spaced phrase of an
/// article and a noun ("der konzern"), with up to [`COREF_GAP_WORDS`] plain words between them.
/// A gapped match that overlaps an organization's name is that name, not a reference ("die
/// Deutsche Bank" is no "die Bank"): `names` are the sentence's organization spans.
fn coref_spans(hay: &[char], phrase: &str, names: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let len = phrase.chars().count();
    let mut out: Vec<(usize, usize)> = find_phrase(hay, phrase).into_iter().map(|p| (p, p + len)).collect();
    let words: Vec<&str> = phrase.split(' ').collect();
    if words.len() != 2 || phrase.chars().any(is_cjk) {
        return out;
    }
    let (article, noun) = (words[0], words[1]);
    for at in find_phrase(hay, noun) {
        let mut cursor = at;
        for gap_words in 0..=COREF_GAP_WORDS {
            // One space and one word before `cursor`; anything else ends the phrase.
            if cursor == 0 || hay[cursor - 1] != ' ' {
                break;
            }
            let end = cursor - 1;
            let start = (0..end).rev().take_while(|&i| hay[i].is_alphabetic() || hay[i] == '-').last().unwrap_or(end);
            if start == end {
                break;
            }
            if hay[start..end].iter().copied().eq(article.chars()) {
                let span = (start, at + noun.chars().count());
                let clear = start == 0 || !hay[start - 1].is_alphanumeric();
                // A description right before a name is its apposition ("the German utility
                // Nordlicht Energie"), not a reference back.
                let apposition = names.iter().any(|&(a, _)| a == span.1 + 1 && hay.get(span.1) == Some(&' '));
                if gap_words > 0 && clear && !apposition && !names.iter().any(|&(a, b)| a < span.1 && span.0 < b) {
                    out.push(span);
                }
                break;
            }
            cursor = start;
        }
    }
    out.sort_unstable();
    out
}

/// How far (chars) a cue may be from the value it types; CJK text is denser.
const MAX_CUE_GAP: usize = 60;
const MAX_CUE_GAP_CJK: usize = 30;
/// How far before a price ("for €3.45 billion", roles.toml `[price_before]`) its deal's cue may
/// stand: an appositive or a stake between them ("to acquire 45% of X, a unit of Y, for ...")
/// is part of the clause.
const PRICE_CUE_GAP: usize = 130;
/// How far (chars) after a count its counted-noun cue may be ("20,000 Nvidia GPUs").
const COUNTED_NOUN_REACH: usize = 12;
/// How far (chars) from a value a year may be to set the claim's period.
const PERIOD_WINDOW: usize = 20;
/// How far from the word for a company's shares its name may be ("Unicredit-Papiere", "the
/// shares of Banco BPM", "la cotización de las acciones de BBVA"), in chars.
const CUE_OWNER_REACH: usize = 16;
/// How far before the value an aggregate word ("totaling") blocks the claim.
const AGGREGATE_WINDOW: usize = 30;
/// Languages whose sentences drop a subject the reader knows: there an implicit party is the
/// subject, elsewhere the object.
const PRO_DROP: [&str; 3] = ["ja", "zh", "ko"];

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Distance in chars between two spans (0 when they touch or overlap).
fn gap(a: (usize, usize), b: (usize, usize)) -> usize {
    if a.1 <= b.0 {
        b.0 - a.1
    } else {
        a.0.saturating_sub(b.1)
    }
}

/// A party of the sentence: an organization mention or a coreference to an earlier one.
#[derive(Debug, Clone)]
struct Party {
    pos: (usize, usize),
    entity: Entity,
}

/// Whether a sentence holds a cue word of any predicate in its language: with a value, the
/// sentences a claim can come from (the pipeline runs the model on those and the sentence
/// before each).
pub fn has_cue(schema: &Schema, text: &str, lang: &str) -> bool {
    !cue_hits(schema, &lower_chars(text), lang).is_empty()
}

/// Where each predicate's cues occur in a sentence: (predicate index, start, end), found in
/// one pass of the language's cue automaton, with the word-start rule of [`find_phrase`].
fn cue_hits(schema: &Schema, lower: &[char], lang: &str) -> Vec<(usize, usize, usize)> {
    let Some(index) = schema.cue_index.get(lang) else { return Vec::new() };
    let text: String = lower.iter().collect();
    let offsets = CharIndex::new(&text);
    let mut hits = Vec::new();
    for m in index.automaton.find_overlapping_iter(&text) {
        let (predicate, len, spaced) = index.patterns[m.pattern().as_usize()];
        let start = offsets.char(m.start());
        if spaced {
            let before_ok = start == 0 || !lower[start - 1].is_alphanumeric();
            let tail = lower[start + len..].iter().take_while(|c| c.is_alphabetic()).count();
            if !before_ok || tail > 2 {
                continue;
            }
        }
        hits.push((predicate, start, start + len));
    }
    hits
}

/// Whether a (lower-cased) unit carries a stem of `units`/`not_units`: in spaced scripts the
/// stem starts the noun or a hyphenated part of it (`chips`, `KI-Chips`; `werke` is no part
/// of `medewerkers`); CJK nouns are compounds, so there the stem may sit anywhere (`名员工`).
fn has_stem(unit: &str, stem: &str) -> bool {
    if stem.chars().any(is_cjk) {
        unit.contains(stem)
    } else {
        unit.split('-').any(|part| part.starts_with(stem))
    }
}

/// Whether text between two spans holds a clause break: one of `breaks` or a clause word
/// (roles.toml `[clause_words]`).
fn crosses_clause(between: &[char], breaks: &[char], clause_words: Option<&Vec<String>>) -> bool {
    between.iter().any(|c| breaks.contains(c))
        || clause_words.into_iter().flatten().any(|w| !find_phrase(between, w).is_empty())
}

/// Clause punctuation: a cue written after the value and past one of these belongs to the
/// next clause ("revenue rose to ¥8.4 trillion, and operating profit ...").
const CLAUSE_BREAKS: [char; 5] = [',', ';', '、', '，', '；'];
/// Semicolons: stronger breaks that no cue or party of the clause before reaches across.
const SEMICOLONS: [char; 2] = [';', '；'];

/// The predicate this value states: the one whose cue is nearest (within `MAX_CUE_GAP`),
/// among those of the value's type whose cues occur in the sentence. Cues inside the value
/// span and cues after it across a clause break rank after all others.
fn predicate_for<'s>(
    schema: &'s Schema,
    hits: &[(usize, usize, usize)],
    lang: &str,
    v: &ValueSpan,
    lower: &[char],
    dates: &[(usize, usize)],
) -> Option<(&'s Predicate, (usize, usize))> {
    let clause_words = schema.clause_words.get(lang);
    let next_clause = |from: usize, to: usize| crosses_clause(&lower[from..to], &CLAUSE_BREAKS, clause_words);
    let cjk = PRO_DROP.contains(&lang);
    let max_gap = if cjk { MAX_CUE_GAP_CJK } else { MAX_CUE_GAP };
    let accepts = |p: &Predicate| {
        if p.value != v.value.kind {
            return false;
        }
        if let Some(unit) = v.value.unit.as_deref() {
            let unit = unit.to_lowercase();
            if p.not_units.iter().any(|u| has_stem(&unit, u)) {
                return false;
            }
            // "20,000 Nvidia GPUs": the counted noun may follow a name; a cue right after
            // the value stands in for it.
            let cue_right_after = || {
                hits.iter().any(|&(i, a, _)| {
                    std::ptr::eq(&schema.predicates[i], p) && a >= v.end && a - v.end <= COUNTED_NOUN_REACH
                })
            };
            if !p.units.is_empty() && !p.units.iter().any(|u| has_stem(&unit, u)) && !cue_right_after() {
                return false;
            }
        }
        let (low, high) = (v.value.amount.or(v.value.low), v.value.amount.or(v.value.high));
        if p.min.is_some_and(|min| high.or(low).is_some_and(|x| x < min))
            || p.max.is_some_and(|max| low.or(high).is_some_and(|x| x > max))
        {
            return false;
        }
        // A relative date the document gives no reference for ("16日" under a dateline
        // without a year) has no value to state.
        if p.value == "date" && v.value.date.is_none() {
            return false;
        }
        if let (Some(min), Some(date)) = (p.date_precision.as_deref(), v.value.date.as_deref()) {
            let needed = match min {
                "day" => 3,
                "month" => 2,
                _ => 1,
            };
            if date.split('-').count() < needed {
                return false;
            }
        }
        true
    };
    // A cue inside the value span is its counted noun ("2,000 jobs"): it types the value only
    // when no cue outside the span does ("create 2,000 jobs" is hiring, not layoffs). A date
    // is typed only by a cue it is the nearest date to ("start operations in 2029, the company
    // said on Thursday"). At equal distance a cue before the value wins ("a loss of €390
    // million on revenue of €9.4 billion").
    let nearest_date =
        |a: usize, b: usize| dates.iter().min_by_key(|d| gap((a, b), **d)).is_some_and(|d| *d == (v.start, v.end));
    let price = !cjk && v.value.kind == "money" && marked_at(v.start, lower, schema.price_before.get(lang), 0);
    let in_reach = |a: usize, b: usize| {
        let g = gap((a, b), (v.start, v.end));
        g <= max_gap
            || (price
                && b <= v.start
                && g <= PRICE_CUE_GAP
                && !lower[b..v.start].iter().any(|c| SEMICOLONS.contains(c)))
    };
    // Distance first: every other test scans text or hits, and only cues within reach count.
    hits.iter()
        .filter(|&&(_, a, b)| in_reach(a, b))
        .filter(|(i, ..)| accepts(&schema.predicates[*i]))
        .filter(|&&(_, a, b)| v.value.kind != "date" || nearest_date(a, b))
        .map(|&(i, a, b)| {
            let inside = a >= v.start && b <= v.end;
            let after = a >= v.end;
            // A semicolon closes the clause of a cue before it ("deliveries hit record as
            // profit slumps; 6,000 jobs to go").
            let before_semicolon = b <= v.start && lower[b..v.start].iter().any(|c| SEMICOLONS.contains(c));
            // Head-final Japanese puts the cue after as often as before ("33％のプレミアム").
            let after_rank = after && !cjk;
            (
                inside || before_semicolon || (after && next_clause(v.end, a)),
                gap((a, b), (v.start, v.end)),
                after_rank,
                i,
                (a, b),
            )
        })
        .min()
        .map(|(_, _, _, i, cue)| (&schema.predicates[i], cue))
}

/// Whether a counterparty word ("with", "mit", "bei") stands right before the party.
fn counterparty_marked(pt: &Party, lower: &[char], markers: Option<&Vec<String>>) -> bool {
    // Only as many chars as the longest marker and the char before it can matter.
    let reach = markers.into_iter().flatten().map(|m| m.chars().count()).max().unwrap_or(0) + 1;
    let before: String = lower[..pt.pos.0].iter().rev().skip_while(|c| c.is_whitespace()).take(reach).collect();
    markers.into_iter().flatten().any(|m| {
        let rev: String = m.chars().rev().collect();
        // CJK markers need no word boundary (与, 向: no spaces around words).
        let cjk = m.chars().next().is_some_and(is_cjk);
        before.starts_with(&rev) && (cjk || before[rev.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// Whether a passive agent word ("by", "door") stands before the party, perhaps with a short
/// description between them ("overgenomen door het Duitse energiebedrijf Nordlicht").
fn passive_agent_marked(pt: &Party, lower: &[char], markers: Option<&Vec<String>>) -> bool {
    marked_before(pt, lower, markers, 4)
}

/// Whether one of `markers` stands before the party with at most `description_words` words
/// between ("led by the utility Nordlicht").
fn marked_before(pt: &Party, lower: &[char], markers: Option<&Vec<String>>, description_words: usize) -> bool {
    marked_at(pt.pos.0, lower, markers, description_words)
}

/// [`marked_before`] for a name starting at char `at`.
fn marked_at(at: usize, lower: &[char], markers: Option<&Vec<String>>, description_words: usize) -> bool {
    // A marker and a few words of description fit in this many chars; reading no further
    // keeps the test independent of the sentence's length.
    const REACH: usize = 120;
    let at = at.min(lower.len());
    let from = at.saturating_sub(REACH);
    // A cut-off window starts inside a word: a letter stands for the rest of it, so that no
    // marker seems to start a word there.
    let before: String = (from > 0).then_some('x').into_iter().chain(lower[from..at].iter().copied()).collect();
    let mut rest = before.trim_end();
    for _ in 0..=description_words {
        let ends_with_marker = markers.into_iter().flatten().any(|m| {
            let cjk = m.chars().next().is_some_and(is_cjk);
            rest.strip_suffix(m.as_str())
                .is_some_and(|head| cjk || head.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        });
        if ends_with_marker {
            return true;
        }
        // After the last whitespace char, which may be wider than a byte (U+202F).
        let cut = rest.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
        // Elided and possessive words are words too ("d'infrastructures", "Japan's").
        if cut == 0 || !rest[cut..].chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')) {
            return false;
        }
        rest = rest[..cut].trim_end();
    }
    false
}

/// Whether an agent word (", which", ", qui", ", der") follows the party: it is the subject of
/// the clause that states the value ("led by Northgate Ventures, which invested $60 million").
fn agent_marked(pt: &Party, lower: &[char], markers: Option<&Vec<String>>) -> bool {
    // A possessive and the longest marker with the char after it: nothing further matters.
    let reach = markers.into_iter().flatten().map(|m| m.chars().count()).max().unwrap_or(0) + 3;
    let after: String = lower[pt.pos.1.min(lower.len())..].iter().take(reach).collect();
    // A possessive ending stays with the party ("Amazon's, which ...").
    let after = ["'s", "’s", "'", "’"].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(&after);
    markers
        .into_iter()
        .flatten()
        .any(|m| after.starts_with(m.as_str()) && after[m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Whether a role particle follows the party directly ("アオバ・バッテリーに").
fn particle_after(pt: &Party, lower: &[char], particles: Option<&Vec<String>>) -> bool {
    let after: String = lower[pt.pos.1.min(lower.len())..].iter().take(4).collect();
    particles.into_iter().flatten().any(|p| after.starts_with(p.as_str()))
}

/// Whether a mention is cited as the source of the report ("according to Reuters",
/// "volgens Reuters-bronnen", "ロイター通信によると"): the source is no party of the facts.
fn cited_source(schema: &Schema, s: &SentenceMentions, lower: &[char], e: &EntityMention) -> bool {
    let word_char = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() && !is_cjk(*c));
    let before = lower[..e.start.min(lower.len())].iter().rev().skip_while(|c| c.is_whitespace()).count();
    let cited_before = schema.cited_source_before.get(s.lang).into_iter().flatten().any(|p| {
        let p: Vec<char> = p.chars().collect();
        before >= p.len()
            && lower[before - p.len()..before] == p[..]
            && !word_char((before - p.len()).checked_sub(1).map(|k| &lower[k]))
    });
    let after = e.end.min(lower.len());
    let after = after + lower[after..].iter().take_while(|c| c.is_whitespace()).count();
    let cited_after = schema.cited_source_after.get(s.lang).into_iter().flatten().any(|p| {
        let p: Vec<char> = p.chars().collect();
        lower[after..].starts_with(&p)
            && !(p.last().is_some_and(|c| !is_cjk(*c)) && word_char(lower.get(after + p.len())))
    });
    cited_before || cited_after
}

/// The sentence without the organizations it cites as sources, and those as parties.
fn without_cited_sources<'a>(
    schema: &Schema,
    s: &SentenceMentions<'a>,
    lower: &[char],
) -> (SentenceMentions<'a>, Vec<Party>) {
    let mut kept = s.clone();
    let mut cited = Vec::new();
    for mentions in [&mut kept.entities, &mut kept.model_entities] {
        mentions.retain(|e| {
            let is_cited = e.entity.kind == "ORG" && cited_source(schema, s, lower, e);
            if is_cited {
                cited.push(Party { pos: (e.start, e.end), entity: e.entity.clone() });
            }
            !is_cited
        });
    }
    (kept, cited)
}

/// Whether a mention stands alone in parentheses, as a news agency in a dateline does.
fn bracketed(chars: &[char], e: &EntityMention) -> bool {
    e.start > 0
        && ((chars[e.start - 1] == '(' && chars.get(e.end).is_some_and(|c| *c == ')'))
            || (chars[e.start - 1] == '（' && chars.get(e.end).is_some_and(|c| *c == '）')))
}

/// How far (chars) the words of `[name_as_modifier]` and `[name_as_product]` are read.
const NAME_ROLE_REACH: usize = 24;

/// Conjunctions that close a list of names; the CJK ones also join names without spaces.
const LIST_CONJUNCTIONS: [&str; 7] = ["and", "und", "en", "et", "y", "e", "&"];
const CJK_CONJUNCTIONS: [char; 5] = ['や', '和', '及', '与', '與'];

/// How two names of a list are joined (`between`: the original text, with its case):
/// `Some(true)` with a conjunction ("and", "y", "や"), `Some(false)` by commas alone, `None`
/// when the text between them is no list joint. Items the tables and the model did not name
/// may stand between, if short and capitalized ("Pringles, Cheez-It and Pop-Tarts").
fn list_joint(between: &str) -> Option<bool> {
    let mut conjunction = between.contains(CJK_CONJUNCTIONS);
    for item in between.split([',', '、', '，']) {
        let mut words = Vec::new();
        for w in item.split(|c: char| c.is_whitespace() || CJK_CONJUNCTIONS.contains(&c) || matches!(c, '「' | '」'))
        {
            if LIST_CONJUNCTIONS.contains(&w) {
                conjunction = true;
            } else if !w.is_empty() {
                words.push(w);
            }
        }
        // Unnamed items are names too: capitalized ("Cheez-It"), not "comprará".
        let lowercase = words.iter().any(|w| w.chars().next().is_some_and(|c| c.is_lowercase()));
        if words.len() > 2 || lowercase || words.iter().any(|w| w.chars().count() > 12) {
            return None;
        }
    }
    Some(conjunction)
}

/// Whether the organization at `pos` is no party of the sentence but a modifier of the next
/// name or a product of another party (see `[name_as_modifier]` and `[name_as_product]` in
/// roles.toml). Japanese brands stand in 「」.
fn names_no_party(schema: &Schema, lang: &str, lower: &[char], pos: (usize, usize)) -> bool {
    let (a, b) = (pos.0.min(lower.len()), pos.1.min(lower.len()));
    if a > 0 && lower[a - 1] == '「' && lower.get(b) == Some(&'」') {
        return true;
    }
    let after: String = lower[b..].iter().take(NAME_ROLE_REACH).collect();
    // "Novo Nordisk's parent to buy Catalent": a possessive does not stop the modifier.
    let after = ["'s", "’s"].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(&after);
    let modifier = schema.name_as_modifier.get(lang).into_iter().flatten().any(|w| {
        let rest = if w.starts_with('-') || w.chars().next().is_some_and(is_cjk) {
            after.strip_prefix(w.as_str())
        } else {
            after.strip_prefix(' ').and_then(|t| t.strip_prefix(w.as_str()))
        };
        rest.is_some_and(|t| t.chars().next().is_none_or(|c| !c.is_alphabetic() || is_cjk(c)))
    });
    if modifier {
        return true;
    }
    let ends_with = |text: &str, w: &str| {
        text.strip_suffix(w).is_some_and(|head| head.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
    };
    let before: String = lower[a.saturating_sub(NAME_ROLE_REACH)..a].iter().collect();
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '«' | '„'));
    if schema.name_as_product.get(lang).into_iter().flatten().any(|w| ends_with(before, w)) {
        return true;
    }
    // An owner, parent or unit named in an apposition, after up to three words of description
    // ("filial de la eléctrica portuguesa Lusovento").
    marked_at(a, lower, schema.related_company.get(lang), RELATED_DESCRIPTION_WORDS)
}

/// Words of description between a `[related_company]` word and the name it introduces.
const RELATED_DESCRIPTION_WORDS: usize = 3;

/// The organizations of a sentence that are parties: not in parentheses alone, not modifiers
/// or products ([`names_no_party`]), nor listed after a product ("behind Pringles, Cheez-It and
/// Pop-Tarts": a comma continues the list only when a conjunction closes it, so the apposition
/// in "la matriz de Instagram, Meta, comprará" keeps Meta).
fn party_orgs<'m>(schema: &Schema, s: &'m SentenceMentions, chars: &[char], lower: &[char]) -> Vec<&'m EntityMention> {
    let orgs: Vec<&EntityMention> = s.orgs().into_iter().filter(|e| !bracketed(chars, e)).collect();
    let joint = |i: usize| {
        let (from, to) = (orgs[i - 1].end.min(chars.len()), orgs[i].start.min(chars.len()));
        if from > to {
            return None;
        }
        list_joint(&chars[from..to].iter().collect::<String>())
    };
    let mut product = vec![false; orgs.len()];
    for i in 0..orgs.len() {
        product[i] = names_no_party(schema, s.lang, lower, (orgs[i].start, orgs[i].end))
            || (i > 0 && product[i - 1] && {
                // Comma-joined names continue the list only up to a closing conjunction.
                let closes = (i..orgs.len()).skip(1).map_while(&joint).any(|conj| conj);
                match joint(i) {
                    Some(true) => true,
                    Some(false) => closes,
                    None => false,
                }
            });
    }
    orgs.into_iter().zip(product).filter(|(_, p)| !p).map(|(e, _)| e).collect()
}

/// The salient organization of a sentence: its first, unless that one only stands in
/// parentheses, as a news agency in a dateline does ("London (Reuters) – Fenwick ...").
fn salient_org<'m>(s: &'m SentenceMentions, chars: &[char]) -> Option<&'m EntityMention> {
    let orgs = s.orgs();
    orgs.iter().find(|e| !bracketed(chars, e)).or_else(|| orgs.first()).copied()
}

/// One language's role words (see `data/schema/roles.toml`).
#[derive(Clone, Copy)]
struct Roles<'a> {
    counterparty: Option<&'a Vec<String>>,
    agent_after: Option<&'a Vec<String>>,
    passive_agent: Option<&'a Vec<String>>,
    clause_words: Option<&'a Vec<String>>,
}

/// The subject and object of a two-party predicate: the parties nearest to the value that
/// belong to different top-level entities (AWS and Amazon are one party); a party right after
/// a counterparty word ("with", "mit") is the object, a party right before an agent word
/// (", which") or right after a passive agent word ("overgenomen door Nordlicht", "acquired by")
/// the subject, otherwise the one written first is the subject.
fn two_parties(
    parties: &[&Party],
    value: (usize, usize),
    lower: &[char],
    roles: Roles,
    roots: &dyn Fn(&str) -> String,
) -> Option<(Entity, Option<Entity>)> {
    let Roles { counterparty: markers, agent_after: agents, passive_agent: passive, clause_words } = roles;
    // A party after the value and past a clause break belongs to the next clause ("investiu
    // US$ 50 milhões na rodada, liderada pela gestora Yuanhe", "un'offerta da 1,6 miliardi su
    // Anima e ha rilevato dal Tesoro il 5%"): it is chosen after the parties of the value's
    // clause, and never as its passive agent. Chinese and Japanese commas join the clauses of
    // one statement ("桐谷化成将以120亿日元认购公司新发行股份，交易完成后将持有青澜能源33.5%"), so
    // only spaced-script breaks count.
    let in_value_clause =
        |pt: &Party| pt.pos.0 < value.1 || !crosses_clause(&lower[value.1..pt.pos.0], &[',', ';'], clause_words);
    let mut by_distance: Vec<&Party> = parties.to_vec();
    by_distance.sort_by_key(|pt| (!in_value_clause(pt), gap(pt.pos, value), pt.pos));
    let object = by_distance.iter().find(|pt| counterparty_marked(pt, lower, markers)).copied();
    let agent = by_distance
        .iter()
        .find(|pt| {
            (pt.pos.1 <= value.0 && agent_marked(pt, lower, agents))
                || (passive_agent_marked(pt, lower, passive) && in_value_clause(pt))
        })
        .filter(|a| object.is_none_or(|o| roots(&o.entity.id) != roots(&a.entity.id)))
        .copied();
    let mut chosen: Vec<&Party> = object.into_iter().chain(agent).collect();
    for pt in &by_distance {
        if chosen.len() < 2 && !chosen.iter().any(|c| roots(&c.entity.id) == roots(&pt.entity.id)) {
            chosen.push(pt);
        }
    }
    if let (Some(a), None) = (agent, object) {
        return match chosen.as_slice() {
            [_, o] => Some((a.entity.clone(), Some(o.entity.clone()))),
            _ => None,
        };
    }
    match (object, chosen.as_slice()) {
        (Some(o), [_, s]) => Some((s.entity.clone(), Some(o.entity.clone()))),
        (None, [a, b]) => {
            let (first, second) = if a.pos <= b.pos { (a, b) } else { (b, a) };
            Some((first.entity.clone(), Some(second.entity.clone())))
        }
        _ => None,
    }
}

/// The parties of a sale ("Lusovento vende 49% da Lusovento Brasil ao fundo espanhol Arganda
/// Capital por 1,26 mil milhões", "la cession de 49 % de Lusovento Brasil au fonds Arganda
/// Capital pour 126 millions", "sells its 20% stake in X to Y for $2 billion"): the buyer, named
/// after a recipient word (roles.toml `[sale_recipient]`, up to four words of description
/// between), holds what is sold, the first other party after the sale word (`[sale_words]`)
/// is what is sold, and the seller before the sale word is no party of the price, the stake
/// or the deal's dates. Without a target ("Lusovento cède 49 % de sa filiale brésilienne à
/// Arganda Capital") the pair is the buyer and the seller. `None` when the sale word nearest
/// the value, in its clause, has no buyer after it.
fn sale_parties(
    schema: &Schema,
    lang: &str,
    parties: &[&Party],
    value: (usize, usize),
    lower: &[char],
    roots: &dyn Fn(&str) -> String,
) -> Option<(Entity, Option<Entity>)> {
    let words = schema.sale_words.get(lang)?;
    let recipient = schema.sale_recipient.get(lang);
    let verb = words
        .iter()
        .flat_map(|w| find_phrase(lower, w).into_iter().map(move |at| (at, at + w.chars().count())))
        .min_by_key(|&cue| (gap(cue, value), cue))?;
    let (a, b) = if verb.1 <= value.0 { (verb.1, value.0) } else { (value.1.min(verb.0), verb.0) };
    if lower[a..b].iter().any(|c| SEMICOLONS.contains(c)) {
        return None;
    }
    let after: Vec<&&Party> = parties.iter().filter(|pt| pt.pos.0 >= verb.1).collect();
    let buyer = after.iter().find(|pt| marked_before(pt, lower, recipient, 4))?;
    let other = |pt: &Party| roots(&pt.entity.id) != roots(&buyer.entity.id);
    let target = after
        .iter()
        .map(|pt| **pt)
        .find(|pt| other(pt))
        .or_else(|| parties.iter().copied().filter(|pt| pt.pos.1 <= verb.0).rfind(|pt| other(pt)))?;
    Some((buyer.entity.clone(), Some(target.entity.clone())))
}

/// What claim assembly asks the entity tables.
pub struct EntityLookup<'a> {
    /// An entity id's topmost parent (`aws` -> `amazon`), so that a company and its
    /// subsidiary are never the two parties of one claim.
    pub roots: &'a dyn Fn(&str) -> String,
    /// Whether an entity is an authority (table class `authority`).
    pub authority: &'a dyn Fn(&str) -> bool,
}

/// The subject and object of an approval: the authority nearest the value is the object; the
/// subject is the party marked as the passive agent ("the takeover of Kellanova by Mars"), else
/// the party of the story's deal buyer, else the nearest other party, else the deal's buyer
/// when the sentence names none ("the Commission cleared the deal on 6 December"). Also
/// returns the deal's other party when the sentence names it: the approval states the deal.
fn approval_parties(
    parties: &[&Party],
    value: (usize, usize),
    lower: &[char],
    passive: Option<&Vec<String>>,
    deal_buyer: Option<Entity>,
    lookup: &EntityLookup,
) -> Option<(Entity, Entity, Option<Entity>)> {
    let roots = lookup.roots;
    let authority =
        parties.iter().filter(|pt| (lookup.authority)(&pt.entity.id)).min_by_key(|pt| (gap(pt.pos, value), pt.pos))?;
    let others: Vec<&&Party> = parties
        .iter()
        .filter(|pt| !(lookup.authority)(&pt.entity.id) && roots(&pt.entity.id) != roots(&authority.entity.id))
        .collect();
    let buyer_root = deal_buyer.as_ref().map(|b| roots(&b.id));
    let subject = others
        .iter()
        .find(|pt| passive_agent_marked(pt, lower, passive))
        .or_else(|| others.iter().find(|pt| buyer_root.as_ref().is_some_and(|r| *r == roots(&pt.entity.id))))
        .or_else(|| others.iter().min_by_key(|pt| (gap(pt.pos, value), pt.pos)))
        .map(|pt| pt.entity.clone())
        .or(deal_buyer)?;
    let target = others.iter().find(|pt| roots(&pt.entity.id) != roots(&subject.id)).map(|pt| pt.entity.clone());
    Some((subject, authority.entity.clone(), target))
}

/// How far (chars) after a share move the price it reached may be written (`up 2.2% at
/// $160.67`, `il 2,1% lunedì 16 dicembre, a 769,70 corone`).
const MOVE_PRICE_REACH: usize = 40;

/// The predicate and subject of a money value that is the level a move reached: the previous
/// value of the sentence (dates aside) was stated as the move of a predicate that another
/// predicate names in `after_change_of`, it ends at most [`MOVE_PRICE_REACH`] chars before
/// this one with no semicolon between, and the word right before this value is one of the
/// language's `price_after_move` words.
fn after_move<'s>(
    schema: &'s Schema,
    lang: &str,
    values: &[ValueSpan],
    vi: usize,
    lower: &[char],
    stated: &[Option<(String, Entity)>],
) -> Option<(&'s Predicate, Entity)> {
    let v = &values[vi];
    let words = schema.price_after_move.get(lang)?;
    let j = (0..vi).rev().find(|&j| values[j].value.kind != "date")?;
    let (moved, subject) = stated[j].as_ref()?;
    let p = schema
        .predicates
        .iter()
        .find(|p| p.after_change_of.as_deref() == Some(moved.as_str()) && p.value == v.value.kind)?;
    let prev = &values[j];
    if prev.end > v.start || v.start - prev.end > MOVE_PRICE_REACH || v.start > lower.len() {
        return None;
    }
    let amount = v.value.amount.or(v.value.low)?;
    if p.max.is_some_and(|max| amount > max) || p.min.is_some_and(|min| amount < min) {
        return None;
    }
    let between: String = lower[prev.end..v.start].iter().collect();
    if between.contains(SEMICOLONS) {
        return None;
    }
    let between = between.trim_end();
    let linked = words.iter().any(|w| {
        between.strip_suffix(w.as_str()).is_some_and(|head| {
            w.chars().next().is_some_and(is_cjk) || head.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        })
    });
    linked.then(|| (p, subject.clone()))
}

/// How far (chars) before a valuation's cue a word for a deal may stand for the valuation to
/// be the deal's (`an all-share offer for domestic rival Banco BPM (BAMI.MI) that values`).
const DEAL_NOUN_REACH: usize = 60;
/// The same in CJK text, which is denser and joins clauses with `、`: the deal noun must stand
/// in the valuation's own clause (`買収額`, `收购要约估值`), not in the clause before
/// (`買収を検討していると伝えており、その時点で…企業価値は`).
const DEAL_NOUN_REACH_CJK: usize = 15;

/// Whether a word for a deal of the language's `[deal_nouns]` ends at most
/// [`DEAL_NOUN_REACH`] chars before the cue, with no semicolon between: the valuation is the
/// deal's ("in a deal valued at $35.9 billion").
fn deal_noun_before(schema: &Schema, lang: &str, lower: &[char], cue: (usize, usize)) -> bool {
    let Some(nouns) = schema.deal_nouns.get(lang) else { return false };
    let cjk = PRO_DROP.contains(&lang);
    let from = cue.0.saturating_sub(if cjk { DEAL_NOUN_REACH_CJK } else { DEAL_NOUN_REACH });
    let window = &lower[from..cue.0.min(lower.len())];
    nouns.iter().any(|n| {
        find_phrase(window, n).into_iter().any(|at| {
            let whole_word = at > 0 || from == 0 || !lower[from - 1].is_alphanumeric();
            let breaks = |c: &char| SEMICOLONS.contains(c) || (cjk && matches!(c, '、' | '，' | '。'));
            whole_word && !window[at..].iter().any(breaks)
        })
    })
}

/// The context qualifiers (`[[context]]` in roles.toml) of value `values[vi]` stated as
/// `predicate`: (name, value) of each entry with a word in the value's clause. The clause runs
/// from the previous to the next value of the same kind, at most the entry's reach each side,
/// cut at clause breaks and clause words ("slid nearly 3% in early trading and ended the
/// session down 2.2%": the 2.2% is no intraday move).
fn context_qualifiers<'s>(
    schema: &'s Schema,
    lang: &str,
    predicate: &str,
    values: &[ValueSpan],
    vi: usize,
    lower: &[char],
) -> Vec<(&'s str, &'s str)> {
    let v = &values[vi];
    let (start, end) = (v.start.min(lower.len()), v.end.min(lower.len()));
    let same_kind = values.iter().filter(|w| w.value.kind == v.value.kind);
    let prev = same_kind.clone().map(|w| w.end).filter(|&e| e <= start).max().unwrap_or(0);
    let next = same_kind.map(|w| w.start).filter(|&a| a >= end).min().unwrap_or(lower.len()).min(lower.len());
    let clause_words = schema.clause_words.get(lang).map(Vec::as_slice).unwrap_or_default();
    let mut out = Vec::new();
    for c in &schema.context {
        if !c.predicates.is_empty() && !c.predicates.iter().any(|p| p == predicate) {
            continue;
        }
        let Some(words) = c.words.get(lang) else { continue };
        // Before: from the last clause break or clause word; after: up to the first.
        let from = prev.max(start.saturating_sub(c.reach));
        let before = &lower[from..start];
        let cut_before = before
            .iter()
            .rposition(|ch| CLAUSE_BREAKS.contains(ch))
            .map(|i| i + 1)
            .into_iter()
            .chain(clause_words.iter().flat_map(|w| find_phrase(before, w).into_iter().map(|i| i + w.chars().count())))
            .max()
            .unwrap_or(0);
        let to = next.min(end + c.reach).max(end);
        let after = &lower[end..to];
        let cut_after = after
            .iter()
            .position(|ch| CLAUSE_BREAKS.contains(ch))
            .into_iter()
            .chain(clause_words.iter().filter_map(|w| find_phrase(after, w).into_iter().next()))
            .min()
            .unwrap_or(after.len());
        let found = |window: &[char]| words.iter().any(|w| !find_phrase(window, w).is_empty());
        if found(&before[cut_before..]) || found(&after[..cut_after]) {
            out.push((c.name.as_str(), c.value.as_str()));
        }
    }
    out
}

/// A sentence without a figure that names two companies after a deal word or on either side of
/// one ("Nippon Steel rondt overname US Steel af", "l'acquisizione di Catalent da parte di Novo
/// Holdings") hints at the story's deal: the buyer first, or the one a passive agent word marks.
/// More than two companies, or a clause break between them, hint nothing.
fn deal_without_value(
    schema: &Schema,
    s: &SentenceMentions,
    chars: &[char],
    lower: &[char],
    index: usize,
    roots: &dyn Fn(&str) -> String,
    deals: &mut Deals,
) {
    let Some(deal) = schema.predicates.iter().position(|p| p.name == "deal.value") else { return };
    let orgs = party_orgs(schema, s, chars, lower);
    let distinct: BTreeSet<String> = orgs.iter().map(|e| roots(&e.entity.id)).collect();
    let [first, second] = orgs.as_slice() else { return };
    if distinct.len() != 2
        || first.end > second.start
        || crosses_clause(&lower[first.end..second.start], &CLAUSE_BREAKS, schema.clause_words.get(s.lang))
    {
        return;
    }
    let between = cue_hits(schema, lower, s.lang).into_iter().any(|(p, start, end)| {
        // Between the names ("X rondt overname Y af") or before both ("the takeover of
        // X by Y"), in the names' clause.
        p == deal
            && end <= second.start
            && (start >= first.end
                || (end <= first.start && !crosses_clause(&lower[end..first.start], &CLAUSE_BREAKS, None)))
    });
    if !between {
        return;
    }
    let party = |e: &EntityMention| Party { pos: (e.start, e.end), entity: e.entity.clone() };
    let (a, b) = (party(first), party(second));
    let (subject, object) =
        if passive_agent_marked(&b, lower, schema.passive_agent.get(s.lang)) { (b, a) } else { (a, b) };
    deals.hint(&subject.entity, &object.entity, index, roots);
}

/// Claims stated by one document's sentences, in order. `last_org` carries the first
/// organization of the latest sentence that had one, for coreference ("the company").
pub fn assemble_document(
    schema: &Schema,
    doc_id: &str,
    sentences: &[SentenceMentions],
    published: Option<&str>,
    lookup: &EntityLookup,
) -> Vec<Candidate> {
    let roots = lookup.roots;
    let mut out = Vec::new();
    let mut last_org: Option<Entity> = None;
    // The parties of the story's deal ("the deal" of later sentences).
    let mut deals = Deals::default();
    let mut topic = Topic::default();
    for (index, s) in sentences.iter().enumerate() {
        let lower = lower_chars(s.text);
        let (s, cited) = without_cited_sources(schema, s, &lower);
        let s = &s;
        let chars: Vec<char> = s.text.chars().collect();
        if s.values.is_empty() {
            if let Some(org) = salient_org(s, &chars) {
                last_org = Some(org.entity.clone());
            }
            deal_without_value(schema, s, &chars, &lower, index, roots, &mut deals);
            topic.count(s, &chars, index, roots);
            continue;
        }
        let dates: Vec<(usize, usize)> =
            s.values.iter().filter(|d| d.value.kind == "date").map(|d| (d.start, d.end)).collect();
        let hits = cue_hits(schema, &lower, s.lang);
        // A name alone in parentheses is a dateline's agency (`Tokio (dpa) –`) or a ticker
        // beside its company (`Amazon (AMZN)`): never a party of its own.
        let mut parties: Vec<Party> = party_orgs(schema, s, &chars, &lower)
            .into_iter()
            .map(|e| Party { pos: (e.start, e.end), entity: e.entity.clone() })
            .collect();
        // A coreference phrase refers to the first organization its own sentence names before
        // it ("BBVA's chairman said the group will buy back shares"), else to the latest
        // sentence's.
        let named: Vec<(usize, Entity)> = parties.iter().map(|p| (p.pos.1, p.entity.clone())).collect();
        let names: Vec<(usize, usize)> = s.orgs().iter().map(|e| (e.start, e.end)).collect();
        let mut spans: Vec<(usize, usize)> = schema
            .coref
            .get(s.lang)
            .into_iter()
            .flatten()
            .flat_map(|phrase| coref_spans(&lower, phrase, &names))
            .collect();
        spans.sort_unstable();
        spans.dedup_by(|later, earlier| later.0 < earlier.1);
        // The latest sentence's organization is meant by one phrase of a sentence at most: a
        // second description is another company ("The Italian bank holds 21% of the German
        // lender").
        let mut took_last = false;
        for (pos, end) in spans {
            // With two companies named before it the phrase is ambiguous ("Novo Holdings
            // agreed to acquire Catalent in a deal that values the company at $16.5 billion"):
            // the named parties stand for themselves and it adds none.
            let before: Vec<&(usize, Entity)> = named.iter().filter(|(end, _)| *end <= pos).collect();
            let distinct = before.iter().map(|(_, e)| roots(&e.id)).collect::<BTreeSet<_>>().len();
            if distinct > 1 {
                continue;
            }
            let earlier = before.into_iter().min_by_key(|(end, _)| *end).map(|(_, e)| e);
            let entity = match (earlier, last_org.as_ref()) {
                (Some(e), _) => e,
                (None, Some(last)) if !took_last => {
                    took_last = true;
                    last
                }
                _ => continue,
            };
            parties.push(Party { pos: (pos, end), entity: entity.clone() });
        }
        parties.sort_by_key(|p| p.pos);
        let refers_to_deal =
            schema.deal_refs.get(s.lang).into_iter().flatten().any(|d| !find_phrase(&lower, d).is_empty());
        let another_deal =
            schema.new_deal_refs.get(s.lang).into_iter().flatten().any(|d| !find_phrase(&lower, d).is_empty());
        let hedge = schema.hedges.get(s.lang).into_iter().flatten().find(|h| !find_phrase(&lower, h).is_empty());
        // Ends of words that disqualify a value right after them: aggregates ("totaling")
        // and earlier or comparison values ("up from").
        let blockers: Vec<usize> = [&schema.aggregates, &schema.previous]
            .into_iter()
            .flat_map(|lists| lists.get(s.lang).into_iter().flatten())
            .flat_map(|a| find_phrase(&lower, a).into_iter().map(move |pos| pos + a.chars().count()))
            .collect();
        let wholes: Vec<usize> = schema
            .wholes
            .get(s.lang)
            .into_iter()
            .flatten()
            .flat_map(|w| find_phrase(&lower, w).into_iter().map(move |pos| pos + w.chars().count()))
            .collect();
        // A sentence without an organization of its own is about the story's company, the one
        // named most often so far ("Revenue rose 6.2%", "売上高は…", "Die Aktie stieg um 4,1
        // Prozent" after a sentence about a shareholder): in the languages listed in roles.toml.
        let continues = schema.zero_anaphora.iter().any(|l| l == s.lang);
        if parties.is_empty() && continues {
            if let Some(main) = topic.main().or(last_org.as_ref()) {
                parties.push(Party { pos: (0, 0), entity: main.clone() });
            }
        }
        // The last organization as the implicit other party of a two-party predicate whose
        // sentence names only one ("Northgate Ventures, which invested $250 million" in a story
        // about Lumora): the dropped subject in pro-drop languages, the object elsewhere.
        let implicit = last_org.as_ref().map(|prev| {
            let at = if PRO_DROP.contains(&s.lang) { 0 } else { chars.len() };
            Party { pos: (at, at), entity: prev.clone() }
        });
        let conversions = stated_conversions(&chars, &s.values);
        // What each value of the sentence was stated as (predicate, subject), for the level a
        // move reached.
        let mut stated: Vec<Option<(String, Entity)>> = vec![None; s.values.len()];
        let fiscal: Vec<Option<String>> = s.values.iter().map(|d| fiscal_period(schema, s.lang, &chars, d)).collect();
        for (vi, v) in s.values.iter().enumerate() {
            if conversions.iter().any(|&(_, c)| c == vi) {
                continue;
            }
            let whole = wholes.iter().any(|&end| end <= v.start && v.start - end <= 1);
            if whole || blockers.iter().any(|&end| end <= v.start && v.start - end <= AGGREGATE_WINDOW) {
                continue;
            }
            let level = after_move(schema, s.lang, &s.values, vi, &lower, &stated);
            let Some((mut p, cue)) = level
                .as_ref()
                .map(|(p, _)| (*p, (v.start, v.start)))
                .or_else(|| predicate_for(schema, &hits, s.lang, v, &lower, &dates))
            else {
                continue;
            };
            if let Some(deal) = p.of_deal.as_deref().filter(|_| deal_noun_before(schema, s.lang, &lower, cue)) {
                p = schema.predicate(deal).unwrap_or(p);
            }
            let sources = cited.iter().filter(|_| p.source_is_subject);
            let admits = |pt: &&Party| p.authority_party || p.object_is_authority || !(lookup.authority)(&pt.entity.id);
            let mut outside: Vec<&Party> =
                parties.iter().chain(sources).filter(|pt| gap(pt.pos, (v.start, v.end)) > 0).filter(admits).collect();
            outside.sort_by_key(|pt| pt.pos);
            let markers = schema.counterparty.get(s.lang);
            // The nearest organization before the value, else the first after it; a party
            // marked as a counterparty ("bei Skyline", "bij Skyline") only when no other is.
            let one_party = || {
                // A share's move or price belongs to the company named at the word for its
                // shares ("Banco-BPM-Aktien legten 3 Prozent zu, Unicredit-Papiere verloren
                // mehr als 3 Prozent", "the closing price of US Steel, $39.33", "Kellanova股价").
                if p.subject_at_cue && !(cue.0 >= v.start && cue.1 <= v.end) {
                    let at_cue = outside
                        .iter()
                        .filter(|pt| gap(pt.pos, cue) <= CUE_OWNER_REACH)
                        .filter(|pt| {
                            let (a, b) = if pt.pos.1 <= cue.0 { (pt.pos.1, cue.0) } else { (cue.1, pt.pos.0) };
                            !lower[a..b.max(a)].iter().any(|c| CLAUSE_BREAKS.contains(c))
                        })
                        .min_by_key(|pt| (gap(pt.pos, cue), pt.pos.0 > cue.0));
                    if let Some(pt) = at_cue {
                        return Some((pt.entity.clone(), None));
                    }
                }
                let pick = |pool: Vec<&&Party>| {
                    let before = pool.iter().filter(|pt| pt.pos.1 <= v.start).min_by_key(|pt| v.start - pt.pos.1);
                    before.or_else(|| pool.iter().find(|pt| pt.pos.0 >= v.end)).map(|pt| (pt.entity.clone(), None))
                };
                // A cited source's "von" ("nach Angaben von Eurostat") marks no counterparty.
                let is_cited = |pt: &Party| cited.iter().any(|c| c.pos == pt.pos);
                let unmarked: Vec<&&Party> =
                    outside.iter().filter(|pt| is_cited(pt) || !counterparty_marked(pt, &lower, markers)).collect();
                pick(unmarked).or_else(|| pick(outside.iter().collect()))
            };
            let roles = Roles {
                counterparty: markers,
                agent_after: schema.agent.get(s.lang),
                passive_agent: schema.passive_agent.get(s.lang),
                clause_words: schema.clause_words.get(s.lang),
            };
            let parties_found = if let Some((_, subject)) = &level {
                Some((subject.clone(), None))
            } else if p.object_is_authority {
                let buyer = deals.main().map(|(subject, _)| subject);
                approval_parties(&outside, (v.start, v.end), &lower, roles.passive_agent, buyer, lookup).map(
                    |(subject, authority, target)| {
                        // The approval of "the takeover of Kellanova by Mars" states that deal.
                        if let Some(target) = target {
                            deals.count(&subject, &target, index, roots);
                        }
                        (subject, Some(authority))
                    },
                )
            } else if p.object {
                let sale = sale_parties(schema, s.lang, &outside, (v.start, v.end), &lower, roots);
                let pair =
                    sale.or_else(|| two_parties(&outside, (v.start, v.end), &lower, roles, roots)).or_else(|| {
                        // Only a party marked for its role leaves room for an implicit other one.
                        let [only] = outside.as_slice() else { return None };
                        let role_marked = agent_marked(only, &lower, roles.agent_after)
                            || particle_after(only, &lower, schema.counterparty_after.get(s.lang));
                        let extra = implicit
                            .as_ref()
                            .filter(|i| role_marked && roots(&i.entity.id) != roots(&only.entity.id))?;
                        let with_implicit: Vec<&Party> = outside.iter().copied().chain([extra]).collect();
                        two_parties(&with_implicit, (v.start, v.end), &lower, roles, roots)
                    });
                // A sentence that names no other party continues the story's latest deal: "The
                // deal is expected to close by the end of 2026", "Maple Leaf aims to complete
                // the deal by June 2027", "the Commission fined Stratos €800 million". A date
                // needs the sentence to refer to the deal, as date cues are weak ("invest in
                // grids through 2028" is no deal's end). Never for predicates with a one-party
                // reading ("Nordlicht will invest €500 million" is a commitment).
                let pair = pair.or_else(|| {
                    if p.single_party.is_some() || (p.value == "date" && !refers_to_deal) || another_deal {
                        return None;
                    }
                    let (subject, object) = deals.main()?;
                    let in_pair =
                        |pt: &&Party| [&subject, &object].iter().any(|e| roots(&e.id) == roots(&pt.entity.id));
                    // Parties past a semicolon belong to another clause ("...; die EU-Kommission
                    // muss noch zustimmen").
                    let same_clause = |pt: &&&Party| {
                        let (a, b) = (pt.pos.1.min(v.start), pt.pos.0.max(v.end));
                        !lower[a..b.min(lower.len())].iter().any(|c| SEMICOLONS.contains(c))
                    };
                    outside.iter().filter(same_clause).all(in_pair).then_some((subject, Some(object)))
                });
                match pair {
                    Some(pair) => Some(pair),
                    None => match p.single_party.as_deref().and_then(|name| schema.predicate(name)) {
                        Some(single) => {
                            p = single;
                            one_party()
                        }
                        None => None,
                    },
                }
            } else if let Some((buyer, _)) = deals.main().filter(|_| p.of_deal_subject) {
                // The bidder named in the sentence when it names one company besides the
                // targets of the story's deals, marked as the one the offer comes from (one
                // word of description at most: "di Banco Bpm su Anima" marks no Anima) ("a
                // proposal from rival Cleveland-Cliffs ... a 43% premium to U.S. Steel's closing
                // price"), else the story's main bidder ("l'offerta di Banco Bpm su Anima, il
                // premio sale al 14,6%" is still UniCredit's premium).
                let from = schema.offer_from.get(s.lang);
                let bidders: BTreeMap<String, &Party> = outside
                    .iter()
                    .filter(|pt| !deals.is_target(&roots(&pt.entity.id)) && marked_before(pt, &lower, from, 1))
                    .map(|pt| (roots(&pt.entity.id), *pt))
                    .collect();
                match bidders.into_iter().collect::<Vec<_>>().as_slice() {
                    [(root, only)] if *root != roots(&buyer.id) => Some((only.entity.clone(), None)),
                    _ => Some((buyer, None)),
                }
            } else {
                one_party()
            };
            let Some((subject, object)) = parties_found else { continue };
            let mut qualifiers = Map::new();
            if let Some(h) = hedge {
                qualifiers.insert("hedge".into(), serde_json::Value::String(h.clone()));
            }
            let converted: Vec<serde_json::Value> = conversions
                .iter()
                .filter(|&&(main, _)| main == vi)
                .map(|&(_, c)| {
                    let c = &s.values[c];
                    serde_json::json!({"amount": c.value.amount.or(c.value.low), "unit": c.value.unit, "value_text": c.text})
                })
                .collect();
            if !converted.is_empty() {
                qualifiers.insert("converted".into(), serde_json::Value::Array(converted));
            }
            for (name, value) in context_qualifiers(schema, s.lang, &p.name, &s.values, vi, &lower) {
                qualifiers.insert(name.into(), serde_json::Value::String(value.into()));
            }
            // A year written right next to a non-date value is the period it refers to
            // ("revenue of $13 billion in 2025"); two different years leave it open, and a
            // year further away ("... since it listed in 2019") says nothing about the value.
            // A fiscal period counts as such a year (`2025年12月期`: the year to December 2025).
            if v.value.kind != "date" {
                let years: BTreeSet<&str> = s
                    .values
                    .iter()
                    .zip(&fiscal)
                    .filter(|(d, _)| gap((d.start, d.end), (v.start, v.end)) <= PERIOD_WINDOW)
                    .filter_map(|(d, f)| f.as_deref().or(d.value.date.as_deref().filter(|d| d.len() == 4)))
                    .collect();
                if let [year] = years.into_iter().collect::<Vec<_>>().as_slice() {
                    qualifiers.insert("period".into(), serde_json::Value::String(year.to_string()));
                }
            }
            // An approval names the authority, not the deal's other party.
            if let Some(o) = object.as_ref().filter(|_| !p.object_is_authority) {
                deals.count(&subject, o, index, roots);
            }
            stated[vi] = Some((p.name.clone(), subject.clone()));
            out.push(Candidate {
                predicate: p.name.clone(),
                symmetric: p.symmetric,
                subject,
                object,
                value: v.value.clone(),
                qualifiers,
                evidence: Evidence {
                    doc_id: doc_id.to_string(),
                    lang: s.lang.to_string(),
                    start: s.start,
                    end: s.end,
                    quote: s.text.to_string(),
                    value_text: v.text.clone(),
                    score: 1.0,
                },
                as_of: if v.value.kind == "date" { None } else { statement_time(&s.values, &fiscal, vi, published) },
                published: published.map(String::from),
            });
        }
        if let Some(org) = salient_org(s, &chars) {
            last_org = Some(org.entity.clone());
        }
        topic.count(s, &chars, index, roots);
    }
    out
}

/// The period a month date names when a fiscal-period word follows it (roles.toml
/// `[fiscal_period_after]`: `2025年12月期`, `2026年3月期`): a fiscal year ending in December is
/// its calendar year (`2025`), one ending in another month is written as its last month
/// (`2026-03`, the year to March 2026).
fn fiscal_period(schema: &Schema, lang: &str, chars: &[char], d: &ValueSpan) -> Option<String> {
    let date = d.value.date.as_deref().filter(|date| date.len() == 7)?;
    let after: String = chars.get(d.end..)?.iter().take(4).collect();
    schema.fiscal_period_after.get(lang)?.iter().any(|w| after.starts_with(w.as_str())).then_some(())?;
    Some(match date.split_once('-') {
        Some((year, "12")) => year.to_string(),
        _ => date.to_string(),
    })
}

/// The time a sentence's statement is about: the date of the sentence nearest the value, at
/// least as precise as a month (a bare year is the value's period, not its time) and not after
/// the publication date (`expected to close by June 2027` is a deadline, not the time of a
/// share move). Relative dates (`on Monday`, `vorige week`) arrive resolved against the
/// publication date by the value recognizer.
/// A fiscal period (`fiscal`, see [`fiscal_period`]) is a period, never a time.
fn statement_time(
    values: &[ValueSpan],
    fiscal: &[Option<String>],
    vi: usize,
    published: Option<&str>,
) -> Option<String> {
    let v = &values[vi];
    values
        .iter()
        .enumerate()
        .filter(|&(i, d)| i != vi && d.value.kind == "date" && fiscal.get(i).is_none_or(Option::is_none))
        .filter_map(|(_, d)| Some((d, d.value.date.as_deref()?)))
        .filter(|(_, date)| date.len() >= 7)
        .filter(|(_, date)| published.is_none_or(|p| *date <= p.get(..date.len()).unwrap_or(p)))
        .min_by_key(|(d, date)| (gap((d.start, d.end), (v.start, v.end)), std::cmp::Reverse(date.len())))
        .map(|(_, date)| date.to_string())
}

/// Stated currency conversions: a money value in parentheses right after another one in a
/// different currency, with at most an approximation word before it (`12 miljard dollar
/// (10,3 miljard euro)`, `120億ドル（約1兆8000億円）`, `$38 billion (about €33 billion)`). The
/// conversion is part of the first value's claim (`qualifiers.converted`), never a claim of its
/// own. Returns (main value, conversion) index pairs.
fn stated_conversions(chars: &[char], values: &[ValueSpan]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, main) in values.iter().enumerate() {
        let Some((j, conv)) = values.iter().enumerate().nth(i + 1) else { continue };
        if main.value.kind != "money" || conv.value.kind != "money" || main.value.unit == conv.value.unit {
            continue;
        }
        let between: String = chars[main.end.min(chars.len())..conv.start.min(chars.len())].iter().collect();
        let between = between.trim();
        let Some(lead) = between.strip_prefix(['(', '（']) else { continue };
        // At most a short approximation word (`about`, `rund`, `約`, `cerca de`) inside.
        let lead = lead.trim();
        if lead.chars().count() > 12 || lead.chars().any(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | '（' | '）'))
        {
            continue;
        }
        let after: String = chars[conv.end.min(chars.len())..].iter().take(3).collect();
        if after.trim_start().starts_with([')', '）', ',', ';', '；', '，']) {
            out.push((i, j));
        }
    }
    out
}

/// How often each pair of parties (by top-level entities, in either order) had a two-party
/// claim. A pair keeps the order it was first written in: the lead states the deal ("Nordlicht
/// to buy VoltaCell"), while later sentences may read a symmetric predicate either way round.
#[derive(Default)]
struct Deals {
    /// sorted roots -> (claims, sentence of the latest, the pair as first seen)
    counts: BTreeMap<(String, String), DealCount>,
}

type DealCount = (usize, usize, (Entity, Entity));

impl Deals {
    /// The unordered pair of top-level entities a deal is counted under.
    fn key(subject: &Entity, object: &Entity, roots: &dyn Fn(&str) -> String) -> (String, String) {
        let (a, b) = (roots(&subject.id), roots(&object.id));
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    }

    fn count(&mut self, subject: &Entity, object: &Entity, index: usize, roots: &dyn Fn(&str) -> String) {
        let entry = self.counts.entry(Self::key(subject, object, roots)).or_insert((
            0,
            index,
            (subject.clone(), object.clone()),
        ));
        // A pair first seen in a sentence without a figure ([`Deals::hint`]) takes the
        // direction of its first claim: the word order of a headline is weaker evidence.
        if entry.0 == 0 {
            entry.2 = (subject.clone(), object.clone());
        }
        entry.0 += 1;
        entry.1 = index;
    }

    /// A deal named without a figure ("Nippon Steel rondt overname US Steel af"): the story's
    /// deal until a claim names one, so that "the takeover" of the next sentences has parties.
    fn hint(&mut self, subject: &Entity, object: &Entity, index: usize, roots: &dyn Fn(&str) -> String) {
        self.counts.entry(Self::key(subject, object, roots)).or_insert((0, index, (subject.clone(), object.clone())));
    }

    /// Whether `root` was the object of a deal of the story so far.
    fn is_target(&self, root: &str) -> bool {
        self.counts.values().any(|(_, _, (_, object))| object.id == root)
    }

    /// The pair named most often so far; ties go to the latest.
    fn main(&self) -> Option<(Entity, Entity)> {
        self.counts.values().max_by_key(|(n, last, _)| (*n, *last)).map(|(_, _, pair)| pair.clone())
    }
}

/// How often each organization (by its top-level entity) was named so far in a document.
#[derive(Default)]
struct Topic {
    /// root id -> (mentions, sentence of the latest mention, the latest entity named)
    counts: BTreeMap<String, (usize, usize, Entity)>,
}

impl Topic {
    fn count(&mut self, s: &SentenceMentions, chars: &[char], index: usize, roots: &dyn Fn(&str) -> String) {
        for e in s.orgs().into_iter().filter(|e| !bracketed(chars, e)) {
            let entry = self.counts.entry(roots(&e.entity.id)).or_insert((0, index, e.entity.clone()));
            entry.0 += 1;
            entry.1 = index;
            entry.2 = e.entity.clone();
        }
    }

    /// The most often named organization; ties go to the one named last.
    fn main(&self) -> Option<&Entity> {
        self.counts.values().max_by_key(|(n, last, _)| (*n, *last)).map(|(_, _, e)| e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use polyfact_entities::EntityTable;

    #[test]
    fn coreference_phrases_take_adjectives_between_article_and_noun() {
        let spans = |text: &str, phrase: &str, names: &[(usize, usize)]| {
            let lower: Vec<char> = text.to_lowercase().chars().collect();
            coref_spans(&lower, phrase, names)
        };
        assert_eq!(spans("Der Konzern wächst.", "der konzern", &[]), vec![(0, 11)]);
        assert_eq!(spans("Der nicht börsennotierte Konzern wächst.", "der konzern", &[]), vec![(0, 32)]);
        assert_eq!(spans("the Danish company said", "the company", &[]), vec![(0, 18)]);
        // Three words between are a clause, not adjectives; punctuation ends the phrase.
        assert!(spans("the deal with a rival company", "the company", &[]).is_empty());
        assert!(spans("the bank, a company", "the company", &[]).is_empty());
        // A gapped match over an organization's name is that name ("die Deutsche Bank").
        assert!(spans("die Deutsche Bank", "die bank", &[(4, 17)]).is_empty());
        assert_eq!(spans("die Bank", "die bank", &[]), vec![(0, 8)]);
    }

    #[test]
    fn a_description_after_two_named_companies_refers_to_neither() {
        assert_eq!(
            claims(
                "en",
                &["Skyline Aerospace agreed to acquire Parsec Robotics in a deal that values the company at $2.1 billion."]
            ),
            ["deal.value skyline_aerospace->parsec_robotics 2100000000"]
        );
        // Two descriptions in one sentence are two companies: the second is not the first.
        let out =
            claims("en", &["Skyline Aerospace is growing.", "The American firm holds 21% of the German company."]);
        assert!(!out.iter().any(|c| c.starts_with("stake.percent skyline_aerospace->skyline_aerospace")), "{out:?}");
        // One description with one company named before it is that company.
        assert_eq!(
            claims("de", &["Skyline Aerospace ist größer: Der nicht börsennotierte Konzern hat 150.000 Beschäftigte."]),
            ["employees.count skyline_aerospace 150000"]
        );
    }

    #[test]
    fn list_joints_take_commas_conjunctions_and_short_capitalized_items() {
        assert_eq!(list_joint(", "), Some(false));
        assert_eq!(list_joint(" and "), Some(true));
        assert_eq!(list_joint(", Cheez-It and "), Some(true));
        assert_eq!(list_joint("」や「"), Some(true));
        assert_eq!(list_joint(", comprará "), None);
        assert_eq!(list_joint(", the snack company behind "), None);
    }
    use polyfact_values::Recognizer;
    use std::path::Path;

    /// Claims of one document (sentences one per line) with the shipped data/ files, as
    /// `predicate subject[->object] value` strings.
    fn claims(lang: &str, lines: &[&str]) -> Vec<String> {
        candidates(lang, lines)
            .into_iter()
            .map(|c| {
                let object = c.object.map(|o| format!("->{}", o.id)).unwrap_or_default();
                let v = &c.value;
                let value = v.amount.or(v.low).or(v.high).map(|a| a.to_string()).or(v.date.clone()).unwrap_or_default();
                format!("{} {}{object} {value}", c.predicate, c.subject.id)
            })
            .collect()
    }

    /// The candidates of one document, as [`claims`] reads them.
    fn candidates(lang: &str, lines: &[&str]) -> Vec<Candidate> {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let schema = Schema::load(&data.join("schema")).unwrap();
        let table = EntityTable::load(&data.join("entities")).unwrap();
        // The invented companies of these sentences are in no real-world table: they come in
        // as names a model found, the open-world path.
        let invented =
            EntityTable::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities")).unwrap();
        let values = Recognizer::load(&data).unwrap();
        let sentences: Vec<SentenceMentions> = lines
            .iter()
            .map(|text| {
                let entities = table.find(text);
                let model_entities = invented
                    .find(text)
                    .into_iter()
                    .filter(|m| !entities.iter().any(|e| e.start < m.end && m.start < e.end))
                    .collect();
                (entities, model_entities)
            })
            .zip(lines)
            .map(|((entities, model_entities), text)| SentenceMentions {
                start: 0,
                end: text.chars().count(),
                text,
                lang,
                entities,
                model_entities,
                values: values.recognize(text, lang, None),
            })
            .collect();
        let roots = |id: &str| table.root(id).to_string();
        let authority = |id: &str| table.is_authority(id);
        assemble_document(&schema, "doc", &sentences, None, &EntityLookup { roots: &roots, authority: &authority })
    }

    #[test]
    fn a_fiscal_period_is_the_period_of_its_figures_not_their_time() {
        let got = candidates(
            "ja",
            &["VoltaCellの2025年12月期の売上高は86億元だった。", "VoltaCellの2026年3月期の売上高は9850億円。"],
        );
        let periods: Vec<(Option<&str>, Option<&str>)> =
            got.iter().map(|c| (c.qualifiers.get("period").and_then(|p| p.as_str()), c.as_of.as_deref())).collect();
        assert_eq!(periods, [(Some("2025"), None), (Some("2026-03"), None)]);
        // Negative: a month without the word is the statement's time.
        let got = candidates("ja", &["VoltaCellの株価は2026年3月に5%下落した。"]);
        assert_eq!(got.iter().map(|c| c.as_of.as_deref()).collect::<Vec<_>>(), [Some("2026-03")]);
    }

    #[test]
    fn a_sale_gives_its_price_and_stake_to_the_buyer() {
        // The buyer after the recipient word, with words of description between; the seller
        // is no party.
        assert_eq!(
            claims("pt", &["A Nordlicht Energie vende 40% da VoltaCell ao fundo norueguês Fjord Capital por 900 milhões de euros."]),
            ["stake.percent fjord_capital->voltacell 40", "deal.value fjord_capital->voltacell 900000000"]
        );
        assert_eq!(
            claims("fr", &["Nordlicht Energie a annoncé la cession de 40 % de VoltaCell au fonds d'investissement Fjord Capital."]),
            ["stake.percent fjord_capital->voltacell 40"]
        );
        assert_eq!(
            claims("en", &["Nordlicht Energie agreed to sell a 40% stake in VoltaCell to Japan's Stratos."]),
            ["stake.percent stratos->voltacell 40"]
        );
        // What is sold may be named before the word (Chinese), or not at all: then the seller
        // is the other party.
        assert_eq!(
            claims("zh", &["Nordlicht Energie同意以9亿欧元的价格将VoltaCell出售给Stratos。"]),
            ["deal.value stratos->voltacell 900000000"]
        );
        assert_eq!(
            claims("fr", &["Nordlicht Energie cède 40 % de sa filiale à Stratos"]),
            ["stake.percent stratos->nordlicht_energie 40"]
        );
        // Negative: a purchase names no recipient; the buyer stays the subject.
        assert_eq!(
            claims("es", &["Stratos compra el 40% de VoltaCell a cambio de 900 millones de euros."]),
            ["stake.percent stratos->voltacell 40", "deal.value stratos->voltacell 900000000"]
        );
    }

    #[test]
    fn a_party_past_a_clause_break_after_the_value_acts_in_the_next_clause() {
        assert_eq!(
            claims("pt", &["A Fjord Capital investiu US$ 50 milhões na VoltaCell, liderada pela Stratos."]),
            ["investment.amount fjord_capital->voltacell 50000000"]
        );
        assert_eq!(
            claims("it", &["Nordlicht Energie ha lanciato un'offerta da 1,6 miliardi di euro su VoltaCell e ha rilevato dal fondo Stratos una quota di Parsec Robotics."]),
            ["deal.value nordlicht_energie->voltacell 1600000000"]
        );
        // An offer and a purchase state their price (deal nouns as cues).
        assert_eq!(
            claims("de", &["Nordlicht Energie ist seit dem Kauf von VoltaCell im Jahr 2005 für rund 15 Milliarden Euro in Polen vertreten."]),
            ["deal.value nordlicht_energie->voltacell 15000000000"]
        );
    }

    #[test]
    fn a_price_reaches_its_deal_across_an_apposition() {
        assert_eq!(
            claims("en", &["Skyline Aerospace agreed to acquire Parsec Robotics, a maker of warehouse robots based in Ohio, for $2.1 billion."]),
            ["deal.value skyline_aerospace->parsec_robotics 2100000000"]
        );
        // Negative: without the price's preposition the cue is out of reach.
        assert!(claims("en", &["Skyline Aerospace agreed to acquire Parsec Robotics, a maker of warehouse robots based in Ohio, with $2.1 billion."]).is_empty());
    }

    #[test]
    fn an_owner_or_unit_named_in_an_apposition_is_no_party() {
        assert_eq!(
            claims(
                "es",
                &["Arbor Ridge Capital, filial del grupo alemán Nordlicht Energie, compró el 12% de VoltaCell."]
            ),
            ["stake.percent arbor_ridge_capital->voltacell 12"]
        );
        assert_eq!(
            claims("pt", &["A Fjord Capital, controladora da fabricante norueguesa Nordavia, fechou acordo para comprar a Stratos por US$ 3 bilhões."]),
            ["deal.value fjord_capital->stratos 3000000000"]
        );
        // A possessive before a modifier word: "Nordlicht's parent" is not Nordlicht.
        let got = claims("en", &["Nordlicht Energie's parent agreed to buy VoltaCell for €2 billion."]);
        assert!(!got.iter().any(|c| c.contains("nordlicht")), "{got:?}");
    }

    #[test]
    fn an_offer_verb_states_a_deal_and_the_offer_refers_to_it() {
        let lines = [
            "A Halden Pharma ofereceu 4,8 bilhões de dólares aos acionistas da Corvex Therapeutics.",
            "A oferta, avaliada em 5,1 bilhões de dólares, perdeu a validade.",
        ];
        assert_eq!(
            claims("pt", &lines),
            [
                "deal.value halden_pharma->corvex_therapeutics 4800000000",
                "deal.value halden_pharma->corvex_therapeutics 5100000000"
            ]
        );
    }

    #[test]
    fn an_agreement_reached_on_a_day_dates_the_deal() {
        let pt = ["A Halden Pharma fechou acordo em 5 de fevereiro de 2024 para comprar a Corvex Therapeutics."];
        assert_eq!(claims("pt", &pt), ["deal.date halden_pharma->corvex_therapeutics 2024-02-05"]);
        let es = ["Halden Pharma ha acordado el 5 de febrero de 2024 comprar Corvex Therapeutics."];
        assert_eq!(claims("es", &es), ["deal.date halden_pharma->corvex_therapeutics 2024-02-05"]);
    }

    #[test]
    fn a_headline_without_a_figure_names_the_deal_of_the_next_sentences() {
        let later = "De overname van 2,4 miljard euro is op 18 juni 2025 afgerond.";
        let lines = ["Nordlicht Energie rondt overname VoltaCell af", later];
        let got = claims("nl", &lines);
        assert!(got.contains(&"deal.value nordlicht_energie->voltacell 2400000000".to_string()), "{got:?}");
        assert!(got.contains(&"deal.completion nordlicht_energie->voltacell 2025-06-18".to_string()), "{got:?}");
        // The passive agent is the buyer however the headline orders the names.
        let lines =
            ["L'acquisizione di VoltaCell da parte di Nordlicht Energie", "L'operazione vale 2,4 miliardi di euro."];
        assert_eq!(claims("it", &lines), ["deal.value nordlicht_energie->voltacell 2400000000"]);
        // No deal word between the names, or a clause break: no deal.
        for headline in ["Nordlicht Energie en VoltaCell", "Nordlicht Energie groeit, overname VoltaCell"] {
            assert!(claims("nl", &[headline, later]).iter().all(|c| !c.contains("->")), "{headline}");
        }
    }

    #[test]
    fn a_closed_deal_in_the_past_tense_states_its_completion_and_its_parties() {
        // "Si è chiusa ... l'acquisizione di X da parte di Y": the completion names the deal,
        // which later sentences ("L'operazione ... vale") then refer to.
        let lines = [
            "Si è chiusa il 18 dicembre 2024 l'acquisizione dell'americana Corvex Therapeutics da parte di Halden Pharma.",
            "L'operazione vale 16,5 miliardi di dollari.",
        ];
        assert_eq!(
            claims("it", &lines),
            [
                "deal.completion halden_pharma->corvex_therapeutics 2024-12-18",
                "deal.value halden_pharma->corvex_therapeutics 16500000000"
            ]
        );
        // A session that closed is no deal's completion.
        assert!(
            claims("it", &["Il titolo Halden Pharma ha chiuso la seduta del 18 dicembre 2024 in rialzo."]).is_empty()
        );
    }

    #[test]
    fn a_description_by_trade_refers_back_like_the_company() {
        // coref.toml lists trade nouns beside "the company": a drugmaker, a steelmaker, a
        // holding; an adjective may follow the noun ("le laboratoire danois").
        let before = "Halden Pharma rachètera trois usines à Corvex Therapeutics.";
        assert_eq!(
            claims("fr", &[before, "Le laboratoire danois a publié un chiffre d'affaires de 21,4 milliards d'euros."]),
            ["revenue.amount halden_pharma 21400000000"]
        );
        let before = "Brandt Steel signed the contract on Monday.";
        assert_eq!(
            claims("en", &[before, "The steelmaker reported revenue of $4.1 billion."]),
            ["revenue.amount stahlwerk_brandt 4100000000"]
        );
    }

    #[test]
    fn a_coreference_refers_to_the_organization_its_sentence_named_first() {
        let before = "Kestrel Semiconductor presentó sus resultados anuales.";
        // The sentence names Nordlicht before "el grupo": the group is Nordlicht.
        assert_eq!(
            claims(
                "es",
                &[before, "El consejero delegado de Nordlicht, Ana Ruiz, dijo que el grupo recomprará acciones por 900 millones de euros."]
            ),
            ["buyback.amount nordlicht_energie 900000000"]
        );
        // A sentence that names no organization before it: the latest sentence's.
        assert_eq!(
            claims("es", &[before, "El grupo recomprará acciones por 900 millones de euros."]),
            ["buyback.amount kestrel_semiconductor 900000000"]
        );
    }

    #[test]
    fn a_sentence_introducing_another_deal_does_not_continue_the_story() {
        let story = "Nordlicht Energie agreed to buy VoltaCell for €2.4 billion.";
        assert_eq!(
            claims("en", &[story, "The deal is worth €2.4 billion including debt."]),
            [
                "deal.value nordlicht_energie->voltacell 2400000000",
                "deal.value nordlicht_energie->voltacell 2400000000"
            ]
        );
        assert_eq!(
            claims("en", &[story, "The company also signed a separate deal worth €300 million."]),
            ["deal.value nordlicht_energie->voltacell 2400000000"]
        );
        assert_eq!(
            claims(
                "de",
                &[
                    "Nordlicht Energie kauft VoltaCell für 2,4 Milliarden Euro.",
                    "Das Unternehmen soll auch eine weitere Vereinbarung über 300 Millionen Euro getroffen haben."
                ]
            ),
            ["deal.value nordlicht_energie->voltacell 2400000000"]
        );
    }

    #[test]
    fn a_value_outside_the_predicates_bounds_is_not_its_value() {
        // deal.value has min 10,000 (data/schema/predicates.toml): a price of a cent is no
        // deal value; shares.count has min 1,000: an exchange ratio is no share count.
        assert!(claims("en", &["Nordlicht Energie agreed to buy VoltaCell in a deal worth $0.01 per unit."]).is_empty());
        assert_eq!(
            claims("en", &["Nordlicht Energie agreed to buy VoltaCell for €2.4 billion."]),
            ["deal.value nordlicht_energie->voltacell 2400000000"]
        );
    }

    #[test]
    fn a_stated_conversion_is_part_of_the_claim_not_a_claim() {
        assert_eq!(
            claims("en", &["Nordlicht Energie agreed to buy VoltaCell for $2.6 billion (about €2.4 billion)."]),
            ["deal.value nordlicht_energie->voltacell 2600000000"]
        );
        assert_eq!(
            claims("ja", &["ノルトリヒト・エネルギーはボルタセルを26億ドル（約3900億円）で買収する。"]),
            ["deal.value nordlicht_energie->voltacell 2600000000"]
        );
        // Two amounts in one currency are two facts; a bracketed figure after other text is
        // no conversion.
        assert_eq!(
            claims(
                "en",
                &["Nordlicht Energie agreed to buy VoltaCell for €2.4 billion (including €300 million of debt)."]
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_cue_past_a_clause_break_types_the_next_value() {
        let got = claims(
            "en",
            &["Tomoe Motors said revenue rose 6.2% to ¥8.4 trillion, and operating profit came in at ¥612 billion."],
        );
        assert!(got.contains(&"revenue.amount tomoe_motors 8400000000000".to_string()), "{got:?}");
        assert!(got.contains(&"operating_profit.amount tomoe_motors 612000000000".to_string()), "{got:?}");
        let got = claims("nl", &["Rijnland Bank start een inkoopprogramma van 1,5 miljard euro en keert een dividend uit van 0,56 euro per aandeel."]);
        assert!(got.contains(&"buyback.amount rijnland_bank 1500000000".to_string()), "{got:?}");
        assert!(got.contains(&"dividend.amount rijnland_bank 0.56".to_string()), "{got:?}");
    }

    #[test]
    fn a_counted_noun_inside_the_value_yields_to_a_verb_cue() {
        let got = claims("en", &["Kestrel Semiconductor will create 2,000 jobs in Dresden."]);
        assert_eq!(got, ["hiring.count kestrel_semiconductor 2000"]);
        let got = claims("en", &["Kestrel Semiconductor will cut 2,000 jobs in Dresden."]);
        assert_eq!(got, ["layoffs.count kestrel_semiconductor 2000"]);
        // Dutch "levert ... op" (yields) is hiring, "levert" alone (delivers) is deliveries.
        let got = claims("nl", &["Kestrel Semiconductor bouwt een fabriek die 2.000 banen oplevert."]);
        assert_eq!(got, ["hiring.count kestrel_semiconductor 2000"]);
        let got = claims("nl", &["Meridian Lithography levert dit jaar 112 systemen."]);
        assert_eq!(got, ["deliveries.count meridian_lithography 112"]);
    }

    /// Reporters date a deal by its announcement ("agreed on ... to acquire", "annunciata il
    /// 5 febbraio"), and a target's "closing price" on a day is no completion of the deal.
    #[test]
    fn a_deal_is_dated_by_its_announcement_and_a_closing_price_is_no_completion() {
        let got = claims(
            "en",
            &["Kestrel Semiconductor agreed on March 12, 2026 to acquire Meridian Lithography for $2 billion, a premium of 30% over Meridian Lithography's closing price on March 11, 2026."],
        );
        assert!(
            got.contains(&"deal.date kestrel_semiconductor->meridian_lithography 2026-03-12".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|c| c.starts_with("deal.completion")), "{got:?}");
        let got = claims(
            "it",
            &["Kestrel Semiconductor ha annunciato il 5 febbraio 2026 l'acquisizione di Meridian Lithography."],
        );
        assert_eq!(got, ["deal.date kestrel_semiconductor->meridian_lithography 2026-02-05"]);
    }

    /// A price written right after a share move is the level it reached, the mover's price.
    #[test]
    fn a_price_after_a_share_move_is_the_level_it_reached() {
        let got = claims(
            "en",
            &["Kestrel Semiconductor shares were up 7.85% at $80.35 in early trading, below the offer price."],
        );
        assert!(got.contains(&"stock.change kestrel_semiconductor 7.85".to_string()), "{got:?}");
        assert!(got.contains(&"stock.price kestrel_semiconductor 80.35".to_string()), "{got:?}");
        let got = claims("de", &["Die Kestrel-Aktie schloss 2,2 Prozent tiefer bei 160,67 Dollar."]);
        assert!(got.contains(&"stock.price kestrel_semiconductor 160.67".to_string()), "{got:?}");
        let got = claims(
            "es",
            &["Las acciones de Kestrel Semiconductor cerraron con un alza del 6,63%, hasta 19,47 dólares."],
        );
        assert!(got.contains(&"stock.price kestrel_semiconductor 19.47".to_string()), "{got:?}");
        // No linking word, or an amount no share costs: no price.
        let got = claims(
            "en",
            &["Kestrel Semiconductor shares rose 4% after it agreed to buy Meridian Lithography for $2 billion."],
        );
        assert!(!got.iter().any(|c| c.starts_with("stock.price")), "{got:?}");
        let got = claims("en", &["Kestrel Semiconductor shares rose 4% to $2 billion in market value."]);
        assert!(!got.iter().any(|c| c.starts_with("stock.price")), "{got:?}");
    }

    /// An approval's object is the authority, its subject the buyer: written in the sentence
    /// (also as a passive agent beside the target) or the buyer of the story's deal.
    #[test]
    fn an_approval_is_the_buyers_by_the_authority() {
        let story = "Nordlicht Energie agreed to buy VoltaCell for €2.4 billion.";
        let got = claims("en", &[story, "The European Commission cleared the takeover on March 12, 2026."]);
        assert!(
            got.contains(&"regulatory_approval.date nordlicht_energie->european_commission 2026-03-12".to_string()),
            "{got:?}"
        );
        let got = claims(
            "nl",
            &["De Europese Commissie heeft op 12 maart 2026 groen licht gegeven voor de overname van VoltaCell door Nordlicht Energie."],
        );
        assert_eq!(got, ["regulatory_approval.date nordlicht_energie->european_commission 2026-03-12"]);
        let storia = "Nordlicht Energie ha annunciato l'acquisizione di VoltaCell per 2,4 miliardi di euro.";
        let got = claims("it", &[storia, "La Commissione europea ha autorizzato l'operazione il 12 marzo 2026."]);
        assert!(
            got.contains(&"regulatory_approval.date nordlicht_energie->european_commission 2026-03-12".to_string()),
            "{got:?}"
        );
        // Shareholders are no authority: their approval is no regulatory approval.
        let got = claims("en", &[story, "VoltaCell shareholders approved the takeover on March 12, 2026."]);
        assert!(!got.iter().any(|c| c.starts_with("regulatory_approval")), "{got:?}");
    }

    /// A national government (data/entities/governments.tsv) approves like a regulator, in
    /// the forms reporters write it; an authority is no party of facts it cannot state (a
    /// share move, a deal's date), so the company beside it is; it still fines and holds stakes.
    #[test]
    fn a_government_approves_and_is_no_party_of_other_facts() {
        for (lang, story, approval) in [
            (
                "en",
                "Nordlicht Energie agreed to buy VoltaCell for €2.4 billion.",
                "The Spanish government approved the takeover in June 2025.",
            ),
            (
                "nl",
                "Nordlicht Energie neemt VoltaCell over voor 2,4 miljard euro.",
                "De Spaanse regering had de overname in juni 2025 goedgekeurd.",
            ),
            (
                "de",
                "Nordlicht Energie übernimmt VoltaCell für 2,4 Milliarden Euro.",
                "Die spanische Regierung hatte die Übernahme im Juni 2025 genehmigt.",
            ),
            (
                "ja",
                "ノルトリヒト・エネルギーはボルタセルを24億ユーロで買収する。",
                "スペイン政府は2025年6月に買収を承認した。",
            ),
            ("zh", "Nordlicht Energie以24亿欧元收购VoltaCell。", "西班牙政府于2025年6月批准了这笔交易。"),
        ] {
            let got = claims(lang, &[story, approval]);
            assert!(
                got.contains(&"regulatory_approval.date nordlicht_energie->government_spain 2025-06".to_string()),
                "{lang}: {got:?}"
            );
        }
        let got = claims("en", &["VoltaCell shares rose 2.7% after the US government cleared the deal."]);
        assert_eq!(got, ["stock.change voltacell 2.7"]);
        let got = claims("en", &["The Italian government holds a 5% stake in VoltaCell."]);
        assert_eq!(got, ["stake.percent government_italy->voltacell 5"]);
        let got = claims("en", &["The European Commission fined VoltaCell €800 million."]);
        assert_eq!(got, ["fine.amount european_commission->voltacell 800000000"]);
    }

    /// A share's move belongs to the company written at the word for its shares, not to the
    /// party nearest the value.
    #[test]
    fn a_share_move_belongs_to_the_company_at_its_shares() {
        let got = claims("en", &["Kestrel Semiconductor welcomed a 3% rise in Meridian Lithography shares."]);
        assert_eq!(got, ["stock.change meridian_lithography 3"]);
        let got = claims("en", &["Kestrel Semiconductor shares rose 3%."]);
        assert_eq!(got, ["stock.change kestrel_semiconductor 3"]);
    }

    /// Regression: a count of sites took the people cue of its sentence ("more than 50 sites
    /// ... and about 18,000 employees" gave 50 employees), and a year-end "cierre" made a
    /// headcount a count of closures.
    #[test]
    fn counts_of_people_never_count_sites_and_closures_count_only_sites() {
        let got = claims("en", &["Kestrel Semiconductor has more than 50 sites worldwide and about 18,000 employees."]);
        assert_eq!(got, ["employees.count kestrel_semiconductor 18000"]);
        let got = claims("es", &["Kestrel Semiconductor contaba al cierre de 2024 con 18.323 empleados."]);
        assert_eq!(got, ["employees.count kestrel_semiconductor 18323"]);
        let got = claims("fr", &["Kestrel Semiconductor va fermer 250 boutiques."]);
        assert_eq!(got, ["closures.count kestrel_semiconductor 250"]);
        // A stem of a spaced script starts the noun: "werke" (plants) is no part of "medewerkers".
        let got = claims("nl", &["Kestrel Semiconductor heeft 5.600 medewerkers."]);
        assert_eq!(got, ["employees.count kestrel_semiconductor 5600"]);
        // An adjective before the noun leaves the noun counted: new shares are no new jobs.
        let got = claims("de", &["Kestrel Semiconductor will 1.200 neue Stellen schaffen."]);
        assert_eq!(got, ["hiring.count kestrel_semiconductor 1200"]);
        let got = claims("de", &["Kestrel Semiconductor müsste 265 Millionen neue Aktien schaffen."]);
        assert!(!got.iter().any(|c| c.starts_with("hiring")), "{got:?}");
    }

    #[test]
    fn a_cue_before_a_semicolon_yields_to_the_counted_noun() {
        let got = claims("en", &["Helio Motors deliveries hit record as profit slumps; 6,000 jobs to go"]);
        assert_eq!(got, ["layoffs.count helio_motors 6000"]);
    }

    #[test]
    fn the_whole_a_part_is_taken_from_is_no_fact() {
        let got = claims("en", &["Fenwick & Hale said it would close 120 of its 410 stores and cut 4,800 jobs."]);
        assert_eq!(got, ["closures.count fenwick_hale 120", "layoffs.count fenwick_hale 4800"]);
    }

    #[test]
    fn an_investment_with_one_party_is_a_commitment() {
        let got = claims("de", &["Kestrel Semiconductor investiert rund 11 Milliarden Euro in ein Werk in Dresden."]);
        assert_eq!(got, ["commitment.amount kestrel_semiconductor 11000000000"]);
    }

    #[test]
    fn an_agent_clause_makes_its_party_the_subject() {
        let got = claims(
            "en",
            &["Quillon Bio raised €210 million in a round led by Northgate Ventures, which invested €60 million."],
        );
        assert!(got.contains(&"investment.amount northgate_ventures->quillon_bio 60000000".to_string()), "{got:?}");
    }

    #[test]
    fn a_lone_marked_party_takes_the_story_company_as_the_other_one() {
        let en =
            ["Lumora AI raised $600 million.", "The round was led by Northgate Ventures, which invested $250 million."];
        assert!(claims("en", &en).contains(&"investment.amount northgate_ventures->lumora_ai 250000000".to_string()));
        // Japanese drops the subject: the story company invests in the party marked with に.
        let ja = ["トモエ自動車は5日、決算を発表した。", "また、アオバ・バッテリーに500億円を出資する。"];
        assert!(claims("ja", &ja).contains(&"investment.amount tomoe_motors->aoba_battery 50000000000".to_string()));
        // An unmarked lone party stays alone: no invented counterparty.
        let en = ["Kaito Power bought a stake in Eneria Offshore.", "Eneria is investing €6.5 billion in the project."];
        assert_eq!(claims("en", &en), ["commitment.amount eneria 6500000000"]);
    }

    #[test]
    fn a_cited_source_is_no_party_unless_it_publishes_the_statistic() {
        let nl = [
            "Lumora AI haalde 600 miljoen dollar op.",
            "Volgens Reuters-bronnen komt de waardering op 4,5 miljard dollar.",
            "De waardering zou tot 6 miljard dollar stijgen, zo meldde Reuters.",
        ];
        let got = claims("nl", &nl);
        assert!(got.contains(&"valuation.amount lumora_ai 4500000000".to_string()), "{got:?}");
        assert!(got.contains(&"valuation.amount lumora_ai 6000000000".to_string()), "{got:?}");
        let en = ["According to Reuters, Lumora AI is valued at $4.5 billion."];
        assert_eq!(claims("en", &en), ["valuation.amount lumora_ai 4500000000"]);
        // "Amazon reported" is a company reporting its own figures, not a citation.
        let en = ["Rijnland Bank reported revenue of €4.2 billion."];
        assert_eq!(claims("en", &en), ["revenue.amount rijnland_bank 4200000000"]);
        // A statistic is its publisher's, cited or not.
        let de = ["Die EZB senkt den Zins.", "Nach Angaben von Eurostat lag die Inflation bei 2,1 Prozent."];
        assert!(claims("de", &de).contains(&"statistic.percent eurostat 2.1".to_string()));
    }

    #[test]
    fn a_later_sentence_about_the_deal_continues_its_parties() {
        let en = [
            "Halden Pharma agreed to acquire Corvex Therapeutics for $4.8 billion in cash.",
            "The deal is expected to close by March 2027.",
        ];
        let got = claims("en", &en);
        assert!(got.contains(&"deal.completion halden_pharma->corvex_therapeutics 2027-03".to_string()), "{got:?}");
        // One party of the deal named again: still that deal.
        let en = [
            "Maple Leaf Group will buy Hoshino Retail for ¥1.1 trillion.",
            "Maple Leaf aims to complete the deal by June 2027.",
        ];
        let got = claims("en", &en);
        assert!(got.contains(&"deal.completion maple_leaf_group->hoshino_retail 2027-06".to_string()), "{got:?}");
        // A party in another clause does not stop it.
        let de = [
            "Nordlicht Energie kauft VoltaCell für 2,4 Milliarden Euro.",
            "Der Abschluss wird bis Ende 2026 erwartet; die EU-Kommission muss noch zustimmen.",
        ];
        let got = claims("de", &de);
        assert!(got.contains(&"deal.completion nordlicht_energie->voltacell 2026-12".to_string()), "{got:?}");
        // A date without a reference to the deal stays unattributed: weak date cues.
        let en = [
            "Halden Pharma agreed to acquire Corvex Therapeutics for $4.8 billion.",
            "The company plans to invest in plants through 2028.",
        ];
        assert_eq!(claims("en", &en), ["deal.value halden_pharma->corvex_therapeutics 4800000000"]);
    }

    #[test]
    fn a_passive_agent_is_the_subject() {
        let nl = ["Het batterijbedrijf VoltaCell wordt voor 2,4 miljard euro overgenomen door het Duitse energiebedrijf Nordlicht Energie."];
        assert_eq!(claims("nl", &nl), ["deal.value nordlicht_energie->voltacell 2400000000"]);
        let en = ["VoltaCell will be acquired for €2.4 billion by German utility Nordlicht Energie."];
        assert_eq!(claims("en", &en), ["deal.value nordlicht_energie->voltacell 2400000000"]);
        // A clause break between them: "by" marks no party.
        let marked = |text: &str, party: &str| {
            let lower = lower_chars(text);
            let start = text.find(party).map(|b| text[..b].chars().count()).unwrap();
            let entity = Entity { id: "x".into(), name: "x".into(), kind: "ORG".into() };
            let pt = Party { pos: (start, start + party.chars().count()), entity };
            passive_agent_marked(&pt, &lower, Some(&vec!["by".to_string()]))
        };
        assert!(marked("acquired by the German utility Nordlicht", "Nordlicht"));
        assert!(!marked("signed by phone, late on Monday, with Nordlicht", "Nordlicht"));
        assert!(!marked("acquired by one of the largest German utilities Nordlicht", "Nordlicht"), "too far");
        // Regression: a narrow no-break space (3 bytes in UTF-8) before a word panicked.
        assert!(marked("acquired by the\u{202f}utility Nordlicht", "Nordlicht"));
        assert!(!marked("OpenAI has inked a 7-year,\u{202f}$38 billion deal with Nordlicht", "Nordlicht"));
    }

    #[test]
    fn an_offer_premium_of_another_bidder_is_that_bidders() {
        let en = [
            "Halden Pharma agreed to acquire Corvex Therapeutics for $4.8 billion.",
            "Halden Pharma will pay $52 per share for Corvex Therapeutics.",
            "Corvex Therapeutics had rejected a bid from rival Quillon Bio last year, a 25% premium to Corvex's closing price.",
            "The offer is a 42% premium.",
            "Measured before Corvex Therapeutics made an offer of its own for Lumora AI, the premium rises to 48%.",
        ];
        let got = claims("en", &en);
        assert!(got.contains(&"offer.premium quillon_bio 25".to_string()), "{got:?}");
        assert!(got.contains(&"offer.premium halden_pharma 42".to_string()), "{got:?}");
        // Negative: the target of another offer is no bidder.
        assert!(got.contains(&"offer.premium halden_pharma 48".to_string()), "{got:?}");
    }

    #[test]
    fn an_offer_premium_is_the_bidders() {
        let en = ["Halden Pharma agreed to acquire Corvex Therapeutics for $4.8 billion, a premium of 42% over Corvex's closing price."];
        let got = claims("en", &en);
        assert!(got.contains(&"offer.premium halden_pharma 42".to_string()), "{got:?}");
        // Later, and in the passive, the deal's order is the lead's.
        let nl = [
            "VoltaCell wordt voor 2,4 miljard euro overgenomen door Nordlicht Energie.",
            "Premie: ongeveer 28 procent.",
        ];
        let got = claims("nl", &nl);
        assert!(got.contains(&"offer.premium nordlicht_energie 28".to_string()), "{got:?}");
    }

    #[test]
    fn a_sentence_without_a_company_continues_the_story() {
        let got = claims("en", &["Rijnland Bank reported results on Wednesday.", "Revenue rose to €4.2 billion."]);
        assert_eq!(got, ["revenue.amount rijnland_bank 4200000000"]);
        // A news agency in a dateline is not the story's company.
        let got = claims(
            "de",
            &["London (Reuters) – Fenwick & Hale schließt Filialen.", "Der Umsatz sank auf 9,8 Milliarden Pfund."],
        );
        assert_eq!(got, ["revenue.amount fenwick_hale 9800000000"]);
    }

    #[test]
    fn a_counterparty_is_not_the_subject_of_a_one_party_claim() {
        let got = claims("de", &["Nordavia hat bei Skyline Aerospace 60 Flugzeuge bestellt."]);
        assert_eq!(got, ["orders.count nordavia 60"]);
    }

    #[test]
    fn phrases_match_on_word_starts_with_short_inflections() {
        let hay = lower_chars("Cloud-Computing-Abkommens und Dealers; 同社の契約");
        assert_eq!(find_phrase(&hay, "abkommen"), [16]);
        assert!(find_phrase(&hay, "deal").is_empty(), "dealers has too long a tail");
        assert_eq!(find_phrase(&hay, "契約"), [42]);
    }

    #[test]
    fn gaps_between_spans() {
        assert_eq!(gap((0, 5), (7, 9)), 2);
        assert_eq!(gap((7, 9), (0, 5)), 2);
        assert_eq!(gap((0, 5), (3, 9)), 0);
    }
}
