//! The per-document pipeline and the corpus-level reduce, as a library.
//!
//! [`Pipeline::process`] is one pure function from a raw document to everything the run
//! writes or reduces for it ([`Processed`]: the document, its mentions, its claim candidates,
//! its names for the entity step and its copy signature). [`Reduce`] folds their
//! [`ReduceRecord`]s into the corpus-level steps (canonical entities, wire copies, reconciliation). `polyfact
//! run`, `polyfact eval` and whatever drives shards of a corpus use these two and nothing
//! else, so a document is read the same way on every path.
//!
//! # Stages of one document
//! `prepare` (decode, markup, metadata) -> language detection -> sentence segmentation ->
//! alias tables and value rules per sentence -> the NER model on the sentences a claim can
//! come from ([`ModelScope`]) -> merging (curated names and rule values first) -> short-form
//! links inside the document -> claim assembly.
//!
//! # Which sentences the model reads
//! A claim needs a value in its sentence, so the model reads ([`ModelScope::ClaimSentences`])
//! the sentences with a value the rules found or a predicate cue, their neighbours (the
//! sentence before names the company that "the company" refers to; the sentence after may
//! continue the figure), and the first sentence (the headline of most dumps). The other
//! sentences are read by the tables and rules only and counted in [`NerCounts::not_read`].
//! [`ModelScope::AllSentences`] reads every sentence (the configuration before, for benchmarks
//! and comparison).

use std::collections::BTreeMap;
use std::path::Path;

use polyfact_claims::copies::Signature;
use polyfact_claims::fx::Rates;
use polyfact_claims::{
    assemble_document, reconcile, value_key, Candidate, EntityLookup, ReconcileOptions, ReconcileStats, Reconciler,
    Schema, SchemaError, SentenceMentions,
};
use polyfact_core::{CharIndex, Claim, Document, Mention};
use polyfact_entities::canon::{self, ClaimSignature, Corpus, DocNames, NameStats};
use polyfact_entities::{EntityError, EntityMention, EntityTable};
use polyfact_ingest::{prepare, CivilDate, LangData, LangDataError, RawDoc, Segmenter, Skip, SkipReason};
use polyfact_langid::LanguageIdentifier;
use polyfact_ner::{is_entity_type, NerModel, NerStats, TYPES};
use polyfact_values::{LexiconError, Recognizer, ValueSpan};

pub mod spill;
pub use spill::{CandidateSource, RecordFiles, SortedClaims, SpillError, SpillOptions, SpillPoint, DEFAULT_SPILL_MB};
use spill::{ClaimWriter, Sorter, Spilled};

/// What cannot be loaded when a pipeline is built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    LangData(#[from] LangDataError),
    #[error(transparent)]
    Values(#[from] LexiconError),
    #[error(transparent)]
    Entities(#[from] EntityError),
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

/// Which sentences of a document the NER model reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModelScope {
    /// Sentences a claim can come from, the sentence before each and the first sentence.
    #[default]
    ClaimSentences,
    /// Every sentence (within [`MODEL_CHARS_PER_DOC`]).
    AllSentences,
}

/// Builds a [`Pipeline`] from a data folder (`lang/`, `values/`, `entities/`, `schema/`).
pub struct PipelineBuilder<'a> {
    data_dir: &'a Path,
    today: Option<CivilDate>,
    ner: Option<NerModel>,
    scope: ModelScope,
}

impl<'a> PipelineBuilder<'a> {
    /// The date of the run: publication dates after it are rejected (default: today, UTC).
    pub fn today(mut self, today: CivilDate) -> Self {
        self.today = Some(today);
        self
    }

    /// The NER model (without one the pipeline runs on tables and rules only).
    pub fn ner(mut self, model: Option<NerModel>) -> Self {
        self.ner = model;
        self
    }

    pub fn model_scope(mut self, scope: ModelScope) -> Self {
        self.scope = scope;
        self
    }

    pub fn build(self) -> Result<Pipeline, PipelineError> {
        let dir = self.data_dir;
        let data = LangData::load(&dir.join("lang"))?;
        Ok(Pipeline {
            segmenter: Segmenter::new(data.clone()),
            langid: LanguageIdentifier::new().with_stopwords(data.stopword_sets()),
            values: Recognizer::load(dir)?,
            entities: EntityTable::load(&dir.join("entities"))?,
            schema: Schema::load(&dir.join("schema"))?,
            today: self.today.unwrap_or_else(polyfact_ingest::today_utc),
            ner: self.ner,
            scope: self.scope,
            data,
        })
    }
}

