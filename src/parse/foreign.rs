//! Formats Keurmerk recognises and does not verify, named for a recruiter: Blockcerts v1, v2 and v3
//! (Merkle proofs anchored on a blockchain), BBS (`bbs-2023`), Ethereum EIP-712 and the older
//! Linked Data signatures, Veramo's `JwtProof2020`, Open Badges 0.5, and files that hold no
//! credential at all (a badge class, an issuer profile, an achievement, a DID document, a key, a
//! status list, SD-JWT VC type metadata). Each gets a stable code —
//! `indeterminate`, or `unreadable` when the file holds no credential — and a [`Named`]: what it
//! is and what the recruiter could do instead, in English, Dutch, German and French.
//!
//! The tables below are the facts. Only the full module (feature `ecdsa-rsa`) names formats; the
//! core module routes these files to it with `module_needed` (here: a status list at the top
//! level; elsewhere: a document without a W3C context, an unknown proof type, XML, a presentation).

use serde_json::{Map, Value};

use super::{as_list, VC_V1_CONTEXT, VC_V2_CONTEXT};
use crate::codes::{Code, Fault, Named, Words};
use crate::lines::module_needed;
use crate::intake::Envelope;
use crate::lines::{self, Facts};

/// Words in the four languages (English, Dutch, German, French), from the tables.
fn words([en, nl, de, fr]: [&str; 4]) -> Words {
    Words {
        en: en.to_owned(),
        nl: nl.to_owned(),
        de: de.to_owned(),
        fr: fr.to_owned(),
    }
}

/// Words of the tables with `{name}` filled in, in each language its own.
fn filled([en, nl, de, fr]: [&str; 4], [a, b, c, d]: [&str; 4]) -> Words {
    Words {
        en: en.replace("{name}", a),
        nl: nl.replace("{name}", b),
        de: de.replace("{name}", c),
        fr: fr.replace("{name}", d),
    }
}

fn texts(v: Option<&Value>) -> Vec<&str> {
    as_list(v).filter_map(Value::as_str).collect()
}

// ── files that hold no credential ──

