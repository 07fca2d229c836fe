#!/usr/bin/env python3
"""Generates the demo material in www/demo/ with the keurmerk CLI: a demo trust list signed by a
demo operator, and credentials from fictional issuers, so the demo page shows `verified`,
`issuer_unknown`, a withdrawn issuer, a tampered and an expired credential.

Secret keys stay in scripts/demo-keys/ (fictional, for the demo only; made only if missing); the
page gets only the operator's public key (www/demo/operator.json). It bakes the picture
tests/vectors/own/templates/badge.png, which scripts/make-vectors.py writes.

Run: python3 scripts/make-demo.py   (builds the CLI first; honours CARGO_TARGET_DIR)
"""
import hashlib, json, os

import vectorlib
from vectorlib import OWN, ROOT, Corpus, b64u, bake, cli, key, sign, sign_jws, sign_trust_list

OUT = os.path.join(ROOT, "www", "demo")
KEYS = os.path.join(ROOT, "scripts", "demo-keys")
CREATED = "2026-07-01T10:00:00Z"
HS_DID = "did:web:badges.hogeschool-voorbeeld.example"
STATUS_LIST = "https://status.roc-voorbeeldstad.example/lists/2026"
OB2_CONTEXT = "https://w3id.org/openbadges/v2"
LIBRARY = "https://badges.bibliotheek-voorbeeldstad.example"  # answers through the demo page's resolver
SPORTCLUB = "https://badges.sportclub-voorbeeld.example"  # the demo's resolver does not reach it
LEARNER_EMAIL = "sanne.devries@example.nl"


def badge(issuer_name, country, title, description, valid_from, alignments, valid_until=None):
    digest = hashlib.sha256(title.encode()).hexdigest()
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:uuid:demo-{digest[:12]}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "issuer": {"id": "did:example:set-by-sign", "type": ["Profile"], "name": issuer_name,
                   "address": {"type": ["Address"], "addressCountry": country}},
        "validFrom": valid_from,
        "credentialSubject": {
            "id": "did:example:learner-sanne-de-vries", "type": ["AchievementSubject"],
            "achievement": {"id": f"https://demo.example/achievements/{digest[:8]}", "type": ["Achievement"],
                            "achievementType": "MicroCredential", "name": title, "description": description,
                            "criteria": {"narrative": "Assessed by an examiner against the published criteria."},
                            "alignment": alignments},
        },
    }
    if valid_until:
        doc["validUntil"] = valid_until
    return doc


def align(target_type, name, code, url):
    return {"type": ["Alignment"], "targetType": target_type, "targetName": name, "targetCode": code, "targetUrl": url}


def eqf(n):
    return align("ext:EQFLevel", f"EQF {n}", str(n), "https://europa.eu/europass/en/description-eight-eqf-levels")


def nlqf(n):
    return align("ext:NLQFLevel", f"NLQF {n}", str(n), "https://www.nlqf.nl/nlqf-niveaus")


def issue(demo, name, doc, k, suite, issuer, vm=None, profile=None):
    signed = sign(doc, k, suite, issuer=issuer, vm=vm, profile=profile, created=CREATED)
    demo.write(name, signed + "\n" if suite == "jwt" else signed)


