//! JSON-LD 1.1 context processing (JSON-LD 1.1 Processing Algorithms §4.1–4.2) for a closed world:
//! remote contexts come only from [`super::contexts::BUNDLED`] (and, in the full module,
//! [`super::contexts::FULL_ONLY`]) and from the host. Supports what those contexts use —
//! `@protected`, `@version`, `@vocab`, `@propagate`, property- and type-scoped contexts, `@type`
//! coercion (`@id`, `@vocab`, `@json`, IRIs), containers `@set` / `@list` / `@graph`, `@reverse`,
//! `@prefix` — and refuses what it does not (`@import`, `@base` in a remote context is ignored as the
//! specification says).

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::OnceLock;

use crate::canon::hash::FastMap;
use serde_json::{Map, Value};

use super::contexts::{BUNDLED, FULL_ONLY};
use crate::codes::{Code, Fault, WantKind};
use crate::lines;

/// How deep contexts may include contexts (remote → scoped → remote …). The bundled ones nest 3 deep.
const MAX_CONTEXT_DEPTH: usize = 16;

/// How deep term definitions may depend on one another (`"a": "b:x"` defines `b` first, and so
/// on), counted on top of the context nesting. The bundled contexts need 3; a chain of thousands
/// in an inline context would exhaust the stack (1 MiB in wasm).
const MAX_DEFINITION_DEPTH: usize = 64;

/// Most processed contexts kept in the per-thread cache; the bundled contexts and the types they
/// scope produce a few hundred. Past this the cache starts again (correct, only slower).
const MAX_CACHED_CONTEXTS: usize = 4096;

/// A context to process, and whether it is part of the bundled (static) contexts, in which case
/// its processing result can be cached.
#[derive(Clone, Copy, Debug)]
pub enum Local<'a> {
    /// Inside a bundled context.
    Static(&'static Value),
    /// From the document being verified.
    Doc(&'a Value),
}

impl Local<'_> {
    fn value(&self) -> &Value {
        match self {
            Self::Static(v) => v,
            Self::Doc(v) => v,
        }
    }
}

/// Where contexts come from: the bundled ones first, then those the host supplied (documents of the
/// verifier's configuration, by URL). A supplied context is used only because the host supplied it;
/// [`Loader::used`] names the ones that were, so the report can say so.
#[derive(Debug, Default)]
pub struct Loader<'a> {
    supplied: Option<&'a BTreeMap<String, Value>>,
    used: RefCell<Vec<String>>,
}

impl<'a> Loader<'a> {
    /// Bundled contexts only.
    pub fn bundled_only() -> Self {
        Self::default()
    }

    /// Bundled contexts, then the host's documents.
    pub fn with_supplied(supplied: &'a BTreeMap<String, Value>) -> Self {
        Self {
            supplied: Some(supplied),
            used: RefCell::default(),
        }
    }

    /// The supplied contexts used so far, each once, in the order of first use.
    pub fn used(&self) -> Vec<String> {
        self.used.borrow().clone()
    }

    fn supplied(&self, url: &str) -> Option<&'a Value> {
        let doc = self.supplied?.get(url)?;
        let mut used = self.used.borrow_mut();
        if !used.iter().any(|u| u == url) {
            used.push(url.to_owned());
        }
        Some(doc)
    }
}

/// A scoped context held by a term definition.
#[derive(Clone, Debug)]
pub enum Scoped {
    /// From a bundled context.
    Static(&'static Value),
    /// From a context in the document.
    Owned(Rc<Value>),
}

impl Scoped {
    /// As a context to process.
    pub fn local(&self) -> Local<'_> {
        match self {
            Self::Static(v) => Local::Static(v),
            Self::Owned(v) => Local::Doc(v),
        }
    }
}

impl PartialEq for Scoped {
    fn eq(&self, other: &Self) -> bool {
        self.local().value() == other.local().value()
    }
}

impl Eq for Scoped {}

/// (parent context id, address of the bundled context value, override protected, propagate).
type CacheKey = (u64, usize, bool, bool);

thread_local! {
    static CACHE: RefCell<FastMap<CacheKey, Rc<ActiveContext>>> = RefCell::new(FastMap::default());
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
    static INITIAL: Rc<ActiveContext> = Rc::new(ActiveContext { id: Some(0), ..ActiveContext::default() });
}

fn next_id() -> u64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    })
}

/// The initial active context (shared, so contexts derived from it can be cached).
pub fn initial() -> Rc<ActiveContext> {
    INITIAL.with(Rc::clone)
}

