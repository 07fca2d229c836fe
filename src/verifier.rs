//! The pipeline: chains the stages and builds the [`Report`]. Nothing else happens here: each
//! stage is its own module with its own input and output (`docs/architecture.md`).
//!
//! bytes ─intake→ Intake ─parse→ Credential ─proof→ Proven ─bind→ issuer key ─validity→ ─status→
//! ─trust→ ─descriptors→ Report

use crate::bind;
use crate::codes::Code;
use crate::config::{Config, ConfigError};
use crate::crypto::{Native, Provider};
use crate::descriptors::{self, Coverage};
use crate::intake::{self, Intake};
use crate::keys::Documents;
use crate::lines;
use crate::parse::{self, Credential};
use crate::policy::Policy;
use crate::presentation;
use crate::proof::{self, summary::Proven, Env};
use crate::report::{
    Check, CheckId, CredentialSummary, ImageSummary, IssuerSummary, Report, SealSummary,
};
use crate::status::check::{self as status, ListCache, Lists};
use crate::time::Timestamp;
use crate::trust::{self, TrustStore};
use crate::validity;
use serde_json::{Map, Value};

/// Verifies credentials against a fixed configuration. Cheap to call repeatedly: documents are
/// parsed once, here.
#[derive(Clone, Debug)]
pub struct Verifier {
    documents: Documents,
    policy: Policy,
    trust: TrustStore,
    lang: String,
    status_lists: ListCache,
}

