//! Helpers shared by the end-to-end tests: run the real `polyfact` binary, read its output.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// `../shared/corpus/seeds` beside the repository (CI places `shared/` there).
pub fn seeds_dir() -> PathBuf {
    let dir = repo_root().join("../shared/corpus/seeds");
    assert!(dir.is_dir(), "seed corpus not found at {}: shared/ must sit beside the repository", dir.display());
    dir
}

/// The `polyfact` binary with `args`, not yet started.
pub fn polyfact_command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_polyfact"));
    command.args(args).env_remove("POLYFACT_DATA").env_remove("POLYFACT_TEST_KILL_AT");
    command
}

pub fn polyfact(args: &[&str]) -> Output {
    polyfact_command(args).output().expect("run polyfact")
}

/// `polyfact run` with a fixed `--today` (so tests do not depend on the clock), not yet
/// started.
pub fn run_command(inputs: &[&Path], out: &Path, extra: &[&str]) -> Command {
    let mut args: Vec<String> = vec!["run".into()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(["--out".into(), out.display().to_string(), "--today".into(), "2026-11-23".into()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    polyfact_command(&refs)
}

/// Runs `polyfact run` with a fixed `--today`.
pub fn run(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    run_command(inputs, out, extra).output().expect("run polyfact")
}

pub fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