/// A term definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermDef {
    /// The IRI mapping, or a keyword alias (`@id`, `@type` …); `None` for a term mapped to null.
    pub iri: Option<String>,
    /// Whether the term may be used as the prefix of a compact IRI.
    pub prefix: bool,
    /// Whether it is protected.
    pub protected: bool,
    /// `@reverse` property.
    pub reverse: bool,
    /// `@type` coercion: `@id`, `@vocab`, `@json`, `@none` or an absolute IRI.
    pub type_mapping: Option<String>,
    /// `@container` values.
    pub container: Vec<String>,
    /// Scoped context, unprocessed.
    pub context: Option<Scoped>,
    /// `@language` mapping (`Some(None)` is an explicit null).
    pub language: Option<Option<String>>,
}

impl TermDef {
    fn same_except_protected(&self, other: &Self) -> bool {
        Self {
            protected: false,
            ..self.clone()
        } == Self {
            protected: false,
            ..other.clone()
        }
    }

    /// Whether `@container` includes `c`.
    pub fn has_container(&self, c: &str) -> bool {
        self.container.iter().any(|x| x == c)
    }
}

/// An active context.
#[derive(Clone, Debug, Default)]
pub struct ActiveContext {
    /// Term definitions.
    pub terms: FastMap<String, Rc<TermDef>>,
    /// `@vocab`.
    pub vocab: Option<String>,
    /// `@language` default.
    pub language: Option<String>,
    /// The context to revert to for nested nodes after a non-propagated (type-scoped) context.
    pub previous: Option<Rc<ActiveContext>>,
    /// Set when the context derives from bundled contexts only, so results built on it can be cached.
    id: Option<u64>,
}

/// Whether `url` is one of the bundled contexts. In the core module this includes the contexts
/// only the full module bundles ([`super::contexts::FULL_ONLY`]): what their terms mean is known
/// (a JCS or JWT credential naming one is read alike by both modules), while a JSON-LD proof
/// over one is `module_needed` ([`full_only`]).
pub fn is_bundled(url: &str) -> bool {
    BUNDLED.iter().chain(FULL_ONLY).any(|(u, _)| *u == url)
}

/// Whether `url` is a context this module lacks and the full module bundles: always false in
/// the full module.
pub fn full_only(url: &str) -> bool {
    cfg!(not(feature = "ecdsa-rsa")) && FULL_ONLY.iter().any(|(u, _)| *u == url)
}

/// A bundled context, parsed the first time it is needed (once per process): a first
/// verification parses the two or three contexts its credential names, not all of them. In the
/// core module the texts of FULL_ONLY are empty and do not parse: `None`.
fn bundled(url: &str) -> Option<&'static Value> {
    const COUNT: usize = BUNDLED.len() + FULL_ONLY.len();
    static PARSED: [OnceLock<Option<Value>>; COUNT] = [const { OnceLock::new() }; COUNT];
    let (i, (_, text)) = BUNDLED
        .iter()
        .chain(FULL_ONLY)
        .enumerate()
        .find(|(_, (u, _))| *u == url)?;
    PARSED
        .get(i)?
        .get_or_init(|| serde_json::from_str(text).ok())
        .as_ref()
}

const KEYWORDS: &[&str] = &[
    "@base",
    "@container",
    "@context",
    "@direction",
    "@graph",
    "@id",
    "@import",
    "@included",
    "@index",
    "@json",
    "@language",
    "@list",
    "@nest",
    "@none",
    "@prefix",
    "@propagate",
    "@protected",
    "@reverse",
    "@set",
    "@type",
    "@value",
    "@version",
    "@vocab",
];

/// Whether `s` is a JSON-LD keyword.
pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Whether `s` has the form of a keyword (`@` followed by ASCII letters) — such keys are ignored.
pub fn looks_like_keyword(s: &str) -> bool {
    s.len() > 1 && s.starts_with('@') && s.bytes().skip(1).all(|b| b.is_ascii_alphabetic())
}

/// Whether `s` is an absolute IRI (has a scheme) — the only IRIs RDF keeps.
pub fn is_absolute_iri(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) => {
            let mut b = scheme.bytes();
            b.next().is_some_and(|c| c.is_ascii_alphabetic())
                && b.all(|c| c.is_ascii_alphanumeric() || c == b'+' || c == b'-' || c == b'.')
        }
        None => false,
    }
}

