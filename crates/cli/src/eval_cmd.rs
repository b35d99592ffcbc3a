//! `polyfact eval FIXTURES`: run the pipeline on `FIXTURES/docs` (or read `--pred DIR`) and
//! score its claims against `FIXTURES/gold.jsonl`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use polyfact_claims::Schema;
use polyfact_core::Claim;
use polyfact_entities::EntityTable;
use polyfact_eval::{
    canonicalization, evaluate, evaluate_pairs, load_gold, load_gold_entities, load_gold_pairs, render, stated_values,
    EntityMatcher, GoldEntity, GoldPair, Knowledge, PredictedEntities,
};

use crate::data_dir;
use crate::run::{run, RunArgs};

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Fixture folder holding docs/ and gold.jsonl.
    pub fixtures: PathBuf,
    /// Score an existing `polyfact run` output folder instead of running the pipeline.
    #[arg(long)]
    pub pred: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when overall claim F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// JSON file with a recorded `{"f1": X}` (and optionally `conflict_precision`,
    /// `conflict_recall`): exit 1 when one drops more than 0.01 below it.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Folder holding lang/, entities/, schema/ (default: the repository's data/).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Run the pipeline without the NER model (alias tables and value rules only).
    #[arg(long)]
    pub no_ner: bool,
    /// The model reads every sentence (see `polyfact run --model-all-sentences`).
    #[arg(long, conflicts_with = "no_ner")]
    pub model_all_sentences: bool,
    #[command(flatten)]
    pub model: crate::ner_cmd::ModelArgs,
    #[command(flatten)]
    pub fx: crate::run::FxArgs,
}

fn read_lines<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}: not a valid line", path.display(), n + 1))
        })
        .collect()
}

/// Predicted entities from a run's `entities.jsonl`: id -> (every surface form, parent).
fn predicted_entities(dir: &Path) -> Result<PredictedEntities> {
    let path = dir.join("entities.jsonl");
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    let rows: Vec<serde_json::Value> = read_lines(&path)?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            let id = r["id"].as_str()?.to_string();
            let mut names: Vec<String> = r["name"].as_str().map(String::from).into_iter().collect();
            if let Some(map) = r["names"].as_object() {
                names.extend(
                    map.values()
                        .flat_map(|v| v.as_array().cloned().unwrap_or_default())
                        .filter_map(|v| v.as_str().map(String::from)),
                );
            }
            Some((id, (names, r["parent"].as_str().map(String::from))))
        })
        .collect())
}

/// Distinct (surface, entity id) pairs of a run's entity mentions, streamed.
fn mention_items(dir: &Path) -> Result<std::collections::BTreeSet<(String, String)>> {
    let path = dir.join("mentions.jsonl");
    let file = std::fs::File::open(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut items = std::collections::BTreeSet::new();
    for (n, line) in std::io::BufRead::lines(std::io::BufReader::new(file)).enumerate() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        let m: serde_json::Value =
            serde_json::from_str(&line).with_context(|| format!("{}:{}: not a valid line", path.display(), n + 1))?;
        if let (Some(text), Some(id)) = (m["text"].as_str(), m["entity"]["id"].as_str()) {
            items.insert((text.to_string(), id.to_string()));
        }
    }
    Ok(items)
}

/// Gold entities for a set without `entities.jsonl`: the table entries of its ids.
fn table_entities(table: &EntityTable, gold: &[polyfact_eval::GoldClaim]) -> Vec<GoldEntity> {
    let ids: std::collections::BTreeSet<&str> =
        gold.iter().flat_map(|g| std::iter::once(g.subject.as_str()).chain(g.object.as_deref())).collect();
    ids.into_iter()
        .map(|id| GoldEntity {
            id: id.to_string(),
            kind: table.get(id).map(|e| e.kind.clone()).unwrap_or_default(),
            names: [("und".to_string(), vec![table.get(id).map_or(id.to_string(), |e| e.name.clone())])].into(),
            parent: table.parent(id).map(String::from),
        })
        .collect()
}

