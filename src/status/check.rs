//! The status stage's checks: one per `credentialStatus` entry. The list is looked up among the
//! supplied documents, verified as a credential by the pipeline itself (passed in as
//! [`Lists::verify_list`], so there is no second path through the stages), required to come from the
//! credential's issuer (or someone a trust list vouches for), then read. A list read once is kept
//! ([`ListCache`]): a batch of credentials naming the same list verifies and inflates it once.

use serde_json::Value;

use crate::codes::{Code, Fault, Outcome, Verdict, WantKind, Wanted};
#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
use crate::limits::MAX_CACHED_STATUS_LISTS;
#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
use crate::time::Timestamp;
use crate::intake;
use crate::keys::Documents;
use crate::parse::{self, Credential};
use crate::proof::Env;
use crate::report::{Check, CheckId, Report};
use crate::lines::{self, Facts};
use crate::status::{self, token_status_list, Entry, Kind, ListEntry};

/// What the status stage needs from the verifier.
pub struct Lists<'a> {
    /// The documents the host supplied (status lists are among them, by URL).
    pub docs: &'a Documents,
    /// Verifies a status-list credential with the same pipeline (without looking up its own status).
    pub verify_list: &'a dyn Fn(&[u8]) -> Report,
    /// Whether a loaded trust list vouches for this signer.
    pub vouches_for: &'a dyn Fn(&str) -> bool,
    /// The proof stage's environment (policy, documents, `now`, crypto): a Token Status List is a
    /// JWT verified with the same key discovery as a credential's.
    pub env: &'a Env<'a>,
    /// Lists already read by this verifier.
    pub cache: &'a ListCache,
}

#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
/// What identifies one reading of a list: the supplied document (by its place in the verifier's
/// own store, which is fixed for the verifier's life), the time of verification, the kind and the
/// purpose asked for.
type ListKey = (usize, Timestamp, Kind, String);

/// A list as read: its bits, its signer and its subject's status messages.
type ListRead = (Vec<u8>, Option<String>, Option<Value>);

/// A list as read, shared by the cache.
#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
type Read = std::sync::Arc<ListRead>;

/// Status lists already read, by document, time of verification, kind and purpose: their bits
/// and their signer. Only lists that were read are kept, never a failure (a second pass may
/// decide what a first could not), and at most
/// [`MAX_CACHED_STATUS_LISTS`] of them (when full, it starts again). Natively and in the browser's
/// full module, which reads status lists; in the core module (which leaves them to the full one,
/// `module_needed`) an empty placeholder.
#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
#[derive(Debug, Default)]
pub struct ListCache(std::sync::Mutex<Vec<(ListKey, Read)>>);

/// The core module's placeholder (see above).
#[cfg(all(target_arch = "wasm32", not(feature = "ecdsa-rsa")))]
#[derive(Clone, Debug, Default)]
pub struct ListCache {}

