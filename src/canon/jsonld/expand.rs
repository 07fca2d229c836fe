//! JSON-LD 1.1 Expansion (Processing Algorithms §5.1) over bundled contexts, recording every piece of
//! the document that expansion drops — a property or type no context defines, a relative IRI — since
//! what JSON-LD drops is not signed by an RDFC proof.

use std::rc::Rc;

use serde_json::{Map, Value};

use super::context::{is_absolute_iri, is_keyword, ActiveContext, Loader, Local, Scoped};
use crate::codes::{Code, Fault};
use crate::lines::{self, Facts};

/// Most node and value objects expanded in one document: bounds the work of one expansion.
const MAX_EXPANSION_STEPS: usize = 200_000;

/// The result of expanding a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expanded {
    /// The expanded document: an array of node objects.
    pub nodes: Vec<Value>,
    /// What expansion dropped or left relative.
    pub dropped: Vec<super::Dropped>,
}

/// Expands `doc` in `ctx` (normally the initial context).
///
/// # Errors
/// Context errors (`jsonld_unknown_context`, `jsonld_protected_term`, `jsonld_invalid_context`) and
/// `jsonld_invalid` for documents the algorithm rejects.
pub fn expand(
    ctx: &Rc<ActiveContext>,
    doc: &Value,
    loader: &Loader<'_>,
) -> Result<Expanded, Fault> {
    let mut ex = Expander {
        dropped: Vec::new(),
        steps: 0,
        loader,
    };
    let v = ex.element(ctx, None, doc, "", false)?;
    let nodes = match v {
        Value::Object(mut m) if m.len() == 1 && m.contains_key("@graph") => {
            as_array(m.remove("@graph").unwrap_or(Value::Null))
        }
        other => as_array(other),
    };
    Ok(Expanded {
        nodes,
        dropped: ex.dropped,
    })
}

/// A value as an array: `null` → `[]`, an array as is, anything else → `[it]`.
pub fn as_array(v: Value) -> Vec<Value> {
    match v {
        Value::Null => Vec::new(),
        Value::Array(a) => a,
        other => vec![other],
    }
}

/// The fault `facts` says of the place `path` (a JSON pointer) in the document.
fn invalid(path: &str, facts: Facts) -> Fault {
    lines::fault(Code::JsonldInvalid, facts).about(path)
}

fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

struct Expander<'l> {
    dropped: Vec<super::Dropped>,
    steps: usize,
    loader: &'l Loader<'l>,
}

