//! Claims: the product of polyfact.
//!
//! ```text
//! per document (parallel):  sentences + entity mentions + value mentions
//!     ─► [assemble]  predicate from cue words near the value (data/schema/predicates.toml),
//!                    subject/object from the sentence's organizations (coordination, light
//!                    coreference "the company"/"das Unternehmen"/"同社"), hedges -> Candidate
//! whole run (one reduce):   all candidates
//!     ─► [reconcile] group by (predicate, subject, object) up to parent entities, cluster
//!                    compatible values, flag conflicts, confidence, stable ids -> Claim
//! ```
//!
//! A value with no predicate cue or no entity produces no claim: we would rather miss a fact
//! than invent one.

mod assemble;
mod reconcile;
mod schema;

pub use assemble::{assemble_document, Candidate, SentenceMentions};
pub use reconcile::{compatible, reconcile, value_key};
pub use schema::{Predicate, Schema, SchemaError};
