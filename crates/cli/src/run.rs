//! `polyfact run`: the pipeline driver.
//!
//! Documents stream from the reader in batches; each batch is processed in parallel on a
//! rayon pool and written in input order, so output bytes never depend on `--threads` and
//! memory is bounded by the batch size, not the dump size.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use polyfact_claims::{
    assemble_document, reconcile, value_key, Candidate, EntityLookup, ReconcileOptions, Schema, SentenceMentions,
};
use polyfact_core::{CharIndex, Claim, Document, Mention};
use polyfact_entities::canon::{self, ClaimSignature, Corpus, DocNames, NameStats};
use polyfact_entities::{EntityMention, EntityTable};
use polyfact_ingest::{
    prepare, CivilDate, InputItem, InputReader, LangData, Limits, RawDoc, Segmenter, Skip, SkipReason,
};
use polyfact_langid::LanguageIdentifier;
use polyfact_ner::{is_entity_type, NerModel, NerStats, TYPES};
use polyfact_values::{Recognizer, ValueSpan};
use rayon::prelude::*;

use crate::data_dir;
use crate::ner_cmd::ModelArgs;
use crate::summary::Summary;

/// Documents per parallel batch, and the raw bytes at which a batch is cut early.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: u64 = 16 << 20;

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Files or folders (read recursively): .txt .md .html .htm .jsonl .warc, each also .gz
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short)]
    pub out: PathBuf,
    /// Worker threads (default: all cores). Output is identical for any value.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Exit with status 1 when any input was skipped.
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Skip documents larger than this many megabytes (news articles are kilobytes).
    #[arg(long, default_value_t = 20.0)]
    pub max_doc_mb: f64,
    /// Folder holding lang/ (default: the repository's data/).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// The date of the run (YYYY-MM-DD): publication dates after it are rejected. Default:
    /// today (UTC). Set it to reprocess an archive reproducibly.
    #[arg(long)]
    pub today: Option<String>,
    /// Rules only: entity alias tables and value recognizers, no ONNX model.
    #[arg(long)]
    pub no_ner: bool,
    /// After the run, also write the claim-and-source table in this format
    /// (OUT/claims_sources.EXT; see `polyfact export`).
    #[arg(long, value_enum)]
    pub export: Option<crate::export_cmd::FormatArg>,
    /// After the run, also write the HTML report OUT/report.html (see `polyfact report`).
    #[arg(long)]
    pub report: bool,
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub fx: FxArgs,
}

/// Exchange rates for comparing money in two currencies (shared by `run` and `eval`, so both
/// read the same rates).
#[derive(Args, Debug, Clone, Default)]
pub struct FxArgs {
    /// ECB reference rates (`eurofxref-hist.csv`) to compare money in two currencies
    /// (default: models/fx/eurofxref-hist.csv above the binary or the current directory,
    /// written by scripts/setup.sh; without it such pairs are not compared).
    #[arg(long, value_name = "PATH")]
    pub fx_rates: Option<PathBuf>,
    /// Do not compare money in two currencies (no exchange rates).
    #[arg(long, conflicts_with = "fx_rates")]
    pub no_fx_rates: bool,
}

/// The exchange rates of a run and what the summary says of them.
pub struct LoadedRates {
    pub rates: Option<polyfact_claims::fx::Rates>,
    /// "PATH (ECB reference rates, 41 currencies, 1999-01-04 to 2026-10-30)", or why none.
    pub description: String,
}

impl FxArgs {
    /// An explicit `--fx-rates` that cannot be read is an error; a missing default file is
    /// not (the run compares money within each currency only, and says so).
    pub fn load(&self) -> Result<LoadedRates> {
        use polyfact_claims::fx::{Rates, DEFAULT_RELATIVE_PATH};
        if self.no_fx_rates {
            return Ok(LoadedRates { rates: None, description: "not loaded (--no-fx-rates)".into() });
        }
        let path = match &self.fx_rates {
            Some(p) => p.clone(),
            None => match Rates::default_path() {
                Some(p) => p,
                None => {
                    return Ok(LoadedRates {
                        rates: None,
                        description: format!(
                            "not loaded ({DEFAULT_RELATIVE_PATH} not found; `bash scripts/setup.sh` writes it)"
                        ),
                    })
                }
            },
        };
        let rates = Rates::load(&path)?;
        let span = rates.span().map_or(String::from("no rows"), |(a, b)| format!("{a} to {b}"));
        let description =
            format!("{} (ECB reference rates, {} currencies, {span})", path.display(), rates.currencies());
        Ok(LoadedRates { rates: Some(rates), description })
    }
}

