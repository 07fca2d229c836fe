//! The thin wasm-bindgen layer: decode the input, call the core, encode the result. No business
//! rules here. The report crosses as JSON text and is turned into a plain object by `JSON.parse`,
//! which is smaller than a serde-to-JsValue bridge and as fast. The signatures the platform checks
//! (`verifyDeferred`) cross as objects holding `Uint8Array`s: their bytes never go through text.

use js_sys::{Array, Object, Reflect, Uint8Array};
use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::codes::{Code, Fault};
use crate::crypto::{Deferred, PublicKey, SignatureCheck};
use crate::{Config, Timestamp, Verifier};

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
    /// Signatures other than Ed25519 are reported `signature_not_checked` (`verifyDeferred` has the
    /// platform check them).
    pub fn verify(&self, bytes: &[u8], now_ms: f64) -> Result<JsValue, JsError> {
        report(&self.inner.verify(bytes, instant(now_ms)?).to_json())
    }

    /// One pass of the two-pass verification (`Deferred`): verifies `bytes` at `now_ms` with the
    /// host's `answers_json` (`[{id, result: "valid" | "invalid" | "key_invalid" | "unavailable",
    /// detail?}]`) and returns `{report, asked}`. `asked` lists the signatures still without an
    /// answer, `{id, alg, key, message, signature}`: `id` is the check's digest in hex, `key` is
    /// `{kty: "EC", crv, sec1}`, `{kty: "RSA", n, e}` or `{kty: "OKP", crv: "Ed25519", x}`, and every
    /// byte string is a `Uint8Array`. When `asked` is empty the report is final.
    #[cfg(feature = "ecdsa-rsa")]
    #[wasm_bindgen(js_name = verifyDeferred)]
    pub fn verify_deferred(
        &self,
        bytes: &[u8],
        now_ms: f64,
        answers_json: &str,
    ) -> Result<JsValue, JsError> {
        let now = instant(now_ms)?;
        let mut deferred = Deferred::new();
        let answers: Value = serde_json::from_str(answers_json)
            .map_err(|e| JsError::new(&format!("answers: {e}")))?;
        for a in answers.as_array().into_iter().flatten() {
            let (digest, result) = answer(a)?;
            deferred.answer_digest(digest, result);
        }
        let report = report(&self.inner.verify_with(bytes, now, &deferred).to_json())?;
        let asked: Array = deferred.asked().iter().map(asked).collect();
        Ok(object(&[("report", report), ("asked", asked.into())]))
    }
}

/// Whether the recipient of a report (`report.recipient`, as JSON) is `identity`: `true`, `false`,
/// or `undefined` when it cannot be told (an md5 hash, a malformed recipient). Computed here; the
/// identity goes nowhere.
#[cfg(feature = "ecdsa-rsa")]
#[wasm_bindgen(js_name = recipientMatches)]
pub fn recipient_matches(recipient_json: &str, identity: &str) -> Option<bool> {
    let stated: Value = serde_json::from_str(recipient_json).ok()?;
    let mut doc = serde_json::Map::new();
    doc.insert("recipient".to_owned(), stated);
    crate::Recipient::of(&doc)?.matches(identity)
}

fn instant(now_ms: f64) -> Result<Timestamp, JsError> {
    Timestamp::from_unix_millis(now_ms).ok_or_else(|| JsError::new("now is not a valid time"))
}

fn report(json: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new("the report could not be encoded"))
}

