//! The JSON Schema of a record, shipped as `knowledge/schema.json` for editors (generated from
//! the types, so it cannot drift from what the loader accepts).

use super::model;
use super::model::Record;

/// The JSON Schema of a record, as shipped in `knowledge/schema.json` (generated from the types).
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Record);
    // Every field has a serde default so that the loader can report all missing fields at once;
    // the schema still tells editors which ones a record must have.
    schema.insert(
        "required".into(),
        serde_json::Value::from(model::REQUIRED_FIELDS.to_vec()),
    );
    let mut s = serde_json::to_string_pretty(&schema).expect("a JSON Schema always serialises");
    s.push('\n');
    s
}
