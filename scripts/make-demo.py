#!/usr/bin/env python3
"""Generates the demo material in www/demo/ with the keurmerk CLI: a demo trust list signed by a
demo operator, and credentials from fictional issuers, so the demo page shows `verified`,
`issuer_unknown`, a withdrawn issuer, a tampered and an expired credential.

Secret keys stay in scripts/demo-keys/ (fictional, for the demo only; made only if missing); the
page gets only the operator's public key (www/demo/operator.json). It bakes the picture
tests/vectors/own/templates/badge.png, which scripts/make-vectors.py writes.

Run: python3 scripts/make-demo.py   (builds the CLI first; honours CARGO_TARGET_DIR)
"""
import hashlib, os

import vectorlib
from vectorlib import OWN, ROOT, Corpus, bake, cli, key, sign, sign_trust_list

OUT = os.path.join(ROOT, "www", "demo")
KEYS = os.path.join(ROOT, "scripts", "demo-keys")
CREATED = "2026-07-01T10:00:00Z"
HS_DID = "did:web:badges.hogeschool-voorbeeld.example"
STATUS_LIST = "https://status.roc-voorbeeldstad.example/lists/2026"


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
    """The list the demo page loads, and its operator's public key (the page's trust anchor)."""
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
        {"id": k["withdrawn"]["did"], "name": {"en": "Quick Certificates Ltd", "nl": "Quick Certificates Ltd"},
         "country": "NL", "statusHistory": [{"status": "granted", "from": "2024-01-01T00:00:00Z"},
                                            {"status": "withdrawn", "from": "2026-03-01T00:00:00Z"}]},
    ])
    sign_trust_list(trust, op, demo.path("trust-list.json"))
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


def main():
    demo = Corpus(OUT)
    keys = {name: key(KEYS, name) for name in ["operator", "roc", "hogeschool", "tu", "be", "unknown", "withdrawn"]}
    trust_list(demo, keys)
    credentials(demo, keys)
    revocation(demo, keys)
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
