//! Stage 7, trust: signed issuer trust lists (`docs/trust-list.md`) that the host loads, each
//! verified against the operator keys it pins. Who vouches for the issuer, for what, and since when.

#[cfg(all(feature = "import", not(target_arch = "wasm32")))]
pub mod import;
pub mod list;
#[cfg(feature = "ecdsa-rsa")]
pub mod seal;

use serde_json::Value;

use crate::codes::{Code, Fault};
use crate::lines;
use crate::crypto::PublicKey;
use crate::encoding::ed25519_multikey_decode;
use crate::parse::{as_list, Credential};
use crate::report::{Check, CheckId, IssuerSummary, TrustedBy};
use crate::time::Timestamp;

pub use crate::keys::CertificatePin;
pub use list::{Entity, EntityStatus, Programme, Service, TrustList};

/// The trust lists a verifier uses: those whose signature verified against an anchor, the newest
/// per operator; and why any others were set aside.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustStore {
    /// Accepted lists.
    pub lists: Vec<TrustList>,
    /// Why each rejected list was rejected ([`Code::TrustListRejected`]).
    pub rejected: Vec<Fault>,
}

/// Reads a trust anchor: `z6Mk…` or `did:key:z6Mk…`.
///
/// # Errors
/// [`Code::KeyInvalid`] for anything else.
pub fn anchor(text: &str) -> Result<[u8; 32], Fault> {
    let mb = text.strip_prefix("did:key:").unwrap_or(text);
    let mb = mb.split('#').next().unwrap_or(mb);
    ed25519_multikey_decode(mb).map_err(|_| {
        // English in every build: a bad anchor is the host's misuse, thrown by the npm package
        // as this text (a report's facts have no way there).
        Fault::new(
            Code::KeyInvalid,
            format!("trust anchor {text:?} is not an Ed25519 public key (z6Mk…)"),
        )
    })
}

impl crate::proof::Qualified for TrustStore {
    fn time_stamping(
        &self,
        tsa: &[u8],
        carried: &[Vec<u8>],
        at: Timestamp,
        crypto: &dyn crate::crypto::Provider,
    ) -> bool {
        #[cfg(feature = "ecdsa-rsa")]
        return seal::qualified_tsa(self, tsa, carried, at, crypto);
        #[cfg(not(feature = "ecdsa-rsa"))]
        {
            let _ = (tsa, carried, at, crypto);
            false
        }
    }
}

impl TrustStore {
    /// Verifies each list against `anchors` and drops rollbacks (a lower `sequenceNumber` than
    /// another list of the same operator).
    pub fn load(lists: &[Vec<u8>], anchors: &[[u8; 32]]) -> Self {
        let mut store = Self::default();
        let mut accepted: Vec<TrustList> = Vec::new();
        for (i, bytes) in lists.iter().enumerate() {
            if anchors.is_empty() {
                store.rejected.push(lines::fault(
                    Code::TrustListRejected,
                    lines::trust_list_unanchored(i + 1),
                ));
                continue;
            }
            match list::verify(bytes, anchors) {
                Ok(l) => accepted.push(l),
                Err(f) => store
                    .rejected
                    .push(list::rejected(lines::trust_list_numbered(i + 1), f)),
            }
        }
        for l in &accepted {
            let newest = accepted
                .iter()
                .filter(|o| o.operator_id == l.operator_id)
                .map(|o| o.sequence)
                .max()
                .unwrap_or(0);
            if l.sequence < newest {
                store.rejected.push(lines::fault(
                    Code::TrustListRejected,
                    lines::trust_list_rollback(&l.name, l.sequence, newest),
                ));
            } else {
                match store
                    .lists
                    .iter()
                    .find(|o| o.operator_id == l.operator_id && o.sequence == l.sequence)
                {
                    None => store.lists.push(l.clone()),
                    Some(o) if o.signature == l.signature => {} // the same list twice
                    Some(o) => store.rejected.push(lines::fault(
                        Code::TrustListRejected,
                        lines::trust_list_same_sequence(&l.name, l.sequence, &o.name),
                    )),
                }
            }
        }
        store
    }

    /// Whether an accepted list vouches for `id` at `at`.
    pub fn vouches_for(&self, id: &str, at: Timestamp) -> bool {
        self.lists
            .iter()
            .flat_map(|l| l.entities.iter())
            .any(|e| e.is(id) && e.status_at(at) == Some(EntityStatus::Granted))
    }

    /// X.509 certificates the lists pin: (pin, the entity's id).
    pub fn pinned_certificates(&self) -> impl Iterator<Item = (&CertificatePin, &str)> {
        self.lists.iter().flat_map(|l| {
            l.entities
                .iter()
                .flat_map(|e| e.certificates.iter().map(move |c| (c, e.id.as_str())))
        })
    }