/// Shared, read-only state of the per-document stage (`Sync`: one pipeline serves every
/// worker thread).
pub struct Pipeline {
    data: LangData,
    segmenter: Segmenter,
    langid: LanguageIdentifier,
    values: Recognizer,
    entities: EntityTable,
    schema: Schema,
    today: CivilDate,
    ner: Option<NerModel>,
    scope: ModelScope,
}

/// What the per-document stage produces.
pub struct Processed {
    pub doc: Document,
    /// Sorted by (start, end, label); entity ids are provisional until [`Reduce::finish`].
    pub mentions: Vec<Mention>,
    pub candidates: Vec<Candidate>,
    /// The document's names for the corpus-level canonicalization.
    pub names: DocNames,
    pub ner: NerCounts,
    /// Cuts the segmenter forced in runs of text longer than its sentence limit.
    pub long_sentence_cuts: usize,
    /// MinHash signature of the text, to find copies of one wire story.
    pub signature: Signature,
}

/// What the model contributed to one document (summed into the run summary; kept in the
/// checkpoint of a resumable run).
#[derive(Debug, Default, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub struct NerCounts {
    pub stats: NerStats,
    /// Model entity spans kept (no alias-table match overlaps them).
    pub entities_added: usize,
    /// Model value spans the value rules had missed and could normalize.
    pub values_added: usize,
    /// Model value spans that no rule could normalize: not written (the contract requires a
    /// value), counted so that rule gaps show up.
    pub values_unnormalized: usize,
    /// Sentences past the document's model budget ([`MODEL_CHARS_PER_DOC`]): read by the
    /// tables and rules only.
    pub sentences_past_budget: usize,
    /// Sentences the model did not read because no claim can come from them
    /// ([`ModelScope::ClaimSentences`]).
    pub not_read: usize,
    /// Sentences of the documents (the share the model skipped is `not_read / sentences`).
    pub sentences: usize,
}

impl NerCounts {
    pub fn add(&mut self, o: &NerCounts) {
        self.stats.add(&o.stats);
        self.entities_added += o.entities_added;
        self.values_added += o.values_added;
        self.values_unnormalized += o.values_unnormalized;
        self.sentences_past_budget += o.sentences_past_budget;
        self.not_read += o.not_read;
        self.sentences += o.sentences;
    }
}

/// Score of mentions found by the alias tables and value rules: they either match or they do
/// not. Mentions only the model found carry its span score.
const RULE_SCORE: f64 = 1.0;

/// A name only the model found enters claim assembly at this span score or above (it is
/// written to mentions.jsonl from the model's own threshold): a claim's subject must be right,
/// and on our fixtures lower-scored new names were common nouns (`蓄電`, "power storage").
const CLAIM_ENTITY_MIN_SCORE: f64 = 0.95;

/// The model reads at most this many chars of a document (whole sentences, in text order);
/// the rest is read by the tables and rules only, and the summary counts those sentences. A
/// long news article has 10,000-30,000 chars; a 20 MB run of text would otherwise mean hours
/// of inference for one document. Counted in chars, not time, so output stays deterministic.
pub const MODEL_CHARS_PER_DOC: usize = 200_000;

/// One word in a script with letter case, capitalised and not all capitals (`Impegno`, not
/// `BBVA`, `Banco BPM` or `サムスン`).
fn is_capitalised_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_uppercase)
        && text.chars().all(|c| c.is_uppercase() || c.is_lowercase())
        && text.chars().skip(1).any(char::is_lowercase)
}

