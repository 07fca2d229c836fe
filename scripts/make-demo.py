#!/usr/bin/env python3
"""Generates the demo material in www/demo/ with the keurmerk CLI: a demo trust list signed by a
demo operator, and credentials from fictional issuers, so the demo page shows `verified`,
`issuer_unknown`, a withdrawn issuer, a tampered and an expired credential.

Secret keys stay in scripts/demo-keys/ (fictional, for the demo only); the page gets only the
operator's public key (www/demo/operator.json). Run: bash scripts/make-demo.sh
"""
import copy, hashlib, json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "www", "demo")
KEYS = os.path.join(ROOT, "scripts", "demo-keys")
CLI = os.path.join(ROOT, "target", "debug", "keurmerk")


def run(*args):
    return subprocess.run([CLI, *args], check=True, capture_output=True).stdout


def key(name):
    path = os.path.join(KEYS, f"{name}.key.json")
    if not os.path.exists(path):
        run("keygen", "--out", path)
    mb = json.load(open(path))["publicKeyMultibase"]
    return {"path": path, "mb": mb, "did": f"did:key:{mb}"}


def write(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return os.path.join(OUT, name)


def badge(issuer_name, country, title, description, valid_from, alignments, valid_until=None):
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:uuid:demo-{hashlib.sha256(title.encode()).hexdigest()[:12]}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "issuer": {"id": "did:example:set-by-sign", "type": ["Profile"], "name": issuer_name,
                   "address": {"type": ["Address"], "addressCountry": country}},
        "validFrom": valid_from,
        "credentialSubject": {
            "id": "did:example:learner-sanne-de-vries", "type": ["AchievementSubject"],
            "achievement": {"id": f"https://demo.example/achievements/{hashlib.sha256(title.encode()).hexdigest()[:8]}", "type": ["Achievement"],
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


def sign(doc, k, suite, issuer, vm=None, name=None, profile=None):
    tmp = write(".tmp.json", doc)
    args = ["sign", "--suite", suite, "--key", k["path"], "--issuer", issuer, "--created", "2026-07-01T10:00:00Z"]
    if vm:
        args += ["--verification-method", vm]
    if profile:
        args += ["--jwt-profile", profile]
    out = run(*args, tmp).decode()
    os.remove(tmp)
    if name:
        write(name, out)
    return out


def main():
    os.makedirs(KEYS, exist_ok=True)
    op, roc, hs, tu, be, unknown, gone = (key(n) for n in ["operator", "roc", "hogeschool", "tu", "be", "unknown", "withdrawn"])
    hs_did = "did:web:badges.hogeschool-voorbeeld.example"
    eqf = lambda n: align("ext:EQFLevel", f"EQF {n}", str(n), "https://europa.eu/europass/en/description-eight-eqf-levels")
    nlqf = lambda n: align("ext:NLQFLevel", f"NLQF {n}", str(n), "https://www.nlqf.nl/nlqf-niveaus")
    granted = [{"status": "granted", "from": "2024-01-01T00:00:00Z"}]

    # the list the demo page loads
    trust = {
        "type": "KeurmerkTrustList",
        "schemeInformation": {
            "sequenceNumber": 1, "issued": "2026-11-01T00:00:00Z", "nextUpdate": "2027-05-01T00:00:00Z",
            "operator": {"id": op["did"], "name": {"nl": "Demoregister microcredentials", "en": "Micro-credential demo registry"}, "country": "NL"},
            "name": {"nl": "Aanbieders van microcredentials (demo)", "en": "Micro-credential issuers (demo)"},
        },
        "trustedEntities": [
            {"id": roc["did"], "name": {"nl": "ROC Voorbeeldstad", "en": "ROC Voorbeeldstad (VET college)"}, "country": "NL",
             "homepage": "https://roc-voorbeeldstad.example", "statusHistory": granted,
             "accreditations": [{"framework": "EQF", "levels": [2, 3, 4], "body": "Inspectie van het Onderwijs"}]},
            {"id": hs_did, "alsoKnownAs": ["https://www.hogeschool-voorbeeld.example"],
             "name": {"nl": "Hogeschool Voorbeeld", "en": "Voorbeeld University of Applied Sciences"}, "country": "NL",
             "keys": [{"id": f"{hs_did}#key-1", "publicKeyMultibase": hs["mb"]}], "statusHistory": granted,
             "accreditations": [{"framework": "EQF", "levels": [5, 6, 7], "body": "NVAO"}]},
            {"id": tu["did"], "name": {"en": "Technische Hochschule Beispielstadt", "nl": "Technische Hochschule Beispielstadt"}, "country": "DE", "statusHistory": granted},
            {"id": be["did"], "name": {"nl": "Hogeschool West-Voorbeeld", "en": "West-Voorbeeld University College"}, "country": "BE", "statusHistory": granted},
            {"id": gone["did"], "name": {"en": "Quick Certificates Ltd", "nl": "Quick Certificates Ltd"}, "country": "NL",
             "statusHistory": [{"status": "granted", "from": "2024-01-01T00:00:00Z"}, {"status": "withdrawn", "from": "2026-03-01T00:00:00Z"}]},
        ],
    }
    write(".trust-list.unsigned.json", trust)
    run("trust-list", "sign", "--key", op["path"], "--created", "2026-11-01T00:00:00Z",
        "--out", os.path.join(OUT, "trust-list.json"), os.path.join(OUT, ".trust-list.unsigned.json"))
    os.remove(os.path.join(OUT, ".trust-list.unsigned.json"))
    write("operator.json", {"publicKeyMultibase": op["mb"], "note": "Public key of the demo trust-list operator (the trust anchor)."})

    mbo = badge("ROC Voorbeeldstad", "Nederland", "Zorgtechnologie in de wijk", "Past zorgtechnologie toe bij cliënten thuis; 240 SBU.",
                "2026-06-30T00:00:00Z", [nlqf(4), eqf(4)])
    sign(mbo, roc, "eddsa-rdfc-2022", roc["did"], name="mbo-zorgtechnologie.json")
    he = badge("Hogeschool Voorbeeld", "Nederland", "Data-analyse met Python (5 EC)", "Analyseert datasets reproduceerbaar; 5 EC.",
               "2026-07-15T00:00:00Z", [eqf(6), nlqf(6)])
    sign(he, hs, "eddsa-jcs-2022", hs_did, vm=f"{hs_did}#key-1", name="hbo-data-analyse.json")
    de = badge("Technische Hochschule Beispielstadt", "Deutschland", "Robotik-Grundlagen", "Programmiert Industrieroboter; 6 ECTS.",
               "2026-05-01T00:00:00Z", [eqf(6)])
    sign(de, tu, "jwt", tu["did"], profile="ob3", name="de-robotik.jwt")
    bel = badge("Hogeschool West-Voorbeeld", "België", "Duurzaam bouwen", "Beoordeelt bouwprojecten op circulariteit; 3 ECTS.",
                "2026-04-01T00:00:00Z", [eqf(6)])
    sign(bel, be, "ed25519-2020", be["did"], name="be-duurzaam-bouwen.json")
    un = badge("International Academy of Excellence", "Nowhere", "Master of Everything", "Awarded on request.",
               "2026-05-01T00:00:00Z", [eqf(8)])
    sign(un, unknown, "eddsa-rdfc-2022", unknown["did"], name="unknown-issuer.json")
    wd = badge("Quick Certificates Ltd", "Nederland", "Projectmanagement in één dag", "Een dag training.",
               "2026-04-15T00:00:00Z", [eqf(5)])
    sign(wd, gone, "eddsa-rdfc-2022", gone["did"], name="withdrawn-issuer.json")
    tampered = json.loads(open(os.path.join(OUT, "mbo-zorgtechnologie.json")).read())
    tampered["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] = "6"
    tampered["credentialSubject"]["achievement"]["alignment"][0]["targetName"] = "NLQF 6"
    write("mbo-tampered-level.json", tampered)
    old = badge("ROC Voorbeeldstad", "Nederland", "BHV-basis", "Bedrijfshulpverlening; 16 SBU.",
                "2024-01-10T00:00:00Z", [nlqf(2)], valid_until="2025-01-10T00:00:00Z")
    sign(old, roc, "eddsa-rdfc-2022", roc["did"], name="mbo-expired.json")
    # a baked PNG badge (the demo badge picture with the MBO credential inside)
    picture = os.path.join(ROOT, "tests", "vectors", "own", "templates", "badge.png")
    run("bake", "--png", picture, "--out", os.path.join(OUT, "mbo-badge.png"), os.path.join(OUT, "mbo-zorgtechnologie.json"))
    # revocation: ROC's status list, with entry 42 revoked; a credential on entry 42 and one whose list is not supplied
    url = "https://status.roc-voorbeeldstad.example/lists/2026"
    status = os.path.join(OUT, "status-list.json")
    run("status-list", "create", "--key", roc["path"], "--id", url, "--valid-from", "2026-01-01T00:00:00Z", "--created", "2026-01-01T00:00:00Z", "--out", status)
    run("status-list", "set", "--key", roc["path"], "--index", "42", "--created", "2026-01-01T00:00:00Z", "--out", status, status)
    write("status-documents.json", {url: "status-list.json"})
    for name, index, list_url in [("mbo-revoked.json", 42, url), ("mbo-status-unknown.json", 7, "https://status.roc-voorbeeldstad.example/lists/not-supplied")]:
        d = badge("ROC Voorbeeldstad", "Nederland", "Veilig tillen" if index == 42 else "Hygiëne in de zorg",
                  "Praktijkexamen; 40 SBU.", "2026-03-01T00:00:00Z", [nlqf(3)])
        d["credentialStatus"] = {"id": f"{list_url}#{index}", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                                 "statusListIndex": str(index), "statusListCredential": list_url}
        sign(d, roc, "eddsa-rdfc-2022", roc["did"], name=name)
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