impl Verifier {
    /// Builds a verifier.
    ///
    /// # Errors
    /// [`ConfigError::Document`] when a supplied document is not strict JSON or has no identifier.
    pub fn new(config: Config) -> Result<Self, ConfigError> {
        let mut documents = Documents::new();
        for d in config.documents {
            let err = |fault| ConfigError::Document {
                url: d.url.clone(),
                fault,
            };
            let value = match intake::json::parse(&d.bytes) {
                Ok(v) => v,
                // A Status List Token (a compact JWS) or a PEM key: kept as its text.
                Err(f) => {
                    crate::status::token_status_list::document(&d.bytes).ok_or_else(|| err(f))?
                }
            };
            documents.insert(d.url.as_deref(), value).map_err(err)?;
        }
        for url in &config.gone {
            documents.mark_gone(url);
        }
        let anchors = config
            .trust_anchors
            .iter()
            .map(|a| trust::anchor(a))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|fault| ConfigError::Document { url: None, fault })?;
        let trust = TrustStore::load(&config.trust_lists, &anchors);
        for (vm, key, controller) in trust.pinned_keys() {
            documents.pin(vm, key.clone(), controller);
        }
        // X.509 pins serve x5c chains and seals: the full module's (the core does not read them).
        if cfg!(feature = "ecdsa-rsa") {
            for (pin, owner) in trust.pinned_certificates() {
                documents.pin_certificate(pin.clone(), owner);
            }
        }
        Ok(Self {
            documents,
            policy: config.policy,
            trust,
            lang: config.lang.unwrap_or_else(|| "en".to_owned()),
            status_lists: ListCache::default(),
        })
    }

    /// Verifies one input at the instant `now`, signatures in Rust. Never fails and never panics:
    /// whatever the bytes, the answer is a [`Report`].
    pub fn verify(&self, bytes: &[u8], now: Timestamp) -> Report {
        self.verify_with(bytes, now, &Native)
    }

    /// Verifies one input with signatures checked by `crypto`: see [`Provider`](crate::Provider) and [`Deferred`](crate::Deferred).
    pub fn verify_with(&self, bytes: &[u8], now: Timestamp, crypto: &dyn Provider) -> Report {
        self.run(bytes, now, crypto, false)
    }

    /// The stages in order. `nested` is true for a status-list credential verified for another
    /// credential: its own status is then not looked up (no chains of lists).
    fn run(&self, bytes: &[u8], now: Timestamp, crypto: &dyn Provider, nested: bool) -> Report {
        let read = match intake::read_container(bytes) {
            Ok(r) => r,
            Err(f) => return Report::new(vec![Check::from_fault(CheckId::Intake, f)]),
        };
        let mut checks = intake_checks(bytes, &read);
        let Intake {
            envelope,
            format,
            image,
            ..
        } = read;
        let image = image.map(ImageSummary::from);
        let verify = |b: &[u8]| self.run(b, now, crypto, false);
        if let Some(r) = presentation::top_level(&envelope, &mut checks, &verify, nested) {
            return r.arrived_in(format, image);
        }
        let cred = match self.read_credential(envelope) {
            Ok(c) => c,
            Err(refused) => {
                checks.push(Check::from_fault(CheckId::Credential, refused.fault));
                let mut report = self.unverifiable(checks, refused.statements);
                (report.format, report.image) = (Some(format), image);
                return report;
            }
        };
        checks.push(Check::of_credential(&cred));
        let env = Env::new(&self.policy, &self.documents, now, crypto, &self.trust);
        let (proven, bound) = prove(&cred, &env);
        checks.extend(proven.checks.iter().cloned());
        checks.extend(proof::summary::unknown_contexts(
            &cred,
            &self.documents,
            &proven,
        ));
        checks.push(bound.clone());
        let (validity, validity_summary) = validity::check(&cred, now);
        checks.push(validity);
        checks.extend(self.status(&cred, now, crypto, nested));
        let mut issuer = IssuerSummary::stated(&cred, &proven.verification_methods);
        let mut seal = proof::jades::summary(&cred);
        let when = (now, crypto, seal.as_deref_mut());
        checks.extend(self.trust_checks(&cred, &bound, issuer.as_mut(), when));
        let mut report = Report::new(checks).arrived_in(format, image);
        report.securing.clone_from(&proven.securing);
        report.signatures.clone_from(&proven.signatures);
        report.disclosure = proof::sd_jwt::disclosure(&cred);
        report.credential = Some(CredentialSummary::of(&cred));
        report.issuer = issuer;
        report.validity = Some(validity_summary);
        report.recipient = parse::ob2::Recipient::of_assertion(&cred);
        proof::jades::state_seal(&mut report, seal);
        self.describe(&mut report, &cred.doc, &coverage(&proven));
        report.unsigned = proven.unsigned;
        report
    }

    /// Stage 2: the credential, with an Open Badges 2.0 assertion's links followed through the
    /// documents (the badge class and issuer profile it names by URL).
    fn read_credential(&self, envelope: intake::Envelope) -> Result<Credential, parse::Refused> {
        let mut cred = parse::read(envelope)?;
        if cfg!(feature = "ecdsa-rsa") {
            proof::ob2::link(&mut cred, &self.documents);
        }
        Ok(cred)
    }

    /// Stage 6: status checks, and the policy's demand that status be known.
    fn status(
        &self,
        cred: &Credential,
        now: Timestamp,
        crypto: &dyn Provider,
        nested: bool,
    ) -> Vec<Check> {
        if let (true, parse::Securing::Ob2(ob2)) = (cfg!(feature = "ecdsa-rsa"), &cred.securing) {
            return crate::status::ob2::checks(cred, ob2, &self.documents);
        }
        if nested {
            return vec![Check::new(
                CheckId::Status,
                Code::StatusNotChecked,
                "the status of a status list is not looked up",
            )];
        }
        let env = Env::new(&self.policy, &self.documents, now, crypto, &self.trust);
        let lists = Lists {
            docs: &self.documents,
            verify_list: &|bytes| self.run(bytes, now, crypto, true),
            vouches_for: &|signer| self.trust.vouches_for(signer, now),
            env: &env,
            cache: &self.status_lists,
        };
        let mut checks = status::checks(cred, &lists);
        if self.policy.require_status && status::unknown(&checks) {
            checks.push(Check::new(
                CheckId::Status,
                Code::StatusRequired,
                "the policy requires status (requireStatus) and it could not be established",
            ));
        }
        checks
    }

    /// Stage 7: a seal's CA (what the lists say of the seal goes into `seal`); otherwise only a
    /// credential whose key is its issuer's is looked up.
    fn trust_checks(
        &self,
        cred: &Credential,
        bound: &Check,
        issuer: Option<&mut IssuerSummary>,
        (now, crypto, seal): (Timestamp, &dyn Provider, Option<&mut SealSummary>),
    ) -> Vec<Check> {
        if let Some(sealed) = self.trust.seal_checks(cred, bound, (now, crypto), seal) {
            return sealed;
        }
        let bound_to_issuer = matches!(bound.code, Code::IssuerKeyBound | Code::HostedAtIssuer);
        match (bound_to_issuer, issuer) {
            (true, Some(i)) => self.trust.judge(cred, i, now, &self.lang),
            _ => vec![Check::said(
                CheckId::Trust,
                Code::NotReached,
                lines::trust_needs_bound_key(),
            )],
        }
    }

    /// Stage 8: the EU descriptors, each marked signed or not by `coverage`.
    fn describe(&self, report: &mut Report, doc: &Map<String, Value>, coverage: &Coverage) {
        // An SD-JWT's descriptors say which claims the holder disclosed.
        let disclosed = report.disclosure.as_ref().map(|d| d.disclosed.as_slice());
        let (descriptors, annex_i) = descriptors::extract_disclosed(
            doc,
            coverage,
            disclosed.unwrap_or_default(),
            &self.lang,
        );
        report.descriptors = descriptors;
        report.annex_i = Some(annex_i);
    }

    /// A report for an input that is no credential Keurmerk verifies (an OB 2.0 assertion, a sealed
    /// Europass credential): still what it states, none of it signed.
    fn unverifiable(&self, checks: Vec<Check>, statements: Option<Map<String, Value>>) -> Report {
        let mut report = Report::new(checks);
        if let Some(doc) = statements {
            self.describe(&mut report, &doc, &Coverage::Nothing);
            if report.descriptors.is_empty() {
                report.annex_i = None;
            }
        }
        report
    }
}

