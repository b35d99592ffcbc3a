//! `polyfact run --resume` after a kill at fixed points (the test-only switch
//! `POLYFACT_TEST_KILL_AT`) and at arbitrary times (SIGKILL): the bytes of an uninterrupted
//! run, finished documents not processed again, no contract file torn.

mod common;

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use common::*;

const CONTRACT_FILES: [&str; 4] = ["documents.jsonl", "mentions.jsonl", "entities.jsonl", "claims.jsonl"];
/// Rules only, small batches: a few dozen checkpoints on the corpus.
const ARGS: [&str; 3] = ["--no-ner", "--batch-docs", "4"];
/// The same with another batch size.
const ARGS_7: [&str; 3] = ["--no-ner", "--batch-docs", "7"];
const KILL: &str = "POLYFACT_TEST_KILL_AT";

/// The corpus and a few bad or ignored files among it (skips before and after checkpoints),
/// in a folder of their own.
fn inputs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(repo_root().join("data/corpus")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("aa_empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("fr_notes.csv"), "a,b\n").unwrap();
    std::fs::write(dir.path().join("zz_binary.txt"), b"\x00\x01\x02binary\x00").unwrap();
    dir
}

/// The uninterrupted run (default batch size: batching must not change the bytes).
fn baseline(input: &Path) -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().unwrap();
    let result = run(&[input], out.path(), &["--no-ner"]);
    assert!(result.status.success(), "{}", stderr(&result));
    (out, stderr(&result))
}

fn killed_at(input: &Path, out: &Path, point: &str, extra: &[&str]) -> Output {
    let mut args = ARGS.to_vec();
    args.extend(extra);
    let result = run_command(&[input], out, &args).env(KILL, point).output().unwrap();
    assert_eq!(result.status.signal(), Some(6), "{point}: not aborted: {}", stderr(&result));
    result
}

fn resume(input: &Path, out: &Path, extra: &[&str]) -> String {
    resume_with(input, out, &ARGS, extra)
}

fn resume_with(input: &Path, out: &Path, base: &[&str], extra: &[&str]) -> String {
    let mut args = base.to_vec();
    args.push("--resume");
    args.extend(extra);
    let result = run(&[input], out, &args);
    assert!(result.status.success(), "{}", stderr(&result));
    stderr(&result)
}

fn assert_same_bytes(expected: &Path, out: &Path, context: &str) {
    for name in CONTRACT_FILES {
        let (x, y) = (std::fs::read(expected.join(name)).unwrap(), std::fs::read(out.join(name)).unwrap());
        assert!(!x.is_empty(), "{name} is empty");
        assert!(x == y, "{context}: {name} differs from the uninterrupted run");
    }
}