    /// Verification methods the lists pin: (id, key, controller).
    pub fn pinned_keys(&self) -> impl Iterator<Item = (&str, &PublicKey, &str)> {
        self.lists.iter().flat_map(|l| {
            l.entities.iter().flat_map(|e| {
                e.keys
                    .iter()
                    .map(move |(vm, k)| (vm.as_str(), k, e.id.as_str()))
            })
        })
    }

    /// What every trust judgement starts with: the rejected lists, the stale ones, and — when no
    /// list is usable — [`Code::TrustNoLists`].
    pub fn list_checks(&self, now: Timestamp) -> Vec<Check> {
        let mut checks: Vec<Check> = self
            .rejected
            .iter()
            .map(|f| Check::from_fault(CheckId::Trust, f.clone()))
            .collect();
        for l in self.lists.iter().filter(|l| now > l.next_update) {
            checks.push(Check::said(
                CheckId::Trust,
                Code::TrustListStale,
                lines::trust_list_stale(&l.name, l.sequence, l.next_update),
            ));
        }
        if self.lists.is_empty() {
            let facts = if self.rejected.is_empty() {
                lines::trust_no_lists()
            } else {
                lines::trust_no_usable_lists()
            };
            checks.push(Check::said(CheckId::Trust, Code::TrustNoLists, facts));
        }
        checks
    }

    /// The trust checks of a sealed (JAdES) credential ([`seal`]), whose seal verified unless
    /// `bound` (the seal's certificate line) was not reached, filling its `summary` with what the
    /// lists say; `None` for any other credential, and always in the core module (no seals).
    pub fn seal_checks(
        &self,
        cred: &Credential,
        bound: &Check,
        (now, crypto): (Timestamp, &dyn crate::crypto::Provider),
        summary: Option<&mut crate::report::SealSummary>,
    ) -> Option<Vec<Check>> {
        #[cfg(feature = "ecdsa-rsa")]
        if let crate::parse::Securing::Jades(jws) = &cred.securing {
            let sealed = bound.code != Code::NotReached;
            return Some(seal::judge(jws, self, sealed, (now, crypto), summary));
        }
        let _ = (cred, bound, now, crypto, summary);
        None
    }

    #[cfg(feature = "ecdsa-rsa")]
    /// The EU trust service of type `kind` (`CA/QC`, `TSA/QTST`) whose certificate has the
    /// subject public key info `spki` (DER), and the list that carries it.
    pub fn service(&self, kind: &str, spki: &[u8]) -> Option<(&TrustList, &Entity)> {
        use sha2::Digest as _;
        let hash = sha2::Sha256::digest(spki);
        self.lists.iter().find_map(|l| {
            l.entities
                .iter()
                .find(|e| {
                    e.service.as_ref().is_some_and(|s| s.kind == kind)
                        && e.certificates
                            .iter()
                            .any(|p| p.spki && p.sha256.as_slice() == hash.as_slice())
                })
                .map(|e| (l, e))
        })
    }

    /// The trust checks for a credential whose signature and key binding passed, and what the
    /// lists say about its issuer (filled into `issuer`).
    pub fn judge(
        &self,
        cred: &Credential,
        issuer: &mut IssuerSummary,
        now: Timestamp,
        lang: &str,
    ) -> Vec<Check> {
        let mut checks = self.list_checks(now);
        if self.lists.is_empty() {
            return checks;
        }
        let issued = issue_date(cred).unwrap_or(now);
        let mut seen = Vec::new();
        for l in &self.lists {
            for e in l.entities.iter().filter(|e| e.is(&issuer.id)) {
                let status = e.status_at(issued);
                seen.push((l, e, status));
            }
        }
        let vouching: Vec<_> = seen
            .iter()
            .filter(|(_, _, s)| *s == Some(EntityStatus::Granted))
            .collect();
        if let Some((_, first, _)) = vouching.first() {
            issuer.self_asserted_name = issuer.name.take();
            issuer.name = first.name(lang).map(str::to_owned);
            issuer.names = first.names.clone();
            issuer.country = first.country.clone();
            issuer.homepage = first.homepage.clone();
            issuer.name_source = Some("trust_list".to_owned());
            issuer.trusted_by = vouching
                .iter()
                .map(|(l, e, _)| TrustedBy {
                    list: l.name.clone(),
                    operator: l.operator_id.clone(),
                    operator_name: l.operator_name.clone(),
                    sequence: l.sequence,
                    evidence: e.evidence.clone(),
                })
                .collect();
            let by: Vec<String> = vouching
                .iter()
                .map(|(l, _, _)| {
                    format!(
                        "{} ({})",
                        l.name,
                        l.operator_name.as_deref().unwrap_or(&l.operator_id)
                    )
                })
                .collect();
            checks.push(Check::said(
                CheckId::Trust,
                Code::TrustVouched,
                lines::trust_vouched(issued, by.join(", ")),
            ));
            for (_, e, _) in &vouching {
                if let Some(w) = accreditation_warning(e, cred, issued) {
                    checks.push(w);
                }
            }
        } else if let Some((l, _, status)) = seen.first() {
            let facts = match status {
                Some(EntityStatus::Suspended) => lines::trust_suspended(&l.name, issued),
                Some(EntityStatus::Withdrawn) => lines::trust_withdrawn(&l.name, issued),
                _ => lines::trust_not_yet_granted(&l.name, issued),
            };
            checks.push(Check::said(
                CheckId::Trust,
                Code::TrustIssuerNotGranted,
                facts,
            ));
        } else {
            checks.push(Check::said(
                CheckId::Trust,
                Code::TrustIssuerNotListed,
                lines::trust_not_listed(&issuer.id, self.lists.len()),
            ));
        }
        checks
    }
}

