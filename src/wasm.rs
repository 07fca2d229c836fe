//! The thin wasm-bindgen layer: decode the input, call the core, encode the result. No business
//! rules here. The report crosses as JSON text and is turned into a plain object by `JSON.parse`,
//! which is smaller than a serde-to-JsValue bridge and as fast.

use wasm_bindgen::prelude::*;

use crate::{Config, Timestamp, Verdict, Verifier};

/// A configured verifier (`new Verifier(configJson)`); the npm package wraps it.
#[wasm_bindgen(js_name = Verifier)]
pub struct WasmVerifier {
    inner: Verifier,
}

#[wasm_bindgen(js_class = Verifier)]
impl WasmVerifier {
    /// Builds a verifier from a JSON configuration string. Throws on bad configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(config_json: &str) -> Result<WasmVerifier, JsError> {
        Config::from_json(config_json)
            .and_then(Verifier::new)
            .map(|inner| WasmVerifier { inner })
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Verifies `bytes` at `now_ms` (milliseconds since the epoch) and returns the report object.
    pub fn verify(&self, bytes: &[u8], now_ms: f64) -> Result<JsValue, JsError> {
        let now = Timestamp::from_unix_millis(now_ms)
            .ok_or_else(|| JsError::new("now is not a valid time"))?;
        js_sys::JSON::parse(&self.inner.verify(bytes, now).to_json())
            .map_err(|_| JsError::new("the report could not be encoded"))
    }
}

/// The words for a check code in `lang` (`nl` or `en`); empty for an unknown code.
#[wasm_bindgen]
pub fn describe(code: &str, lang: &str) -> String {
    crate::codes::code_from_str(code)
        .map(|c| c.describe(lang))
        .unwrap_or("")
        .to_owned()
}

/// The headline for a verdict in `lang`; empty for an unknown verdict.
#[wasm_bindgen]
pub fn headline(verdict: &str, lang: &str) -> String {
    Verdict::from_name(verdict)
        .map(|v| v.headline(lang))
        .unwrap_or("")
        .to_owned()
}

/// The version of the Keurmerk core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The catalogue of words for the EU descriptors (elements and controlled values, English and
/// Dutch) as JSON: `{"elements": {key: {"en", "nl"}}, "concepts": {element: {key: {"en", "nl"}}},
/// "order": [elements in Annex I order], "mandatory": [...]}`.
#[wasm_bindgen]
pub fn labels() -> String {
    let mut c = crate::descriptors::vocab::catalogue();
    if let serde_json::Value::Object(m) = &mut c {
        let all: Vec<serde_json::Value> = crate::descriptors::MANDATORY
            .iter()
            .chain(crate::descriptors::OPTIONAL)
            .map(|k| serde_json::Value::from(*k))
            .collect();
        let mandatory: Vec<serde_json::Value> = crate::descriptors::MANDATORY
            .iter()
            .map(|k| serde_json::Value::from(*k))
            .collect();
        m.insert("order".to_owned(), serde_json::Value::Array(all));
        m.insert("mandatory".to_owned(), serde_json::Value::Array(mandatory));
    }
    c.to_string()
}