/// Nothing of the run is left but its outputs: no journal, no `.partial` file.
fn assert_clean(out: &Path, context: &str) {
    assert!(!out.join(".polyfact-run").exists(), "{context}: journal left behind");
    for entry in walk(out) {
        assert!(!entry.to_string_lossy().ends_with(".partial"), "{context}: {} left behind", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// The summary's counters (not its timings), which a resumed run must count as one run does.
fn counters(summary: &str) -> Vec<&str> {
    let kept = ["  languages:", "  sentences:", "  skipped:", "  ignored:", "  mentions:", "  claims:", "  entities:"];
    summary.lines().filter(|l| kept.iter().any(|k| l.starts_with(k))).collect()
}

fn resumed_documents(summary: &str) -> usize {
    summary
        .lines()
        .find_map(|l| l.strip_prefix("  resumed:    "))
        .map_or(0, |rest| rest.split_whitespace().next().unwrap().parse().unwrap())
}

#[test]
fn a_kill_at_each_fixed_point_resumes_to_the_bytes_of_one_run() {
    let input = inputs();
    let (expected, expected_summary) = baseline(input.path());
    assert_eq!(counters(&expected_summary).len(), 7, "{expected_summary}");
    assert!(expected_summary.contains("skipped:    2"), "{expected_summary}");
    let documents = read_jsonl(&expected.path().join("documents.jsonl")).len();
    // (point, contract files in place after the kill, documents the resume does not redo)
    let points: [(&str, usize, Option<usize>); 11] = [
        ("mid-batch:1", 0, Some(0)),
        ("mid-batch:3", 0, Some(8)),
        ("after-batch:1", 0, Some(4)),
        ("after-batch:5", 0, Some(20)),
        ("mid-finish:1", 0, Some(documents)),
        ("mid-finish:2", 0, Some(documents)),
        ("mid-finish:3", 0, Some(documents)),
        ("mid-rename:1", 1, None),
        ("mid-rename:2", 2, None),
        ("mid-rename:3", 3, None),
        ("mid-rename:4", 4, None),
    ];
    for (point, in_place, resumed) in points {
        let out = tempfile::tempdir().unwrap();
        killed_at(input.path(), out.path(), point, &[]);
        // An interrupted run leaves no torn contract file: none before the renames, then only
        // complete ones.
        for (i, name) in CONTRACT_FILES.iter().enumerate() {
            let path = out.path().join(name);
            if i < in_place {
                assert!(std::fs::read(&path).unwrap() == std::fs::read(expected.path().join(name)).unwrap());
            } else {
                assert!(!path.exists(), "{point}: {name} in place before the run finished");
            }
        }
        // Another batch size on resume: the bytes do not depend on it.
        let summary = resume_with(input.path(), out.path(), &ARGS_7, &[]);
        assert_same_bytes(expected.path(), out.path(), point);
        assert_clean(out.path(), point);
        match resumed {
            Some(n) => {
                assert_eq!(resumed_documents(&summary), n, "{point}: {summary}");
                assert_eq!(counters(&summary), counters(&expected_summary), "{point}");
            }
            None => assert!(summary.contains("moved them into place"), "{point}: {summary}"),
        }
    }
}

#[test]
fn resume_without_a_checkpoint_starts_again_and_a_run_without_resume_drops_a_stale_one() {
    let input = inputs();
    let (expected, _) = baseline(input.path());
    // Nothing to resume: a fresh run, said so.
    let out = tempfile::tempdir().unwrap();
    let summary = resume(input.path(), out.path(), &[]);
    assert!(summary.contains("no checkpoint"), "{summary}");
    assert_same_bytes(expected.path(), out.path(), "resume of nothing");
    // A finished run's folder resumed again: the same outputs.
    let summary = resume(input.path(), out.path(), &[]);
    assert!(summary.contains("no checkpoint"), "{summary}");
    assert_same_bytes(expected.path(), out.path(), "resume of a finished run");
    // Without --resume an interrupted run's journal is dropped: everything is redone.
    killed_at(input.path(), out.path(), "after-batch:2", &[]);
    assert!(out.path().join(".polyfact-run/checkpoint.json").exists());
    let result = run(&[input.path()], out.path(), &ARGS);
    assert!(result.status.success(), "{}", stderr(&result));
    assert_eq!(resumed_documents(&stderr(&result)), 0, "{}", stderr(&result));
    assert_same_bytes(expected.path(), out.path(), "rerun without --resume");
    assert_clean(out.path(), "rerun without --resume");
}

#[test]
fn resume_with_other_arguments_or_inputs_is_refused() {
    let input = inputs();
    let (expected, _) = baseline(input.path());
    let out = tempfile::tempdir().unwrap();
    killed_at(input.path(), out.path(), "after-batch:2", &[]);
    let refused = |inputs: &[&Path], extra: &[&str], says: &str| {
        let mut args: Vec<String> = vec!["run".into()];
        args.extend(inputs.iter().map(|p| p.display().to_string()));
        args.extend(["--out".into(), out.path().display().to_string(), "--resume".into()]);
        if !extra.contains(&"--today") {
            args.extend(["--today".into(), "2026-11-23".into()]);
        }
        args.extend(extra.iter().map(|s| s.to_string()));
        let result = polyfact(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(result.status.code(), Some(2), "{extra:?} accepted: {}", stderr(&result));
        let message = stderr(&result);
        assert!(message.contains("other arguments") && message.contains(says), "{extra:?}: {message}");
    };
    refused(&[input.path()], &["--no-ner", "--today", "2026-11-24"], "today");
    // The model is not loaded before the refusal.
    refused(&[input.path()], &[], "no_ner");
    refused(&[input.path()], &["--no-ner", "--shard", "0/2"], "shard");
    let corpus = repo_root().join("data/corpus");
    refused(&[&corpus], &["--no-ner"], "inputs");
    std::fs::write(input.path().join("zz_new.txt"), "Another article.").unwrap();
    refused(&[input.path()], &["--no-ner"], "input_bytes");
    std::fs::remove_file(input.path().join("zz_new.txt")).unwrap();
    // The refusals left the journal as it was.
    let summary = resume(input.path(), out.path(), &["--threads", "1"]);
    assert_eq!(resumed_documents(&summary), 8, "{summary}");
    assert_same_bytes(expected.path(), out.path(), "resume after refusals");
}

/// Delays from a fixed seed (a small LCG): arbitrary but the same on every run of the test.
fn delays(n: usize, max_ms: u64) -> Vec<u64> {
    let mut state: u64 = 18;
    (0..n)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % max_ms
        })
        .collect()
}

#[test]
fn a_kill_at_an_arbitrary_time_resumes_to_the_bytes_of_one_run() {
    // SIGKILL after fixed and seeded delays: before the first checkpoint, mid-run or after the
    // run finished, the resume must end with the same bytes; a resume is killed too.
    let input = inputs();
    let (expected, _) = baseline(input.path());
    let kill_after = |out: &Path, extra: &[&str], ms: u64| {
        let mut args = vec!["--no-ner", "--batch-docs", "2"];
        args.extend(extra);
        let mut child = run_command(&[input.path()], out, &args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        child.kill().ok();
        child.wait().unwrap();
    };
    let mut all = vec![0, 30, 120];
    all.extend(delays(5, 400));
    for ms in all {
        let out = tempfile::tempdir().unwrap();
        kill_after(out.path(), &[], ms);
        // OUT was empty: a contract file in place is a complete one.
        for name in CONTRACT_FILES {
            let path = out.path().join(name);
            if path.exists() {
                assert!(std::fs::read(&path).unwrap() == std::fs::read(expected.path().join(name)).unwrap());
            }
        }
        kill_after(out.path(), &["--resume"], ms / 2);
        resume(input.path(), out.path(), &[]);
        assert_same_bytes(expected.path(), out.path(), &format!("kill after {ms} ms"));
        assert_clean(out.path(), &format!("kill after {ms} ms"));
    }
}

#[test]
fn killed_and_resumed_shards_reconcile_to_the_bytes_of_one_run() {
    let input = inputs();
    let (expected, _) = baseline(input.path());
    let shards: Vec<tempfile::TempDir> = (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
    // Shard 0 mid-run; shard 1 between its shard files, before meta.json: not a finished
    // shard until resumed.
    killed_at(input.path(), shards[0].path(), "after-batch:2", &["--shard", "0/2"]);
    killed_at(input.path(), shards[1].path(), "mid-rename:6", &["--shard", "1/2"]);
    assert!(shards[1].path().join("shard/reduce.jsonl").exists());
    assert!(!shards[1].path().join("shard/meta.json").exists());
    for (i, dir) in shards.iter().enumerate() {
        let shard = format!("{i}/2");
        resume(input.path(), dir.path(), &["--shard", &shard]);
        assert_clean(dir.path(), &shard);
        assert!(dir.path().join("shard/meta.json").exists());
    }
    let merged = tempfile::tempdir().unwrap();
    let (a, b, m) = (shards[0].path().display(), shards[1].path().display(), merged.path().display());
    let (a, b, m) = (a.to_string(), b.to_string(), m.to_string());
    let result = polyfact(&["reconcile", &a, &b, "--out", &m]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert_same_bytes(expected.path(), merged.path(), "reconciled resumed shards");
}

#[test]
fn a_kill_mid_spill_or_mid_merge_resumes_to_the_bytes_of_one_run() {
    // A tiny spill threshold: the corpus's candidates in dozens of sorted runs. Spill runs are
    // not journaled: a resume recomputes them from the journaled records, at any threshold.
    let input = inputs();
    let (expected, expected_summary) = baseline(input.path());
    let documents = read_jsonl(&expected.path().join("documents.jsonl")).len();
    let tiny = ["--spill-mb", "0.002"];
    // mid-merge:1 is in the first pass of the merge, mid-write:2 in the second (whatever the
    // number of groups, which changes with the corpus).
    for (point, resume_spill) in
        [("mid-spill:1", &tiny[..]), ("mid-spill:5", &[][..]), ("mid-merge:1", &tiny[..]), ("mid-write:2", &[][..])]
    {
        let out = tempfile::tempdir().unwrap();
        killed_at(input.path(), out.path(), point, &tiny);
        assert!(out.path().join(".polyfact-run/spill").is_dir(), "{point}: no spill folder");
        for name in CONTRACT_FILES {
            assert!(!out.path().join(name).exists(), "{point}: {name} in place before the run finished");
        }
        let summary = resume_with(input.path(), out.path(), &ARGS_7, resume_spill);
        assert_same_bytes(expected.path(), out.path(), point);
        assert_clean(out.path(), point);
        assert_eq!(resumed_documents(&summary), documents, "{point}: {summary}");
        assert_eq!(counters(&summary), counters(&expected_summary), "{point}");
        assert_eq!(summary.contains("spilled to disk"), !resume_spill.is_empty(), "{point}: {summary}");
    }
}