/// How often `word` stands in `text` as a whole word (no letter or digit on either side).
fn whole_word_count(text: &str, word: &str) -> usize {
    text.match_indices(word)
        .filter(|&(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Whether a model entity at `range` replaces the table entities it overlaps (`table`: start,
/// end, type): a company named after a place ("U.S. Steel", "United States Steel", "Bank of
/// China") is a confident model organization that strictly contains table places, and only
/// places, overlapping it. The places inside its name are no places of the sentence.
fn places_inside_org(table: &[(usize, usize, &str)], range: (usize, usize), kind: &str, score: f64) -> bool {
    let mut inside = table.iter().filter(|(a, b, _)| overlaps((*a, *b), range)).peekable();
    kind == "ORG"
        && score >= CLAIM_ENTITY_MIN_SCORE
        && inside.peek().is_some()
        && inside.all(|&(a, b, k)| k == "LOC" && range.0 <= a && b <= range.1 && (a, b) != range)
}

impl Pipeline {
    /// A pipeline on the data folder `data_dir`.
    pub fn builder(data_dir: &Path) -> PipelineBuilder<'_> {
        PipelineBuilder { data_dir, today: None, ner: None, scope: ModelScope::default() }
    }

    /// The alias tables (roots, authorities, parties).
    pub fn entities(&self) -> &EntityTable {
        &self.entities
    }

    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    pub fn ner(&self) -> Option<&NerModel> {
        self.ner.as_ref()
    }

    /// Everything that happens to one document: a pure function of its input. A document that
    /// cannot be read is a [`Skip`] naming it; so is a panic (a bug), which skips this document
    /// only, so that the run goes on and the summary names the file.
    pub fn process(&self, raw: RawDoc) -> Result<Processed, Skip> {
        let (path, line) = (raw.path.clone(), raw.line);
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.process_unguarded(raw))).unwrap_or_else(
            |payload| {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                Err(Skip { path, line, reason: SkipReason::Internal(message) })
            },
        )
    }

    fn process_unguarded(&self, raw: RawDoc) -> Result<Processed, Skip> {
        let (path, line) = (raw.path.clone(), raw.line);
        let prepared =
            prepare(raw, &self.data, self.today).map_err(|reason| Skip { path: path.clone(), line, reason })?;
        let detection = self.langid.detect_document(&prepared.text, prepared.declared_lang.as_deref());
        let (mut sentences, long_sentence_cuts) = self.segmenter.split_counted(&prepared.text, &detection.lang);
        self.langid.mark_foreign_sentences(&prepared.text, &mut sentences, &detection.lang);
        let doc = Document {
            doc_id: prepared.doc_id,
            source: prepared.source,
            lang: detection.lang,
            lang_confidence: (detection.confidence * 10_000.0).round() / 10_000.0,
            title: prepared.title,
            published: prepared.published.map(|d| d.to_string()),
            text: prepared.text,
            sentences,
        };
        let (mentions, candidates, names, ner) = self
            .mentions_and_claims(&doc, prepared.published)
            .map_err(|e| Skip { path, line, reason: SkipReason::ModelFailed(e.to_string()) })?;
        let signature = polyfact_claims::copies::signature(&doc.text);
        Ok(Processed { doc, mentions, candidates, names, ner, long_sentence_cuts, signature })
    }

    /// Entity and value mentions of every sentence (values in the sentence's own language,
    /// relative dates resolved against the publication date), and the claims they state.
    ///
    /// Merging: alias-table entities and rule values come first (curated, normalized); a model
    /// span is added where none of them overlaps it. Model entities are resolved to canonical
    /// ids through the same table (unknown names get a slug id); model value spans must be
    /// normalized by the value rules, else they are counted and left out.
    fn mentions_and_claims(
        &self,
        doc: &Document,
        published: Option<CivilDate>,
    ) -> Result<(Vec<Mention>, Vec<Candidate>, DocNames, NerCounts), polyfact_ner::NerError> {
        let index = CharIndex::new(&doc.text);
        let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.sentence_text(&index, s)).collect();
        let mut counts = NerCounts { sentences: texts.len(), ..NerCounts::default() };
        // Rule values first: they decide which sentences the model reads.
        let rule_values: Vec<Vec<ValueSpan>> = doc
            .sentences
            .iter()
            .zip(&texts)
            .map(|(s, text)| self.values.recognize(text, doc.sentence_lang(s), published))
            .collect();
        let model_spans = match &self.ner {
            Some(model) => {
                let wanted = match self.scope {
                    ModelScope::AllSentences => vec![true; texts.len()],
                    ModelScope::ClaimSentences => {
                        let claim: Vec<bool> = doc
                            .sentences
                            .iter()
                            .zip(&texts)
                            .zip(&rule_values)
                            .map(|((s, text), values)| {
                                !values.is_empty() || polyfact_claims::has_cue(&self.schema, text, doc.sentence_lang(s))
                            })
                            .collect();
                        model_reads(&claim)
                    }
                };
                counts.not_read = wanted.iter().filter(|w| !**w).count();
                let mut budget = MODEL_CHARS_PER_DOC;
                let mut read: Vec<usize> = Vec::new();
                for (i, text) in texts.iter().enumerate().filter(|(i, _)| wanted[*i]) {
                    let n = text.chars().count();
                    if n > budget {
                        break;
                    }
                    budget -= n;
                    read.push(i);
                }
                counts.sentences_past_budget = wanted.iter().filter(|w| **w).count() - read.len();
                let batch: Vec<&str> = read.iter().map(|&i| texts[i]).collect();
                let (spans, stats) = model.predict(&batch)?;
                counts.stats = stats;
                let mut all = vec![Vec::new(); texts.len()];
                for (i, sp) in read.into_iter().zip(spans) {
                    all[i] = sp;
                }
                all
            }
            None => vec![Vec::new(); texts.len()],
        };
        let mut mentions = Vec::new();
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        // Per sentence, the names only the model found, with their scores (judged per document).
        let mut pending: Vec<Vec<(EntityMention, f64)>> = Vec::with_capacity(doc.sentences.len());
        for (((s, text), spans), rule_values) in doc.sentences.iter().zip(&texts).zip(model_spans).zip(rule_values) {
            let text = *text;
            let lang = doc.sentence_lang(s);
            // Every mention keeps its score: 1.0 from the tables and rules, the span score from the model.
            let mut values: Vec<(ValueSpan, f64)> = rule_values.into_iter().map(|v| (v, RULE_SCORE)).collect();
            let mut entities: Vec<(EntityMention, f64)> =
                self.entities.find(text).into_iter().map(|e| (e, RULE_SCORE)).collect();
            // Where the alias tables matched: those names are curated, the model's are not.
            let table_spans: Vec<(usize, usize)> = entities.iter().map(|(e, _)| (e.start, e.end)).collect();
            let chars: Vec<char> = if spans.is_empty() { Vec::new() } else { text.chars().collect() };
            for mut span in spans {
                if is_entity_type(span.kind) {
                    span.start = self.entities.name_start(&chars, span.start, span.end, lang);
                    span.end = self.entities.name_end(&chars, span.start, span.end);
                    if span.start >= span.end {
                        continue;
                    }
                }
                let range = (span.start, span.end);
                let surface: String = chars[span.start..span.end].iter().collect();
                let score = (f64::from(span.score) * 1e4).round() / 1e4;
                if is_entity_type(span.kind) {
                    if self.entities.is_generic(&surface) {
                        continue;
                    }
                    let table: Vec<(usize, usize, &str)> =
                        entities.iter().map(|(e, _)| (e.start, e.end, e.entity.kind.as_str())).collect();
                    if places_inside_org(&table, range, TYPES[span.kind], score) {
                        entities.retain(|(e, _)| !overlaps((e.start, e.end), range));
                    } else if entities.iter().any(|(e, _)| overlaps((e.start, e.end), range)) {
                        continue;
                    }
                    let entity = self.entities.resolve(&surface, TYPES[span.kind]);
                    entities.push((EntityMention { start: span.start, end: span.end, text: surface, entity }, score));
                    counts.entities_added += 1;
                } else if !values.iter().any(|(v, _)| overlaps((v.start, v.end), range)) {
                    match self.normalize_span(&surface, lang, published) {
                        Some(v) => {
                            values.push((ValueSpan { start: span.start, end: span.end, text: surface, ..v }, score));
                            counts.values_added += 1;
                        }
                        None => counts.values_unnormalized += 1,
                    }
                }
            }
            entities.sort_by_key(|(e, _)| (e.start, e.end));
            values.sort_by_key(|(v, _)| (v.start, v.end));
            let mention = |start: usize, end: usize, text: &str, label: &str, score: f64| Mention {
                doc_id: doc.doc_id.clone(),
                start: s.start + start,
                end: s.start + end,
                text: text.to_string(),
                label: label.to_string(),
                score,
                sentence: [s.start, s.end],
                entity: None,
                value: None,
            };
            for (e, score) in &entities {
                mentions.push(Mention {
                    entity: Some(e.entity.clone()),
                    ..mention(e.start, e.end, &e.text, &e.entity.kind, *score)
                });
            }
            for (v, score) in &values {
                mentions.push(Mention {
                    value: Some(v.value.clone()),
                    ..mention(v.start, v.end, &v.text, v.label, *score)
                });
            }
            let (curated, model): (Vec<_>, Vec<_>) =
                entities.into_iter().partition(|(e, _)| table_spans.contains(&(e.start, e.end)));
            let claim_entities: Vec<EntityMention> = curated
                .into_iter()
                .filter(|(e, score)| *score >= CLAIM_ENTITY_MIN_SCORE && self.entities.is_party(&e.entity.id))
                .map(|(e, _)| e)
                .collect();
            pending.push(model);
            let values: Vec<ValueSpan> = values.into_iter().map(|(v, _)| v).collect();
            sentences.push(SentenceMentions {
                start: s.start,
                end: s.end,
                text,
                lang,
                entities: claim_entities,
                model_entities: Vec::new(),
                values,
            });
        }
        // Names only the model found, judged over the whole document: a name is as sure as its
        // surest mention (`Kanto Denshi` at 0.88 in one sentence, 0.99 in another), and a name
        // the model calls an organization anywhere in the document is one everywhere (companies
        // named after people are often tagged PER in one sentence). A name in a common noun's
        // context (`die Kommission`, `EV`, `米バイオ企業`) is written as a mention but is no party.
        // A name the model is sure is an organization somewhere in the document is one where it
        // read it as a place too ("Mars ist deutlich größer" after "Mars kauft Kellanova": the
        // planet, at 0.79): one sense per discourse, on the surest organization reading only.
        let mut best: BTreeMap<String, (f64, f64)> = BTreeMap::new();
        for (e, score) in pending.iter().flatten() {
            let entry = best.entry(polyfact_entities::name_key(&e.text)).or_insert((0.0, 0.0));
            entry.0 = entry.0.max(*score);
            if e.entity.kind == "ORG" {
                entry.1 = entry.1.max(*score);
            }
        }
        // A single capitalised word that opens its sentence and appears nowhere else in the
        // document, not even inside a longer name, is most often a common noun capitalised by
        // its position (a deck's `Impegno a investire...`): a company the story is about comes
        // back. Such a name stays a mention, not a party.
        // Each distinct word is counted once, however often the model found it.
        let words: std::collections::BTreeSet<&str> =
            pending.iter().flatten().map(|(e, _)| e.text.as_str()).filter(|t| is_capitalised_word(t)).collect();
        let once: std::collections::BTreeSet<String> = words
            .into_iter()
            .filter(|w| texts.iter().map(|t| whole_word_count(t, w)).sum::<usize>() == 1)
            .map(str::to_string)
            .collect();
        for (sentence, model) in sentences.iter_mut().zip(pending) {
            let chars: Vec<char> = sentence.text.chars().collect();
            for (mut e, _) in model {
                let key = polyfact_entities::name_key(&e.text);
                let (score, org) = best[&key];
                let opener = once.contains(&e.text) && chars[..e.start].iter().all(|c| !c.is_alphanumeric());
                if score < CLAIM_ENTITY_MIN_SCORE
                    || opener
                    || self.entities.common_noun_in_context(&chars, e.start, e.end, sentence.lang)
                {
                    continue;
                }
                if (org >= 0.5 && e.entity.kind == "PER") || (org >= CLAIM_ENTITY_MIN_SCORE && e.entity.kind == "LOC") {
                    e.entity.kind = "ORG".to_string();
                }
                sentence.model_entities.push(e);
            }
        }
        mentions.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
        let names = self.link_document_names(doc, &mut mentions, &mut sentences);
        let roots = |id: &str| self.entities.root(id).to_string();
        let authority = |id: &str| self.entities.is_authority(id);
        let lookup = EntityLookup { roots: &roots, authority: &authority };
        let candidates = assemble_document(&self.schema, &doc.doc_id, &sentences, doc.published.as_deref(), &lookup);
        Ok((mentions, candidates, names, counts))
    }

    /// Short forms inside the document point to the full name they stand for (`Kestrel` ->
    /// `Kestrel Semiconductor`, `AMD` -> `Advanced Micro Devices`), in mentions and claim
    /// input alike; then the document's names and their context (the table entities and the
    /// figures it mentions) for the corpus step.
    fn link_document_names(
        &self,
        doc: &Document,
        mentions: &mut [Mention],
        sentences: &mut [SentenceMentions],
    ) -> DocNames {
        let named: Vec<(String, String, String)> = mentions
            .iter()
            .filter_map(|m| m.entity.as_ref().map(|e| (e.id.clone(), m.text.clone(), e.kind.clone())))
            .filter(|(id, _, _)| !self.entities.contains(id))
            .collect();
        let links = canon::link_short_forms(&named, self.entities.org_heads(), &|w| self.entities.is_place(w));
        let full_of = |id: &str| -> Option<polyfact_core::Entity> {
            let (_, full, _) = links.iter().find(|(s, _, _)| s == id)?;
            mentions.iter().filter_map(|m| m.entity.as_ref()).find(|e| &e.id == full).cloned()
        };
        let mapping: BTreeMap<String, polyfact_core::Entity> =
            links.iter().filter_map(|(s, _, _)| Some((s.clone(), full_of(s)?))).collect();
        for m in mentions.iter_mut() {
            if let Some(full) = m.entity.as_ref().and_then(|e| mapping.get(&e.id)) {
                m.entity = Some(full.clone());
            }
        }
        for s in sentences.iter_mut() {
            for e in s.entities.iter_mut().chain(s.model_entities.iter_mut()) {
                if let Some(full) = mapping.get(&e.entity.id) {
                    e.entity = full.clone();
                }
            }
        }
        let mut context = std::collections::BTreeSet::new();
        for m in mentions.iter() {
            let key = match (&m.entity, &m.value) {
                (Some(e), _) if self.entities.contains(&e.id) => format!("e:{}", self.entities.root(&e.id)),
                (_, Some(v)) if v.kind == "money" || v.kind == "count" => format!("v:{}", value_key(v)),
                _ => continue,
            };
            if context.len() < 64 {
                context.insert(canon::context_key(&key));
            }
        }
        let mut names = DocNames { doc_id: doc.doc_id.clone(), short_links: links, ..Default::default() };
        for m in mentions.iter() {
            let Some(e) = &m.entity else { continue };
            let lang = doc.lang.clone();
            let stats = names.names.entry(e.id.clone()).or_insert_with(|| NameStats {
                from_table: self.entities.contains(&e.id),
                context: context.clone(),
                docs: [canon::context_key(&doc.doc_id)].into(),
                ..Default::default()
            });
            *stats.surfaces.entry((lang, m.text.clone())).or_default() += 1;
            *stats.kinds.entry(e.kind.clone()).or_default() += 1;
        }
        names
    }

    /// The value of a model span: the rules run on the span alone and must cover all of it.
    fn normalize_span(&self, surface: &str, lang: &str, published: Option<CivilDate>) -> Option<ValueSpan> {
        let n = surface.chars().count();
        self.values.recognize(surface, lang, published).into_iter().find(|v| v.start == 0 && v.end == n)
    }
}