fn ends_with_gen_delim(s: &str) -> bool {
    s.ends_with([':', '/', '?', '#', '[', ']', '@'])
}

impl ActiveContext {
    /// Whether any term is protected (a `null` context would then be an error).
    fn has_protected(&self) -> bool {
        self.terms.values().any(|d| d.protected)
    }

    /// Processes `local` on top of `self` (Context Processing Algorithm). Results for bundled
    /// contexts on top of contexts derived from bundled contexts are cached per thread, so each
    /// bundled context is processed once, not once per verification.
    ///
    /// # Errors
    /// `jsonld_unknown_context` for a URL that is not bundled; `jsonld_invalid_context` /
    /// `jsonld_protected_term` for what the algorithm calls errors.
    pub fn process(
        self: &Rc<Self>,
        local: Local<'_>,
        loader: &Loader<'_>,
        override_protected: bool,
        propagate: bool,
        depth: usize,
    ) -> Result<Rc<Self>, Fault> {
        let (Some(parent), Local::Static(v)) = (self.id, local) else {
            return self.process_uncached(local, loader, override_protected, propagate, depth);
        };
        let key = (
            parent,
            std::ptr::from_ref(v) as usize,
            override_protected,
            propagate,
        );
        if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
            return Ok(hit);
        }
        let mut fresh =
            self.process_uncached(local, loader, override_protected, propagate, depth)?;
        if fresh.id.is_none() {
            if let Some(unique) = Rc::get_mut(&mut fresh) {
                unique.id = Some(next_id());
            }
        }
        if fresh.id.is_some() {
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= MAX_CACHED_CONTEXTS {
                    c.clear();
                }
                c.insert(key, Rc::clone(&fresh));
            });
        }
        Ok(fresh)
    }

    fn process_uncached(
        self: &Rc<Self>,
        local: Local<'_>,
        loader: &Loader<'_>,
        override_protected: bool,
        propagate: bool,
        depth: usize,
    ) -> Result<Rc<Self>, Fault> {
        if depth > MAX_CONTEXT_DEPTH {
            return Err(lines::fault(
                Code::JsonldInvalidContext,
                lines::jsonld_contexts_too_deep(),
            ));
        }
        let propagate = match local.value() {
            Value::Object(m) => m
                .get("@propagate")
                .and_then(Value::as_bool)
                .unwrap_or(propagate),
            _ => propagate,
        };
        let items: Vec<Local<'_>> = match local {
            Local::Static(Value::Array(a)) => a.iter().map(Local::Static).collect(),
            Local::Doc(Value::Array(a)) => a.iter().map(Local::Doc).collect(),
            one => vec![one],
        };
        let mut current = Rc::clone(self);
        for item in items {
            match item.value() {
                Value::Null => {
                    if !override_protected && current.has_protected() {
                        return Err(lines::fault(
                            Code::JsonldInvalidContext,
                            lines::jsonld_null_context(),
                        ));
                    }
                    current = Rc::new(Self::default());
                }
                Value::String(url) => {
                    let not_found = || {
                        if full_only(url) {
                            return crate::lines::module_needed(url);
                        }
                        let shown: String = url.chars().take(200).collect();
                        lines::fault(
                            Code::JsonldUnknownContext,
                            lines::jsonld_context_not_bundled(&shown),
                        )
                        .wanting(shown, WantKind::Context)
                    };
                    let inner = match bundled(url) {
                        Some(doc) => doc.get("@context").map(Local::Static),
                        None => loader
                            .supplied(url)
                            .ok_or_else(not_found)?
                            .get("@context")
                            .map(Local::Doc),
                    };
                    let inner = inner.ok_or_else(|| {
                        lines::fault(Code::JsonldInvalidContext, lines::jsonld_context_empty(url))
                    })?;
                    current =
                        current.process(inner, loader, override_protected, true, depth + 1)?;
                }
                Value::Object(map) => {
                    let static_map = match item {
                        Local::Static(Value::Object(m)) => Some(m),
                        _ => None,
                    };
                    let mut r = (*current).clone();
                    r.id = None;
                    r.process_object(map, static_map, override_protected, depth)?;
                    current = Rc::new(r);
                }
                _ => {
                    return Err(lines::fault(
                        Code::JsonldInvalidContext,
                        lines::jsonld_context_kind(),
                    ))
                }
            }
        }
        if !propagate && current.previous.is_none() {
            let mut r = (*current).clone();
            r.id = None;
            r.previous = Some(Rc::clone(self));
            current = Rc::new(r);
        }
        Ok(current)
    }

    fn process_object(
        &mut self,
        map: &Map<String, Value>,
        static_map: Option<&'static Map<String, Value>>,
        override_protected: bool,
        depth: usize,
    ) -> Result<(), Fault> {
        if let Some(v) = map.get("@version") {
            if v.as_f64() != Some(1.1) {
                return Err(lines::fault(Code::JsonldInvalidContext, lines::jsonld_version()));
            }
        }
        if map.contains_key("@import") {
            return Err(lines::fault(Code::JsonldInvalidContext, lines::jsonld_import()));
        }
        match map.get("@vocab") {
            None => {}
            Some(Value::Null) => self.vocab = None,
            Some(Value::String(v)) => {
                let expanded = self.expand_iri(v, true, None)?;
                self.vocab = expanded.filter(|e| is_absolute_iri(e) || e.starts_with("_:"));
            }
            Some(_) => {
                return Err(lines::fault(Code::JsonldInvalidContext, lines::jsonld_vocab()))
            }
        }
        match map.get("@language") {
            None => {}
            Some(Value::Null) => self.language = None,
            Some(Value::String(l)) => self.language = Some(l.to_ascii_lowercase()),
            Some(_) => {
                return Err(lines::fault(
                    Code::JsonldInvalidContext,
                    lines::jsonld_context_language(),
                ))
            }
        }
        let protected = map
            .get("@protected")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let mut defined: FastMap<String, bool> = FastMap::default();
        for term in map.keys() {
            if matches!(
                term.as_str(),
                "@base"
                    | "@direction"
                    | "@import"
                    | "@language"
                    | "@propagate"
                    | "@protected"
                    | "@version"
                    | "@vocab"
            ) {
                continue;
            }
            self.define(
                map,
                term,
                &mut defined,
                protected,
                override_protected,
                depth,
                static_map,
            )?;
        }
        Ok(())
    }

    /// Create Term Definition (§4.2.2).
    #[allow(clippy::too_many_arguments)]
    fn define(
        &mut self,
        local: &Map<String, Value>,
        term: &str,
        defined: &mut FastMap<String, bool>,
        protected_default: bool,
        override_protected: bool,
        depth: usize,
        static_map: Option<&'static Map<String, Value>>,
    ) -> Result<(), Fault> {
        if depth > MAX_DEFINITION_DEPTH {
            return Err(lines::fault(
                Code::JsonldInvalidContext,
                lines::jsonld_definitions_too_deep(MAX_DEFINITION_DEPTH),
            ));
        }
        match defined.get(term) {
            Some(true) => return Ok(()),
            Some(false) => {
                return Err(lines::fault(
                    Code::JsonldInvalidContext,
                    lines::jsonld_definition_cyclic(format!("{term:?}")),
                ))
            }
            None => {}
        }
        defined.insert(term.to_owned(), false);
        let value = local.get(term).cloned().unwrap_or(Value::Null);
        if term == "@type" {
            // JSON-LD 1.1 allows `"@type": {"@container": "@set", "@protected": true}` only.
            let ok = value.as_object().is_some_and(|m| {
                m.keys().all(|k| k == "@container" || k == "@protected")
                    && m.get("@container").is_some_and(|c| c == "@set")
            });
            if !ok {
                return Err(lines::fault(
                    Code::JsonldInvalidContext,
                    lines::jsonld_keywords_redefined(),
                ));
            }
            defined.insert(term.to_owned(), true);
            return Ok(());
        }
        if is_keyword(term) {
            return Err(lines::fault(
                Code::JsonldInvalidContext,
                lines::jsonld_keyword_redefined(term),
            ));
        }
        if looks_like_keyword(term) {
            defined.insert(term.to_owned(), true);
            return Ok(()); // ignored, as the algorithm says
        }
        let previous = self.terms.remove(term);
        let (simple, obj): (bool, Map<String, Value>) = match &value {
            Value::Null => (false, super::map_of([("@id".to_owned(), Value::Null)])),
            Value::String(s) => (
                true,
                super::map_of([("@id".to_owned(), Value::String(s.clone()))]),
            ),
            Value::Object(m) => (false, m.clone()),
            _ => {
                return Err(lines::fault(
                    Code::JsonldInvalidContext,
                    lines::jsonld_definition_invalid(format!("{term:?}")),
                ))
            }
        };
        let mut def = TermDef {
            iri: None,
            prefix: false,
            protected: obj
                .get("@protected")
                .and_then(Value::as_bool)
                .unwrap_or(protected_default),
            reverse: false,
            type_mapping: None,
            container: Vec::new(),
            context: match static_map
                .and_then(|m| m.get(term))
                .and_then(|d| d.get("@context"))
            {
                Some(stat) => Some(Scoped::Static(stat)),
                None => obj
                    .get("@context")
                    .map(|c| Scoped::Owned(Rc::new(c.clone()))),
            },
            language: obj
                .get("@language")
                .map(|l| l.as_str().map(str::to_ascii_lowercase)),
        };
        if let Some(t) = obj.get("@type") {
            let t = t
                .as_str()
                .ok_or_else(|| {
                    lines::fault(
                        Code::JsonldInvalidContext,
                        lines::jsonld_type_not_text(format!("{term:?}")),
                    )
                })?;
            let expanded = self.expand_iri_local(t, true, local, defined, depth, static_map)?;
            match expanded.as_deref() {
                Some("@id" | "@vocab" | "@json" | "@none") => {}
                Some(iri) if is_absolute_iri(iri) => {}
                _ => {
                    return Err(lines::fault(
                        Code::JsonldInvalidContext,
                        lines::jsonld_type_mapping(format!("{term:?}")),
                    ))
                }
            }
            def.type_mapping = expanded;
        }
        if let Some(c) = obj.get("@container") {
            def.container = match c {
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
                Value::Null => Vec::new(),
                _ => {
                    return Err(lines::fault(
                        Code::JsonldInvalidContext,
                        lines::jsonld_container(format!("{term:?}")),
                    ))
                }
            };
        }
        if let Some(r) = obj.get("@reverse") {
            let r = r
                .as_str()
                .ok_or_else(|| lines::fault(Code::JsonldInvalidContext, lines::jsonld_reverse()))?;
            def.iri = self.expand_iri_local(r, true, local, defined, depth, static_map)?;
            def.reverse = true;
        } else if let Some(id) = obj.get("@id").filter(|id| id.as_str() != Some(term)) {
            match id {
                Value::Null => def.iri = None,
                Value::String(s) => {
                    if looks_like_keyword(s) && !is_keyword(s) {
                        def.iri = None;
                    } else {
                        let expanded =
                            self.expand_iri_local(s, true, local, defined, depth, static_map)?;
                        match expanded.as_deref() {
                            Some("@context") => {
                                return Err(lines::fault(
                                    Code::JsonldInvalidContext,
                                    lines::jsonld_context_alias(),
                                ))
                            }
                            Some(e)
                                if is_keyword(e) || is_absolute_iri(e) || e.starts_with("_:") => {}
                            _ => {
                                return Err(lines::fault(
                                    Code::JsonldInvalidContext,
                                    lines::jsonld_iri_mapping(format!("{term:?}")),
                                ))
                            }
                        }
                        def.iri = expanded;
                        if !term.contains(':') && !term.contains('/') && simple {
                            def.prefix = def
                                .iri
                                .as_deref()
                                .is_some_and(|i| ends_with_gen_delim(i) || i.starts_with("_:"));
                        }
                    }
                }
                _ => {
                    return Err(lines::fault(
                        Code::JsonldInvalidContext,
                        lines::jsonld_definition_id(format!("{term:?}")),
                    ))
                }
            }
        } else if let Some((prefix, suffix)) = term.split_once(':').filter(|(p, _)| !p.is_empty()) {
            if local.contains_key(prefix) {
                self.define(
                    local,
                    prefix,
                    defined,
                    protected_default,
                    override_protected,
                    depth + 1,
                    static_map,
                )?;
            }
            def.iri = match self.terms.get(prefix).and_then(|d| d.iri.clone()) {
                Some(p) => Some(format!("{p}{suffix}")),
                None => Some(term.to_owned()),
            };
        } else if let Some(v) = &self.vocab {
            def.iri = Some(format!("{v}{term}"));
        } else {
            return Err(lines::fault(
                Code::JsonldInvalidContext,
                lines::jsonld_no_iri_mapping(format!("{term:?}")),
            ));
        }
        if let Some(p) = obj.get("@prefix").and_then(Value::as_bool) {
            def.prefix = p;
        }
        if let Some(prev) = previous {
            if prev.protected && !override_protected {
                if !def.same_except_protected(&prev) {
                    return Err(lines::fault(
                        Code::JsonldProtectedTerm,
                        lines::jsonld_protected_redefined(format!("{term:?}")),
                    ));
                }
                def = (*prev).clone();
            }
        }
        self.terms.insert(term.to_owned(), Rc::new(def));
        defined.insert(term.to_owned(), true);
        Ok(())
    }

    fn expand_iri_local(
        &mut self,
        value: &str,
        vocab: bool,
        local: &Map<String, Value>,
        defined: &mut FastMap<String, bool>,
        depth: usize,
        static_map: Option<&'static Map<String, Value>>,
    ) -> Result<Option<String>, Fault> {
        if local.contains_key(value) && defined.get(value) != Some(&true) {
            self.define(local, value, defined, false, false, depth + 1, static_map)?;
        }
        if let Some((prefix, _)) = value.split_once(':') {
            if local.contains_key(prefix) && defined.get(prefix) != Some(&true) {
                self.define(local, prefix, defined, false, false, depth + 1, static_map)?;
            }
        }
        self.expand_iri(value, vocab, None)
    }

    /// IRI Expansion (§5.2.2). `None` when the value maps to null. Relative IRIs come back
    /// unchanged (the base IRI is null in Data Integrity), so callers can see they are not absolute.
    pub fn expand_iri(
        &self,
        value: &str,
        vocab: bool,
        _document_relative: Option<()>,
    ) -> Result<Option<String>, Fault> {
        if is_keyword(value) {
            return Ok(Some(value.to_owned()));
        }
        if looks_like_keyword(value) {
            return Ok(None);
        }
        if let Some(alias) = self
            .terms
            .get(value)
            .and_then(|d| d.iri.as_deref())
            .filter(|i| is_keyword(i))
        {
            return Ok(Some(alias.to_owned()));
        }
        if vocab {
            if let Some(def) = self.terms.get(value) {
                return Ok(def.iri.clone());
            }
        }
        if let Some((prefix, suffix)) = value.split_once(':').filter(|(p, _)| !p.is_empty()) {
            if prefix == "_" || suffix.starts_with("//") {
                return Ok(Some(value.to_owned()));
            }
            if let Some(def) = self.terms.get(prefix) {
                if let (Some(iri), true) = (&def.iri, def.prefix) {
                    return Ok(Some(format!("{iri}{suffix}")));
                }
            }
            if is_absolute_iri(value) {
                return Ok(Some(value.to_owned()));
            }
        }
        if vocab {
            if let Some(v) = &self.vocab {
                return Ok(Some(format!("{v}{value}")));
            }
        }
        Ok(Some(value.to_owned()))
    }
}

