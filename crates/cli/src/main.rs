//! `polyfact`: news articles in many languages in, canonical factual claims out.
//!
//! A thin binary over the pipeline crates: argument parsing, thread pool, progress bar,
//! output files and the run summary. `anyhow` is used here and nowhere else.

mod data_dir;
mod eval_cmd;
mod export_cmd;
mod journal;
mod kill;
mod ner_cmd;
mod reconcile_cmd;
mod run;
mod summary;
mod values_cmd;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "polyfact", version, about = "Multilingual news articles in, canonical factual claims out")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest documents and write documents.jsonl, mentions.jsonl and claims.jsonl.
    Run(run::RunArgs),
    /// Merge the output folders of `run --shard I/N` into the output of one run.
    Reconcile(reconcile_cmd::ReconcileArgs),
    /// Recognize and normalize values in lines of text read from stdin (one JSON line out per line in).
    Values(values_cmd::ValuesArgs),
    /// Score claims against a labelled fixture set (runs the pipeline unless --pred is given).
    Eval(eval_cmd::EvalArgs),
    /// Score the NER model span by span on a marked-up held-out set (default: models/heldout).
    EvalNer(ner_cmd::EvalNerArgs),
    /// Run the NER model on lines of text read from stdin (one JSON line out per line in).
    Ner(ner_cmd::NerArgs),
    /// NER throughput (tokens/s) on a file of sentences, one per line.
    BenchNer(ner_cmd::BenchNerArgs),
    /// Flat tables of a run's claims, sources or entities for analysts (JSONL, CSV, Parquet).
    Export(export_cmd::ExportArgs),
    /// One self-contained HTML page of a run's claims, conflicts and sources.
    Report(export_cmd::ReportArgs),
    /// Check the installation: data files and the ONNX Runtime library.
    Doctor {
        /// Folder holding `lang/`, `schema/`, ... (default: found next to the binary or the cwd).
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

fn main() {
    let cli = Cli::parse();
    let result: Result<i32> = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Reconcile(args) => reconcile_cmd::reconcile(args),
        Command::Values(args) => values_cmd::values(args),
        Command::Eval(args) => eval_cmd::eval(args),
        Command::EvalNer(args) => ner_cmd::eval_ner(args),
        Command::Ner(args) => ner_cmd::ner(args),
        Command::BenchNer(args) => ner_cmd::bench_ner(args),
        Command::Export(args) => export_cmd::export(args),
        Command::Report(args) => export_cmd::report(args),
        Command::Doctor { data } => doctor(data),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(err) => {
            eprintln!("polyfact: error: {err:#}");
            std::process::exit(2);
        }
    }
}

fn doctor(data: Option<PathBuf>) -> Result<i32> {
    let dir = data_dir::find(data.as_deref())?;
    let lang = polyfact_ingest::LangData::load(&dir.join("lang"))?;
    println!("data:        {} (languages: {})", dir.display(), lang.codes().collect::<Vec<_>>().join(" "));
    let rt = polyfact_ner::init_runtime()?;
    println!("onnxruntime: {}", rt.path.display());
    println!("detector:    lingua for {}", polyfact_langid::LanguageIdentifier::codes().collect::<Vec<_>>().join(" "));
    println!("fx rates:    {}", run::FxArgs::default().load()?.description);
    Ok(0)
}