/// Shared, read-only state of the per-document stage.
struct Pipeline {
    data: LangData,
    segmenter: Segmenter,
    langid: LanguageIdentifier,
    values: Recognizer,
    entities: EntityTable,
    schema: Schema,
    today: CivilDate,
    ner: Option<NerModel>,
}

/// What the per-document stage produces.
struct Processed {
    doc: Document,
    mentions: Vec<Mention>,
    candidates: Vec<Candidate>,
    /// The document's names for the corpus-level canonicalization.
    names: DocNames,
    ner: NerCounts,
    /// Cuts the segmenter forced in runs of text longer than its sentence limit.
    long_sentence_cuts: usize,
    /// MinHash signature of the text, to find copies of one wire story.
    signature: polyfact_claims::copies::Signature,
}

/// What the model contributed to one document (summed into the run summary).
#[derive(Debug, Default, Clone, Copy)]
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
}

impl NerCounts {
    pub fn add(&mut self, o: &NerCounts) {
        self.stats.add(&o.stats);
        self.entities_added += o.entities_added;
        self.values_added += o.values_added;
        self.values_unnormalized += o.values_unnormalized;
        self.sentences_past_budget += o.sentences_past_budget;
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
    /// [`Pipeline::process`], with a panic (a bug) turned into a skip of this document only:
    /// the run goes on and the summary names the file.
    fn process_guarded(&self, raw: RawDoc) -> Result<Processed, Skip> {
        let (path, line) = (raw.path.clone(), raw.line);
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.process(raw))).unwrap_or_else(|payload| {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            Err(Skip { path, line, reason: SkipReason::Internal(message) })
        })
    }

    /// Everything that happens to one document; a pure function of its input.
    fn process(&self, raw: RawDoc) -> Result<Processed, Skip> {
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
        let mut counts = NerCounts::default();
        let model_spans = match &self.ner {
            Some(model) => {
                let mut budget = MODEL_CHARS_PER_DOC;
                let read = texts
                    .iter()
                    .take_while(|t| {
                        let n = t.chars().count();
                        let fits = n <= budget;
                        budget = budget.saturating_sub(n);
                        fits
                    })
                    .count();
                let (mut spans, stats) = model.predict(&texts[..read])?;
                counts.stats = stats;
                counts.sentences_past_budget = texts.len() - read;
                spans.resize(texts.len(), Vec::new());
                spans
            }
            None => vec![Vec::new(); texts.len()],
        };
        let mut mentions = Vec::new();
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        // Per sentence, the names only the model found, with their scores (judged per document).
        let mut pending: Vec<Vec<(EntityMention, f64)>> = Vec::with_capacity(doc.sentences.len());
        for ((s, text), spans) in doc.sentences.iter().zip(&texts).zip(model_spans) {
            let text = *text;
            let lang = doc.sentence_lang(s);
            // Every mention keeps its score: 1.0 from the tables and rules, the span score from the model.
            let mut values: Vec<(ValueSpan, f64)> =
                self.values.recognize(text, lang, published).into_iter().map(|v| (v, RULE_SCORE)).collect();
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
        let mut best: BTreeMap<String, (f64, bool)> = BTreeMap::new();
        for (e, score) in pending.iter().flatten() {
            let entry = best.entry(polyfact_entities::name_key(&e.text)).or_insert((0.0, false));
            entry.0 = entry.0.max(*score);
            entry.1 |= e.entity.kind == "ORG" && *score >= 0.5;
        }
        for (sentence, model) in sentences.iter_mut().zip(pending) {
            let chars: Vec<char> = sentence.text.chars().collect();
            for (mut e, _) in model {
                let (score, org) = best[&polyfact_entities::name_key(&e.text)];
                if score < CLAIM_ENTITY_MIN_SCORE
                    || self.entities.common_noun_in_context(&chars, e.start, e.end, sentence.lang)
                {
                    continue;
                }
                if org && e.entity.kind == "PER" {
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
        let links = canon::link_short_forms(&named, self.entities.org_heads());
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

/// The output files. Everything is written to `<name>.partial` files first and renamed into
/// place only when the run completes, so an interrupted run never leaves a torn file that
/// looks complete. Mentions are written as batches finish and rewritten once at the end with
/// the corpus step's final entity ids (one streaming pass; memory stays bounded).
struct Outputs {
    dir: PathBuf,
    documents: BufWriter<File>,
    mentions: BufWriter<File>,
    paths: Vec<PathBuf>,
}

const OUTPUT_FILES: [&str; 4] = ["documents.jsonl", "mentions.jsonl", "entities.jsonl", "claims.jsonl"];

fn partial(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.partial"))
}

impl Outputs {
    fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create output folder {}", dir.display()))?;
        let open = |name: &str| -> Result<BufWriter<File>> {
            let path = partial(dir, name);
            let file = File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
            Ok(BufWriter::new(file))
        };
        let documents = open("documents.jsonl")?;
        let mentions = open("mentions.jsonl.raw")?;
        Ok(Outputs {
            dir: dir.to_path_buf(),
            documents,
            mentions,
            paths: OUTPUT_FILES.iter().map(|n| dir.join(n)).collect(),
        })
    }

    fn write(&mut self, doc: &Document, mentions: &[Mention]) -> Result<()> {
        serde_json::to_writer(&mut self.documents, doc).context("cannot write documents.jsonl")?;
        self.documents.write_all(b"\n").context("cannot write documents.jsonl")?;
        for m in mentions {
            serde_json::to_writer(&mut self.mentions, m).context("cannot write mentions.jsonl")?;
            self.mentions.write_all(b"\n").context("cannot write mentions.jsonl")?;
        }
        Ok(())
    }

    /// Writes the corpus-level files and renames everything into place.
    fn finish(mut self, canonical: &canon::Canonical, claims: &[Claim]) -> Result<Vec<PathBuf>> {
        self.documents.flush().context("cannot write documents.jsonl")?;
        self.mentions.flush().context("cannot write mentions.jsonl")?;
        drop(self.mentions);
        let dir = self.dir.clone();
        let write_lines = |name: &str, lines: &mut dyn Iterator<Item = Result<String>>| -> Result<()> {
            let path = partial(&dir, name);
            let mut out =
                BufWriter::new(File::create(&path).with_context(|| format!("cannot write {}", path.display()))?);
            for line in lines {
                out.write_all(line?.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
                out.write_all(b"\n").with_context(|| format!("cannot write {}", path.display()))?;
            }
            out.flush().with_context(|| format!("cannot write {}", path.display()))
        };
        // Mentions with their final entity ids.
        let raw = partial(&dir, "mentions.jsonl.raw");
        let reader =
            std::io::BufReader::new(File::open(&raw).with_context(|| format!("cannot read {}", raw.display()))?);
        let mut lines = std::io::BufRead::lines(reader).map(|line| -> Result<String> {
            let line = line.context("cannot read the mentions written so far")?;
            let mut m: Mention = serde_json::from_str(&line).context("cannot re-read a mention")?;
            if let Some(e) = m.entity.as_mut() {
                if let Some((id, name, kind)) = canonical.get(&e.id) {
                    (e.id, e.name, e.kind) = (id.to_string(), name.to_string(), kind.to_string());
                }
            }
            Ok(serde_json::to_string(&m)?)
        });
        write_lines("mentions.jsonl", &mut lines)?;
        std::fs::remove_file(&raw).ok();
        write_lines("entities.jsonl", &mut canonical.records.iter().map(|r| Ok(serde_json::to_string(r)?)))?;
        write_lines("claims.jsonl", &mut claims.iter().map(|c| Ok(serde_json::to_string(c)?)))?;
        for name in OUTPUT_FILES {
            let (from, to) = (partial(&dir, name), dir.join(name));
            std::fs::rename(&from, &to).with_context(|| format!("cannot move {} into place", to.display()))?;
        }
        Ok(self.paths)
    }
}

/// `--out` equal to or inside an input folder, or an input inside `--out`, is refused: outputs
/// must never be read as inputs, and a rerun must never overwrite what it reads.
fn refuse_output_inside_inputs(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    let absolute = |p: &Path| -> PathBuf {
        // The output folder may not exist yet: resolve its nearest existing ancestor.
        let mut existing = p.to_path_buf();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_owned());
                    existing = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent.to_path_buf() };
                }
                _ => break,
            }
        }
        let mut resolved = existing.canonicalize().unwrap_or(existing);
        resolved.extend(rest.iter().rev());
        resolved
    };
    let out_abs = absolute(out);
    for input in inputs {
        let input_abs = absolute(input);
        if out_abs.starts_with(&input_abs) || input_abs.starts_with(&out_abs) {
            bail!(
                "--out {} is inside or contains the input {}: write the outputs to a folder of their own",
                out.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// The corpus step: claim signatures join the document names, one canonical id per entity is
/// chosen, and candidates take their parties' final ids.
fn canonical_entities(corpus: &mut Corpus, candidates: &mut [Candidate], table: &EntityTable) -> canon::Canonical {
    for c in candidates.iter() {
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
    let canonical = canon::canonicalize(corpus, table);
    for c in candidates.iter_mut() {
        for e in std::iter::once(&mut c.subject).chain(c.object.as_mut()) {
            if let Some((id, name, kind)) = canonical.get(&e.id) {
                (e.id, e.name, e.kind) = (id.to_string(), name.to_string(), kind.to_string());
            }
        }
    }
    canonical
}

fn parse_today(arg: Option<&str>) -> Result<CivilDate> {
    match arg {
        None => Ok(polyfact_ingest::today_utc()),
        Some(s) => match CivilDate::parse_iso_prefix(s) {
            Some(d) if s.trim().len() == 10 => Ok(d),
            _ => bail!("--today {s}: expected a date as YYYY-MM-DD"),
        },
    }
}

fn progress_bar(total: u64, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    // indicatif draws nothing when stderr is not a terminal.
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}) {msg}",
    )
    .expect("valid template");
    bar.set_style(style);
    bar
}

pub fn run(args: RunArgs) -> Result<i32> {
    let started = Instant::now();
    if args.max_doc_mb.is_nan() || args.max_doc_mb <= 0.0 {
        bail!("--max-doc-mb must be positive");
    }
    let data_dir = data_dir::find(args.data.as_deref())?;
    let data = LangData::load(&data_dir.join("lang"))?;
    let fx = args.fx.load()?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // More workers than a few per core buy nothing and cost a model session each; output is
    // the same at any count, so a larger request is capped (and said).
    let max_threads = (cores * 4).max(4);
    let threads = args.threads.unwrap_or(cores).clamp(1, max_threads);
    if args.threads.is_some_and(|t| t > max_threads) && !args.quiet {
        eprintln!("polyfact: --threads capped at {max_threads} (4 per core)");
    }
    refuse_output_inside_inputs(&args.out, &args.inputs)?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("cannot start worker threads")?;
    let pipeline = Pipeline {
        segmenter: Segmenter::new(data.clone()),
        langid: LanguageIdentifier::new().with_stopwords(data.stopword_sets()),
        values: Recognizer::load(&data_dir)?,
        entities: EntityTable::load(&data_dir.join("entities"))?,
        schema: Schema::load(&data_dir.join("schema"))?,
        today: parse_today(args.today.as_deref())?,
        ner: if args.no_ner { None } else { Some(args.model.load(threads)?) },
        data,
    };
    let limits = Limits { max_doc_bytes: (args.max_doc_mb * 1e6) as u64 };
    let mut reader = InputReader::new(&args.inputs, limits);
    let bar = progress_bar(reader.total_bytes(), args.quiet);
    let mut outputs = Outputs::create(&args.out)?;
    let mut summary = Summary::default();
    // Claims need every document before they can be reconciled: the one reduce of the run.
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut signatures: Vec<(String, polyfact_claims::copies::Signature)> = Vec::new();
    // Names of every document, for the corpus-level canonicalization.
    let mut corpus = Corpus::default();
    let report_skip = |bar: &ProgressBar, summary: &mut Summary, skip: Skip| {
        bar.suspend(|| eprintln!("polyfact: skipped {skip}"));
        summary.add_skip(&skip);
    };

    loop {
        let mut batch: Vec<RawDoc> = Vec::new();
        let mut batch_bytes = 0u64;
        let mut exhausted = true;
        for item in reader.by_ref() {
            match item {
                InputItem::Doc(doc) => {
                    batch_bytes += doc.bytes;
                    batch.push(doc);
                    if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                        exhausted = false;
                        break;
                    }
                }
                InputItem::Skipped(skip) => report_skip(&bar, &mut summary, skip),
                InputItem::Ignored(_) => summary.ignored_files += 1,
            }
        }
        let sizes: Vec<u64> = batch.iter().map(|d| d.bytes).collect();
        let results: Vec<Result<Processed, Skip>> =
            pool.install(|| batch.into_par_iter().map(|raw| pipeline.process_guarded(raw)).collect());
        for (result, bytes) in results.into_iter().zip(sizes) {
            bar.inc(bytes);
            summary.input_bytes += bytes;
            match result {
                Ok(p) => {
                    outputs.write(&p.doc, &p.mentions)?;
                    summary.add_document(&p.doc, &p.mentions);
                    summary.ner.add(&p.ner);
                    summary.long_sentence_cuts += p.long_sentence_cuts;
                    corpus.add(&p.names);
                    candidates.extend(p.candidates);
                    signatures.push((p.doc.doc_id.clone(), p.signature));
                }
                Err(skip) => report_skip(&bar, &mut summary, skip),
            }
        }
        if exhausted {
            break;
        }
    }
    summary.input = reader.stats().clone();
    let canonical = canonical_entities(&mut corpus, &mut candidates, &pipeline.entities);
    let copies = polyfact_claims::copies::origins(&signatures);
    drop(signatures);
    let time_varying = |p: &str| pipeline.schema.time_varying(p);
    let origin = |doc: &str| copies.get(doc).cloned().unwrap_or_else(|| doc.to_string());
    let options = ReconcileOptions {
        table: &pipeline.entities,
        time_varying: &time_varying,
        origin: &origin,
        rates: fx.rates.as_ref(),
    };
    let (claims, reconcile_stats) = reconcile(candidates, &options);
    summary.copies = copies.len();
    summary.time_splits = reconcile_stats.time_splits;
    summary.fx_rates = fx.description;
    summary.reconcile = reconcile_stats;
    summary.add_claims(&claims);
    summary.entities = canonical.records.len();
    let mut paths = outputs.finish(&canonical, &claims)?;
    if let Some(format) = args.export {
        let table = polyfact_export::TableKind::ClaimsSources;
        paths.push(crate::export_cmd::export_table(&args.out, format.into(), table, None, true)?);
    }
    if args.report {
        paths.push(crate::export_cmd::write_report(&args.out, None, None, true)?);
    }
    bar.finish_and_clear();
    summary.elapsed = started.elapsed();
    summary.threads = threads;
    summary.model = pipeline.ner.as_ref().map(|m| format!("{} ({})", m.name, m.variant.name()));
    if !args.quiet {
        eprint!("{}", summary.render(&paths));
    }
    Ok(if summary.documents == 0 {
        eprintln!("polyfact: no document could be read from the inputs");
        1
    } else if args.strict && summary.skipped() > 0 {
        eprintln!("polyfact: --strict: {} input(s) skipped", summary.skipped());
        1
    } else {
        0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