/// The core module (no `ecdsa-rsa`) keeps only the URLs of the contexts the full module bundles,
/// and asks for the full module when a JSON-LD proof needs one. The full module's side is
/// `tests/contexts.rs`. Runs with `cargo test --lib --no-default-features` only where the
/// crate's dev-dependency on itself says `default-features = false`: as it stands it turns the
/// default features back on for every test build (run that way, in a copy, for issue 17).
#[cfg(all(test, not(feature = "ecdsa-rsa")))]
mod core_tests {
    #![allow(clippy::unwrap_used, clippy::panic)]

    use super::*;
    use crate::canon::jsonld::to_dataset;

    #[test]
    fn a_context_only_the_full_module_bundles_is_module_needed() {
        assert!(!FULL_ONLY.is_empty());
        for (url, text) in FULL_ONLY {
            assert!(text.is_empty(), "{url}: the core module carries no text");
            assert!(is_bundled(url) && full_only(url), "{url}");
            let doc = serde_json::json!({
                "@context": ["https://www.w3.org/ns/credentials/v2", url],
                "name": "x"
            });
            let err = to_dataset(&doc).unwrap_err();
            assert_eq!(err.code, Code::ModuleNeeded, "{url}: {err:?}");
        }
        // Nested in a bundled context (the VC 1.1 examples context lists ODRL): the same.
        let doc = serde_json::json!({
            "@context": ["https://www.w3.org/2018/credentials/v1", "https://www.w3.org/2018/credentials/examples/v1"],
            "type": "VerifiableCredential"
        });
        assert_eq!(to_dataset(&doc).unwrap_err().code, Code::ModuleNeeded);
        // Any other unknown context stays unknown.
        let doc = serde_json::json!({"@context": "https://example.org/not-bundled/v1", "name": "x"});
        assert_eq!(
            to_dataset(&doc).unwrap_err().code,
            Code::JsonldUnknownContext
        );
        assert!(!full_only("https://example.org/not-bundled/v1"));
    }
}