#[cfg(feature = "ecdsa-rsa")]
/// A host's answer `{id, result, detail?}` as the digest it answers and the provider's result.
fn answer(a: &Value) -> Result<([u8; 32], Result<(), Fault>), JsError> {
    let id = a["id"].as_str().unwrap_or_default();
    let digest = unhex(id).ok_or_else(|| JsError::new(&format!("answer id {id}")))?;
    let result = a["result"].as_str().unwrap_or_default();
    let code = match result {
        "valid" => return Ok((digest, Ok(()))),
        "invalid" => Code::SignatureInvalid,
        "key_invalid" => Code::KeyInvalid,
        "unavailable" => Code::SignatureNotChecked,
        _ => return Err(JsError::new(&format!("answer result {result}"))),
    };
    // A line of ours (Keurmerk's WebCrypto answerer), else the host's own words, else the default.
    let fault = match (platform_line(a), a["detail"].as_str()) {
        (Some(facts), _) => crate::lines::fault(code, facts),
        (None, Some(detail)) => Fault::new(code, detail),
        (None, None) => crate::lines::fault(code, crate::lines::signature_host_answered()),
    };
    Ok((digest, Err(fault)))
}

#[cfg(feature = "ecdsa-rsa")]
/// The line an answer of `pkg/webcrypto.js` names (`line`, `args`), if it is one of its lines.
fn platform_line(a: &Value) -> Option<crate::lines::Facts> {
    use crate::lines;
    let arg = |name: &str| {
        let v = a.get("args").and_then(|args| args.get(name));
        v.and_then(Value::as_str).unwrap_or_default().to_owned()
    };
    Some(match a.get("line").and_then(Value::as_str)? {
        "webcrypto_insecure" => lines::webcrypto_insecure(),
        "webcrypto_missing" => lines::webcrypto_missing(),
        "webcrypto_not_for_key" => lines::webcrypto_not_for_key(arg("alg"), arg("key")),
        "webcrypto_not_verified" => lines::webcrypto_not_verified(arg("alg")),
        "webcrypto_failed" => lines::webcrypto_failed(arg("alg"), arg("error")),
        "webcrypto_off_curve" => lines::webcrypto_off_curve(arg("curve")),
        "webcrypto_not_offered" => lines::webcrypto_not_offered(arg("alg"), arg("error")),
        "webcrypto_key_refused" => lines::webcrypto_key_refused(arg("key"), arg("error")),
        _ => return None,
    })
}

#[cfg(feature = "ecdsa-rsa")]
/// 64 hexadecimal digits as 32 bytes.
fn unhex(id: &str) -> Option<[u8; 32]> {
    let nibble = |c: u8| (c as char).to_digit(16);
    let mut out = [0; 32];
    if id.len() != 64 {
        return None;
    }
    for (byte, pair) in out.iter_mut().zip(id.as_bytes().chunks(2)) {
        let (hi, lo) = (nibble(*pair.first()?)?, nibble(*pair.get(1)?)?);
        *byte = u8::try_from(hi * 16 + lo).ok()?;
    }
    Some(out)
}

#[cfg(feature = "ecdsa-rsa")]
/// A check the platform is asked to verify, as `verifyDeferred` describes it.
fn asked(check: &SignatureCheck) -> JsValue {
    let bytes = |b: &[u8]| JsValue::from(Uint8Array::from(b));
    let key = match &check.key {
        PublicKey::Ed25519(x) => object(&[
            ("kty", "OKP".into()),
            ("crv", "Ed25519".into()),
            ("x", bytes(x)),
        ]),
        PublicKey::P256(p) | PublicKey::P384(p) | PublicKey::Secp256k1(p) => object(&[
            ("kty", "EC".into()),
            ("crv", check.key.key_type().as_str().into()),
            ("sec1", bytes(p)),
        ]),
        PublicKey::Rsa { n, e } => {
            object(&[("kty", "RSA".into()), ("n", bytes(n)), ("e", bytes(e))])
        }
    };
    object(&[
        ("id", crate::encoding::hex(&check.digest()).into()),
        ("alg", check.algorithm.jose_name().into()),
        ("key", key),
        ("message", bytes(&check.message)),
        ("signature", bytes(&check.signature)),
    ])
}

#[cfg(feature = "ecdsa-rsa")]
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (name, value) in fields {
        // Setting a property of a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(name), value);
    }
    o.into()
}

/// The version of the Keurmerk core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