/// Stage 1's checks: the input was read, and any warnings.
fn intake_checks(bytes: &[u8], read: &Intake) -> Vec<Check> {
    let mut checks = vec![Check::said(
        CheckId::Intake,
        Code::InputRead,
        lines::input_size(bytes.len()),
    )];
    for w in &read.warnings {
        checks.push(Check::said(
            CheckId::Intake,
            Code::ImageSecondCredential,
            w.clone(),
        ));
    }
    checks
}

/// Stages 3 and 3b: the proofs, and whether the key that made them is the issuer's (an Open
/// Badges 2.0 assertion is proven and bound by its own rules).
#[inline(always)] // called once: as part of `run`, the wasm is smaller
fn prove(cred: &Credential, env: &Env<'_>) -> (Proven, Check) {
    match (cfg!(feature = "ecdsa-rsa"), &cred.securing) {
        (true, parse::Securing::Ob2(ob2)) => return proof::ob2::verify(cred, ob2, env),
        (true, parse::Securing::Jades(jws)) => return proof::jades::verify(jws, env),
        _ => {}
    }
    let proven = proof::summary::summarise(proof::verify(cred, env));
    let bound = bind::check(&proven.keys, cred.issuer_id.as_deref());
    (proven, bound)
}

/// What the verified signatures cover: nothing unless every proof verified.
fn coverage(proven: &Proven) -> Coverage {
    match (proven.keys.is_empty(), proven.unsigned.is_empty()) {
        (true, _) => Coverage::Nothing,
        (false, true) => Coverage::All,
        (false, false) => {
            Coverage::AllBut(proven.unsigned.iter().map(|u| u.pointer.clone()).collect())
        }
    }
}
