//! Locating the `data/` folder (per-language files, schema, corpus) at run time, so that
//! editing a data file never needs a rebuild.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

/// `explicit` > `$POLYFACT_DATA` > a `data/` with `lang/` in the executable's or the current
/// directory's ancestors (a repo checkout, or an install with `data/` beside `bin/`).
pub fn find(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        if dir.join("lang").is_dir() {
            return Ok(dir.to_path_buf());
        }
        bail!("--data {}: no lang/ folder inside", dir.display());
    }
    if let Some(dir) = std::env::var_os("POLYFACT_DATA").map(PathBuf::from) {
        if dir.join("lang").is_dir() {
            return Ok(dir);
        }
        bail!("POLYFACT_DATA={}: no lang/ folder inside", dir.display());
    }
    let exe = std::env::current_exe().ok().and_then(|e| e.parent().map(Path::to_path_buf));
    let cwd = std::env::current_dir().ok();
    for base in exe.iter().chain(cwd.iter()) {
        for ancestor in base.ancestors() {
            let candidate = ancestor.join("data");
            if candidate.join("lang").is_dir() {
                return Ok(candidate);
            }
        }
    }
    bail!("cannot find polyfact's data/ folder (with lang/ inside) near the executable or the current directory; pass --data DIR or set POLYFACT_DATA")
}
