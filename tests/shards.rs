//! `polyfact run --shard I/N` + `polyfact reconcile`: the same bytes as one run.

mod common;

use std::path::Path;

use common::*;

const CONTRACT_FILES: [&str; 4] = ["documents.jsonl", "mentions.jsonl", "entities.jsonl", "claims.jsonl"];

/// Runs `inputs` once and in `n` shards, reconciles the shards (given in reverse order), and
/// returns (single-run folder, merged folder).
fn single_and_sharded(inputs: &[&Path], n: usize, extra: &[&str]) -> (tempfile::TempDir, tempfile::TempDir) {
    let merge_extra: Vec<&str> = extra.iter().copied().filter(|a| *a != "--no-ner" && *a != "--quiet").collect();
    single_and_sharded_with(inputs, n, extra, &merge_extra)
}

/// [`single_and_sharded`] with `merge_extra` for `polyfact reconcile`.
fn single_and_sharded_with(
    inputs: &[&Path],
    n: usize,
    extra: &[&str],
    merge_extra: &[&str],
) -> (tempfile::TempDir, tempfile::TempDir) {
    let single = tempfile::tempdir().unwrap();
    let result = run(inputs, single.path(), extra);
    assert!(result.status.success(), "{}", stderr(&result));
    let shards: Vec<tempfile::TempDir> = (0..n).map(|_| tempfile::tempdir().unwrap()).collect();
    for (i, dir) in shards.iter().enumerate() {
        let shard = format!("{i}/{n}");
        let mut args = extra.to_vec();
        args.extend(["--shard", shard.as_str()]);
        let result = run(inputs, dir.path(), &args);
        assert!(result.status.success(), "shard {shard}: {}", stderr(&result));
    }
    let merged = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["reconcile".into()];
    args.extend(shards.iter().rev().map(|d| d.path().display().to_string()));
    args.extend(["--out".into(), merged.path().display().to_string()]);
    args.extend(merge_extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = polyfact(&args);
    assert!(result.status.success(), "{}", stderr(&result));
    (single, merged)
}

fn assert_same_bytes(a: &Path, b: &Path) {
    for name in CONTRACT_FILES {
        let (x, y) = (std::fs::read(a.join(name)).unwrap(), std::fs::read(b.join(name)).unwrap());
        assert!(!x.is_empty() || name == "claims.jsonl", "{name} is empty");
        assert!(x == y, "{name} differs between the single run and the reconciled shards");
    }
}

#[test]
fn shards_reconcile_to_the_bytes_of_one_run_rules_only() {
    // Every input format, nine languages, and the fixture articles with their many model-free
    // names; three shards and a single-document-sized one.
    let root = repo_root();
    let inputs = [root.join("data/corpus"), root.join("data/fixtures/default/docs")];
    let inputs: Vec<&Path> = inputs.iter().map(|p| p.as_path()).collect();
    for n in [3, 7] {
        let (single, merged) = single_and_sharded(&inputs, n, &["--no-ner", "--quiet"]);
        assert_same_bytes(single.path(), merged.path());
    }
}

#[test]
fn shards_reconcile_to_the_bytes_of_one_run_with_the_model() {
    // Names only the model finds are canonicalized across shards as across documents.
    let corpus = repo_root().join("data/corpus");
    let (single, merged) = single_and_sharded(&[&corpus], 2, &["--quiet"]);
    assert_same_bytes(single.path(), merged.path());
    let entities = read_jsonl(&merged.path().join("entities.jsonl"));
    let linked = |rule: &str| entities.iter().any(|e| e["links"].as_array().unwrap().iter().any(|l| l["rule"] == rule));
    assert!(linked("transliteration"), "no name linked across scripts");
}

#[test]
fn reconcile_refuses_an_incomplete_or_mixed_set_of_shards() {
    let corpus = repo_root().join("data/corpus");
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    for (dir, shard) in dirs.iter().zip(["0/2", "1/2", "0/3"]) {
        let result = run(&[&corpus], dir.path(), &["--no-ner", "--quiet", "--shard", shard]);
        assert!(result.status.success(), "{}", stderr(&result));
    }
    let out = tempfile::tempdir().unwrap();
    let reconcile = |dirs: &[&Path]| {
        let mut args: Vec<String> = vec!["reconcile".into()];
        args.extend(dirs.iter().map(|d| d.display().to_string()));
        args.extend(["--out".into(), out.path().join("m").display().to_string()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        polyfact(&args)
    };
    let (a, b, c) = (dirs[0].path(), dirs[1].path(), dirs[2].path());
    let cases: [(Vec<&Path>, &str); 3] = [
        (vec![a], "shard 1/2 is missing"),
        (vec![a, a, b], "shard 0/2 is given twice"),
        (vec![a, b, c], "is shard 0/3 but"),
    ];
    for (set, message) in cases {
        let result = reconcile(&set);
        assert!(!result.status.success());
        assert!(stderr(&result).contains(message), "expected {message:?}: {}", stderr(&result));
    }
    // A mention of no document of the shard is an error, not a silent loss.
    let mentions = a.join("shard/mentions.jsonl");
    let kept = std::fs::read(&mentions).unwrap();
    let mut extra = kept.clone();
    extra.extend_from_slice(b"{\"doc_id\":\"no_such_document\"}\n");
    std::fs::write(&mentions, &extra).unwrap();
    let result = reconcile(&[a, b]);
    assert!(!result.status.success());
    assert!(stderr(&result).contains("no_such_document"), "{}", stderr(&result));
    std::fs::write(&mentions, &kept).unwrap();
    // A shard that did not finish has no meta.json.
    std::fs::remove_file(b.join("shard/meta.json")).unwrap();
    let result = reconcile(&[a, b]);
    assert!(!result.status.success());
    assert!(stderr(&result).contains("not a finished shard"), "{}", stderr(&result));
    // Bad --shard values.
    for bad in ["2/2", "1/0", "x/2", "3"] {
        let result = run(&[&corpus], out.path(), &["--no-ner", "--shard", bad]);
        assert!(!result.status.success(), "--shard {bad} accepted");
        assert!(stderr(&result).contains("expected I/N"), "{}", stderr(&result));
    }
}

#[test]
fn spilling_changes_no_byte_of_a_run_or_of_reconciled_shards() {
    // A tiny --spill-mb: candidates in many sorted runs on disk, merged k-way; the bytes of
    // the default run (whose candidates fit in memory), single or sharded, and no spill file
    // left behind.
    let root = repo_root();
    let inputs = [root.join("data/corpus"), root.join("data/fixtures/default/docs")];
    let inputs: Vec<&Path> = inputs.iter().map(|p| p.as_path()).collect();
    let tiny = ["--no-ner", "--quiet", "--spill-mb", "0.002"];
    let (default_single, _) = single_and_sharded(&inputs, 1, &["--no-ner", "--quiet"]);
    let (single, merged) = single_and_sharded(&inputs, 3, &tiny);
    assert_same_bytes(default_single.path(), single.path());
    assert_same_bytes(default_single.path(), merged.path());
    for dir in [single.path(), merged.path()] {
        assert!(!dir.join(".polyfact-run").exists(), "{}: spill files left behind", dir.display());
    }
    // The merge itself spilling (shards run with the default threshold).
    let (_, merged) = single_and_sharded_with(&inputs, 2, &["--no-ner", "--quiet"], &["--spill-mb", "0.002"]);
    assert_same_bytes(default_single.path(), merged.path());
    assert!(!merged.path().join(".polyfact-run").exists());
    // A threshold that is no size is refused.
    for bad in ["0", "-1", "NaN"] {
        let out = tempfile::tempdir().unwrap();
        let result = run(&inputs, out.path(), &["--no-ner", "--spill-mb", bad]);
        assert!(!result.status.success(), "--spill-mb {bad} accepted");
    }
}