/// The sentences the model reads, given those a claim can come from (a value or a cue):
/// those, the sentence before each, and the first sentence (the headline of most dumps).
///
/// Why the sentence before and no other: a sentence without a value states no claim; what the
/// model finds in it matters to later sentences only as the organization "the company" refers
/// to, which claim assembly takes from the latest sentence that named one. A claim sentence's
/// own party or the one of the sentence before it is that organization in news prose; a name
/// two or more value-less sentences back is read by the tables only.
fn model_reads(claim: &[bool]) -> Vec<bool> {
    let n = claim.len();
    (0..n).map(|i| i == 0 || claim[i] || (i + 1 < n && claim[i + 1])).collect()
}

/// The claim signatures of one candidate (with provisional ids) for the corpus step.
fn claim_signatures(corpus: &mut Corpus, c: &Candidate, table: &EntityTable) {
    let value = value_key(&c.value);
    let object = c.object.as_ref().map_or("", |o| o.id.as_str());
    corpus.add_claim(ClaimSignature {
        party: c.subject.id.clone(),
        fact: format!("{}|s|{}|{value}", c.predicate, table.root(object)),
        doc_id: c.evidence.doc_id.clone(),
    });
    if let Some(o) = &c.object {
        corpus.add_claim(ClaimSignature {
            party: o.id.clone(),
            fact: format!("{}|o|{}|{value}", c.predicate, table.root(&c.subject.id)),
            doc_id: c.evidence.doc_id.clone(),
        });
    }
}

