//! Claims: the product of polyfact.
//!
//! ```text
//! per document (parallel):  sentences + entity mentions + value mentions
//!     ─► [assemble]  predicate from cue words near the value (data/schema/predicates.toml),
//!                    subject/object from the sentence's organizations (coordination, light
//!                    coreference "the company"/"das Unternehmen"/"同社"), hedges -> Candidate
//! whole run (one reduce):   all candidates
//!     ─► [reconcile] group by (predicate, subject, object, period) up to parent entities,
//!                    split by time (as_of, episodes), cluster equal values, relate them
//!                    (consistent / conflict kinds; money in two currencies through the
//!                    ECB rates of [`fx`]), TruthFinder confidence and the
//!                    preferred value, stable ids -> Claim
//! ```
//!
//! A value with no predicate cue or no entity produces no claim: we would rather miss a fact
//! than invent one.

mod assemble;
pub mod copies;
pub mod fx;
mod reconcile;
mod schema;

pub use assemble::{assemble_document, has_cue, Candidate, EntityLookup, SentenceMentions};
pub use reconcile::{
    claim_order, compatible, conflict_kind, cross_currency_relation, equal_key, group_key, reconcile, relation,
    split_by_time, value_key, GroupKey, PassMismatch, ReconcileOptions, ReconcileStats, Reconciler, Relation, Solved,
    EPISODE_GAP_DAYS, FX_SLACK, MAX_COMPARED_VALUES, NULL_AS_OF_WINDOW_DAYS,
};
pub use schema::{Predicate, Schema, SchemaError};
