//! The predicate schema and context word lists, read from `data/schema/` at run time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aho_corasick::AhoCorasick;
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
}

const VALUE_TYPES: [&str; 6] = ["money", "percent", "date", "duration", "quantity", "count"];

/// One predicate: its value type, roles and cue words per language (lower-cased).
#[derive(Debug, Clone, Deserialize)]
pub struct Predicate {
    pub name: String,
    pub value: String,
    #[serde(default)]
    pub object: bool,
    #[serde(default)]
    pub symmetric: bool,
    #[serde(default)]
    pub units: Vec<String>,
    /// Units that make a value no value of this predicate, whatever the cues say: people
    /// counts never count sites or shares ("more than 50 sites ... and 18,000 employees").
    /// In `units` and `not_units`, `@name` stands for the noun class `name` of `[nouns]`.
    #[serde(default)]
    pub not_units: Vec<String>,
    #[serde(default)]
    pub cues: BTreeMap<String, Vec<String>>,
    /// For dates: the least precise date accepted (`year`, `month`, `day`).
    #[serde(default)]
    pub date_precision: Option<String>,
    /// For two-party predicates: the one-party predicate a value states when the sentence
    /// names only one party (an investment without an investee is a commitment to spend).
    #[serde(default)]
    pub single_party: Option<String>,
    /// The name cited as the source is the subject ("laut Eurostat lag die Inflation bei 2,1
    /// Prozent": a statistic is its publisher's); other predicates never take a cited source.
    #[serde(default)]
    pub source_is_subject: bool,
    /// A one-party predicate about a deal's buyer ("a premium of 42% over Corvex's price" is
    /// Halden's bid): its subject is the subject of the story's latest two-party claim.
    #[serde(default)]
    pub of_deal_subject: bool,
    /// A one-party predicate whose cue names what the subject owns (its shares, its stock
    /// price): the subject is the party written at the cue, not the one nearest the value.
    #[serde(default)]
    pub subject_at_cue: bool,
    /// A two-party predicate whose object is an authority of the tables (class `authority`:
    /// a regulator, competition authority, central bank, ministry or government) and whose
    /// subject is the other party, else the buyer of the story's deal ("the European
    /// Commission cleared the takeover on Monday": the buyer's approval by the Commission).
    #[serde(default)]
    pub object_is_authority: bool,
    /// An authority of the tables may be a party of this predicate: it fines, sets a rate,
    /// publishes a statistic or holds a stake. Of every other predicate it is
    /// no party ("Nippon Steel shares rose 2.7% after the US government cleared the deal" is
    /// no share move of the government; "Consob said UniCredit's offer ends on July 22" is no
    /// deal of Consob's), so that the company named beside it is.
    #[serde(default)]
    pub authority_party: bool,
    /// A money predicate that is the level a move of the named predicate reached: a price
    /// written right after a share move and a linking word of `[price_after_move]` in
    /// roles.toml (`up 7.85% at $80.35`, `2,2 Prozent tiefer bei 160,67 Dollar`) has the
    /// move's subject.
    #[serde(default)]
    pub after_change_of: Option<String>,
    /// The two-party predicate a value of this one states when a word for a deal of
    /// `[deal_nouns]` in roles.toml stands shortly before its cue: "a deal valued at $35.9
    /// billion", "l'opération, qui valorise la cible à 10 milliards" value the deal, not a
    /// company.
    #[serde(default)]
    pub of_deal: Option<String>,
    /// The smallest and largest amount this predicate's value can take (currency units for
    /// money, points for percent, the number for counts; a range counts by its bounds). A value
    /// outside is no value of this predicate: a deal worth $0.01, 17 "shares" of an exchange
    /// ratio. The next cue's predicate may still take it.
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    /// The value changes over time (a share price, a stake, a valuation): statements about
    /// different times are different claims. One entry of a predicate saying so is enough.
    #[serde(default)]
    pub time_varying: bool,
}

#[derive(Deserialize)]
struct PredicatesFile {
    predicate: Vec<Predicate>,
    /// Classes of counted nouns (stems, any language) that predicates name as `@class`.
    #[serde(default)]
    nouns: BTreeMap<String, Vec<String>>,
}