/// `validFrom`, else `issuanceDate`.
fn issue_date(cred: &Credential) -> Option<Timestamp> {
    ["validFrom", "issuanceDate"].iter().find_map(|f| {
        cred.doc
            .get(*f)
            .and_then(Value::as_str)
            .and_then(|s| Timestamp::parse(s).ok())
            .map(|(t, _)| t)
    })
}

/// EQF levels the credential states in Open Badges alignments (`targetType` `ext:EQFLevel`, or a
/// `targetFramework` naming EQF), from `targetCode`.
pub fn stated_eqf_levels(cred: &Credential) -> Vec<u32> {
    let mut levels = Vec::new();
    for subject in as_list(cred.doc.get("credentialSubject")) {
        for a in as_list(subject.get("achievement").and_then(|a| a.get("alignment"))) {
            let t = a.get("targetType").and_then(Value::as_str).unwrap_or("");
            let fw = a
                .get("targetFramework")
                .and_then(Value::as_str)
                .unwrap_or("");
            if t == "ext:EQFLevel"
                || fw.to_ascii_uppercase().contains("EQF")
                    && !fw.to_ascii_uppercase().contains("NLQF")
            {
                if let Some(n) = a
                    .get("targetCode")
                    .and_then(Value::as_str)
                    .and_then(|c| c.trim().parse::<u32>().ok())
                {
                    levels.push(n);
                }
            }
        }
    }
    levels
}

/// The achievement identifiers a credential names (`credentialSubject.achievement.id`).
fn achievement_ids(cred: &Credential) -> Vec<&str> {
    as_list(cred.doc.get("credentialSubject"))
        .flat_map(|s| as_list(s.get("achievement")))
        .filter_map(|a| a.get("id").and_then(Value::as_str))
        .collect()
}

fn accreditation_warning(e: &Entity, cred: &Credential, at: Timestamp) -> Option<Check> {
    let in_force: Vec<_> = e
        .accreditations
        .iter()
        .filter(|a| a.framework.eq_ignore_ascii_case("EQF"))
        .filter(|a| {
            a.valid_from.map_or(true, |f| f <= at) && a.valid_until.map_or(true, |u| at <= u)
        })
        .collect();
    if in_force.is_empty() {
        return None;
    }
    // A programme accreditation covers only the achievements the operator mapped to it.
    let ids = achievement_ids(cred);
    let eqf: Vec<_> = in_force
        .iter()
        .filter(|a| {
            a.programmes.is_empty()
                || a.programmes
                    .iter()
                    .any(|p| p.achievements.iter().any(|x| ids.contains(&x.as_str())))
        })
        .collect();
    if eqf.is_empty() {
        return Some(Check::said(
            CheckId::Trust,
            Code::TrustLevelOutsideAccreditation,
            lines::trust_accreditation_programmes(at),
        ));
    }
    let outside: Vec<u32> = stated_eqf_levels(cred)
        .into_iter()
        .filter(|l| !eqf.iter().any(|a| a.levels.contains(l)))
        .collect();
    if outside.is_empty() {
        return None;
    }
    let covered: Vec<String> = eqf
        .iter()
        .flat_map(|a| a.levels.iter().map(u32::to_string))
        .collect();
    Some(Check::said(
        CheckId::Trust,
        Code::TrustLevelOutsideAccreditation,
        lines::trust_accreditation_levels(format!("{outside:?}"), covered.join(", ")),
    ))
}