/// A candidate's parties take their final ids.
fn apply_canonical(c: &mut Candidate, canonical: &canon::Canonical) {
    for e in std::iter::once(&mut c.subject).chain(c.object.as_mut()) {
        if let Some((id, name, kind)) = canonical.get(&e.id) {
            (e.id, e.name, e.kind) = (id.to_string(), name.to_string(), kind.to_string());
        }
    }
}

/// The corpus-level steps, fed one processed document at a time: names for the entity step,
/// claim signatures, claim candidates, copy signatures.
///
/// Two modes, one result. [`Reduce::new`] keeps every candidate in memory and
/// [`Reduce::finish`] reconciles them there (tests, small corpora). [`Reduce::streaming`]
/// keeps no candidate: they are in the caller's journal already (see [`spill`]), and
/// [`Reduce::finish_streaming`] reads them back once the final entity ids are known, sorts
/// them in runs of bounded size on disk and reconciles group by group; the bytes are the same.
/// What the streaming reduce still keeps for every document: its names' statistics (the
/// [`Corpus`]: surfaces, kinds, context and document hashes per provisional id, short-form
/// links), its claim signatures (party, fact text, document id per candidate and party), and
/// its copy signature (64 hashes).
pub struct Reduce<'p> {
    pipeline: &'p Pipeline,
    /// Whether candidates are kept ([`Reduce::new`]).
    keep: bool,
    candidates: Vec<Candidate>,
    /// Candidates added (kept or not).
    added: u64,
    signatures: Vec<(String, Signature)>,
    corpus: Corpus,
}