/// `units` with every `@class` replaced by the class's nouns, all lower-cased.
fn expand_units(units: &[String], nouns: &BTreeMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for u in units {
        match u.strip_prefix('@') {
            Some(class) => {
                let list = nouns.get(class).ok_or_else(|| format!("unknown noun class @{class}"))?;
                out.extend(list.iter().map(|n| n.to_lowercase()));
            }
            None => out.push(u.to_lowercase()),
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct RolesFile {
    counterparty: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    agent: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    passive_agent: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    offer_from: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    counterparty_after: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    clause_words: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    zero_anaphora: ZeroAnaphora,
    #[serde(default)]
    cited_source_before: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    cited_source_after: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    price_after_move: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    deal_nouns: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    price_before: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    sale_words: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    fiscal_period_after: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    sale_recipient: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    name_as_modifier: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    name_as_product: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    related_company: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    context: Vec<ContextQualifier>,
}

/// A `[[context]]` entry of roles.toml: words in a value's clause that set a qualifier
/// telling apart facts of one predicate (an intraday move from the close).
#[derive(Debug, Clone, Deserialize)]
pub struct ContextQualifier {
    /// The qualifier's key (`session`) and value (`intraday`).
    pub name: String,
    pub value: String,
    /// The predicates it applies to; all when empty.
    #[serde(default)]
    pub predicates: Vec<String>,
    /// How far (chars) each side of the value the words are read.
    pub reach: usize,
    /// Per language, lower-cased at load.
    pub words: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
struct ZeroAnaphora {
    languages: Vec<String>,
}

#[derive(Deserialize)]
struct CorefFile {
    coref: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    deal: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    new_deal: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct HedgesFile {
    hedges: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    aggregates: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    previous: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    wholes: BTreeMap<String, Vec<String>>,
}

/// Per cue pattern: (predicate index, cue length in chars, cue is in a spaced script).
pub type CuePattern = (usize, usize, bool);

/// All predicates' cues of one language in one automaton: a sentence is scanned once.
#[derive(Debug, Clone)]
pub struct CueIndex {
    pub automaton: AhoCorasick,
    pub patterns: Vec<CuePattern>,
}

/// Predicates plus the per-language coreference and hedge phrases.
#[derive(Debug, Clone)]
pub struct Schema {
    /// Cue automata by language.
    pub cue_index: BTreeMap<String, CueIndex>,
    pub predicates: Vec<Predicate>,
    pub coref: BTreeMap<String, Vec<String>>,
    /// Phrases that refer back to the story's latest deal ("the deal", "die Übernahme", "買収").
    pub deal_refs: BTreeMap<String, Vec<String>>,
    /// Phrases that introduce another deal ("also struck a deal", "eine weitere Vereinbarung"):
    /// a sentence with one never continues the story's deal.
    pub new_deal_refs: BTreeMap<String, Vec<String>>,
    pub hedges: BTreeMap<String, Vec<String>>,
    pub aggregates: BTreeMap<String, Vec<String>>,
    /// Words right before a party that make it the counterparty ("with", "mit", "met").
    pub counterparty: BTreeMap<String, Vec<String>>,
    /// Words right after a party that make it the acting subject (", which", ", qui").
    pub agent: BTreeMap<String, Vec<String>>,
    /// Words right before a party that make it the acting subject of a passive clause ("by").
    pub passive_agent: BTreeMap<String, Vec<String>>,
    /// Words before the company an offer comes from ("a bid from rival X", "l'offerta di X").
    pub offer_from: BTreeMap<String, Vec<String>>,
    /// Particles right after a party that make it the counterparty ("に", "と").
    pub counterparty_after: BTreeMap<String, Vec<String>>,
    /// Words that open a new clause ("and", "und", "en").
    pub clause_words: BTreeMap<String, Vec<String>>,
    /// Words linking a move to the level it reached ("at", "bei", "à", "hasta").
    pub price_after_move: BTreeMap<String, Vec<String>>,
    /// Words for a deal, an offer or a bid that a valuation may be about ("deal", "oferta").
    pub deal_nouns: BTreeMap<String, Vec<String>>,
    /// Words right before a money value that make it the price of its clause's deal ("for",
    /// "por", "pour"): a cue before such a price reaches further.
    pub price_before: BTreeMap<String, Vec<String>>,
    /// Words for selling ("sells", "vende", "cession"): the buyer after a `sale_recipient`
    /// word holds what is sold.
    pub sale_words: BTreeMap<String, Vec<String>>,
    /// Words right after a month that make it a fiscal period (`2025年12月期`).
    pub fiscal_period_after: BTreeMap<String, Vec<String>>,
    /// Words right before the buyer of a sale ("to", "à", "ao", "an").
    pub sale_recipient: BTreeMap<String, Vec<String>>,
    /// Words right after a name that make it a modifier of the next name, not a party
    /// ("Pringles maker Kellanova", "Google parent Alphabet", "品客薯片母公司Kellanova").
    pub name_as_modifier: BTreeMap<String, Vec<String>>,
    /// Words right before a name that make it a product or a holding of another party, not a
    /// party ("the snack company behind Pringles", "el fabricante de Ozempic y Wegovy").
    pub name_as_product: BTreeMap<String, Vec<String>>,
    /// Words of an apposition naming another company than the one described ("parent of",
    /// "filial de"): the company after them, up to three words of description on, is no party.
    pub related_company: BTreeMap<String, Vec<String>>,
    /// Context qualifiers (`[[context]]`): an intraday move, a premium over the average price.
    pub context: Vec<ContextQualifier>,
    /// Words that introduce an earlier or comparison value ("up from").
    pub previous: BTreeMap<String, Vec<String>>,
    /// Words right before the whole a part is taken from ("120 of its 410 stores").
    pub wholes: BTreeMap<String, Vec<String>>,
    /// Languages whose sentences may omit a known subject.
    pub zero_anaphora: Vec<String>,
    /// Words right before a name that cite it as the source of the report ("according to").
    pub cited_source_before: BTreeMap<String, Vec<String>>,
    /// Words right after a name that cite it as the source ("-bronnen", "によると").
    pub cited_source_after: BTreeMap<String, Vec<String>>,
}

impl Schema {
    /// The predicate called `name`.
    pub fn predicate(&self, name: &str) -> Option<&Predicate> {
        self.predicates.iter().find(|p| p.name == name)
    }

    /// Whether any entry of the predicate marks it `time_varying`.
    pub fn time_varying(&self, name: &str) -> bool {
        self.predicates.iter().any(|p| p.name == name && p.time_varying)
    }
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, SchemaError> {
    let text = std::fs::read_to_string(path).map_err(|source| SchemaError::Io { path: path.to_path_buf(), source })?;
    toml::from_str(&text).map_err(|e| SchemaError::Parse { path: path.to_path_buf(), message: e.to_string() })
}

fn lower(map: BTreeMap<String, Vec<String>>) -> BTreeMap<String, Vec<String>> {
    map.into_iter().map(|(k, v)| (k, v.into_iter().map(|s| s.to_lowercase()).collect())).collect()
}

impl Schema {
    /// Reads `predicates.toml`, `coref.toml`, `hedges.toml` and `roles.toml` from `dir`
    /// (`data/schema`).
    pub fn load(dir: &Path) -> Result<Self, SchemaError> {
        let path = dir.join("predicates.toml");
        let file = read::<PredicatesFile>(&path)?;
        let mut predicates = file.predicate;
        for p in &mut predicates {
            if !VALUE_TYPES.contains(&p.value.as_str()) {
                return Err(SchemaError::Parse {
                    path: path.clone(),
                    message: format!(
                        "predicate {}: value {:?} is not one of {}",
                        p.name,
                        p.value,
                        VALUE_TYPES.join(" ")
                    ),
                });
            }
            p.cues = lower(std::mem::take(&mut p.cues));
            let units = |list: &[String]| {
                expand_units(list, &file.nouns).map_err(|m| SchemaError::Parse {
                    path: path.clone(),
                    message: format!("predicate {}: {m}", p.name),
                })
            };
            p.units = units(&p.units)?;
            p.not_units = units(&p.not_units)?;
        }
        for p in &predicates {
            let Some(name) = &p.single_party else { continue };
            let ok = predicates.iter().any(|q| &q.name == name && !q.object && q.value == p.value);
            if !ok {
                return Err(SchemaError::Parse {
                    path: path.clone(),
                    message: format!(
                        "predicate {}: single_party {name:?} must name a one-party predicate of value {}",
                        p.name, p.value
                    ),
                });
            }
        }
        for p in &predicates {
            let Some(name) = &p.of_deal else { continue };
            if !predicates.iter().any(|q| &q.name == name && q.object && q.value == p.value) {
                return Err(SchemaError::Parse {
                    path: path.clone(),
                    message: format!(
                        "predicate {}: of_deal {name:?} must name a two-party predicate of value {}",
                        p.name, p.value
                    ),
                });
            }
        }
        let context = read::<HedgesFile>(&dir.join("hedges.toml"))?;
        let roles = read::<RolesFile>(&dir.join("roles.toml"))?;
        let coref = read::<CorefFile>(&dir.join("coref.toml"))?;
        let mut by_lang: BTreeMap<String, (Vec<String>, Vec<CuePattern>)> = BTreeMap::new();
        for (i, p) in predicates.iter().enumerate() {
            for (lang, cues) in &p.cues {
                let entry = by_lang.entry(lang.clone()).or_default();
                for cue in cues.iter().filter(|c| !c.is_empty()) {
                    entry.0.push(cue.clone());
                    entry.1.push((i, cue.chars().count(), !cue.chars().any(crate::assemble::is_cjk)));
                }
            }
        }
        let mut cue_index = BTreeMap::new();
        for (lang, (cues, patterns)) in by_lang {
            let automaton = AhoCorasick::new(&cues)
                .map_err(|e| SchemaError::Parse { path: path.clone(), message: format!("cues for {lang}: {e}") })?;
            cue_index.insert(lang, CueIndex { automaton, patterns });
        }
        Ok(Schema {
            cue_index,
            predicates,
            coref: lower(coref.coref),
            deal_refs: lower(coref.deal),
            new_deal_refs: lower(coref.new_deal),
            hedges: lower(context.hedges),
            aggregates: lower(context.aggregates),
            previous: lower(context.previous),
            wholes: lower(context.wholes),
            counterparty: lower(roles.counterparty),
            agent: lower(roles.agent),
            passive_agent: lower(roles.passive_agent),
            offer_from: lower(roles.offer_from),
            counterparty_after: lower(roles.counterparty_after),
            clause_words: lower(roles.clause_words),
            price_after_move: lower(roles.price_after_move),
            deal_nouns: lower(roles.deal_nouns),
            price_before: lower(roles.price_before),
            sale_words: lower(roles.sale_words),
            fiscal_period_after: lower(roles.fiscal_period_after),
            sale_recipient: lower(roles.sale_recipient),
            name_as_modifier: lower(roles.name_as_modifier),
            name_as_product: lower(roles.name_as_product),
            related_company: lower(roles.related_company),
            context: roles.context.into_iter().map(|c| ContextQualifier { words: lower(c.words), ..c }).collect(),
            zero_anaphora: roles.zero_anaphora.languages,
            cited_source_before: lower(roles.cited_source_before),
            cited_source_after: lower(roles.cited_source_after),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_classes_expand_in_units_and_an_unknown_class_is_an_error() {
        let nouns = BTreeMap::from([("sites".to_string(), vec!["Plant".to_string(), "工場".to_string()])]);
        let got = expand_units(&["@sites".into(), "Warrant".into()], &nouns).unwrap();
        assert_eq!(got, ["plant", "工場", "warrant"]);
        assert_eq!(expand_units(&["@nope".into()], &nouns).unwrap_err(), "unknown noun class @nope");
    }

    #[test]
    fn the_shipped_schema_expands_its_classes() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/schema");
        let schema = Schema::load(&dir).unwrap();
        let closures = schema.predicate("closures.count").unwrap();
        assert!(closures.units.iter().any(|u| u == "store") && !closures.units.iter().any(|u| u.starts_with('@')));
        assert!(schema.predicate("employees.count").unwrap().not_units.iter().any(|u| u == "share"));
    }
}
