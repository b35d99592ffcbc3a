//! `polyfact run`: the pipeline driver.
//!
//! Documents stream from the reader in batches; each batch is processed in parallel on a
//! rayon pool and written in input order, so output bytes never depend on `--threads` and
//! memory is bounded by the batch size, not the dump size.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use polyfact_claims::{assemble_document, reconcile, Candidate, Schema, SentenceMentions};
use polyfact_core::{CharIndex, Claim, Document, Mention};
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
    /// Files or folders (read recursively): .txt .md .html .htm .jsonl
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
    #[command(flatten)]
    pub model: ModelArgs,
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
    ner: NerCounts,
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
}

impl NerCounts {
    pub fn add(&mut self, o: &NerCounts) {
        self.stats.add(&o.stats);
        self.entities_added += o.entities_added;
        self.values_added += o.values_added;
        self.values_unnormalized += o.values_unnormalized;
    }
}

/// Score of mentions found by the alias tables and value rules: they either match or they do
/// not. Mentions only the model found carry its span score.
const RULE_SCORE: f64 = 1.0;

/// A name only the model found enters claim assembly at this span score or above (it is
/// written to mentions.jsonl from the model's own threshold): a claim's subject must be right,
/// and on our fixtures lower-scored new names were common nouns (`蓄電`, "power storage").
const CLAIM_ENTITY_MIN_SCORE: f64 = 0.95;

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
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
        let mut sentences = self.segmenter.split(&prepared.text, &detection.lang);
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
        let (mentions, candidates, ner) = self.mentions_and_claims(&doc, prepared.published).map_err(|e| Skip {
            path,
            line,
            reason: SkipReason::ModelFailed(e.to_string()),
        })?;
        Ok(Processed { doc, mentions, candidates, ner })
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
    ) -> Result<(Vec<Mention>, Vec<Candidate>, NerCounts), polyfact_ner::NerError> {
        let index = CharIndex::new(&doc.text);
        let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.sentence_text(&index, s)).collect();
        let mut counts = NerCounts::default();
        let model_spans = match &self.ner {
            Some(model) => {
                let (spans, stats) = model.predict(&texts)?;
                counts.stats = stats;
                spans
            }
            None => vec![Vec::new(); texts.len()],
        };
        let mut mentions = Vec::new();
        let mut sentences = Vec::with_capacity(doc.sentences.len());
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
            for span in spans {
                let range = (span.start, span.end);
                let surface: String = chars[span.start..span.end].iter().collect();
                let score = (f64::from(span.score) * 1e4).round() / 1e4;
                if is_entity_type(span.kind) {
                    if entities.iter().any(|(e, _)| overlaps((e.start, e.end), range))
                        || self.entities.is_generic(&surface)
                    {
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
            let (curated, model_entities): (Vec<_>, Vec<_>) = entities
                .into_iter()
                .filter(|(_, score)| *score >= CLAIM_ENTITY_MIN_SCORE)
                .partition(|(e, _)| table_spans.contains(&(e.start, e.end)));
            let claim_entities: Vec<EntityMention> = curated.into_iter().map(|(e, _)| e).collect();
            let model_entities: Vec<EntityMention> = model_entities.into_iter().map(|(e, _)| e).collect();
            let values: Vec<ValueSpan> = values.into_iter().map(|(v, _)| v).collect();
            sentences.push(SentenceMentions {
                start: s.start,
                end: s.end,
                text,
                lang,
                entities: claim_entities,
                model_entities,
                values,
            });
        }
        mentions.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
        let roots = |id: &str| self.entities.root(id).to_string();
        let candidates = assemble_document(&self.schema, &doc.doc_id, &sentences, &roots);
        Ok((mentions, candidates, counts))
    }

    /// The value of a model span: the rules run on the span alone and must cover all of it.
    fn normalize_span(&self, surface: &str, lang: &str, published: Option<CivilDate>) -> Option<ValueSpan> {
        let n = surface.chars().count();
        self.values.recognize(surface, lang, published).into_iter().find(|v| v.start == 0 && v.end == n)
    }
}

struct Outputs {
    documents: BufWriter<File>,
    mentions: BufWriter<File>,
    claims: BufWriter<File>,
    paths: Vec<PathBuf>,
}

impl Outputs {
    fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create output folder {}", dir.display()))?;
        let open = |name: &str| -> Result<(BufWriter<File>, PathBuf)> {
            let path = dir.join(name);
            let file = File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
            Ok((BufWriter::new(file), path))
        };
        let (documents, docs_path) = open("documents.jsonl")?;
        let (mentions, mentions_path) = open("mentions.jsonl")?;
        let (claims, claims_path) = open("claims.jsonl")?;
        Ok(Outputs { documents, mentions, claims, paths: vec![docs_path, mentions_path, claims_path] })
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

    fn write_claims(&mut self, claims: &[Claim]) -> Result<()> {
        for c in claims {
            serde_json::to_writer(&mut self.claims, c).context("cannot write claims.jsonl")?;
            self.claims.write_all(b"\n").context("cannot write claims.jsonl")?;
        }
        self.claims.flush().context("cannot write claims.jsonl")
    }

    fn flush(&mut self) -> Result<()> {
        self.documents.flush().context("cannot write documents.jsonl")?;
        self.mentions.flush().context("cannot write mentions.jsonl")
    }
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
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
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
                    candidates.extend(p.candidates);
                }
                Err(skip) => report_skip(&bar, &mut summary, skip),
            }
        }
        if exhausted {
            break;
        }
    }
    outputs.flush()?;
    let claims = reconcile(candidates, &pipeline.entities);
    outputs.write_claims(&claims)?;
    summary.add_claims(&claims);
    bar.finish_and_clear();
    summary.elapsed = started.elapsed();
    summary.threads = threads;
    summary.model = pipeline.ner.as_ref().map(|m| format!("{} ({})", m.name, m.variant.name()));
    if !args.quiet {
        eprint!("{}", summary.render(&outputs.paths));
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