/// The corpus-level result.
pub struct Reduced {
    /// Final entity ids and the `entities.jsonl` records.
    pub canonical: canon::Canonical,
    pub claims: Vec<Claim>,
    pub stats: ReconcileStats,
    /// Documents found to be copies of another document (one wire story).
    pub copies: usize,
}

/// The corpus-level result of a streamed reduce: claims stay on disk until written.
pub struct Streamed {
    pub canonical: canon::Canonical,
    /// The claims, read back in the order of `claims.jsonl`.
    pub claims: SortedClaims,
    pub stats: ReconcileStats,
    pub copies: usize,
    /// Sorted run files written (0: the candidates fit under the threshold).
    pub spill_runs: usize,
}

/// What the corpus steps need of one document, as a line of a shard's `reduce.jsonl`: `seq`
/// is the document's place in the input stream of the whole run (shards read the same
/// stream), so that `polyfact reconcile` feeds documents to [`Reduce`] in the order a single
/// run does and writes the same bytes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReduceRecord {
    pub seq: u64,
    pub doc_id: String,
    pub names: DocNames,
    pub candidates: Vec<Candidate>,
    /// The MinHash signature ([`Signature`]) as a plain list (`None`: too short to have one).
    pub signature: Option<Vec<u64>>,
}

impl ReduceRecord {
    /// The record of a processed document (taking its candidates).
    pub fn of(seq: u64, p: &mut Processed) -> Self {
        ReduceRecord {
            seq,
            doc_id: p.doc.doc_id.clone(),
            names: std::mem::take(&mut p.names),
            candidates: std::mem::take(&mut p.candidates),
            signature: p.signature.as_ref().map(|s| s.to_vec()),
        }
    }
}

