//! Finding and loading `libonnxruntime` without environment variables.
//!
//! Search order (first hit wins):
//! 1. `ORT_DYLIB_PATH` (an explicit override: a file, or a folder holding the library);
//! 2. next to the executable;
//! 3. `models/runtime/` in the executable's ancestors (a repo checkout: `target/release/polyfact`
//!    finds `<repo>/models/runtime/`) and in the current directory's ancestors;
//! 4. an `onnxruntime` Python package in a virtualenv (`$VIRTUAL_ENV`, `.venv`,
//!    `models/.venv`), at `lib/python*/site-packages/onnxruntime/capi/`.

use std::path::{Path, PathBuf};

/// The command that installs the runtime; named in every "not found" error.
pub const SETUP_COMMAND: &str = "bash scripts/setup.sh";

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("libonnxruntime not found (searched: {searched}). Run `{SETUP_COMMAND}` in the repository, or set ORT_DYLIB_PATH to the library file")]
    NotFound { searched: String },
    #[error("ORT_DYLIB_PATH={0} does not exist")]
    BadOverride(PathBuf),
    #[error("cannot load {path}: {message}. Re-run `{SETUP_COMMAND}`")]
    Load { path: PathBuf, message: String },
}

/// Where the runtime was loaded from.
#[derive(Debug, Clone)]
pub struct RuntimeInfo {
    pub path: PathBuf,
}

fn is_runtime_file(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
        n == "libonnxruntime.so"
            || n.starts_with("libonnxruntime.so.")
            || n == "libonnxruntime.dylib"
            || n == "onnxruntime.dll"
    })
}

/// The runtime library inside a folder (the highest-versioned one when several exist).
fn runtime_in(dir: &Path) -> Option<PathBuf> {
    let mut hits: Vec<PathBuf> =
        std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| is_runtime_file(p)).collect();
    hits.sort();
    hits.pop()
}

fn venv_runtime(venv: &Path) -> Option<PathBuf> {
    let lib = venv.join("lib");
    let mut pythons: Vec<PathBuf> = std::fs::read_dir(&lib).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    pythons.sort();
    pythons.iter().rev().find_map(|py| runtime_in(&py.join("site-packages/onnxruntime/capi")))
}

/// Candidate folders, in search order (without the override).
fn candidate_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let exe_dir = std::env::current_exe().ok().and_then(|e| e.parent().map(Path::to_path_buf));
    let cwd = std::env::current_dir().ok();
    if let Some(dir) = &exe_dir {
        dirs.push(dir.clone());
    }
    for base in exe_dir.iter().chain(cwd.iter()) {
        for ancestor in base.ancestors() {
            dirs.push(ancestor.join("models/runtime"));
        }
    }
    dirs
}

fn venv_candidates() -> Vec<PathBuf> {
    let mut venvs: Vec<PathBuf> = std::env::var_os("VIRTUAL_ENV").map(PathBuf::from).into_iter().collect();
    if let Ok(cwd) = std::env::current_dir() {
        venvs.push(cwd.join(".venv"));
        venvs.push(cwd.join("models/.venv"));
    }
    venvs
}

/// Locates `libonnxruntime` (see the module docs for the order).
pub fn find_onnxruntime() -> Result<PathBuf, RuntimeError> {
    if let Some(over) = std::env::var_os("ORT_DYLIB_PATH").map(PathBuf::from) {
        return if over.is_dir() {
            runtime_in(&over).ok_or(RuntimeError::BadOverride(over))
        } else if over.exists() {
            Ok(over)
        } else {
            Err(RuntimeError::BadOverride(over))
        };
    }
    let dirs = candidate_dirs();
    if let Some(hit) = dirs.iter().find_map(|d| runtime_in(d)) {
        return Ok(hit);
    }
    let venvs = venv_candidates();
    if let Some(hit) = venvs.iter().find_map(|v| venv_runtime(v)) {
        return Ok(hit);
    }
    let mut searched: Vec<String> =
        dirs.iter().filter(|d| d.ends_with("models/runtime")).take(3).map(|d| d.display().to_string()).collect();
    searched.push("ORT_DYLIB_PATH".into());
    searched.extend(venvs.iter().map(|v| v.display().to_string()));
    Err(RuntimeError::NotFound { searched: searched.join(", ") })
}

/// Finds and loads ONNX Runtime once per process. Later calls return the same path.
pub fn init_runtime() -> Result<RuntimeInfo, RuntimeError> {
    environment().map(|(info, _)| info)
}

/// The process-wide ONNX Runtime environment (loaded on first use), which sessions are built on.
pub fn environment() -> Result<(RuntimeInfo, ort::environment::Environment), RuntimeError> {
    static LOADED: std::sync::OnceLock<(PathBuf, ort::environment::Environment)> = std::sync::OnceLock::new();
    if let Some((path, env)) = LOADED.get() {
        return Ok((RuntimeInfo { path: path.clone() }, env.clone()));
    }
    let path = find_onnxruntime()?;
    let builder =
        ort::init_from(&path).map_err(|e| RuntimeError::Load { path: path.clone(), message: e.to_string() })?;
    let env = builder
        .with_name("polyfact")
        .build()
        .map_err(|e| RuntimeError::Load { path: path.clone(), message: e.to_string() })?;
    let (path, env) = LOADED.get_or_init(|| (path, env));
    Ok((RuntimeInfo { path: path.clone() }, env.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_library_file_names() {
        assert!(is_runtime_file(Path::new("/x/libonnxruntime.so.1.31.1")));
        assert!(is_runtime_file(Path::new("libonnxruntime.so")));
        assert!(!is_runtime_file(Path::new("libonnxruntime_providers_shared.so")));
    }

    #[test]
    fn finds_the_newest_library_in_a_folder_and_in_a_venv() {
        let dir = tempfile::tempdir().unwrap();
        let capi = dir.path().join("lib/python3.11/site-packages/onnxruntime/capi");
        std::fs::create_dir_all(&capi).unwrap();
        std::fs::write(capi.join("libonnxruntime.so.1.30.0"), "").unwrap();
        std::fs::write(capi.join("libonnxruntime.so.1.31.1"), "").unwrap();
        assert_eq!(venv_runtime(dir.path()).unwrap(), capi.join("libonnxruntime.so.1.31.1"));
        assert!(runtime_in(dir.path()).is_none());
    }

    #[test]
    fn not_found_error_names_the_setup_command() {
        let err = RuntimeError::NotFound { searched: "a, b".into() };
        assert!(err.to_string().contains(SETUP_COMMAND));
    }
}
