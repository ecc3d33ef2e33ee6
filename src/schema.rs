//! The JSON Schema (2020-12) of a case file, generated from the catalog, so it
//! always matches the templates in use: a measure added in `templates/`
//! appears here with no code.

use serde_json::{json, Map, Value};

use crate::catalog::{Catalog, FieldDef, Prim};
use crate::model::{FORMAT, VERSION};

pub fn case_schema(catalog: &Catalog) -> Value {
    let mut props = Map::new();
    props.insert("format".into(), json!({ "const": FORMAT }));
    props.insert(
        "version".into(),
        json!({ "type": "integer", "minimum": 1, "maximum": VERSION }),
    );
    props.insert(
        "kind".into(),
        json!({ "enum": catalog.kinds.iter().map(|k| k.id.clone()).collect::<Vec<_>>() }),
    );
    props.insert("id".into(), json!({ "type": "string" }));
    for s in &catalog.sections {
        let schema = if s.measures {
            json!({ "type": ["array", "null"], "items": { "oneOf":
                catalog.measures.iter().map(|m| json!({ "$ref": format!("#/$defs/measure-{}", m.id) })).collect::<Vec<_>>() } })
        } else if let Some(t) = &s.list_of {
            json!({ "type": ["array", "null"], "items": { "$ref": format!("#/$defs/{t}") } })
        } else {
            object(catalog, s.fields.iter(), None)
        };
        props.insert(s.id.clone(), schema);
    }
    let mut defs = Map::new();
    for t in &catalog.types {
        defs.insert(t.id.clone(), object(catalog, t.fields.iter(), None));
    }
    for m in &catalog.measures {
        defs.insert(
            format!("measure-{}", m.id),
            object(
                catalog,
                catalog.measure_fields(m).filter(|f| f.id != "type"),
                Some(&m.id),
            ),
        );
    }
    let per_kind: Vec<Value> = catalog
        .kinds
        .iter()
        .map(|k| {
            let mut names: Vec<String> = ["format", "version", "kind", "id"]
                .iter()
                .map(|s| s.to_string())
                .collect();
            names.extend(k.sections.iter().cloned());
            json!({ "if": { "properties": { "kind": { "const": k.id } } },
                    "then": { "propertyNames": { "enum": names } } })
        })
        .collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("urn:rogatory:case:v{VERSION}"),
        "title": "Rogatory case file",
        "type": "object",
        "required": ["format", "version", "kind"],
        "properties": props,
        "additionalProperties": false,
        "allOf": per_kind,
        "$defs": defs,
    })
}

fn object<'a>(
    catalog: &Catalog,
    fields: impl Iterator<Item = &'a FieldDef>,
    measure: Option<&str>,
) -> Value {
    let mut props = Map::new();
    if let Some(m) = measure {
        props.insert("type".into(), json!({ "const": m }));
    }
    for f in fields {
        props.insert(f.id.clone(), field(catalog, f));
    }
    let mut obj =
        json!({ "type": ["object", "null"], "properties": props, "additionalProperties": false });
    if measure.is_some() {
        obj["required"] = json!(["type"]);
    }
    obj
}

fn field(catalog: &Catalog, f: &FieldDef) -> Value {
    let one = match Prim::parse(&f.ty) {
        Some(p) => prim(catalog, p, f),
        None => json!({ "$ref": format!("#/$defs/{}", f.ty) }),
    };
    if f.list {
        json!({ "type": ["array", "null"], "items": one })
    } else {
        one
    }
}

fn prim(catalog: &Catalog, p: Prim, f: &FieldDef) -> Value {
    let mut s = json!({ "type": [p.json_type(), "null"] });
    let format = match p {
        Prim::Date => Some("date"),
        Prim::Datetime => Some("date-time"),
        Prim::Email => Some("email"),
        Prim::Url => Some("uri"),
        Prim::IpAddress => Some("ip-address"),
        Prim::Domain => Some("hostname"),
        _ => None,
    };
    if let Some(fmt) = format {
        s["format"] = json!(fmt);
    }
    if p == Prim::Port {
        s["minimum"] = json!(0);
        s["maximum"] = json!(65535);
    }
    if let Some(list) = f.choices.as_ref().and_then(|c| catalog.choices.get(c)) {
        let mut values: Vec<Value> = list.iter().map(|v| json!(v)).collect();
        values.push(json!(""));
        values.push(Value::Null);
        s["enum"] = Value::Array(values);
    }
    s
}
