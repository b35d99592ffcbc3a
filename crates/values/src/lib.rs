//! Values: recognize and normalize money, percents, dates, durations, quantities and counts.
//!
//! ```text
//! text ─► [tokens]  words, numbers, CJK chars, punctuation (char offsets)
//!      ─► [dates]   absolute, partial, period ends, relative (resolved against a reference date)
//!      ─► [numbers] digits with the language's separators, spelled-out numbers and compounds,
//!                   scale words, kanji numerals, vague quantities
//!      ─► [recognize] context: currency before/after, percent, units, duration words,
//!                   counted nouns, bounds and hedges, ranges -> `ValueSpan` with a `Value`
//! ```
//!
//! Everything language-specific comes from `data/lang/<code>.toml` and
//! `data/values/common.toml` ([`Lexicon`]); adding a language needs no recompilation.
//! Recognition is linear in the input and never panics (property-tested).

mod dates;
mod lexicon;
mod numbers;
mod recognize;
mod tokens;

pub use lexicon::{Lexicon, LexiconError};
pub use recognize::{Recognizer, ValueSpan};
