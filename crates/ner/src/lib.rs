//! ONNX entity and value-span extraction for polyfact.
//!
//! Stages, in order:
//! 1. [`runtime`]: find and load `libonnxruntime` (`load-dynamic`; set-up unpacks it from the
//!    PyPI `onnxruntime` wheel into `models/runtime/`, nothing is downloaded by the build);
//! 2. [`model`]: load a model folder, verify checksums, keep a pool of sessions;
//!    tokenize (`tokenizers`, char offsets), cut long texts into overlapping [`windows`], batch
//!    windows by length, run the encoder;
//! 3. [`decode`]: softmax, word-level BIO decoding to char spans with scores.
//!
//! The model itself is built by `just model` (`models/recipe/`), see `models/README.md`.

pub mod decode;
pub mod labels;
pub mod model;
pub mod runtime;
pub mod windows;

pub use decode::Span;
pub use labels::{is_entity_type, LabelSet, TYPES};
pub use model::{NerError, NerModel, NerOptions, NerStats, Variant};
pub use runtime::{environment, find_onnxruntime, init_runtime, RuntimeError, RuntimeInfo, SETUP_COMMAND};
