//! ONNX inference for polyfact (entity and value-span extraction).
//!
//! This crate owns everything that touches ONNX Runtime. Today it provides runtime
//! discovery and initialisation ([`runtime`]); the NER session pool, windowing and decoding
//! land here next (issue #3).
//!
//! `ort` is built with `load-dynamic`: the shared library is not linked at build time but
//! loaded at run time from the PyPI `onnxruntime` wheel that `scripts/setup.sh` unpacks into
//! `models/runtime/` — nothing is downloaded by the build, which is what our offline
//! machines need.

pub mod runtime;

pub use runtime::{find_onnxruntime, init_runtime, RuntimeError, RuntimeInfo, SETUP_COMMAND};