def trust_list(demo, k):
    """The list the demo page loads, and its operator's public key (the page's trust anchor); and a
    real credential of an issuer the list has from a public register."""
    op = k["operator"]
    granted = [{"status": "granted", "from": "2024-01-01T00:00:00Z"}]
    trust = vectorlib.trust_list(op, {"nl": "Demoregister microcredentials", "en": "Micro-credential demo registry"},
                                 {"nl": "Aanbieders van microcredentials (demo)", "en": "Micro-credential issuers (demo)"}, [
        {"id": k["roc"]["did"], "name": {"nl": "ROC Voorbeeldstad", "en": "ROC Voorbeeldstad (VET college)"},
         "country": "NL", "homepage": "https://roc-voorbeeldstad.example", "statusHistory": granted,
         "accreditations": [{"framework": "EQF", "levels": [2, 3, 4], "body": "Inspectie van het Onderwijs"}]},
        {"id": HS_DID, "alsoKnownAs": ["https://www.hogeschool-voorbeeld.example"],
         "name": {"nl": "Hogeschool Voorbeeld", "en": "Voorbeeld University of Applied Sciences"}, "country": "NL",
         "keys": [{"id": f"{HS_DID}#key-1", "publicKeyMultibase": k["hogeschool"]["mb"]}], "statusHistory": granted,
         "accreditations": [{"framework": "EQF", "levels": [5, 6, 7], "body": "NVAO"}]},
        {"id": k["tu"]["did"],
         "name": {"en": "Technische Hochschule Beispielstadt", "nl": "Technische Hochschule Beispielstadt"},
         "country": "DE", "statusHistory": granted},
        {"id": k["be"]["did"], "name": {"nl": "Hogeschool West-Voorbeeld", "en": "West-Voorbeeld University College"},
         "country": "BE", "statusHistory": granted},
        {"id": k["wallet-issuer"]["did"], "name": {"nl": "Universiteit Voorbeeldstad", "en": "Voorbeeldstad University"},
         "country": "NL", "homepage": "https://www.universiteit-voorbeeldstad.example", "statusHistory": granted,
         "accreditations": [{"framework": "EQF", "levels": [6, 7, 8], "body": "NVAO"}]},
        {"id": k["withdrawn"]["did"], "name": {"en": "Quick Certificates Ltd", "nl": "Quick Certificates Ltd"},
         "country": "NL", "statusHistory": [{"status": "granted", "from": "2024-01-01T00:00:00Z"},
                                            {"status": "withdrawn", "from": "2026-03-01T00:00:00Z"}]},
    ])
    # The fictional issuers, and the issuers of a real public register as an operator would add them
    # (docs/trust-list.md, "Build a trust list for your ATS"): the DCC community registry, read on the
    # day the list is issued, imported and merged into the one list the operator signs. Its
    # statements are fresh for 180 days, this demo list's lifetime; a real operator re-reads monthly
    # (the default). The credential is the DCC's own test credential, from its public vc-test-fixtures.
    sources = os.path.join(ROOT, "tests", "fixtures", "trust-sources", "dcc")
    entries = vectorlib.scratch("dcc-entries.json")
    cli("trust-list", "import", "dcc-registry", "--known", os.path.join(sources, "known-did-registries.json"),
        "--url", "https://digitalcredentials.github.io/community-registry/registry.json",
        "--retrieved", vectorlib.TRUST_LIST_ISSUED, "--fresh-for", "180", "--out", entries,
        os.path.join(sources, "community-registry.json"))
    scheme = {k: v for k, v in trust["schemeInformation"].items() if k not in ("issued", "nextUpdate")}
    cli("trust-list", "merge", "--scheme", vectorlib.scratch("scheme.json", scheme), "--now", vectorlib.TRUST_LIST_ISSUED,
        "--sign-with", op["path"], "--out", demo.path("trust-list.json"),
        vectorlib.scratch("fictional.json", trust), entries)
    real = os.path.join(ROOT, "tests", "vectors", "external", "dcc-vc-test-fixtures", "v1", "dataIntegrityProof",
                        "didKey", "fourRegistry-noStatus-noExpiry.json")
    with open(real, "rb") as f:
        demo.write("dcc-test-credential.json", f.read())
    # A real Europass Digital Credential (the Commission's ELM sample, EUPL-1.2, tests/vectors/edc/),
    # sealed with JAdES by an ANF test seal: the widget shows its three seal lines and the descriptors.
    with open(os.path.join(ROOT, "tests", "vectors", "edc", "elm-sample-mc-annex1-signed.jsonld"), "rb") as f:
        demo.write("europass-micro-credential.jsonld", f.read())
    demo.write("operator.json", {"publicKeyMultibase": op["mb"],
                                 "note": "Public key of the demo trust-list operator (the trust anchor)."})


