//! **Test-only** kill switch: `POLYFACT_TEST_KILL_AT=POINT[:N]` makes `polyfact run` abort
//! (`std::process::abort()`: like `kill -9`, no destructors and no buffered writes flushed) at
//! a fixed point, so that `tests/resume.rs` can check `--resume` after a kill at each of them.
//! Not meant for users; unset, it costs one environment lookup per run.
//!
//! The points (N counts from 1):
//! - `mid-batch:N`: in batch N, after half of its documents were written and flushed to the
//!   `.partial` files, before the batch's checkpoint (data past the checkpoint on disk);
//! - `after-batch:N`: right after the checkpoint of batch N was written;
//! - `mid-spill:N`: at the end of the run, while the corpus steps write sorted run N of claim
//!   candidates (half of it written and flushed) under `OUT/.polyfact-run/spill/`;
//! - `mid-merge:N`: while the sorted runs are merged, after N groups were reconciled (the
//!   groups of the first pass, then those of the second counting on);
//! - `mid-write:N`: in the second pass of that merge, after the claims of N groups were
//!   written to the unsorted claims file;
//! - `mid-finish:N`: during the corpus-level finish, after N of the final `.partial` files
//!   (mentions, entities, claims, in that order) were written;
//! - `mid-rename:N`: after N of the final renames into place.

use std::sync::OnceLock;

/// The environment variable (test-only).
pub const ENV: &str = "POLYFACT_TEST_KILL_AT";

fn target() -> Option<&'static (String, u64)> {
    static TARGET: OnceLock<Option<(String, u64)>> = OnceLock::new();
    TARGET
        .get_or_init(|| {
            let value = std::env::var(ENV).ok()?;
            let (point, n) = value.split_once(':').unwrap_or((value.as_str(), "1"));
            Some((point.to_string(), n.parse().ok()?))
        })
        .as_ref()
}

/// Whether the kill switch is set to `point:n`.
pub fn armed(point: &str, n: u64) -> bool {
    target().is_some_and(|(p, k)| p == point && *k == n)
}

/// Aborts the process if the kill switch is set to `point:n`.
pub fn at(point: &str, n: u64) {
    if armed(point, n) {
        abort(point, n);
    }
}

/// Aborts the process, saying where (the caller checked [`armed`]).
pub fn abort(point: &str, n: u64) -> ! {
    eprintln!("polyfact: {ENV}={point}:{n}: aborting (test-only kill switch)");
    std::process::abort()
}