pub fn eval(args: EvalArgs) -> Result<i32> {
    let gold = load_gold(&args.fixtures.join("gold.jsonl"))?;
    let data = data_dir::find(args.data.as_deref())?;
    let pred_dir = match &args.pred {
        Some(dir) => dir.clone(),
        None => {
            let docs = args.fixtures.join("docs");
            if !docs.exists() {
                bail!("{}: no docs/ folder (or pass --pred DIR)", args.fixtures.display());
            }
            let out = std::env::temp_dir().join(format!("polyfact-eval-{}", std::process::id()));
            let run_args = RunArgs {
                inputs: vec![docs],
                out: out.clone(),
                threads: None,
                strict: false,
                quiet: true,
                max_doc_mb: 20.0,
                data: Some(data.clone()),
                today: None,
                no_ner: args.no_ner,
                model_all_sentences: args.model_all_sentences,
                shard: None,
                resume: false,
                batch_docs: crate::run::BATCH_DOCS,
                spill_mb: polyfact_pipeline::DEFAULT_SPILL_MB,
                model: args.model.clone(),
                export: None,
                report: false,
                fx: args.fx.clone(),
            };
            if run(run_args)? != 0 {
                bail!("the pipeline read no document from {}", args.fixtures.display());
            }
            out
        }
    };
    let claims: Vec<Claim> = read_lines(&pred_dir.join("claims.jsonl"))?;
    let docs: Vec<serde_json::Value> = read_lines(&pred_dir.join("documents.jsonl"))?;
    let doc_lang: BTreeMap<String, String> = docs
        .iter()
        .filter_map(|d| Some((d["doc_id"].as_str()?.to_string(), d["lang"].as_str()?.to_string())))
        .collect();
    let schema = Schema::load(&data.join("schema"))?;
    let symmetric = |p: &str| schema.predicates.iter().any(|q| q.name == p && q.symmetric);
    // Gold entities with their surface forms; a set without entities.jsonl names its entities
    // by the ids of the alias tables, whose names then stand in as the surface forms.
    let entities_path = args.fixtures.join("entities.jsonl");
    let gold_entities = if entities_path.exists() {
        load_gold_entities(&entities_path)?
    } else {
        table_entities(&EntityTable::load(&data.join("entities"))?, &gold)
    };
    let predicted = predicted_entities(&pred_dir)?;
    let matcher = EntityMatcher::new(&gold_entities, &predicted);
    let pairs = |file: &str| -> Result<Option<Vec<GoldPair>>> {
        let path = args.fixtures.join(file);
        Ok(if path.exists() { Some(load_gold_pairs(&path)?) } else { None })
    };
    let (conflicts, consistent_pairs) = (pairs("conflicts.jsonl")?, pairs("consistent.jsonl")?);
    let stated = stated_values(conflicts.as_deref().unwrap_or_default());
    let knowledge = Knowledge { entities: &matcher, symmetric: &symmetric, doc_lang: &doc_lang, stated: &stated };
    let mut report = evaluate(&gold, &claims, &knowledge);
    report.canonicalization = Some(canonicalization(&mention_items(&pred_dir)?, &matcher));
    for (gold_pairs, consistent) in [(conflicts, false), (consistent_pairs, true)] {
        if let Some(gold_pairs) = gold_pairs {
            let scores = evaluate_pairs(&gold_pairs, &claims, &knowledge, consistent);
            if consistent {
                report.consistent = Some(scores);
            } else {
                report.conflicts = Some(scores);
            }
        }
    }
    if args.pred.is_none() {
        let _ = std::fs::remove_dir_all(&pred_dir);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render(&report));
    }
    let f1 = report.overall.f1;
    if let Some(min) = args.min_f1 {
        if f1 < min {
            eprintln!("polyfact eval: claim F1 {f1:.3} is below --min-f1 {min:.3}");
            return Ok(1);
        }
    }
    if let Some(path) = &args.baseline {
        let recorded: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?,
        )?;
        let Some(base) = recorded["f1"].as_f64() else { bail!("{}: no \"f1\" number", path.display()) };
        if f1 < base - 0.01 {
            eprintln!(
                "polyfact eval: claim F1 {f1:.3} dropped more than one point below the recorded {base:.3} ({})",
                path.display()
            );
            return Ok(1);
        }
        // Conflict precision and recall, when recorded, are gated the same way.
        for (key, got) in [
            ("conflict_precision", report.conflicts.as_ref().map(|c| c.scores.precision)),
            ("conflict_recall", report.conflicts.as_ref().map(|c| c.scores.recall)),
        ] {
            let (Some(base), Some(got)) = (recorded[key].as_f64(), got) else { continue };
            if got < base - 0.01 {
                eprintln!(
                    "polyfact eval: {key} {got:.3} dropped more than one point below the recorded {base:.3} ({})",
                    path.display()
                );
                return Ok(1);
            }
        }
    }
    Ok(0)
}