def credentials(demo, k):
    """One credential a suite and country, an unknown and a withdrawn issuer, tampered, expired, baked."""
    roc = k["roc"]
    mbo = badge("ROC Voorbeeldstad", "Nederland", "Zorgtechnologie in de wijk",
                "Past zorgtechnologie toe bij cliënten thuis; 240 SBU.", "2026-06-30T00:00:00Z", [nlqf(4), eqf(4)])
    issue(demo, "mbo-zorgtechnologie.json", mbo, roc, "eddsa-rdfc-2022", roc["did"])
    he = badge("Hogeschool Voorbeeld", "Nederland", "Data-analyse met Python (5 EC)",
               "Analyseert datasets reproduceerbaar; 5 EC.", "2026-07-15T00:00:00Z", [eqf(6), nlqf(6)])
    issue(demo, "hbo-data-analyse.json", he, k["hogeschool"], "eddsa-jcs-2022", HS_DID, vm=f"{HS_DID}#key-1")
    de = badge("Technische Hochschule Beispielstadt", "Deutschland", "Robotik-Grundlagen",
               "Programmiert Industrieroboter; 6 ECTS.", "2026-05-01T00:00:00Z", [eqf(6)])
    issue(demo, "de-robotik.jwt", de, k["tu"], "jwt", k["tu"]["did"], profile="ob3")
    bel = badge("Hogeschool West-Voorbeeld", "België", "Duurzaam bouwen",
                "Beoordeelt bouwprojecten op circulariteit; 3 ECTS.", "2026-04-01T00:00:00Z", [eqf(6)])
    issue(demo, "be-duurzaam-bouwen.json", bel, k["be"], "ed25519-2020", k["be"]["did"])
    un = badge("International Academy of Excellence", "Nowhere", "Master of Everything", "Awarded on request.",
               "2026-05-01T00:00:00Z", [eqf(8)])
    issue(demo, "unknown-issuer.json", un, k["unknown"], "eddsa-rdfc-2022", k["unknown"]["did"])
    wd = badge("Quick Certificates Ltd", "Nederland", "Projectmanagement in één dag", "Een dag training.",
               "2026-04-15T00:00:00Z", [eqf(5)])
    issue(demo, "withdrawn-issuer.json", wd, k["withdrawn"], "eddsa-rdfc-2022", k["withdrawn"]["did"])
    tampered = demo.json("mbo-zorgtechnologie.json")
    tampered["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] = "6"
    tampered["credentialSubject"]["achievement"]["alignment"][0]["targetName"] = "NLQF 6"
    demo.write("mbo-tampered-level.json", tampered)
    old = badge("ROC Voorbeeldstad", "Nederland", "BHV-basis", "Bedrijfshulpverlening; 16 SBU.",
                "2024-01-10T00:00:00Z", [nlqf(2)], valid_until="2025-01-10T00:00:00Z")
    issue(demo, "mbo-expired.json", old, roc, "eddsa-rdfc-2022", roc["did"])
    # a baked PNG badge (the demo badge picture with the MBO credential inside)
    picture = os.path.join(OWN, "templates", "badge.png")
    demo.write("mbo-badge.png", bake("png", picture, demo.path("mbo-zorgtechnologie.json")))


def revocation(demo, k):
    """ROC's status list with entry 42 revoked; a credential on entry 42 and one whose list is not supplied."""
    roc = k["roc"]
    status = demo.path("status-list.json")
    cli("status-list", "create", "--key", roc["path"], "--id", STATUS_LIST, "--valid-from", "2026-01-01T00:00:00Z",
        "--created", "2026-01-01T00:00:00Z", "--out", status)
    cli("status-list", "set", "--key", roc["path"], "--index", "42", "--created", "2026-01-01T00:00:00Z",
        "--out", status, status)
    demo.write("status-documents.json", {STATUS_LIST: "status-list.json"})
    for name, title, index, list_url in [
        ("mbo-revoked.json", "Veilig tillen", 42, STATUS_LIST),
        ("mbo-status-unknown.json", "Hygiëne in de zorg", 7, "https://status.roc-voorbeeldstad.example/lists/not-supplied"),
    ]:
        d = badge("ROC Voorbeeldstad", "Nederland", title, "Praktijkexamen; 40 SBU.", "2026-03-01T00:00:00Z", [nlqf(3)])
        d["credentialStatus"] = {"id": f"{list_url}#{index}", "type": "BitstringStatusListEntry",
                                 "statusPurpose": "revocation", "statusListIndex": str(index),
                                 "statusListCredential": list_url}
        issue(demo, name, d, roc, "eddsa-rdfc-2022", roc["did"])


def p256_key(name):
    """A P-256 key as a private JWK in scripts/demo-keys/ (made with `keurmerk keygen` if missing):
    (path, public JWK, did:jwk)."""
    path = os.path.join(KEYS, f"{name}.key.jwk.json")
    if not os.path.exists(path):
        cli("keygen", "--alg", "es256", "--format", "jwk", "--out", path)
    with open(path, encoding="utf-8") as f:
        jwk = json.load(f)
    public = {k: jwk[k] for k in ("crv", "kty", "x", "y")}
    did = "did:jwk:" + b64u(json.dumps(public, separators=(",", ":")).encode())
    return {"path": path, "jwk": public, "did": did, "vm": did + "#0"}


def ob2(demo):
    """Open Badges 2.0 hosted badges, as most badges issued today are: a library's badge whose
    documents the demo page's resolver serves (from hosted-*.json here, standing in for the issuer's
    site), the same library's revoked badge (its URL answers 410 Gone), and a sports club's badge
    whose site the resolver does not reach (check at the issuer)."""
    salt = "k3rm1s"
    identity = "sha256$" + hashlib.sha256((LEARNER_EMAIL + salt).encode()).hexdigest()

    def assertion(host, number, badge, issued):
        return {"@context": OB2_CONTEXT, "type": "Assertion", "id": f"{host}/assertions/{number}.json",
                "recipient": {"type": "email", "hashed": True, "salt": salt, "identity": identity},
                "badge": f"{host}/badges/{badge}.json", "issuedOn": issued, "verification": {"type": "hosted"}}

    kept = assertion(LIBRARY, "2026-0142", "digitale-basisvaardigheden", "2026-05-20T14:00:00Z")
    kept["evidence"] = f"{LIBRARY}/evidence/2026-0142"
    demo.write("ob2-bibliotheek.json", kept)
    revoked = assertion(LIBRARY, "2026-0099", "digitale-basisvaardigheden", "2026-02-11T10:30:00Z")
    demo.write("ob2-bibliotheek-ingetrokken.json", revoked)
    demo.write("ob2-sportclub.json", assertion(SPORTCLUB, "7781", "zwemdiploma-a", "2026-04-02T09:00:00Z"))
    badge_class = {
        "@context": OB2_CONTEXT, "type": "BadgeClass", "id": f"{LIBRARY}/badges/digitale-basisvaardigheden.json",
        "name": "Digitale basisvaardigheden",
        "description": "Werkt veilig met e-mail, DigiD en online formulieren van de overheid.",
        "image": f"{LIBRARY}/badges/digitale-basisvaardigheden.png",
        "criteria": {"narrative": "Volgde de cursus Klik & Tik (12 uur) en rondde de praktijkopdracht af."},
        "issuer": f"{LIBRARY}/issuer.json", "tags": ["digitale vaardigheden", "basisvaardigheden"],
        "alignment": [{"targetName": "DigComp 2.2 — 2.1 Interacting through digital technologies",
                       "targetUrl": "https://joint-research-centre.ec.europa.eu/digcomp_en",
                       "targetFramework": "DigComp 2.2", "targetCode": "2.1"}]}
    issuer = {"@context": OB2_CONTEXT, "type": "Issuer", "id": f"{LIBRARY}/issuer.json",
              "name": "Bibliotheek Voorbeeldstad", "url": "https://www.bibliotheek-voorbeeldstad.example",
              "email": "badges@bibliotheek-voorbeeldstad.example", "revocationList": f"{LIBRARY}/revocations.json"}
    revocations = {"@context": OB2_CONTEXT, "type": "RevocationList", "id": f"{LIBRARY}/revocations.json",
                   "revokedAssertions": []}
    gone = {"@context": OB2_CONTEXT, "id": revoked["id"], "revoked": True,
            "revocationReason": "Per vergissing uitgereikt aan een andere deelnemer."}
    demo.write("hosted-ob2-badge-class.json", badge_class)
    demo.write("hosted-ob2-issuer.json", issuer)
    demo.write("hosted-ob2-revocations.json", revocations)
    demo.write("hosted-ob2-gone.json", gone)
    # What the demo page's resolver answers, URL -> file (or a 410 with that body): the issuer's site.
    demo.write("hosted-documents.json", {
        kept["id"]: "ob2-bibliotheek.json",
        badge_class["id"]: "hosted-ob2-badge-class.json",
        issuer["id"]: "hosted-ob2-issuer.json",
        revocations["id"]: "hosted-ob2-revocations.json",
        revoked["id"]: {"status": 410, "file": "hosted-ob2-gone.json"},
    })


def sd_jwt_vc(demo, wallet_issuer, holder):
    """An SD-JWT VC as an EU wallet holds it: the EUDI Learning Credential (vct
    urn:eu.europa.ec.eudi:learning:credential:1) of a Dutch university, ES256 by a did:jwk key the
    demo trust list vouches for; the learner's name, grade and one of two learning outcomes are
    selectively disclosable, and the wallet disclosed all but the second outcome, with a key-binding
    JWT for an employer. Salts are fixed so that the file is the same on every run."""
    def disclosure(salt, *parts):
        d = b64u(json.dumps([salt, *parts], ensure_ascii=False, separators=(",", ":")).encode())
        return d, b64u(hashlib.sha256(d.encode()).digest())

    given, given_h = disclosure("c2FsdC1naXZlbg", "given_name", "Sanne")
    family, family_h = disclosure("c2FsdC1mYW1pbHk", "family_name", "de Vries")
    grade, grade_h = disclosure("c2FsdC1ncmFkZQ", "assessment_grade", "8,5")
    first, first_h = disclosure("c2FsdC1vdXQx", "Verklaart de werking van een taalmodel aan niet-specialisten")
    second, second_h = disclosure("c2FsdC1vdXQy", "Beoordeelt de risico's van AI-toepassingen volgens de AI-verordening")
    payload = {
        "iss": wallet_issuer["did"], "iat": 1_782_864_000, "exp": 1_893_456_000,
        "vct": "urn:eu.europa.ec.eudi:learning:credential:1",
        "issuing_authority": "Universiteit Voorbeeldstad", "issuing_country": "NL",
        "date_of_issuance": "2026-07-01", "achievement_title": "AI-geletterdheid voor professionals",
        "achievement_description": "Microcredential van de Academie voor Levenlang Leren.",
        "expected_study_time": "3 ECTS", "level_of_learning_experience": 6, "form_of_participation": "online",
        "types_of_quality_assurance": ["NVAO-accreditatie van de instelling"],
        "learning_outcomes": [{"...": first_h}, {"...": second_h}],
        "_sd": sorted([given_h, family_h, grade_h]), "_sd_alg": "sha-256",
        "cnf": {"jwk": holder["jwk"]},
    }
    header = {"alg": "ES256", "typ": "dc+sd-jwt", "kid": wallet_issuer["vm"]}
    issued = sign_jws(header, payload, {"path": wallet_issuer["path"]})
    presented = "~".join([issued, given, family, grade, first]) + "~"
    binding = {"iat": 1_783_000_000, "aud": "https://werkgever.example", "nonce": "vacature-2026-118",
               "sd_hash": b64u(hashlib.sha256(presented.encode()).digest())}
    kb = sign_jws({"alg": "ES256", "typ": "kb+jwt"}, binding, {"path": holder["path"]})
    demo.write("wallet-leerresultaat.sd-jwt", presented + kb + "\n")


def main():
    demo = Corpus(OUT)
    keys = {name: key(KEYS, name) for name in ["operator", "roc", "hogeschool", "tu", "be", "unknown", "withdrawn"]}
    keys["wallet-issuer"] = p256_key("wallet-issuer")
    trust_list(demo, keys)
    credentials(demo, keys)
    revocation(demo, keys)
    ob2(demo)
    sd_jwt_vc(demo, keys["wallet-issuer"], p256_key("wallet-holder"))
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