/// A signature read back from a shard file is not one this build writes.
#[derive(Debug, thiserror::Error)]
#[error("document {doc_id}: copy signature of {len} hashes, expected {expected}")]
pub struct SignatureError {
    pub doc_id: String,
    pub len: usize,
    pub expected: usize,
}

impl<'p> Reduce<'p> {
    /// A reduce that keeps every candidate in memory (finish with [`Reduce::finish`]).
    pub fn new(pipeline: &'p Pipeline) -> Self {
        Reduce {
            pipeline,
            keep: true,
            candidates: Vec::new(),
            added: 0,
            signatures: Vec::new(),
            corpus: Corpus::default(),
        }
    }

    /// A reduce that keeps no candidate: the caller journals the records and replays their
    /// candidates to [`Reduce::finish_streaming`].
    pub fn streaming(pipeline: &'p Pipeline) -> Self {
        Reduce { keep: false, ..Reduce::new(pipeline) }
    }

    /// Takes what the corpus steps need of one document (from [`ReduceRecord::of`] after its
    /// document and mentions were written, or read back from a shard's `reduce.jsonl`).
    pub fn add_record(&mut self, r: ReduceRecord) -> Result<(), SignatureError> {
        let signature = match r.signature {
            None => None,
            Some(v) => {
                let len = v.len();
                let array: Box<[u64; polyfact_claims::copies::SIGNATURE_LEN]> =
                    v.into_boxed_slice().try_into().map_err(|_| SignatureError {
                        doc_id: r.doc_id.clone(),
                        len,
                        expected: polyfact_claims::copies::SIGNATURE_LEN,
                    })?;
                Some(array)
            }
        };
        self.corpus.add(&r.names);
        // Claim signatures are a set: adding them per document is adding them at the end.
        for c in &r.candidates {
            claim_signatures(&mut self.corpus, c, &self.pipeline.entities);
        }
        self.added += r.candidates.len() as u64;
        if self.keep {
            self.candidates.extend(r.candidates);
        }
        self.signatures.push((r.doc_id, signature));
        Ok(())
    }

    /// The entity step and the copies: canonical entities and each document's origin.
    fn corpus_steps(&mut self) -> (canon::Canonical, std::collections::BTreeMap<String, String>) {
        let canonical = canon::canonicalize(&self.corpus, &self.pipeline.entities);
        self.corpus = Corpus::default();
        let copies = polyfact_claims::copies::origins(&self.signatures);
        self.signatures = Vec::new();
        (canonical, copies)
    }

    /// Canonical entities, copies and reconciliation in memory (a reduce made by
    /// [`Reduce::new`]); `rates` compares money in two currencies.
    pub fn finish(mut self, rates: Option<&Rates>) -> Reduced {
        assert!(self.keep, "Reduce::finish needs the candidates: use Reduce::new, or finish_streaming");
        let pipeline = self.pipeline;
        let (canonical, copies) = self.corpus_steps();
        let mut candidates = std::mem::take(&mut self.candidates);
        for c in candidates.iter_mut() {
            apply_canonical(c, &canonical);
        }
        let time_varying = |p: &str| pipeline.schema.time_varying(p);
        let origin = |doc: &str| copies.get(doc).cloned().unwrap_or_else(|| doc.to_string());
        let options =
            ReconcileOptions { table: &pipeline.entities, time_varying: &time_varying, origin: &origin, rates };
        let (claims, stats) = reconcile(candidates, &options);
        Reduced { canonical, claims, stats, copies: copies.len() }
    }