impl Expander<'_> {
    fn drop(&mut self, path: &str, what: String) {
        self.dropped.push(super::Dropped {
            pointer: if path.is_empty() { "/" } else { path }.to_owned(),
            what,
        });
    }

    fn element(
        &mut self,
        ctx: &Rc<ActiveContext>,
        active_property: Option<&str>,
        element: &Value,
        path: &str,
        from_map: bool,
    ) -> Result<Value, Fault> {
        self.steps += 1;
        if self.steps > MAX_EXPANSION_STEPS {
            return Err(lines::fault(
                Code::JsonldInvalid,
                lines::jsonld_too_many_steps(MAX_EXPANSION_STEPS),
            ));
        }
        let def = active_property.and_then(|p| ctx.terms.get(p)).cloned();
        let property_ctx = def.as_ref().and_then(|d| d.context.clone());
        match element {
            Value::Null => Ok(Value::Null),
            Value::Array(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let e =
                        self.element(ctx, active_property, item, &format!("{path}/{i}"), from_map)?;
                    match e {
                        Value::Null => {}
                        Value::Array(inner) => out.extend(inner),
                        other => out.push(other),
                    }
                }
                Ok(Value::Array(out))
            }
            Value::Object(map) => {
                self.object(ctx, active_property, map, path, from_map, property_ctx)
            }
            scalar => {
                if active_property.is_none() || active_property == Some("@graph") {
                    self.drop(path, "a value outside any property".to_owned());
                    return Ok(Value::Null);
                }
                let ctx = match &property_ctx {
                    Some(pc) => ctx.process(pc.local(), self.loader, true, true, 0)?,
                    None => Rc::clone(ctx),
                };
                self.value(&ctx, active_property.unwrap_or(""), scalar, path)
            }
        }
    }

    /// Value Expansion (§5.3).
    fn value(
        &mut self,
        ctx: &ActiveContext,
        property: &str,
        value: &Value,
        path: &str,
    ) -> Result<Value, Fault> {
        let def = ctx.terms.get(property);
        let coercion = def.and_then(|d| d.type_mapping.as_deref());
        if let (Some(mode @ ("@id" | "@vocab")), Value::String(s)) = (coercion, value) {
            let iri = ctx
                .expand_iri(s, mode == "@vocab", Some(()))?
                .unwrap_or_default();
            if !is_absolute_iri(&iri) && !iri.starts_with("_:") {
                self.drop(path, format!("relative IRI {iri:?}"));
            }
            return Ok(Value::Object(super::map_of([(
                "@id".to_owned(),
                Value::String(iri),
            )])));
        }
        let mut out = Map::new();
        out.insert("@value".to_owned(), value.clone());
        match coercion {
            Some(t) if t != "@id" && t != "@vocab" && t != "@none" => {
                out.insert("@type".to_owned(), Value::String(t.to_owned()));
            }
            _ => {
                if value.is_string() {
                    let lang = match def.and_then(|d| d.language.clone()) {
                        Some(explicit) => explicit,
                        None => ctx.language.clone(),
                    };
                    if let Some(l) = lang {
                        out.insert("@language".to_owned(), Value::String(l));
                    }
                }
            }
        }
        Ok(Value::Object(out))
    }

    #[allow(clippy::too_many_lines)]
    fn object(
        &mut self,
        ctx: &Rc<ActiveContext>,
        active_property: Option<&str>,
        map: &Map<String, Value>,
        path: &str,
        from_map: bool,
        property_ctx: Option<Scoped>,
    ) -> Result<Value, Fault> {
        let mut ctx = Rc::clone(ctx);
        // Revert a type-scoped (non-propagated) context, unless this is a value object or a bare reference.
        if let (Some(prev), false) = (ctx.previous.clone(), from_map) {
            let expanded_keys: Vec<Option<String>> = map
                .keys()
                .map(|k| ctx.expand_iri(k, true, None).ok().flatten())
                .collect();
            let is_value = expanded_keys.iter().any(|k| k.as_deref() == Some("@value"));
            let only_id = expanded_keys.len() == 1
                && expanded_keys
                    .first()
                    .is_some_and(|k| k.as_deref() == Some("@id"));
            if !is_value && !only_id {
                ctx = prev;
            }
        }
        if let Some(pc) = &property_ctx {
            ctx = ctx.process(pc.local(), self.loader, true, true, 0)?;
        }
        if let Some(local) = map.get("@context") {
            ctx = ctx.process(Local::Doc(local), self.loader, false, true, 0)?;
        }
        let type_scoped = Rc::clone(&ctx);
        let mut keys: Vec<&String> = map.keys().collect();
        crate::sort::sort(&mut keys);
        for key in &keys {
            if type_scoped.expand_iri(key, true, None)?.as_deref() != Some("@type") {
                continue;
            }
            let mut types: Vec<&str> = match map.get(key.as_str()) {
                Some(Value::String(s)) => vec![s.as_str()],
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            crate::sort::sort(&mut types);
            for t in types {
                if let Some(scoped) = type_scoped.terms.get(t).and_then(|d| d.context.clone()) {
                    ctx = ctx.process(scoped.local(), self.loader, false, false, 0)?;
                }
            }
        }

        let mut result = Map::new();
        let mut reverse: Map<String, Value> = Map::new();
        for key in keys {
            if key == "@context" {
                continue;
            }
            let value = map.get(key.as_str()).unwrap_or(&Value::Null);
            let here = format!("{path}/{}", escape_pointer(key));
            let expanded = ctx.expand_iri(key, true, None)?;
            let Some(prop) = expanded else {
                self.drop(&here, format!("{key:?} is mapped to nothing"));
                continue;
            };
            if is_keyword(&prop) {
                self.keyword(
                    &ctx,
                    &type_scoped,
                    active_property,
                    &prop,
                    value,
                    &here,
                    &mut result,
                    &mut reverse,
                )?;
                continue;
            }
            if !is_absolute_iri(&prop) {
                self.drop(
                    &here,
                    format!("the term {key:?} is not defined by any context"),
                );
                continue;
            }
            let def = ctx.terms.get(key.as_str()).cloned();
            let has = |c: &str| def.as_ref().is_some_and(|d| d.has_container(c));
            let mut ev = if def.as_ref().and_then(|d| d.type_mapping.as_deref()) == Some("@json") {
                Value::Object(super::map_of([
                    ("@value".to_owned(), value.clone()),
                    ("@type".to_owned(), Value::String("@json".to_owned())),
                ]))
            } else if value.is_object()
                && (has("@language") || has("@index") || has("@id") || has("@type"))
            {
                return Err(invalid(&here, lines::jsonld_maps_unsupported()));
            } else {
                self.element(&ctx, Some(key.as_str()), value, &here, false)?
            };
            if ev.is_null() {
                continue;
            }
            if has("@list") && ev.get("@list").is_none() {
                ev = Value::Object(super::map_of([(
                    "@list".to_owned(),
                    Value::Array(as_array(ev)),
                )]));
            }
            if has("@graph") && !has("@id") && !has("@index") {
                ev = Value::Array(
                    as_array(ev)
                        .into_iter()
                        .map(|e| {
                            Value::Object(super::map_of([(
                                "@graph".to_owned(),
                                Value::Array(as_array(e)),
                            )]))
                        })
                        .collect(),
                );
            }
            if def.as_ref().is_some_and(|d| d.reverse) {
                for item in as_array(ev) {
                    if item.get("@value").is_some() || item.get("@list").is_some() {
                        return Err(invalid(&here, lines::jsonld_reverse_values()));
                    }
                    push(&mut reverse, &prop, item);
                }
            } else {
                for item in as_array(ev) {
                    push(&mut result, &prop, item);
                }
            }
        }
        if !reverse.is_empty() {
            result.insert("@reverse".to_owned(), Value::Object(reverse));
        }
        self.finish(result, active_property, path)
    }

    #[allow(clippy::too_many_arguments)]
    fn keyword(
        &mut self,
        ctx: &Rc<ActiveContext>,
        type_scoped: &Rc<ActiveContext>,
        active_property: Option<&str>,
        keyword: &str,
        value: &Value,
        here: &str,
        result: &mut Map<String, Value>,
        reverse: &mut Map<String, Value>,
    ) -> Result<(), Fault> {
        match keyword {
            "@id" => {
                let s = value
                    .as_str()
                    .ok_or_else(|| invalid(here, lines::jsonld_id_not_text()))?;
                let iri = ctx.expand_iri(s, false, Some(()))?.unwrap_or_default();
                if !is_absolute_iri(&iri) && !iri.starts_with("_:") {
                    self.drop(here, format!("relative IRI {s:?} (there is no base IRI)"));
                }
                result.insert("@id".to_owned(), Value::String(iri));
            }
            "@type" => {
                let list: Vec<&Value> = match value {
                    Value::Array(a) => a.iter().collect(),
                    one => vec![one],
                };
                let mut types = Vec::new();
                for t in list {
                    let s = t
                        .as_str()
                        .ok_or_else(|| invalid(here, lines::jsonld_types_not_text()))?;
                    let iri = type_scoped
                        .expand_iri(s, true, Some(()))?
                        .unwrap_or_default();
                    if !is_absolute_iri(&iri) && !iri.starts_with("_:") {
                        self.drop(
                            here,
                            format!("the type {s:?} is not defined by any context"),
                        );
                    }
                    types.push(Value::String(iri));
                }
                result.insert("@type".to_owned(), Value::Array(types));
            }
            "@graph" => {
                let v = self.element(ctx, Some("@graph"), value, here, false)?;
                result.insert("@graph".to_owned(), Value::Array(as_array(v)));
            }
            "@included" => {
                let v = self.element(ctx, None, value, here, false)?;
                result.insert("@included".to_owned(), Value::Array(as_array(v)));
            }
            "@value" => {
                result.insert("@value".to_owned(), value.clone());
            }
            "@language" => {
                let l = value
                    .as_str()
                    .ok_or_else(|| invalid(here, lines::jsonld_language_not_text()))?;
                result.insert(
                    "@language".to_owned(),
                    Value::String(l.to_ascii_lowercase()),
                );
            }
            "@direction" | "@index" => {
                result.insert(keyword.to_owned(), value.clone());
            }
            "@list" => {
                if active_property.is_none() || active_property == Some("@graph") {
                    self.drop(here, "a list outside any property".to_owned());
                    return Ok(());
                }
                let v = self.element(ctx, active_property, value, here, false)?;
                result.insert("@list".to_owned(), Value::Array(as_array(v)));
            }
            "@set" => {
                let v = self.element(ctx, active_property, value, here, false)?;
                result.insert("@set".to_owned(), v);
            }
            "@reverse" => {
                let v = self.element(ctx, Some("@reverse"), value, here, false)?;
                let Value::Object(m) = v else {
                    return Err(invalid(here, lines::jsonld_reverse_not_object()));
                };
                for (prop, items) in m {
                    if prop == "@reverse" {
                        if let Value::Object(fwd) = items {
                            for (p, vs) in fwd {
                                for item in as_array(vs) {
                                    push(result, &p, item);
                                }
                            }
                        }
                    } else {
                        for item in as_array(items) {
                            push(reverse, &prop, item);
                        }
                    }
                }
            }
            "@nest" | "@context" => {
                return Err(invalid(here, lines::jsonld_keyword_here(keyword)));
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(
        &mut self,
        mut result: Map<String, Value>,
        active_property: Option<&str>,
        path: &str,
    ) -> Result<Value, Fault> {
        if result.contains_key("@value") {
            // In a value object @type is one datatype IRI, not a list of node types.
            if let Some(Value::Array(types)) = result.get("@type") {
                match types.as_slice() {
                    [one] => {
                        let one = one.clone();
                        result.insert("@type".to_owned(), one);
                    }
                    _ => return Err(invalid(path, lines::jsonld_value_types())),
                }
            }
        }
        if let Some(v) = result.get("@value") {
            let is_json = result.get("@type").is_some_and(|t| t == "@json");
            if v.is_null() {
                return Ok(Value::Null);
            }
            if !is_json && (v.is_object() || v.is_array()) {
                return Err(invalid(path, lines::jsonld_value_not_scalar()));
            }
            if let Some(t) = result.get("@type") {
                let ok = t
                    .as_str()
                    .is_some_and(|s| s == "@json" || is_absolute_iri(s));
                if !ok {
                    return Err(invalid(path, lines::jsonld_value_datatype()));
                }
            }
            return Ok(Value::Object(result));
        }
        if let Some(set) = result.remove("@set") {
            return Ok(set);
        }
        if result.len() == 1 && result.contains_key("@language") {
            return Ok(Value::Null);
        }
        if active_property.is_none() || active_property == Some("@graph") {
            if result.is_empty() || result.contains_key("@list") {
                return Ok(Value::Null);
            }
            if result.len() == 1 && result.contains_key("@id") {
                return Ok(Value::Null);
            }
        }
        Ok(Value::Object(result))
    }
}

fn push(map: &mut Map<String, Value>, key: &str, item: Value) {
    match map.get_mut(key) {
        Some(Value::Array(a)) => a.push(item),
        _ => {
            map.insert(key.to_owned(), Value::Array(vec![item]));
        }
    }
}
