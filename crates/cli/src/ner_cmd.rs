//! `polyfact eval-ner`: span-exact scores of the NER model on a marked-up held-out set, and
//! `polyfact ner`: the model's spans for lines read from stdin.

use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use polyfact_eval::spans::{load_marked_dir, render_spans, score_spans, LabelledSpan};
use polyfact_ner::{NerModel, NerOptions, Variant, TYPES};

#[derive(Args, Debug, Clone)]
pub struct ModelArgs {
    /// Model folder (default: models/ner above the binary or the current directory).
    #[arg(long)]
    pub model_dir: Option<PathBuf>,
    /// Weights to run: int8 or fp32 (default: the manifest's choice).
    #[arg(long)]
    pub variant: Option<String>,
    /// Span score threshold (default: the manifest's calibrated value).
    #[arg(long)]
    pub threshold: Option<f32>,
}

impl ModelArgs {
    /// A model with `sessions` sessions of one ORT thread each (one per pipeline worker).
    pub fn load(&self, sessions: usize) -> Result<NerModel> {
        self.load_with(NerOptions::default().sessions(sessions))
    }

    pub fn load_with(&self, mut options: NerOptions) -> Result<NerModel> {
        let dir = match &self.model_dir {
            Some(d) => d.clone(),
            None => NerModel::default_dir()
                .context("models/ner/manifest.json not found above the binary or the current directory")?,
        };
        if let Some(v) = &self.variant {
            options =
                options.variant(Variant::parse(v).with_context(|| format!("--variant {v}: expected int8 or fp32"))?);
        }
        if let Some(t) = self.threshold {
            options = options.threshold(t);
        }
        Ok(NerModel::load(&dir, options)?)
    }
}

#[derive(Args, Debug)]
pub struct EvalNerArgs {
    /// Folder of marked-up `<lang>.txt` files (default: models/heldout).
    pub heldout: Option<PathBuf>,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn eval_ner(args: EvalNerArgs) -> Result<i32> {
    let dir = match args.heldout {
        Some(d) => d,
        None => NerModel::default_dir()
            .and_then(|d| d.parent().map(|p| p.join("heldout")))
            .context("models/heldout not found; pass the folder")?,
    };
    let gold = load_marked_dir(&dir)?;
    if gold.is_empty() {
        bail!("{}: no marked-up sentences", dir.display());
    }
    let model = args.model.load(1)?;
    let texts: Vec<&str> = gold.iter().map(|g| g.text.as_str()).collect();
    let (spans, _) = model.predict(&texts)?;
    let predicted: Vec<Vec<LabelledSpan>> = spans
        .iter()
        .map(|ss| {
            ss.iter().map(|s| LabelledSpan { start: s.start, end: s.end, label: TYPES[s.kind].to_string() }).collect()
        })
        .collect();
    let report = score_spans(&gold, &predicted);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("model {} ({})", model.name, model.variant.name());
        print!("{}", render_spans(&report));
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct NerArgs {
    #[command(flatten)]
    pub model: ModelArgs,
}

/// One JSON line per input line: `{"text", "spans": [{"start","end","label","text","score"}]}`.
pub fn ner(args: NerArgs) -> Result<i32> {
    let model = args.model.load(1)?;
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.context("cannot read stdin")?;
        let (spans, _) = model.predict(&[line.as_str()])?;
        let chars: Vec<char> = line.chars().collect();
        let out: Vec<serde_json::Value> = spans[0]
            .iter()
            .map(|s| {
                serde_json::json!({"start": s.start, "end": s.end, "label": TYPES[s.kind],
                    "text": chars[s.start..s.end].iter().collect::<String>(), "score": (s.score * 1e4).round() / 1e4})
            })
            .collect();
        println!("{}", serde_json::json!({"text": line, "spans": out}));
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct BenchNerArgs {
    /// Text file, one sentence per line.
    pub sentences: PathBuf,
    #[command(flatten)]
    pub model: ModelArgs,
    /// ONNX Runtime intra-op threads (one session).
    #[arg(long, default_value_t = 2)]
    pub threads: usize,
    /// Timed passes over the file (after one warm-up pass).
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
}

/// Tokens per second of the whole inference path (tokenize, window, batch, run, decode).
pub fn bench_ner(args: BenchNerArgs) -> Result<i32> {
    let text = std::fs::read_to_string(&args.sentences)
        .with_context(|| format!("cannot read {}", args.sentences.display()))?;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let model = args.model.load_with(NerOptions::default().intra_threads(args.threads))?;
    let (_, stats) = model.predict(&lines)?;
    let positions = stats.tokens + 2 * stats.windows;
    let started = std::time::Instant::now();
    for _ in 0..args.passes {
        model.predict(&lines)?;
    }
    let secs = started.elapsed().as_secs_f64() / args.passes as f64;
    println!(
        "rust {}: {} sentences, {} positions, {:.3} s/pass, {:.0} tokens/s ({} ORT threads)",
        model.variant.name(),
        lines.len(),
        positions,
        secs,
        positions as f64 / secs,
        args.threads
    );
    Ok(0)
}
