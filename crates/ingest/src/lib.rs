//! Ingest: the first stage of the polyfact pipeline.
//!
//! ```text
//! inputs ─► [source]  walk folders, stream JSONL and WARC (also .gz), size limits ─► RawDoc | Skip
//!           [decode]  BOM, declared charset (HTTP, <meta>), UTF-8, else detection
//!        ─► [convert] HTML / Markdown / plain text ─► plain text (NFC), metadata hints
//!           [furniture] slugs, labels, picture placeholders, date lines atop plain text
//!        ─► [meta]    title and publication date
//!        ─► [segment] sentences (needs the language, so the caller runs it after langid)
//! ```
//!
//! Design choices:
//! - Readers stream: a JSONL dump is read line by line, so memory does not grow with its size.
//! - Every failure is a [`Skip`] naming the file (and line), never a panic or a silent drop.
//! - Per-language knowledge (month names, abbreviations) comes from `data/lang/*.toml`
//!   through [`LangData`], so a language is added without recompiling.
//! - All offsets produced here are char indices into the final `text`.

mod convert;
mod decode;
mod error;
mod extract;
mod furniture;
mod html;
mod lang_data;
mod markdown;
mod meta;
mod segment;
mod source;
mod warc;
mod work;

pub use convert::{prepare, Prepared};
pub use error::{LangDataError, Skip, SkipReason};
pub use lang_data::{LangData, LangSpec};
pub use polyfact_core::{today_utc, CivilDate};
pub use segment::{Segmenter, MAX_SENTENCE_CHARS};
pub use source::{Format, InputItem, InputReader, Limits, RawDoc, ReadStats};