/// Something that is not a credential awarded to anyone, by the `type` it states.
struct Thing {
    types: &'static [&'static str],
    format: &'static str,
    what: [&'static str; 4],
    instead: [&'static str; 4],
}

const ASK_FOR_THE_BADGE: [&str; 4] = [
    "Ask the learner for the badge itself: the file they received, or its link.",
    "Vraag de lerende om de badge zelf: het bestand dat die ontving, of de link ernaar.",
    "Bitten Sie die lernende Person um das Badge selbst: die Datei, die sie erhalten hat, oder den Link dazu.",
    "Demandez à l'apprenant le badge lui-même\u{a0}: le fichier qu'il a reçu, ou son lien.",
];
const ASK_FOR_THE_CREDENTIAL_KEYS: [&str; 4] = [
    "Ask for the credential itself; a host can give Keurmerk this document to check a credential signed with these keys.",
    "Vraag om het credential zelf; een host kan Keurmerk dit document geven om een credential te controleren dat met deze sleutels is ondertekend.",
    "Bitten Sie um den Nachweis selbst; die einbindende Anwendung kann Keurmerk dieses Dokument mitgeben, um einen mit diesen Schlüsseln signierten Nachweis zu prüfen.",
    "Demandez l'attestation elle-même\u{a0}; l'application qui intègre Keurmerk peut lui fournir ce document pour vérifier une attestation signée avec ces clés.",
];

/// Badge classes, issuer profiles, achievements and keys, by type (Open Badges 2.0 and 3.0, the
/// security vocabulary).
const THINGS: &[Thing] = &[
    Thing {
        types: &["BadgeClass"],
        format: "badge_class",
        what: [
            "a badge class — the description of a badge, not a badge awarded to someone",
            "een badgeklasse — de beschrijving van een badge, geen badge die aan iemand is toegekend",
            "eine Badge-Klasse — die Beschreibung eines Badges, kein Badge, das jemandem verliehen wurde",
            "une classe de badge — la description d'un badge, pas un badge décerné à quelqu'un",
        ],
        instead: ASK_FOR_THE_BADGE,
    },
    Thing {
        types: &["Issuer", "Profile"],
        format: "issuer_profile",
        what: [
            "an issuer profile — the description of an organisation that awards badges, not a badge",
            "een uitgeversprofiel — de beschrijving van een organisatie die badges toekent, geen badge",
            "ein Ausstellerprofil — die Beschreibung einer Organisation, die Badges verleiht, kein Badge",
            "un profil d'émetteur — la description d'une organisation qui décerne des badges, pas un badge",
        ],
        instead: ASK_FOR_THE_BADGE,
    },
    Thing {
        types: &["Achievement"],
        format: "achievement",
        what: [
            "an achievement — the description of what a badge stands for, not a badge awarded to someone",
            "een prestatie (achievement) — de beschrijving van waar een badge voor staat, geen badge die aan iemand is toegekend",
            "eine Leistung (Achievement) — die Beschreibung dessen, wofür ein Badge steht, kein Badge, das jemandem verliehen wurde",
            "une réalisation (achievement) — la description de ce que représente un badge, pas un badge décerné à quelqu'un",
        ],
        instead: ASK_FOR_THE_BADGE,
    },
    PUBLIC_KEY,
];

const PUBLIC_KEY: Thing = Thing {
    types: &[
        "CryptographicKey",
        "Multikey",
        "JsonWebKey",
        "JsonWebKey2020",
        "Ed25519VerificationKey2018",
        "Ed25519VerificationKey2020",
        "EcdsaSecp256k1VerificationKey2019",
    ],
    format: "public_key",
    what: [
        "a public key — what signatures are checked with, not a credential",
        "een publieke sleutel — waarmee handtekeningen worden gecontroleerd, geen credential",
        "ein öffentlicher Schlüssel — womit Signaturen geprüft werden, kein Nachweis",
        "une clé publique — ce qui sert à vérifier les signatures, pas une attestation",
    ],
    instead: ASK_FOR_THE_CREDENTIAL_KEYS,
};

const TYPE_METADATA: Thing = Thing {
    types: &[],
    format: "type_metadata",
    what: [
        "SD-JWT VC type metadata — the description of a kind of credential, not a credential",
        "SD-JWT VC-typemetadata — de beschrijving van een soort credential, geen credential",
        "SD-JWT-VC-Typmetadaten — die Beschreibung einer Art von Nachweis, kein Nachweis",
        "des métadonnées de type SD-JWT VC — la description d'un type d'attestation, pas une attestation",
    ],
    instead: [
        "Ask the holder for the credential itself (an SD-JWT VC from their wallet).",
        "Vraag de houder om het credential zelf (een SD-JWT VC uit hun wallet).",
        "Bitten Sie den Inhaber um den Nachweis selbst (ein SD-JWT VC aus seiner Wallet).",
        "Demandez au titulaire l'attestation elle-même (un SD-JWT VC de son portefeuille).",
    ],
};

const DID_DOCUMENT: Thing = Thing {
    types: &[],
    format: "did_document",
    what: [
        "a DID document — the list of someone's keys, not a credential",
        "een DID-document — de lijst met sleutels van iemand, geen credential",
        "ein DID-Dokument — die Liste der Schlüssel von jemandem, kein Nachweis",
        "un document DID — la liste des clés de quelqu'un, pas une attestation",
    ],
    instead: ASK_FOR_THE_CREDENTIAL_KEYS,
};

/// Status lists that are no credential: Open Badges 2.0's revocation list, and a Token Status
/// List (a JWT of `typ` `statuslist+jwt`). A W3C status list (`BitstringStatusListCredential` …)
/// is a verifiable credential and is verified as one, as the suites' vectors expect.
const STATUS_LIST: Thing = Thing {
    types: &["RevocationList"],
    format: "status_list",
    what: [
        "a status list — the list an issuer uses to revoke credentials, not a credential about someone",
        "een statuslijst — de lijst waarmee een uitgever credentials intrekt, geen credential over iemand",
        "eine Statusliste — die Liste, mit der ein Aussteller Nachweise widerruft, kein Nachweis über jemanden",
        "une liste de statut — la liste qu'un émetteur utilise pour révoquer des attestations, pas une attestation concernant quelqu'un",
    ],
    instead: [
        "Ask for the credential itself; a host can give Keurmerk this list to check whether that credential was revoked.",
        "Vraag om het credential zelf; een host kan Keurmerk deze lijst geven om te controleren of dat credential is ingetrokken.",
        "Bitten Sie um den Nachweis selbst; die einbindende Anwendung kann Keurmerk diese Liste mitgeben, um zu prüfen, ob dieser Nachweis widerrufen wurde.",
        "Demandez l'attestation elle-même\u{a0}; l'application qui intègre Keurmerk peut lui fournir cette liste pour vérifier si cette attestation a été révoquée.",
    ],
};

fn holds_none(thing: &Thing, facts: Facts) -> Fault {
    lines::fault(Code::HoldsNoCredential, facts).naming(Named {
        format: thing.format,
        what: words(thing.what),
        instead: words(thing.instead),
        anchor: None,
    })
}

/// A status list at the top level, where a credential was expected (a status list the status
/// stage verifies for another credential is read as a credential: this is not asked there). A
/// Token Status List is a JWT of `typ` `statuslist+jwt`.
pub fn status_list(envelope: &Envelope) -> Option<Fault> {
    let (doc, typ) = match envelope {
        Envelope::Json(Value::Object(doc)) => (doc, ""),
        Envelope::Jws(jws) => (
            jws.payload
                .get("vc")
                .and_then(Value::as_object)
                .unwrap_or(&jws.payload),
            jws.header.get("typ").and_then(Value::as_str).unwrap_or(""),
        ),
        _ => return None,
    };
    let types = texts(doc.get("type"));
    let status_type = types.iter().find(|t| STATUS_LIST.types.contains(t));
    if status_type.is_none() && !typ.ends_with("statuslist+jwt") {
        return None;
    }
    let what = status_type.copied().unwrap_or(typ);
    if !cfg!(feature = "ecdsa-rsa") {
        return Some(module_needed(what));
    }
    Some(holds_none(&STATUS_LIST, lines::status_list_file(what)))
}

/// A JSON document that is no credential Keurmerk verifies, other than a status list: Blockcerts
/// v1 or v2, a badge class, issuer profile, achievement, key or DID document, or a document signed
/// with a proof Keurmerk names. The fault (with the format named) and what the file states, for
/// the descriptors (none of it signed). Always `None` in the core module.
pub fn document(doc: &Map<String, Value>) -> Option<(Fault, Option<Map<String, Value>>)> {
    if !cfg!(feature = "ecdsa-rsa") {
        return None;
    }
    let types = texts(doc.get("type"));
    blockcerts(doc)
        .or_else(|| open_badges_0_5(doc).map(|f| (f, Some(doc.clone()))))
        .or_else(|| thing(doc, &types).map(|f| (f, None)))
        .or_else(|| signed_non_credential(doc, &types).map(|f| (f, None)))
}

fn is_credential(doc: &Map<String, Value>, types: &[&str]) -> bool {
    types.contains(&"VerifiableCredential")
        || texts(doc.get("@context"))
            .iter()
            .any(|c| *c == VC_V1_CONTEXT || *c == VC_V2_CONTEXT)
}

/// A badge class, issuer profile, achievement, key or DID document.
fn thing(doc: &Map<String, Value>, types: &[&str]) -> Option<Fault> {
    if types.contains(&"VerifiableCredential") || types.contains(&"VerifiablePresentation") {
        return None;
    }
    if let Some((t, found)) = THINGS
        .iter()
        .find_map(|t| types.iter().find(|ty| t.types.contains(ty)).map(|f| (t, f)))
    {
        return Some(holds_none(t, lines::document_type_named(*found, t.format)));
    }
    let id = doc.get("id").and_then(Value::as_str).unwrap_or("");
    let did_context = texts(doc.get("@context"))
        .iter()
        .any(|c| c.starts_with("https://www.w3.org/ns/did/v"));
    let keys = ["verificationMethod", "authentication", "assertionMethod"]
        .iter()
        .any(|k| doc.contains_key(*k));
    if did_context || (id.starts_with("did:") && keys) {
        let shown: String = id.chars().take(80).collect();
        return Some(holds_none(&DID_DOCUMENT, lines::did_document_file(shown)));
    }
    if doc.contains_key("kty") || doc.get("keys").is_some_and(Value::is_array) {
        return Some(holds_none(&PUBLIC_KEY, lines::jwk_file()));
    }
    // draft-ietf-oauth-sd-jwt-vc §6: `vct` with `display` / `claims`, and no issuer
    let describes = doc.contains_key("display") || doc.contains_key("claims");
    if doc.contains_key("vct") && describes && !doc.contains_key("iss") {
        return Some(holds_none(&TYPE_METADATA, lines::type_metadata_file()));
    }
    None
}

/// An Open Badges 0.5 badge (2011–2013: `badge.version` 0.5, `issued_on`, `badge.issuer.origin`):
/// a credential, with neither a signature nor a hosted URL to check it by.
fn open_badges_0_5(doc: &Map<String, Value>) -> Option<Fault> {
    let badge = doc.get("badge")?.as_object()?;
    let old = badge.get("version").and_then(Value::as_str) == Some("0.5.0")
        || badge.get("version").and_then(Value::as_str) == Some("0.5")
        || (doc.contains_key("recipient") && badge.get("issuer")?.get("origin").is_some());
    (old && !doc.contains_key("verify") && !doc.contains_key("verification")).then(|| {
        lines::fault(
            Code::FormatUnsupported,
            lines::open_badges_0_5_unverifiable(),
        )
        .naming(Named {
            format: "open_badges_0_5",
            what: words([
                "an Open Badges 0.5 badge (2011–2013), which carries nothing to check it by: no signature, no address at the issuer",
                "een Open Badges 0.5-badge (2011–2013), die niets bevat om hem mee te controleren: geen handtekening, geen adres bij de uitgever",
                "ein Open-Badges-0.5-Badge (2011–2013), das nichts enthält, womit es sich prüfen ließe: keine Signatur, keine Adresse beim Aussteller",
                "un badge Open Badges 0.5 (2011–2013), qui ne contient rien qui permette de le vérifier\u{a0}: ni signature, ni adresse chez l'émetteur",
            ]),
            instead: words([
                "Ask the learner for a current copy of the badge from the issuer or their backpack (Open Badges 2.0 or 3.0).",
                "Vraag de lerende om een actueel exemplaar van de badge bij de uitgever of in hun backpack (Open Badges 2.0 of 3.0).",
                "Bitten Sie die lernende Person um ein aktuelles Exemplar des Badges vom Aussteller oder aus ihrem Backpack (Open Badges 2.0 oder 3.0).",
                "Demandez à l'apprenant un exemplaire actuel du badge, auprès de l'émetteur ou dans son backpack (Open Badges 2.0 ou 3.0).",
            ]),
            anchor: None,
        })
    })
}

/// A document that is no W3C credential, signed with a proof Keurmerk names (an EIP-712 signed
/// `Person`): not `invalid` by the data model, `indeterminate` by its proof. Its fault's line says
/// so after the proof's (`then`).
fn signed_non_credential(doc: &Map<String, Value>, types: &[&str]) -> Option<Fault> {
    if is_credential(doc, types) {
        return None;
    }
    let proofs: Vec<Value> = as_list(doc.get("proof")).cloned().collect();
    let mut fault = proofs.iter().find_map(|p| proof(p.as_object()?, &proofs))?;
    let Some(mut facts) = fault.facts.take() else {
        return Some(fault);
    };
    facts.then = Some(Box::new(if types.is_empty() {
        lines::signed_document_untyped()
    } else {
        lines::signed_document_not_credential(types.join(", "))
    }));
    Some(Fault {
        named: fault.named,
        ..lines::fault(fault.code, *facts)
    })
}

// ── proofs Keurmerk names but does not check ──

/// A proof type or Data Integrity cryptosuite Keurmerk names but does not check.
struct Suite {
    name: &'static str,
    format: &'static str,
    code: Code,
    what: [&'static str; 4],
    instead: [&'static str; 4],
}

const ASK_FOR_A_CURRENT_SUITE: [&str; 4] = [
    "Ask the issuer for a copy signed with a current method (eddsa-rdfc-2022, ecdsa-rdfc-2019, or as a JWT), or use a verifier that supports this one.",
    "Vraag de uitgever om een exemplaar dat met een actuele methode is ondertekend (eddsa-rdfc-2022, ecdsa-rdfc-2019, of als JWT), of gebruik een verifier die deze ondersteunt.",
    "Bitten Sie den Aussteller um ein Exemplar, das mit einem aktuellen Verfahren signiert ist (eddsa-rdfc-2022, ecdsa-rdfc-2019 oder als JWT), oder verwenden Sie eine Prüfsoftware, die dieses Verfahren unterstützt.",
    "Demandez à l'émetteur un exemplaire signé avec une méthode actuelle (eddsa-rdfc-2022, ecdsa-rdfc-2019, ou sous forme de JWT), ou utilisez un vérificateur qui prend en charge celle-ci.",
];

/// The suites named, by `cryptosuite` (Data Integrity) or proof `type`.
const SUITES: &[Suite] = &[
    Suite {
        name: "bbs-2023",
        format: "bbs_2023",
        code: Code::CryptosuiteUnsupported,
        what: [
            "a credential signed with BBS (bbs-2023), a selective-disclosure signature Keurmerk does not check",
            "een credential ondertekend met BBS (bbs-2023), een handtekening voor selectief delen die Keurmerk niet controleert",
            "ein mit BBS (bbs-2023) signierter Nachweis, eine Signatur für selektive Offenlegung, die Keurmerk nicht prüft",
            "une attestation signée avec BBS (bbs-2023), une signature à divulgation sélective que Keurmerk ne vérifie pas",
        ],
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "EthereumEip712Signature2021",
        format: "eip712",
        code: Code::ProofTypeUnsupported,
        what: [
            "a document signed with an Ethereum wallet (EthereumEip712Signature2021); Keurmerk does not check Ethereum signatures",
            "een document ondertekend met een Ethereum-wallet (EthereumEip712Signature2021); Keurmerk controleert geen Ethereum-handtekeningen",
            "ein mit einer Ethereum-Wallet signiertes Dokument (EthereumEip712Signature2021); Keurmerk prüft keine Ethereum-Signaturen",
            "un document signé avec un portefeuille Ethereum (EthereumEip712Signature2021)\u{a0}; Keurmerk ne vérifie pas les signatures Ethereum",
        ],
        instead: [
            "Use a verifier for Ethereum-signed documents, or ask the issuer for a W3C verifiable credential signed with a current method.",
            "Gebruik een verifier voor met Ethereum ondertekende documenten, of vraag de uitgever om een W3C verifieerbaar credential met een actuele handtekening.",
            "Verwenden Sie eine Prüfsoftware für mit Ethereum signierte Dokumente, oder bitten Sie den Aussteller um einen W3C-Nachweis (Verifiable Credential), der mit einem aktuellen Verfahren signiert ist.",
            "Utilisez un vérificateur pour les documents signés avec Ethereum, ou demandez à l'émetteur une attestation vérifiable W3C signée avec une méthode actuelle.",
        ],
    },
    Suite {
        name: "JsonWebSignature2020",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "RsaSignature2018",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "EcdsaSecp256k1Signature2019",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "EcdsaSecp256k1RecoverySignature2020",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "EcdsaSecp256r1Signature2019",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "BbsBlsSignature2020",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
    Suite {
        name: "JwtProof2020",
        format: "jwt_proof_2020",
        code: Code::ProofTypeUnsupported,
        what: [
            "a credential as some wallets (Veramo) store it: the signed credential is the JWT in its proof.jwt",
            "een credential zoals sommige wallets (Veramo) het bewaren: het ondertekende credential is de JWT in proof.jwt",
            "ein Nachweis, wie manche Wallets (Veramo) ihn speichern: Der signierte Nachweis ist das JWT in seinem proof.jwt",
            "une attestation telle que certains portefeuilles (Veramo) la stockent\u{a0}: l'attestation signée est le JWT de son proof.jwt",
        ],
        instead: [
            "Check the JWT in its proof.jwt field: that is the credential as it was issued.",
            "Controleer de JWT in het veld proof.jwt: dat is het credential zoals het is uitgegeven.",
            "Prüfen Sie das JWT in seinem Feld proof.jwt: Das ist der Nachweis, wie er ausgestellt wurde.",
            "Vérifiez le JWT de son champ proof.jwt\u{a0}: c'est l'attestation telle qu'elle a été émise.",
        ],
    },
    Suite {
        name: "BbsBlsSignatureProof2020",
        format: "legacy_proof",
        code: Code::ProofTypeUnsupported,
        what: LEGACY,
        instead: ASK_FOR_A_CURRENT_SUITE,
    },
];

const LEGACY: [&str; 4] = [
    "a credential signed with an older Linked Data signature ({name}) that Keurmerk does not check",
    "een credential ondertekend met een oudere Linked Data-handtekening ({name}) die Keurmerk niet controleert",
    "ein Nachweis mit einer älteren Linked-Data-Signatur ({name}), die Keurmerk nicht prüft",
    "une attestation signée avec une ancienne signature Linked Data ({name}) que Keurmerk ne vérifie pas",
];

/// What a `bbs-2023` proof is, after the suite's words: the issuer's base proof, or the one the
/// holder derived and shared.
const BBS_BASE_PROOF: [&str; 4] = [
    "; this is the issuer's copy for the holder (a base proof)",
    "; dit is het exemplaar van de uitgever voor de houder (een basisbewijs)",
    "; dies ist das Exemplar des Ausstellers für den Inhaber (ein Base Proof)",
    "\u{a0}; il s'agit de l'exemplaire de l'émetteur destiné au titulaire (une preuve de base)",
];
const BBS_DERIVED_PROOF: [&str; 4] = [
    "; this is the copy the holder shared (a derived proof)",
    "; dit is het exemplaar dat de houder deelde (een afgeleid bewijs)",
    "; dies ist das Exemplar, das der Inhaber weitergegeben hat (ein Derived Proof)",
    "\u{a0}; il s'agit de l'exemplaire que le titulaire a partagé (une preuve dérivée)",
];

/// `bbs-2023` proof values start with a CBOR tag: `d9 5d 02` for the issuer's base proof,
/// `d9 5d 03` for the holder's derived proof (multibase `u`: `u2V0C`, `u2V0D`).
const BBS_BASE: &str = "u2V0C";

/// The named fault of a proof Keurmerk does not check: a Blockcerts Merkle proof (or any proof of a
/// set or chain that holds one), BBS, EIP-712 or an older Linked Data signature. `None` for any
/// other proof (the proof stage then says it is not one it checks) and always in the core module.
pub fn proof(p: &Map<String, Value>, all: &[Value]) -> Option<Fault> {
    if !cfg!(feature = "ecdsa-rsa") {
        return None;
    }
    if let Some(merkle) = all
        .iter()
        .filter_map(Value::as_object)
        .find(|q| is_merkle(q))
    {
        let value = merkle
            .get("proofValue")
            .and_then(Value::as_str)
            .unwrap_or("");
        let kind = field(merkle, "cryptosuite")
            .or(field(merkle, "chainedProofType"))
            .or(field(merkle, "type"))
            .unwrap_or("");
        return Some(anchored(
            &format!("Blockcerts v3 ({kind})"),
            v3_anchor(value).map(chain_of_v3),
        ));
    }
    let name = match field(p, "type") {
        Some("DataIntegrityProof") => field(p, "cryptosuite"),
        other => other,
    }?;
    let suite = SUITES.iter().find(|s| s.name == name)?;
    let mut what = filled(suite.what, [name; 4]);
    let facts = if suite.format == "bbs_2023" {
        let base = field(p, "proofValue").is_some_and(|v| v.starts_with(BBS_BASE));
        let ([en, nl, de, fr], facts) = if base {
            (BBS_BASE_PROOF, lines::bbs_base_proof())
        } else {
            (BBS_DERIVED_PROOF, lines::bbs_derived_proof())
        };
        what.en.push_str(en);
        what.nl.push_str(nl);
        what.de.push_str(de);
        what.fr.push_str(fr);
        facts
    } else {
        lines::proof_named_not_checked(name)
    };
    Some(lines::fault(suite.code, facts).naming(Named {
        format: suite.format,
        what,
        instead: words(suite.instead),
        anchor: None,
    }))
}

fn field<'a>(p: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    p.get(k).and_then(Value::as_str)
}

fn is_merkle(p: &Map<String, Value>) -> bool {
    field(p, "type") == Some("MerkleProof2019")
        || field(p, "cryptosuite") == Some("merkle-proof-2019")
        || field(p, "chainedProofType") == Some("MerkleProof2019")
}

// ── Blockcerts ──

/// A blockchain a Blockcerts certificate is anchored on: its id in the report, how Blockcerts v2
/// names it (`signature.anchors[].chain`), its chain and network codes in a v3 proof value
/// (lds-merkle-proof-2019's mappings), and its name in each language (as [`ANCHORED_ON`] says it:
/// German in the dative).
struct Chain {
    id: &'static str,
    v2: &'static str,
    v3: (i64, i64),
    name: [&'static str; 4],
}

/// The chains Blockcerts anchors on. Network code 0 means "any other network of the chain".
const CHAINS: &[Chain] = &[
    BITCOIN,
    Chain {
        id: "bitcoin_testnet",
        v2: "bitcoinTestnet",
        v3: (0, 3),
        name: [
            "the Bitcoin test network",
            "het Bitcoin-testnetwerk",
            "dem Bitcoin-Testnetz",
            "le réseau de test Bitcoin",
        ],
    },
    Chain {
        id: "bitcoin_regtest",
        v2: "bitcoinRegtest",
        v3: (0, -1),
        name: [
            "a private Bitcoin test network (regtest)",
            "een privé Bitcoin-testnetwerk (regtest)",
            "einem privaten Bitcoin-Testnetz (regtest)",
            "un réseau de test Bitcoin privé (regtest)",
        ],
    },
    ETHEREUM,
    Chain {
        id: "ethereum_ropsten",
        v2: "ethereumRopsten",
        v3: (1, 3),
        name: [
            "the Ethereum test network Ropsten",
            "het Ethereum-testnetwerk Ropsten",
            "dem Ethereum-Testnetz Ropsten",
            "le réseau de test Ethereum Ropsten",
        ],
    },
    Chain {
        id: "ethereum_rinkeby",
        v2: "ethereumRinkeby",
        v3: (1, 4),
        name: [
            "the Ethereum test network Rinkeby",
            "het Ethereum-testnetwerk Rinkeby",
            "dem Ethereum-Testnetz Rinkeby",
            "le réseau de test Ethereum Rinkeby",
        ],
    },
    Chain {
        id: "ethereum_goerli",
        v2: "ethereumGoerli",
        v3: (1, 5),
        name: [
            "the Ethereum test network Goerli",
            "het Ethereum-testnetwerk Goerli",
            "dem Ethereum-Testnetz Goerli",
            "le réseau de test Ethereum Goerli",
        ],
    },
    Chain {
        id: "ethereum_sepolia",
        v2: "ethereumSepolia",
        v3: (1, 11_155_111),
        name: [
            "the Ethereum test network Sepolia",
            "het Ethereum-testnetwerk Sepolia",
            "dem Ethereum-Testnetz Sepolia",
            "le réseau de test Ethereum Sepolia",
        ],
    },
];

/// Bitcoin: its main network, and any other when the proof names no network we know (chain
/// code 0, anchor type `BTCOpReturn`).
const BITCOIN: Chain = Chain {
    id: "bitcoin",
    v2: "bitcoinMainnet",
    v3: (0, 1),
    name: ["Bitcoin"; 4],
};

/// Ethereum: its main network, and any other we do not know (chain code 1, anchor type `ETHData`).
const ETHEREUM: Chain = Chain {
    id: "ethereum",
    v2: "ethereumMainnet",
    v3: (1, 1),
    name: ["Ethereum"; 4],
};

/// A blockchain the proof does not name, as [`ANCHORED_ON`] says it.
const SOME_CHAIN: [&str; 4] = [
    "a blockchain",
    "een blockchain",
    "einer Blockchain",
    "une blockchain",
];

/// Where a certificate is anchored: a chain, a test certificate on none (`mocknet`), or unstated.
enum Anchor {
    Chain(&'static Chain),
    Mocknet,
}

fn chain_of_v3((chain, network): (i64, Option<i64>)) -> Anchor {
    if chain < 0 {
        return Anchor::Mocknet;
    }
    let exact = CHAINS
        .iter()
        .find(|c| Some(c.v3) == network.map(|n| (chain, n)));
    match (exact, chain) {
        (Some(c), _) => Anchor::Chain(c),
        (None, 1) => Anchor::Chain(&ETHEREUM),
        (None, _) => Anchor::Chain(&BITCOIN),
    }
}

fn chain_of_v2(anchor: &Map<String, Value>) -> Option<Anchor> {
    if let Some(chain) = field(anchor, "chain") {
        if chain.starts_with("mock") {
            return Some(Anchor::Mocknet);
        }
        if let Some(c) = CHAINS.iter().find(|c| c.v2 == chain) {
            return Some(Anchor::Chain(c));
        }
    }
    match field(anchor, "type") {
        Some("BTCOpReturn") => Some(Anchor::Chain(&BITCOIN)),
        Some("ETHData") => Some(Anchor::Chain(&ETHEREUM)),
        _ => None,
    }
}

/// What a Blockcerts certificate anchored on a chain (`{name}`) is.
const ANCHORED_ON: [&str; 4] = [
    "a Blockcerts certificate anchored on {name}; Keurmerk cannot check blockchain anchors offline",
    "een Blockcerts-certificaat verankerd op {name}; Keurmerk kan blockchain-verankeringen niet offline controleren",
    "ein Blockcerts-Zertifikat, verankert auf {name}; Keurmerk kann Blockchain-Verankerungen nicht offline prüfen",
    "un certificat Blockcerts ancré sur {name}\u{a0}; Keurmerk ne peut pas vérifier hors ligne les ancrages sur une blockchain",
];

const BLOCKCERTS_INSTEAD: [&str; 4] = [
    "Use the issuer's Blockcerts verifier (or the one at blockcerts.org), which looks the anchor up on the blockchain.",
    "Gebruik de Blockcerts-verifier van de uitgever (of die op blockcerts.org), die de verankering op de blockchain opzoekt.",
    "Verwenden Sie die Blockcerts-Prüfsoftware des Ausstellers (oder die auf blockcerts.org), die die Verankerung auf der Blockchain nachschlägt.",
    "Utilisez le vérificateur Blockcerts de l'émetteur (ou celui de blockcerts.org), qui consulte l'ancrage sur la blockchain.",
];

/// The fault of a Blockcerts certificate (`version`: "Blockcerts v2 (MerkleProof2017)" …),
/// naming the chain when the proof says.
fn anchored(version: &str, anchor: Option<Anchor>) -> Fault {
    let (what, instead, id) = match &anchor {
        Some(Anchor::Mocknet) => (
            words([
                "a Blockcerts test certificate that is not anchored on any blockchain (mocknet); it proves nothing",
                "een Blockcerts-testcertificaat dat op geen enkele blockchain is verankerd (mocknet); het bewijst niets",
                "ein Blockcerts-Testzertifikat, das auf keiner Blockchain verankert ist (mocknet); es beweist nichts",
                "un certificat de test Blockcerts qui n'est ancré sur aucune blockchain (mocknet)\u{a0}; il ne prouve rien",
            ]),
            words([
                "Ask the issuer for the real certificate: a test certificate carries no proof.",
                "Vraag de uitgever om het echte certificaat: een testcertificaat bevat geen bewijs.",
                "Bitten Sie den Aussteller um das echte Zertifikat: Ein Testzertifikat enthält keinen Beweis.",
                "Demandez à l'émetteur le véritable certificat\u{a0}: un certificat de test ne contient aucune preuve.",
            ]),
            Some("mocknet"),
        ),
        Some(Anchor::Chain(c)) => (
            filled(ANCHORED_ON, c.name),
            words(BLOCKCERTS_INSTEAD),
            Some(c.id),
        ),
        None => (
            filled(ANCHORED_ON, SOME_CHAIN),
            words(BLOCKCERTS_INSTEAD),
            None,
        ),
    };
    let facts = match id {
        Some(on) => lines::blockcerts_anchored(version, on),
        None => lines::blockcerts_anchored_unnamed(version),
    };
    lines::fault(Code::BlockchainAnchored, facts).naming(Named {
        format: "blockcerts",
        what,
        instead,
        anchor: id,
    })
}

/// Blockcerts v1 (`document` + `receipt`) and v2 (an Open Badges 2.0 assertion with a
/// `MerkleProof2017` `signature`): not W3C credentials. v3 is a W3C credential whose proof the
/// proof stage names ([`proof`]).
fn blockcerts(doc: &Map<String, Value>) -> Option<(Fault, Option<Map<String, Value>>)> {
    let contexts = texts(doc.get("@context"));
    let blockcerts = |v: &str| {
        contexts
            .iter()
            .any(|c| c.starts_with("https://w3id.org/blockcerts/") && c.contains(v))
    };
    if let (Some(Value::Object(document)), Some(Value::Object(receipt))) =
        (doc.get("document"), doc.get("receipt"))
    {
        let anchor = as_list(receipt.get("anchors"))
            .filter_map(Value::as_object)
            .find_map(chain_of_v2);
        return Some((
            anchored("Blockcerts v1 (receipt)", anchor),
            Some(document.clone()),
        ));
    }
    let signature = doc.get("signature").and_then(Value::as_object);
    let merkle2017 = signature.is_some_and(|s| texts(s.get("type")).contains(&"MerkleProof2017"));
    if blockcerts("v2") || merkle2017 {
        let anchor = signature
            .map(|s| as_list(s.get("anchors")))
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .find_map(chain_of_v2);
        return Some((
            anchored("Blockcerts v2 (MerkleProof2017)", anchor),
            Some(doc.clone()),
        ));
    }
    if blockcerts("v1") {
        return Some((anchored("Blockcerts v1", None), Some(doc.clone())));
    }
    None
}

/// Deepest CBOR nesting walked in a v3 proof value.
const MAX_ANCHOR_DEPTH: usize = 8;

/// The chain and network codes of the first anchor of a Blockcerts v3 proof value: multibase
/// base58btc of a CBOR array of `[key, value]` pairs, key 2 the anchors, each an array of pairs
/// with key 0 the chain and key 1 the network (negative for the test chain `mocknet`).
fn v3_anchor(value: &str) -> Option<(i64, Option<i64>)> {
    let bytes = crate::encoding::base58_decode(value.strip_prefix('z')?).ok()?;
    let mut r = Cbor { b: &bytes, pos: 0 };
    let (4, pairs) = r.head()? else {
        return None;
    };
    for _ in 0..pairs {
        let (4, 2) = r.head()? else { return None };
        if r.item(1)? != Some(2) {
            r.item(1)?;
            continue;
        }
        let (4, 1..) = r.head()? else { return None };
        let (4, fields) = r.head()? else { return None };
        let (mut chain, mut network) = (None, None);
        for _ in 0..fields {
            let (4, 2) = r.head()? else { return None };
            let (key, value) = (r.item(2)?, r.item(2)?);
            match key {
                Some(0) => chain = value,
                Some(1) => network = value,
                _ => {}
            }
        }
        return Some((chain?, network));
    }
    None
}

/// Just enough CBOR to walk a Merkle proof: every item is skipped, integers are read.
struct Cbor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Cbor<'_> {
    /// The major type and argument of the next item.
    fn head(&mut self) -> Option<(u8, u64)> {
        let first = *self.b.get(self.pos)?;
        self.pos += 1;
        let info = first & 0x1f;
        let arg = match info {
            0..=23 => u64::from(info),
            24..=27 => {
                let n = 1usize << (info - 24);
                let end = self.pos.checked_add(n)?;
                let bytes = self.b.get(self.pos..end)?;
                self.pos = end;
                bytes.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x))
            }
            _ => return None,
        };
        Some((first >> 5, arg))
    }

    /// Skips one item; an integer is returned (`Some(Some(i))`), anything else `Some(None)`.
    fn item(&mut self, depth: usize) -> Option<Option<i64>> {
        if depth > MAX_ANCHOR_DEPTH {
            return None;
        }
        let (major, arg) = self.head()?;
        match major {
            0 => Some(i64::try_from(arg).ok()),
            1 => Some(i64::try_from(arg).ok().map(|a| -1 - a)),
            2 | 3 => {
                let end = self.pos.checked_add(usize::try_from(arg).ok()?)?;
                if end > self.b.len() {
                    return None;
                }
                self.pos = end;
                Some(None)
            }
            4 | 5 => {
                let items = if major == 5 { arg.checked_mul(2)? } else { arg };
                // every item takes a byte at least: the loop ends with the input
                for _ in 0..items {
                    self.item(depth + 1)?;
                }
                Some(None)
            }
            6 => self.item(depth + 1).map(|_| None),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn v3_anchors_name_their_chain() {
        // btc testnet ([0,0],[1,3]) and a mocknet anchor ([0,-1],[1,text]), as cert-verifier-js's fixtures
        let testnet = [
            0x84, 0x82, 0x02, 0x81, 0x83, 0x82, 0x00, 0x00, 0x82, 0x01, 0x03, 0x82, 0x02, 0x41,
            0xaa, 0x82, 0x00, 0x41, 0x01, 0x82, 0x01, 0x41, 0x02, 0x82, 0x03, 0x80,
        ];
        let z = format!("z{}", crate::encoding::base58_encode(&testnet));
        assert_eq!(v3_anchor(&z), Some((0, Some(3))));
        let mock = [
            0x81, 0x82, 0x02, 0x81, 0x82, 0x82, 0x00, 0x20, 0x82, 0x01, 0x61, b'x',
        ];
        let z = format!("z{}", crate::encoding::base58_encode(&mock));
        assert_eq!(v3_anchor(&z), Some((-1, None)));
        assert!(matches!(chain_of_v3((-1, None)), Anchor::Mocknet));
        assert!(
            matches!(chain_of_v3((1, Some(11_155_111))), Anchor::Chain(c) if c.id == "ethereum_sepolia")
        );
        assert!(matches!(chain_of_v3((0, Some(99))), Anchor::Chain(c) if c.id == "bitcoin"));
        // truncated, deep, huge lengths: no anchor, no panic
        for bad in [
            &[0x84u8, 0x82][..],
            &[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            &[0x81; 64],
            &[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
        ] {
            let z = format!("z{}", crate::encoding::base58_encode(bad));
            assert_eq!(v3_anchor(&z), None);
        }
    }

    #[test]
    fn things_that_hold_no_credential_are_named() {
        let named = |v: Value| {
            let f = document(v.as_object().unwrap()).map(|d| d.0);
            let f = f.or_else(|| status_list(&Envelope::Json(v))).unwrap();
            (f.code, f.named.unwrap().format)
        };
        let ob2 = "https://w3id.org/openbadges/v2";
        assert_eq!(
            named(json!({"@context": ob2, "type": "BadgeClass", "name": "x"})),
            (Code::HoldsNoCredential, "badge_class")
        );
        assert_eq!(
            named(json!({"@context": ob2, "type": "Issuer"})).1,
            "issuer_profile"
        );
        assert_eq!(
            named(json!({"@context": ob2, "type": "CryptographicKey"})).1,
            "public_key"
        );
        assert_eq!(
            named(json!({"type": ["Achievement"], "name": "x"})).1,
            "achievement"
        );
        assert_eq!(
            named(json!({"id": "did:web:x.example", "verificationMethod": []})).1,
            "did_document"
        );
        assert_eq!(
            named(json!({"kty": "OKP", "crv": "Ed25519", "x": "AA"})).1,
            "public_key"
        );
        assert_eq!(
            named(json!({"@context": ob2, "type": "RevocationList"})),
            (Code::HoldsNoCredential, "status_list")
        );
        // a W3C status list is a credential, verified as one
        let list = json!({"@context": [VC_V2_CONTEXT],
            "type": ["VerifiableCredential", "BitstringStatusListCredential"]});
        assert!(status_list(&Envelope::Json(list)).is_none());
        // a credential is not a thing, whatever else it is typed
        let cred =
            json!({"@context": [VC_V2_CONTEXT], "type": ["VerifiableCredential", "Achievement"]});
        assert!(document(cred.as_object().unwrap()).is_none());
        assert!(status_list(&Envelope::Json(cred)).is_none());
    }

    /// Every `Named` the tables give, and a presentation's, has words in all four languages, each
    /// its own, with the French no-break space before `:`, `;`, `?` and `!`.
    #[test]
    fn every_named_format_has_its_words_in_four_languages() {
        let named = |f: Option<Fault>| *f.unwrap().named.unwrap();
        let mut all: Vec<Named> = Vec::new();
        for t in THINGS
            .iter()
            .chain([&TYPE_METADATA, &DID_DOCUMENT, &STATUS_LIST])
        {
            all.push(named(Some(holds_none(t, lines::jwk_file()))));
        }
        all.push(named(open_badges_0_5(&obj(
            json!({"badge": {"version": "0.5.0"}}),
        ))));
        for s in SUITES {
            // by type (bbs-2023: a derived proof), and as a Data Integrity suite (a base proof)
            all.push(named(proof(&obj(json!({"type": s.name})), &[])));
            all.push(named(proof(
                &obj(json!({"type": "DataIntegrityProof", "cryptosuite": s.name, "proofValue": BBS_BASE})),
                &[],
            )));
        }
        for a in CHAINS.iter().map(Anchor::Chain).chain([Anchor::Mocknet]) {
            all.push(named(Some(anchored("Blockcerts v3 (x)", Some(a)))));
        }
        all.push(named(Some(anchored("Blockcerts v1", None))));
        for n in 0..3 {
            let vp = crate::presentation::Presentation {
                holder: None,
                securing: None,
                credentials: vec![b"{}".to_vec(); n],
                not_opened: 0,
            };
            let verify = |_: &[u8]| crate::report::Report::new(Vec::new());
            let r = crate::presentation::report(vp, Vec::new(), &verify);
            all.push(*r.checks[0].named.clone().unwrap());
        }
        assert_eq!(all.len(), 7 + 1 + 2 * SUITES.len() + CHAINS.len() + 2 + 3);
        for n in &all {
            for w in [&n.what, &n.instead] {
                for (lang, t) in [("en", &w.en), ("nl", &w.nl), ("de", &w.de), ("fr", &w.fr)] {
                    assert!(!t.trim().is_empty(), "{}: no {lang} words", n.format);
                    assert!(lang == "en" || *t != w.en, "{}: {lang} is English", n.format);
                }
                for (i, c) in w.fr.char_indices() {
                    if matches!(c, ':' | ';' | '?' | '!') {
                        assert!(
                            w.fr[..i].ends_with('\u{a0}'),
                            "{}: French needs a no-break space before {c}: {}",
                            n.format,
                            w.fr
                        );
                    }
                }
            }
        }
        // a language is picked by its tag; one without words is English
        let w = &all[0].what;
        assert_eq!(w.get("de-AT"), w.de);
        assert_eq!(w.get("fr"), w.fr);
        assert_eq!(w.get("nl-BE"), w.nl);
        assert_eq!(w.get("es"), w.en);
        let english = Words {
            en: "x".to_owned(),
            ..Words::default()
        };
        assert_eq!(english.get("fr"), "x");
    }

    #[test]
    fn a_signed_document_that_is_no_credential_says_so_after_its_proof() {
        let doc = obj(json!({"type": "Person", "proof": {"type": "EthereumEip712Signature2021"}}));
        let (f, _) = document(&doc).unwrap();
        assert_eq!(f.line(), Some("proof_named_not_checked"));
        let then = f.facts.as_ref().unwrap().then.as_ref().unwrap();
        assert_eq!(then.line, "signed_document_not_credential");
        assert_eq!(f.named.as_ref().unwrap().format, "eip712");
        #[cfg(not(target_arch = "wasm32"))]
        assert_eq!(
            f.detail,
            "EthereumEip712Signature2021: not checked, not rejected (the document, of type Person, is not a W3C verifiable credential)"
        );
        let untyped = obj(json!({"proof": {"type": "RsaSignature2018"}}));
        let f = document(&untyped).unwrap().0;
        let then = f.facts.as_ref().unwrap().then.as_ref().unwrap();
        assert_eq!(then.line, "signed_document_untyped");
    }

    #[test]
    fn blockcerts_v2_names_its_chain_and_keeps_its_statements() {
        let doc = json!({"@context": ["https://w3id.org/openbadges/v2", "https://w3id.org/blockcerts/v2"],
            "type": "Assertion", "signature": {"type": ["MerkleProof2017", "Extension"],
            "anchors": [{"sourceId": "0x16", "type": "ETHData", "chain": "ethereumRopsten"}]}});
        let (f, statements) = document(doc.as_object().unwrap()).unwrap();
        assert_eq!(f.code, Code::BlockchainAnchored);
        let n = f.named.unwrap();
        assert_eq!(n.anchor, Some("ethereum_ropsten"));
        assert!(n.what.en.contains("Ropsten"), "{}", n.what.en);
        assert!(statements.is_some());
    }

    #[test]
    fn a_proof_set_with_a_merkle_proof_is_blockcerts_and_bbs_says_base_or_derived() {
        let secp = obj(json!({"type": "EcdsaSecp256k1Signature2019"}));
        let all = vec![
            Value::Object(secp.clone()),
            json!({"type": "ChainedProof2021", "chainedProofType": "MerkleProof2019"}),
        ];
        assert_eq!(proof(&secp, &all).unwrap().code, Code::BlockchainAnchored);
        assert_eq!(
            proof(&secp, &[]).unwrap().named.unwrap().format,
            "legacy_proof"
        );
        let base = obj(
            json!({"type": "DataIntegrityProof", "cryptosuite": "bbs-2023", "proofValue": "u2V0ChVhQ"}),
        );
        let f = proof(&base, &[]).unwrap();
        assert_eq!(f.code, Code::CryptosuiteUnsupported);
        assert!(f.named.unwrap().what.en.contains("base proof"));
        assert!(proof(&obj(json!({"type": "SomeProofType"})), &[]).is_none());
    }
}