    /// Canonical entities, copies and reconciliation with bounded memory (see [`spill`]): the
    /// candidates come back from `source` in the order they were added, are sorted in runs of
    /// at most `spill.threshold_bytes` under `spill.dir`, merged and reconciled group by group
    /// in two passes; the claims are left in `spill.dir` for the caller to write
    /// ([`SortedClaims::lines`]). The same entities and claims as [`Reduce::finish`].
    pub fn finish_streaming(
        mut self,
        rates: Option<&Rates>,
        source: &mut dyn CandidateSource,
        spill: &mut SpillOptions,
    ) -> Result<Streamed, SpillError> {
        let pipeline = self.pipeline;
        let added = self.added;
        let (canonical, copies) = self.corpus_steps();
        drop(self);
        let time_varying = |p: &str| pipeline.schema.time_varying(p);
        let origin = |doc: &str| copies.get(doc).cloned().unwrap_or_else(|| doc.to_string());
        let options =
            ReconcileOptions { table: &pipeline.entities, time_varying: &time_varying, origin: &origin, rates };
        let mut reconciler = Reconciler::new(&options);
        // A first read of the candidates notes the periods each fact is stated for: a
        // statement without one joins the only one (`PeriodIndex`), which decides its group
        // and so its place in the sort. One entry per fact, no candidate is kept.
        source.replay(&mut |mut c| {
            apply_canonical(&mut c, &canonical);
            reconciler.note_period(&c);
            Ok(())
        })?;
        let claims_path = spill.dir.join("claims.unsorted.jsonl");
        let runs = {
            let mut sorter = Sorter::new(spill)?;
            let mut replayed = 0u64;
            source.replay(&mut |mut c| {
                apply_canonical(&mut c, &canonical);
                let k = reconciler.key(&c);
                replayed += 1;
                sorter.push(Spilled { k, n: replayed, c })
            })?;
            if replayed != added {
                return Err(SpillError::Count { added, replayed });
            }
            sorter.finish()?
        };
        let mut groups = 0u64;
        runs.for_each_group(&mut |members| {
            reconciler.add_group(members);
            groups += 1;
            (spill.hook)(SpillPoint::MidMerge, groups);
            Ok(())
        })?;
        let mut solved = reconciler.solve();
        let mut writer = ClaimWriter::create(claims_path)?;
        let mut written = 0u64;
        runs.for_each_group(&mut |members| {
            for claim in solved.claims_of_group(members, &options)? {
                writer.push(&claim)?;
            }
            groups += 1;
            written += 1;
            (spill.hook)(SpillPoint::MidMerge, groups);
            (spill.hook)(SpillPoint::MidWrite, written);
            Ok(())
        })?;
        solved.done()?;
        let spill_runs = runs.files();
        runs.remove()?;
        let claims = writer.finish()?;
        Ok(Streamed { canonical, claims, stats: solved.stats, copies: copies.len(), spill_runs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_capitalised_single_word_can_be_a_sentence_opener() {
        assert!(is_capitalised_word("Impegno"));
        assert_eq!(whole_word_count("Lumora Labs said Lumora's unit", "Lumora"), 2);
        assert_eq!(whole_word_count("Lumorax and XLumora", "Lumora"), 0);
        assert!(is_capitalised_word("Übernahme"));
        for name in ["BBVA", "Banco BPM", "impegno", "サムスン", "삼성전자", "Wal-Mart", "3M", ""] {
            assert!(!is_capitalised_word(name), "{name}");
        }
    }

    #[test]
    fn the_model_reads_claim_sentences_their_neighbours_and_the_first() {
        let t = true;
        let f = false;
        assert_eq!(model_reads(&[f, f, f, t, f, f, f]), [t, f, t, t, f, f, f]);
        assert_eq!(model_reads(&[f, f, f]), [t, f, f]);
        assert_eq!(model_reads(&[f, f, t]), [t, t, t]);
        assert_eq!(model_reads(&[t, f, f, f, t]), [t, f, f, t, t]);
        assert_eq!(model_reads(&[]), Vec::<bool>::new());
    }

    #[test]
    fn a_confident_model_company_replaces_the_places_inside_its_name() {
        // "U.S. Steel": the table's "U.S." (0..4) inside the model's organization (0..10).
        assert!(places_inside_org(&[(0, 4, "LOC")], (0, 10), "ORG", 0.99));
        // Not when a table company overlaps, the place is the whole span, the model is unsure,
        // the span is no organization, or the place reaches outside the span.
        assert!(!places_inside_org(&[(0, 4, "LOC"), (5, 10, "ORG")], (0, 10), "ORG", 0.99));
        assert!(!places_inside_org(&[(0, 10, "LOC")], (0, 10), "ORG", 0.99));
        assert!(!places_inside_org(&[(0, 4, "LOC")], (0, 10), "ORG", 0.5));
        assert!(!places_inside_org(&[(0, 4, "LOC")], (0, 10), "PER", 0.99));
        assert!(!places_inside_org(&[(0, 12, "LOC")], (2, 10), "ORG", 0.99));
        assert!(!places_inside_org(&[], (0, 10), "ORG", 0.99));
    }
}
