//! Long inputs in overlapping windows.
//!
//! The encoder sees at most `max_tokens` positions (its own limit is 512; we use less because
//! attention cost grows with the square of the length). A longer sentence is cut into windows
//! that overlap by `overlap` tokens; each token's prediction is taken from the window in which
//! it sits furthest from an edge, where it has the most context on both sides. Nothing is
//! truncated: every token of the input is predicted exactly once.

/// A window: the half-open token range `[start, end)` of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
}

/// Windows covering `n` tokens, each at most `max_inner` long, overlapping by `overlap`.
pub fn windows(n: usize, max_inner: usize, overlap: usize) -> Vec<Window> {
    assert!(max_inner > 0, "window size must be positive");
    let overlap = overlap.min(max_inner / 2);
    if n <= max_inner {
        return vec![Window { start: 0, end: n }];
    }
    let step = max_inner - overlap;
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let end = (start + max_inner).min(n);
        out.push(Window { start, end });
        if end == n {
            break;
        }
        start += step;
    }
    out
}

/// For each token, the index of the window that predicts it (the most central one; ties go to
/// the earlier window, so the choice is deterministic).
pub fn owners(n: usize, windows: &[Window]) -> Vec<usize> {
    (0..n)
        .map(|i| {
            let mut best = (0usize, i64::MIN);
            for (w, win) in windows.iter().enumerate() {
                if win.start <= i && i < win.end {
                    let margin = (i - win.start).min(win.end - 1 - i) as i64;
                    if margin > best.1 {
                        best = (w, margin);
                    }
                }
            }
            best.0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_inputs_are_one_window() {
        assert_eq!(windows(10, 254, 32), vec![Window { start: 0, end: 10 }]);
        assert_eq!(windows(0, 254, 32), vec![Window { start: 0, end: 0 }]);
    }

    #[test]
    fn long_inputs_overlap_and_reach_the_end() {
        let w = windows(600, 254, 32);
        assert_eq!(w[0], Window { start: 0, end: 254 });
        assert_eq!(w[1].start, 222);
        assert_eq!(w.last().unwrap().end, 600);
    }

    proptest! {
        #[test]
        fn every_token_is_owned_by_a_window_that_contains_it(n in 0usize..3000, max in 1usize..300, overlap in 0usize..100) {
            let w = windows(n, max, overlap);
            prop_assert!(w.iter().all(|x| x.end - x.start <= max));
            let own = owners(n, &w);
            for (i, &o) in own.iter().enumerate() {
                prop_assert!(w[o].start <= i && i < w[o].end);
            }
        }
    }
}