/// A clone of a verifier starts with an empty cache: it is only ever a shortcut.
#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
impl Clone for ListCache {
    fn clone(&self) -> Self {
        Self::default()
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
impl ListCache {
    fn get(&self, key: &ListKey) -> Option<Read> {
        let cached = self.0.lock().ok()?;
        cached.iter().find(|(k, _)| k == key).map(|(_, v)| Read::clone(v))
    }

    fn put(&self, key: ListKey, value: Read) {
        if let Ok(mut cached) = self.0.lock() {
            if cached.len() >= MAX_CACHED_STATUS_LISTS {
                cached.clear();
            }
            cached.push((key, value));
        }
    }
}

/// One check per status entry of `cred` (one `status_none` check when it has none).
pub fn checks(cred: &Credential, lists: &Lists<'_>) -> Vec<Check> {
    // A JWT or SD-JWT VC names its status in the `status` claim (a Token Status List the issuer
    // publishes); a credential may also have `credentialStatus` entries.
    let mut checks: Vec<Check> = token_status(cred, lists).into_iter().collect();
    let entries = match status::entries(cred) {
        Ok(e) if e.is_empty() && !checks.is_empty() => return checks,
        Ok(e) if e.is_empty() => {
            return vec![Check::said(
                CheckId::Status,
                Code::StatusNone,
                lines::status_none(),
            )]
        }
        Ok(e) => e,
        Err(f) => {
            checks.push(Check::from_fault(CheckId::Status, f));
            return checks;
        }
    };
    for entry in entries {
        match entry {
            Entry::Unsupported(t) => checks.push(Check::said(
                CheckId::Status,
                Code::StatusTypeUnsupported,
                lines::status_type_unsupported(t),
            )),
            Entry::RevocationList { list } => checks.push(revocation_list(cred, &list, lists)),
            Entry::List(entry) => checks.extend(list_entry(cred, &entry, lists)),
        }
    }
    checks
}

/// The check of a `status` claim: a Token Status List lookup, or "not checked" for a status
/// mechanism other than `status_list` (never "no way to revoke").
fn token_status(cred: &Credential, lists: &Lists<'_>) -> Option<Check> {
    let status = token_status_list::status_claim(cred)?;
    let Some(reference) = token_status_list::reference(status) else {
        let named: Vec<&str> = status
            .as_object()
            .map(|m| m.keys().map(String::as_str).take(4).collect())
            .unwrap_or_default();
        return Some(Check::said(
            CheckId::Status,
            Code::StatusTypeUnsupported,
            lines::status_mechanism_unsupported(format!("{named:?}")),
        ));
    };
    Some(
        match reference.and_then(|r| token_status_list::look_up(cred, r, lists)) {
            Ok(found) => found.check(),
            Err(f) => Check::from_fault(CheckId::Status, f),
        },
    )
}

/// Whether the status could not be established (what `Policy::require_status` refuses): some
/// status check was not made (`status_list_invalid` is one of those).
pub fn unknown(checks: &[Check]) -> bool {
    checks
        .iter()
        .any(|c| c.id == CheckId::Status && c.outcome == Outcome::NotChecked)
}

fn unavailable(facts: Facts, url: &str) -> Check {
    Check {
        wants: Some(Wanted {
            url: url.to_owned(),
            kind: WantKind::Status,
        }),
        ..Check::said(CheckId::Status, Code::StatusListUnavailable, facts)
    }
}

fn list_entry(cred: &Credential, entry: &ListEntry, lists: &Lists<'_>) -> Vec<Check> {
    let ListEntry { kind, ref purpose, index, size, list: ref url, .. } = *entry;
    let Some(doc) = lists.docs.get(url) else {
        return vec![unavailable(lines::status_list_missing(url), url)];
    };
    // Reading a list (inflate, bitstrings, the list's own verification) is in the full module,
    // which the npm package loads when a credential's list was supplied (like a Token Status
    // List's, `token_status_list::look_up`): the core, which every page loads, stays smaller.
    if !cfg!(feature = "ecdsa-rsa") {
        return vec![Check::from_fault(
            CheckId::Status,
            crate::lines::module_needed("credentialStatus"),
        )];
    }
    let about = |f: Fault| {
        Check::from_fault(
            CheckId::Status,
            Fault { wants: None, named: None, ..f.about(url) },
        )
    };
    let (read, foreign) = match read_list(cred, url, doc, kind, purpose, lists) {
        Ok(x) => x,
        Err(f) => return vec![about(f)],
    };
    let (bits, subject) = (&read.0, &read.2);
    let mut checks = Vec::new();
    // The specification's minimum is 16 KB of bits, whatever the entry size.
    let (entries, minimum) = (bits.len() * 8 / size as usize, status::MIN_LIST_BITS / size as usize);
    if entries < minimum {
        checks.push(Check::said(
            CheckId::Status,
            Code::StatusListShort,
            lines::status_list_short(url, entries, minimum),
        ));
    }
    let set = || lines::status_entry_set(index, url);
    checks.push(match status::entry_value(bits, index, size) {
        Err(f) => about(f),
        Ok(v) if v != 0 && purpose == "revocation" => {
            Check::said(CheckId::Status, Code::StatusRevoked, set())
        }
        Ok(v) if v != 0 && purpose == "suspension" => {
            Check::said(CheckId::Status, Code::StatusSuspended, set())
        }
        // A list signed by someone else can show a revocation (the issuer named it in the signed
        // credential) but cannot rule one out: a substitute could hide it.
        Ok(_) if foreign.is_some() => Check::said(
            CheckId::Status,
            Code::StatusListForeignIssuer,
            lines::status_list_foreign(url, foreign.unwrap_or_default(), purpose.as_str()),
        ),
        Ok(v) => Check::said(
            CheckId::Status,
            if purpose == "message" { Code::StatusMessage } else { Code::StatusOk },
            match status::message_for(entry, subject.as_ref(), v) {
                Some(message) => lines::status_entry_message(
                    purpose.as_str(),
                    index,
                    url,
                    format!("0x{v:x}"),
                    message,
                ),
                None => lines::status_entry(purpose.as_str(), index, url, v),
            },
        ),
    });
    checks
}

/// A 1EdTech revocation list is unsigned: whoever supplied it could have edited it. Like a list
/// from another signer, it can show a revocation but not rule one out.
fn revocation_list(cred: &Credential, url: &str, lists: &Lists<'_>) -> Check {
    let Some(doc) = lists.docs.get(url) else {
        return unavailable(lines::revocation_list_missing(url), url);
    };
    let id = cred
        .doc
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !id.is_empty() && status::revocation_list_names(doc, id) {
        Check::said(
            CheckId::Status,
            Code::StatusRevoked,
            lines::revocation_list_names(url, id),
        )
    } else {
        Check::said(
            CheckId::Status,
            Code::StatusListUnsigned,
            lines::revocation_list_unsigned(url),
        )
    }
}

/// The list as read, and `Some(signer)` when the list comes from someone other than the
/// credential's issuer whom no trust list vouches for.
fn read_list(
    cred: &Credential,
    _url: &str,
    doc: &Value,
    kind: Kind,
    purpose: &str,
    lists: &Lists<'_>,
) -> Result<(ListRead, Option<String>), Fault> {
    #[cfg(any(not(target_arch = "wasm32"), feature = "ecdsa-rsa"))]
    let read = {
        let key = (std::ptr::from_ref(doc) as usize, lists.env.now, kind, purpose.to_owned());
        let read = match lists.cache.get(&key) {
            Some(read) => read,
            None => {
                let read = Read::new(verified_bits(doc, kind, purpose, lists)?);
                lists.cache.put(key, Read::clone(&read));
                read
            }
        };
        Read::unwrap_or_clone(read)
    };
    #[cfg(all(target_arch = "wasm32", not(feature = "ecdsa-rsa")))]
    let read = verified_bits(doc, kind, purpose, lists)?;
    let signer = &read.1;
    let foreign = (*signer != cred.issuer_id).then(|| signer.clone().unwrap_or_default());
    let foreign = foreign.filter(|s| !(lists.vouches_for)(s));
    Ok((read, foreign))
}

/// The list verified as a credential, then its bits for `purpose`, its signer and its messages.
#[inline]
fn verified_bits(
    doc: &Value,
    kind: Kind,
    purpose: &str,
    lists: &Lists<'_>,
) -> Result<ListRead, Fault> {
    let invalid = |d: String| Fault::new(Code::StatusListInvalid, d);
    let bytes = serde_json::to_vec(doc).map_err(|e| invalid(e.to_string()))?;
    let report = (lists.verify_list)(&bytes);
    if !matches!(report.verdict, Verdict::Verified | Verdict::IssuerUnknown) {
        // Why, as the list's own deciding check says it: its facts (the wasm has no words to
        // write them into a sentence here), else its line.
        let verdict = report.verdict.as_str();
        let mut facts = match report.deciding_check() {
            Some(c) if c.facts.is_none() => lines::status_list_rejected_as(verdict, &c.detail),
            _ => lines::status_list_rejected(verdict),
        };
        facts.then = report.deciding_check().and_then(|c| c.facts.clone());
        return Err(lines::fault(Code::StatusListInvalid, facts));
    }
    let list = intake::read(&bytes)
        .and_then(parse::credential)
        .map_err(|f| Fault { code: Code::StatusListInvalid, ..f })?;
    let (bits, messages) = status::read_bits(&list, kind, purpose)?;
    Ok((bits, list.issuer_id.clone(), messages))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use std::cell::Cell;

    use super::*;
    use crate::crypto::Native;
    use crate::policy::Policy;
    use crate::{Config, Document, Verifier};

    fn own(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/vectors/own/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).expect(&path)
    }

    /// A batch naming one list verifies and inflates it once; each credential still gets its own
    /// entry's answer; another `now` reads the list again.
    #[test]
    fn a_list_is_read_once_per_verifier_and_time() {
        let url = "https://status.roc-voorbeeldstad.example/lists/status-list-revocation.json";
        let list = own("status-list-revocation.json");
        let mut docs = Documents::new();
        docs.insert(Some(url), serde_json::from_slice(&list).unwrap()).unwrap();
        let pipeline = Verifier::new(Config {
            documents: vec![Document { url: Some(url.to_owned()), bytes: list }],
            ..Config::default()
        })
        .unwrap();
        let (cache, reads, policy) = (ListCache::default(), Cell::new(0), Policy::default());
        let run = |name: &str, now: Timestamp| {
            let trust = crate::trust::TrustStore::default();
            let env = Env { policy: &policy, docs: &docs, now, crypto: &Native, qualified: &trust };
            let lists = Lists {
                docs: &docs,
                verify_list: &|bytes| {
                    reads.set(reads.get() + 1);
                    pipeline.verify(bytes, now)
                },
                vouches_for: &|_| false,
                env: &env,
                cache: &cache,
            };
            let cred = intake::read(&own(name)).and_then(parse::credential).unwrap();
            checks(&cred, &lists).iter().map(|c| c.code).collect::<Vec<_>>()
        };
        let now = Timestamp::parse("2026-11-22T00:00:00Z").unwrap().0;
        for _ in 0..3 {
            assert_eq!(run("status-revoked.json", now), [Code::StatusRevoked]);
            assert_eq!(run("status-not-revoked.json", now), [Code::StatusOk]);
        }
        assert_eq!(reads.get(), 1, "verified once for six credentials");
        let later = Timestamp::parse("2026-11-23T00:00:00Z").unwrap().0;
        assert_eq!(run("status-revoked.json", later), [Code::StatusRevoked]);
        assert_eq!(reads.get(), 2, "read again for another time of verification");
    }
}
