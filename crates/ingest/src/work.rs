//! Work counters for the complexity tests: scanning loops report how many bytes or items they
//! looked at, so a test can assert that the work grows linearly with the input (wall-clock
//! timing in tests is flaky). Outside `cfg(test)` this compiles to nothing.

#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps of work.
#[inline(always)]
pub(crate) fn tick(n: usize) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The steps counted while `f` ran (on this thread).
#[cfg(test)]
pub(crate) fn count<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = STEPS.with(|s| s.get());
    let result = f();
    (result, STEPS.with(|s| s.get()) - before)
}
