//! What a [`Verifier`](crate::Verifier) is configured with: documents, trust lists and anchors,
//! language and [`Policy`]; and the JSON form the JS API passes.

use serde_json::Value;

use crate::codes::Fault;
use crate::policy::Policy;

/// A document the host makes available offline: a DID document, key document or controller
/// document (and, later, status-list credentials), under the URL or DID it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The URL or DID it is the document of; `None` to use the document's own `id`.
    pub url: Option<String>,
    /// The document's bytes (JSON).
    pub bytes: Vec<u8>,
}

/// Everything a [`Verifier`](crate::Verifier) is configured with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// Documents available offline (`--document`, JS `documents`).
    pub documents: Vec<Document>,
    /// URLs for which the host's resolver got 410 Gone (`--gone`, JS `gone`): an Open Badges 2.0
    /// issuer's answer for a revoked hosted badge.
    pub gone: Vec<String>,
    /// Signed trust lists (`--trust-list`, JS `trustLists`), JSON bytes.
    pub trust_lists: Vec<Vec<u8>>,
    /// Operator keys a trust list must be signed by (`--trust-anchor`, JS `trustAnchors`):
    /// `z6Mk…` or `did:key:z6Mk…`.
    pub trust_anchors: Vec<String>,
    /// Language for names taken from trust lists (`nl`, `en`). Defaults to English.
    pub lang: Option<String>,
    /// What is accepted.
    pub policy: Policy,
}

/// Misuse of the API: bad configuration. (A bad *credential* is a [`Report`](crate::Report), never an error.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// A supplied document could not be read.
    Document {
        /// The URL it was given under, if any.
        url: Option<String>,
        /// Why.
        fault: Fault,
    },
    /// A configuration object could not be read (JS configuration).
    Syntax(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Document {
                url: Some(u),
                fault,
            } => write!(f, "document for {u}: {fault}"),
            Self::Document { url: None, fault } => write!(f, "document: {fault}"),
            Self::Syntax(s) => write!(f, "configuration: {s}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the JSON configuration the JS API passes:
    /// `{"documents": {"<url>": <document JSON or text>}, "trustLists": [..], "policy": {"requireStatus": bool}}`.
    ///
    /// # Errors
    /// [`ConfigError::Syntax`].
    pub fn from_json(json: &str) -> Result<Self, ConfigError> {
        // Read by hand from a `Value`: serde's derive would pull in its float formatting for error
        // messages (see `docs/decisions.md`, "Size").
        fn syntax(what: &str) -> ConfigError {
            ConfigError::Syntax(what.to_owned())
        }
        fn strings(v: &Value, what: &str) -> Result<Vec<String>, ConfigError> {
            let items = v
                .as_array()
                .ok_or_else(|| syntax(&format!("{what} must be an array")))?;
            items
                .iter()
                .map(|s| {
                    s.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| syntax(&format!("{what} must hold strings")))
                })
                .collect()
        }
        fn flag(v: &Value, what: &str) -> Result<bool, ConfigError> {
            v.as_bool()
                .ok_or_else(|| syntax(&format!("policy.{what} must be true or false")))
        }
        let js: Value = serde_json::from_str(json).map_err(|e| {
            ConfigError::Syntax(format!(
                "not JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        })?;
        let Value::Object(js) = js else {
            return Err(syntax("the configuration must be a JSON object"));
        };
        let mut config = Config::default();
        for (key, v) in &js {
            match key.as_str() {
                "documents" => {
                    let docs = v
                        .as_object()
                        .ok_or_else(|| syntax("documents must be an object of URL to text"))?;
                    for (url, text) in docs {
                        let text = text.as_str().ok_or_else(|| {
                            syntax(&format!("documents[{url:?}] must be a string"))
                        })?;
                        config.documents.push(Document {
                            url: Some(url.clone()),
                            bytes: text.as_bytes().to_vec(),
                        });
                    }
                }
                "trustLists" => {
                    config.trust_lists = strings(v, key)?
                        .into_iter()
                        .map(String::into_bytes)
                        .collect();
                }
                "trustAnchors" => config.trust_anchors = strings(v, key)?,
                "gone" => config.gone = strings(v, key)?,
                "lang" if v.is_null() => {}
                "lang" => {
                    config.lang = Some(
                        v.as_str()
                            .ok_or_else(|| syntax("lang must be a string"))?
                            .to_owned(),
                    );
                }
                "policy" => {
                    let p = v
                        .as_object()
                        .ok_or_else(|| syntax("policy must be an object"))?;
                    for (k, flag_value) in p {
                        match k.as_str() {
                            "requireStatus" => {
                                config.policy.require_status = flag(flag_value, k)?;
                            }
                            "allowUndefinedTerms" => {
                                config.policy.allow_undefined_terms = flag(flag_value, k)?;
                            }
                            other => {
                                return Err(syntax(&format!("unknown field `policy.{other}`")))
                            }
                        }
                    }
                }
                other => return Err(syntax(&format!("unknown field `{other}`"))),
            }
        }
        Ok(config)
    }
}
