#!/usr/bin/env python3
"""Generates Keurmerk's own test vectors in tests/vectors/own/ with the keurmerk CLI.

Every signature is made by `keurmerk sign`; this script only edits JSON (to tamper after signing)
and builds the unsigned / shared-secret tokens an attacker would send (alg none, HS256 keyed with
the issuer's public key), which need no private key. It writes EXPECTED.json: file -> expected
verdict, deciding check code and the --document arguments the case needs.

Keys in tests/vectors/own/keys/ are kept (made only if missing): Ed25519 Multikey files, and for the
ECDSA and RSA cases a P-256 Multikey file, a P-384 PKCS#8 PEM and an RSA JWK (alg RS256). Every
signature here is deterministic (Ed25519, ECDSA with RFC 6979 nonces, RSASSA-PKCS1-v1_5); PS256 salts
are random, so PS256 stays out of the committed vectors (tests/cli.rs signs and verifies it). Inputs
are in templates/. Run:
python3 scripts/make-vectors.py (builds the CLI; honours CARGO_TARGET_DIR). scripts/check-generated.sh
reruns it in CI and fails if the output differs from the committed files.
"""
import base64, copy, hashlib, hmac, json, os, sys, zlib

import vectorlib
from vectorlib import (CREATED, OWN, ROOT, Corpus, assemble, b64u, bake, chunks, cli, itxt, jwt_parts, key, sign,
                       sign_jws, sign_trust_list, template)

WEB_DID = "did:web:badges.roc-voorbeeldstad.example"
STATUS = "https://status.roc-voorbeeldstad.example/lists"


def eddsa_jcs(own, k):
    issuer, other = k["issuer"], k["attacker"]
    ob = template("ob3-mbo.json")
    valid = sign(ob, issuer, issuer=issuer["did"])
    own.case("jcs-valid.json", valid, "issuer_unknown", "trust_no_lists", why="valid; no trust list loaded")

    t = copy.deepcopy(valid)
    t["credentialSubject"]["achievement"]["name"] = "Zorgtechnologie in de wijk (NLQF 6)"
    own.case("jcs-tampered-achievement.json", t, "invalid", "signature_invalid",
             why="achievement name changed after signing")
    t = copy.deepcopy(valid)
    t["issuer"]["name"] = "Universiteit van Nergens"
    own.case("jcs-tampered-issuer-name.json", t, "invalid", "signature_invalid",
             why="issuer name changed after signing")
    t = copy.deepcopy(valid)
    t["issuer"]["id"] = other["did"]
    own.case("jcs-issuer-swapped.json", t, "invalid", "signature_invalid", why="issuer id swapped after signing")

    own.case("jcs-signed-by-other-key.json", sign(ob, other, issuer=issuer["did"]), "invalid", "issuer_mismatch",
             why="good signature by the attacker's own did:key, issuer claims the victim")
    own.case("jcs-wrong-key-for-vm.json", sign(ob, other, issuer=issuer["did"], vm=issuer["vm"]), "invalid",
             "signature_invalid", why="signed by the attacker but naming the issuer's key")

    d = copy.deepcopy(ob); d["validUntil"] = "2025-01-01T00:00:00Z"; d["validFrom"] = "2024-01-01T00:00:00Z"
    own.case("jcs-expired.json", sign(d, issuer, issuer=issuer["did"]), "expired", "expired")
    d = copy.deepcopy(ob); d["validFrom"] = "2027-01-01T00:00:00+01:00"
    own.case("jcs-not-yet-valid.json", sign(d, issuer, issuer=issuer["did"]), "not_yet_valid", "not_yet_valid")

    t = copy.deepcopy(valid); t["proof"]["proofPurpose"] = "authentication"
    own.case("jcs-proof-purpose-changed.json", t, "invalid", "proof_purpose_invalid")
    t = copy.deepcopy(valid)
    t["proof"]["@context"] = ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"]
    own.case("jcs-proof-context-swapped.json", t, "invalid", "proof_context_mismatch")
    t = copy.deepcopy(valid); del t["proof"]
    own.case("jcs-proof-removed.json", t, "invalid", "proof_missing")
    t = copy.deepcopy(valid); t["proof"]["proofValue"] = "u" + t["proof"]["proofValue"][1:]
    own.case("jcs-proof-value-not-base58.json", t, "invalid", "proof_malformed")
    t = copy.deepcopy(valid); t["proof"]["cryptosuite"] = "eddsa-2022"
    own.case("jcs-legacy-suite-name.json", t, "indeterminate", "cryptosuite_unsupported")

    own.case("jcs-vc11.json", sign(template("vc11.json"), issuer, issuer=issuer["did"]), "issuer_unknown",
             "trust_no_lists")
    # proof set: the issuer signs twice (e.g. key rotation); both must verify
    own.case("jcs-proof-set.json", sign(valid, issuer, issuer=issuer["did"]), "issuer_unknown", "trust_no_lists")


def ecdsa_rsa(own, k):
    """ES256, ES384 and RS256: VC-JWTs and the ECDSA Data Integrity suites, each with the default
    identifiers of `keurmerk sign` (did:key for the curves, did:jwk for RSA, that DID as issuer).
    `algorithm` in EXPECTED.json names what a build without the algorithm in Rust (wasm: WebCrypto
    checks these) cannot check by itself."""
    p256, p384, rsa = k["p256-issuer"], k["p384-issuer"], k["rsa-issuer"]
    ob = template("ob3-mbo.json")
    own.case("jwt-es256.jwt", sign(ob, p256, "jwt", profile="ob3") + "\n", "issuer_unknown", "trust_no_lists",
             why="ES256, a P-256 did:key issuer", algorithm="ES256")
    own.case("jwt-rs256-did-jwk.jwt", sign(ob, rsa, "jwt", profile="ob3") + "\n", "issuer_unknown", "trust_no_lists",
             why="RS256, an RSA 2048 did:jwk issuer", algorithm="RS256")
    rdfc = sign(ob, p256, "ecdsa-rdfc-2019")
    own.case("ecdsa-rdfc-2019-p256.json", rdfc, "issuer_unknown", "trust_no_lists", algorithm="ES256")
    own.case("ecdsa-jcs-2019-p384.json", sign(ob, p384, "ecdsa-jcs-2019"), "issuer_unknown", "trust_no_lists",
             why="SHA-384 with the P-384 key", algorithm="ES384")
    own.case("ecdsa-rdfc-2019-vc11-p384.json", sign(template("vc11.json"), p384, "ecdsa-rdfc-2019"), "issuer_unknown",
             "trust_no_lists", why="VC 1.1: the CLI adds the Data Integrity context", algorithm="ES384")

    t = copy.deepcopy(rdfc)
    t["credentialSubject"]["achievement"]["name"] = "Zorgtechnologie in de wijk (NLQF 6)"
    own.case("ecdsa-rdfc-2019-p256-tampered.json", t, "invalid", "signature_invalid",
             why="achievement name changed after signing", algorithm="ES256")
    token = sign(ob, rsa, "jwt", profile="ob3")
    header, payload, sig = jwt_parts(token)
    payload["name"] = "Master of Science"
    forged = token.split(".")[0] + "." + b64u(json.dumps(payload).encode()) + "." + sig
    own.case("jwt-rs256-payload-tampered.jwt", forged, "invalid", "signature_invalid", algorithm="RS256")


def did_web(own, k):
    """A did:web issuer verifies only with the DID document supplied."""
    web = k["did-web-issuer"]
    ob = template("ob3-mbo.json")
    vm = f"{WEB_DID}#key-1"
    doc = {"@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
           "id": WEB_DID,
           "verificationMethod": [{"id": vm, "type": "Multikey", "controller": WEB_DID,
                                   "publicKeyMultibase": web["mb"]}],
           "assertionMethod": [vm]}
    own.write("did-web-document.json", doc)
    own.case("jcs-did-web.json", sign(ob, web, issuer=WEB_DID, vm=vm), "issuer_unknown", "trust_no_lists",
             documents=[f"{WEB_DID}=did-web-document.json"])
    own.case("jcs-did-web-no-document.json", sign(ob, web, issuer=WEB_DID, vm=vm), "indeterminate", "key_unresolvable",
             why="DID document not supplied")
    not_asserting = copy.deepcopy(doc); not_asserting["assertionMethod"] = []; not_asserting["authentication"] = [vm]
    own.write("did-web-document-authentication-only.json", not_asserting)
    own.case("jcs-did-web-key-not-for-issuing.json", sign(ob, web, issuer=WEB_DID, vm=vm), "invalid",
             "key_not_authorized",
             documents=[f"{WEB_DID}=did-web-document-authentication-only.json"])


def intake(own):
    """Bytes around a good credential: BOM, duplicate keys, truncation, UTF-16."""
    text = json.dumps(own.json("jcs-valid.json"), indent=2, ensure_ascii=False)
    own.case("jcs-valid-with-bom.json", b"\xef\xbb\xbf" + text.encode(), "issuer_unknown", "trust_no_lists",
             why="a leading UTF-8 BOM is ignored")
    dup = text.replace('"name": "Microcredential Zorgtechnologie in de wijk",',
                       '"name": "Microcredential Zorgtechnologie in de wijk",\n  "name": "Master of Science",', 1)
    assert dup != text
    own.case("jcs-duplicate-key.json", dup, "unreadable", "json_duplicate_key")
    own.case("malformed-truncated.json", text[: len(text) // 2], "unreadable", "json_syntax")
    own.case("malformed-utf16.json", ("\ufeff" + text).encode("utf-16-le"), "unreadable", "input_not_utf8")


def linked_data(own, k):
    """eddsa-rdfc-2022 and Ed25519Signature2020 (JSON-LD)."""
    issuer, other = k["issuer"], k["attacker"]
    ob = template("ob3-mbo.json")
    rdfc = sign(ob, issuer, "eddsa-rdfc-2022", issuer=issuer["did"])
    own.case("rdfc-valid.json", rdfc, "issuer_unknown", "trust_no_lists")
    own.case("ed25519-2020-valid.json", sign(ob, issuer, "ed25519-2020", issuer=issuer["did"]), "issuer_unknown",
             "trust_no_lists")
    own.case("rdfc-vc11.json", sign(template("vc11.json"), issuer, "eddsa-rdfc-2022", issuer=issuer["did"]),
             "issuer_unknown", "trust_no_lists")

    t = copy.deepcopy(rdfc)
    t["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] = "6"
    t["credentialSubject"]["achievement"]["alignment"][0]["targetName"] = "NLQF 6"
    own.case("rdfc-tampered-level.json", t, "invalid", "signature_invalid", why="NLQF level raised after signing")
    t = copy.deepcopy(rdfc); t["name"] = "Master of Science"
    own.case("rdfc-tampered-name.json", t, "invalid", "signature_invalid")
    t = copy.deepcopy(rdfc); t["issuer"]["id"] = other["did"]
    own.case("rdfc-tampered-issuer.json", t, "invalid", "signature_invalid")
    own.case("rdfc-signed-by-other-key.json", sign(ob, other, "eddsa-rdfc-2022", issuer=issuer["did"]), "invalid",
             "issuer_mismatch")
    t = copy.deepcopy(rdfc)
    t["@context"] = [c.replace("context-3.0.3.json", "context-3.0.2.json") for c in t["@context"]]
    own.case("rdfc-context-version-swapped.json", t, "invalid", "signature_invalid",
             why="3.0.2 maps some terms to other IRIs than 3.0.3, so the signed statements differ")
    t = copy.deepcopy(rdfc); t["credentialSubject"]["achievement"]["ECTS"] = 30
    own.case("rdfc-undefined-term-added.json", t, "invalid", "jsonld_undefined_terms",
             why="an edubadges-style ECTS no context defines: JSON-LD drops it, so the signature does not cover it")
    t = copy.deepcopy(rdfc); t["proof"]["proofPurpose"] = "authentication"
    own.case("rdfc-proof-purpose-changed.json", t, "invalid", "proof_purpose_invalid")
    t = copy.deepcopy(rdfc)
    t["@context"] = t["@context"] + ["https://example.org/not-bundled/v1"]
    own.case("rdfc-unknown-context.json", t, "indeterminate", "jsonld_unknown_context")
    # a poison graph: 10 blank nodes that all point at each other (RDFC is exponential on it)
    t = copy.deepcopy(rdfc)
    n = 10
    t["credentialSubject"]["achievement"]["related"] = [
        {"id": f"_:p{i}", "type": ["Related"], "inLanguage": "nl",
         "https://example.org/vocab#knows": [{"id": f"_:p{j}"} for j in range(n) if j != i]} for i in range(n)]
    own.case("rdfc-poison-graph.json", t, "unreadable", "rdfc_work_limit")


def vc_jwt(own, k):
    issuer, other = k["issuer"], k["attacker"]
    ob = template("ob3-mbo.json")
    for profile, name in [("ob3", "jwt-ob3.jwt"), ("jose", "jwt-jose-cose.jwt"), ("vc11", "jwt-vc11.jwt")]:
        src = template("vc11.json") if profile == "vc11" else ob
        token = sign(src, issuer, "jwt", issuer=issuer["did"], profile=profile)
        own.case(name, token + "\n", "issuer_unknown", "trust_no_lists")

    good = sign(ob, issuer, "jwt", issuer=issuer["did"], profile="ob3")
    header, payload, sig = jwt_parts(good)

    none = b64u(json.dumps({"alg": "none", "typ": "JWT"}).encode()) + "." + good.split(".")[1] + "."
    own.case("jwt-alg-none.jwt", none, "invalid", "jwt_algorithm_forbidden")
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT", "kid": issuer["vm"]}).encode())
    signing_input = (h + "." + good.split(".")[1]).encode()
    mac = hmac.new(issuer["raw"], signing_input, hashlib.sha256).digest()
    own.case("jwt-hs256-public-key-as-secret.jwt", signing_input.decode() + "." + b64u(mac), "invalid",
             "jwt_algorithm_hmac")
    h = b64u(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    own.case("jwt-rs256.jwt", h + "." + good.split(".")[1] + "." + sig, "invalid", "algorithm_key_mismatch",
             why="RS256 claimed over the issuer's Ed25519 key: algorithm confusion")

    own.case("jwt-kid-other-key.jwt", sign(ob, other, "jwt", issuer=issuer["did"], profile="ob3"), "invalid",
             "issuer_mismatch", why="kid names the attacker's key, which signed")
    own.case("jwt-kid-issuer-signed-by-other.jwt",
             sign(ob, other, "jwt", issuer=issuer["did"], vm=issuer["vm"], profile="ob3"), "invalid", "signature_invalid")
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64u(other["raw"])}
    own.case("jwt-embedded-attacker-jwk.jwt", sign_jws({"alg": "EdDSA", "typ": "JWT", "jwk": jwk}, payload, other),
             "indeterminate", "issuer_key_self_asserted", why="a jwk header proves nothing about the issuer")

    p = copy.deepcopy(payload); p["iss"] = other["did"]
    own.case("jwt-claim-iss-disagrees.jwt", sign_jws(header, p, issuer), "invalid", "jwt_claims_mismatch")
    p = copy.deepcopy(payload); p["nbf"] = p["nbf"] - 86400
    own.case("jwt-claim-nbf-disagrees.jwt", sign_jws(header, p, issuer), "invalid", "jwt_claims_mismatch")
    p = copy.deepcopy(payload); p["sub"] = "did:example:someone-else"
    own.case("jwt-claim-sub-disagrees.jwt", sign_jws(header, p, issuer), "invalid", "jwt_claims_mismatch")
    p = copy.deepcopy(payload); del p["jti"]
    own.case("jwt-ob3-claim-missing.jwt", sign_jws(header, p, issuer), "invalid", "jwt_claims_mismatch")

    d = copy.deepcopy(ob); d["validFrom"] = "2024-01-01T00:00:00Z"; d["validUntil"] = "2025-01-01T00:00:00Z"
    own.case("jwt-expired.jwt", sign(d, issuer, "jwt", issuer=issuer["did"], profile="ob3"), "expired", "expired")
    p = copy.deepcopy(payload); p["name"] = "Master of Science"
    forged = good.split(".")[0] + "." + b64u(json.dumps(p).encode()) + "." + sig
    own.case("jwt-payload-tampered.jwt", forged, "invalid", "signature_invalid")
    for name, h in [("jwt-typ-presentation.jwt", {"alg": "EdDSA", "typ": "vp+jwt", "kid": issuer["vm"]}),
                    ("jwt-crit-header.jwt", {"alg": "EdDSA", "crit": ["exp"], "kid": issuer["vm"]})]:
        own.case(name, sign_jws(h, payload, issuer), "invalid", "jwt_header_invalid")


def status_lists(own, k):
    """Bitstring status lists made with `keurmerk status-list create|set`."""
    issuer = k["issuer"]

    def status_list(name, signer, purpose="revocation", entries=None, set_index=None, valid_until=None, size=1,
                    value=1):
        path = own.path(name)
        args = ["status-list", "create", "--key", signer["path"], "--id", f"{STATUS}/{name}", "--purpose", purpose,
                "--valid-from", "2026-01-01T00:00:00Z", "--created", CREATED, "--out", path, "--size", str(size)]
        if entries:
            args += ["--entries", str(entries)]
        if valid_until:
            args += ["--valid-until", valid_until]
        cli(*args)
        if set_index is not None:
            cli("status-list", "set", "--key", signer["path"], "--index", str(set_index), "--size", str(size),
                "--value", str(value), "--created", CREATED, "--out", path, path)
        return f"{STATUS}/{name}={name}"

    def with_status(purpose, index, list_name, **extra):
        d = template("ob3-mbo.json")
        d["credentialStatus"] = {"id": f"{STATUS}/{list_name}#{index}", "type": "BitstringStatusListEntry",
                                 "statusPurpose": purpose, "statusListIndex": str(index),
                                 "statusListCredential": f"{STATUS}/{list_name}", **extra}
        return sign(d, issuer, issuer=issuer["did"])

    revocation, suspension = "status-list-revocation.json", "status-list-suspension.json"
    rev = status_list(revocation, issuer, set_index=7)
    own.case("status-revoked.json", with_status("revocation", 7, revocation), "revoked", "status_revoked",
             documents=[rev])
    own.case("status-not-revoked.json", with_status("revocation", 8, revocation), "issuer_unknown", "status_ok",
             documents=[rev])
    own.case("status-list-missing.json", with_status("revocation", 8, revocation), "issuer_unknown",
             "status_list_unavailable", why="the list is not supplied: not checked, never 'not revoked'")
    own.case("status-index-out-of-range.json", with_status("revocation", 200000, revocation), "indeterminate",
             "status_list_invalid", documents=[rev])
    sus = status_list(suspension, issuer, purpose="suspension", set_index=3)
    own.case("status-suspended.json", with_status("suspension", 3, suspension), "suspended", "status_suspended",
             documents=[sus])
    own.case("status-purpose-mismatch.json", with_status("revocation", 3, suspension), "indeterminate",
             "status_list_invalid", documents=[sus])
    short = status_list("status-list-short.json", issuer, entries=800)
    own.case("status-list-too-short.json", with_status("revocation", 2, "status-list-short.json"), "issuer_unknown",
             "status_list_short", documents=[short])
    tampered = own.json(revocation)
    cleared = own.json("status-list-short.json")["credentialSubject"]["encodedList"]
    tampered["credentialSubject"]["encodedList"] = cleared  # clears the revocation
    own.write("status-list-tampered.json", tampered)
    own.case("status-list-was-tampered.json", with_status("revocation", 7, "status-list-tampered.json"),
             "indeterminate", "status_list_invalid",
             documents=[f"{STATUS}/status-list-tampered.json=status-list-tampered.json"],
             why="someone cleared the bit without the issuer's key")
    foreign = status_list("status-list-foreign.json", k["attacker"])
    own.case("status-list-from-another-issuer.json", with_status("revocation", 7, "status-list-foreign.json"),
             "issuer_unknown", "status_list_foreign_issuer", documents=[foreign],
             why="a list signed by someone else cannot rule out revocation")
    old_list = status_list("status-list-expired.json", issuer, valid_until="2026-06-01T00:00:00Z")
    own.case("status-list-expired-list.json", with_status("revocation", 8, "status-list-expired.json"), "indeterminate",
             "status_list_invalid", documents=[old_list])
    # statusPurpose "message", two bits an entry: the issuer's words for each value, one of them in
    # Dutch, English, German and French (JSON-LD language-tagged strings); entry 5 is 0x2.
    messages = status_list("status-list-messages.json", issuer, purpose="message", size=2, set_index=5, value=2)
    status_message = [
        {"status": "0x0", "message": "issued"},
        {"status": "0x1", "message": "under_review"},
        {"status": "0x2", "message": [{"@value": "Herkansing afgerond", "@language": "nl"},
                                      {"@value": "Resit completed", "@language": "en"},
                                      {"@value": "Wiederholungsprüfung abgeschlossen", "@language": "de"},
                                      {"@value": "Rattrapage réussi", "@language": "fr"}]},
        {"status": "0x3", "message": "undefined"},
    ]
    own.case("status-message.json",
             with_status("message", 5, "status-list-messages.json", statusSize=2, statusMessage=status_message),
             "issuer_unknown", "status_message", documents=[messages],
             why="a message entry (two bits, value 0x2) with the issuer's words in four languages")
    own.case("status-message-plain.json",
             with_status("message", 6, "status-list-messages.json", statusSize=2, statusMessage=status_message),
             "issuer_unknown", "status_message", documents=[messages], why="entry 6 is 0x0, \"issued\"")
    bomb = status_list("status-list-gzip-bomb.json", issuer, entries=64 * 8 * 1024 * 1024)
    own.case("status-list-bomb.json", with_status("revocation", 8, "status-list-gzip-bomb.json"), "indeterminate",
             "status_list_invalid", documents=[bomb], why="the list inflates to 64 MiB, over MAX_STATUS_LIST_BYTES")


def revocation_list_1edtech(own, k):
    """A 1EdTech revocation list is unsigned JSON: it can revoke, not clear."""
    issuer = k["issuer"]
    rl = f"{STATUS}/1edtech-revocations.json"
    revoked = "urn:uuid:revoked-by-1edtech-list"
    own.write("1edtech-revocation-list.json",
              {"revokedCredential": [{"id": revoked, "revocationReason": "issued in error"}]})
    for name, cid, verdict, code in [("1edtech-revoked.json", revoked, "revoked", "status_revoked"),
                                     ("1edtech-not-listed.json", "urn:uuid:not-on-the-list", "issuer_unknown",
                                      "status_list_unsigned")]:
        d = template("ob3-mbo.json")
        d["id"] = cid
        d["credentialStatus"] = {"id": rl, "type": "1EdTechRevocationList"}
        own.case(name, sign(d, issuer, issuer=issuer["did"]), verdict, code,
                 documents=[f"{rl}=1edtech-revocation-list.json"])


def baked(own):
    """Badges baked with `keurmerk bake`, and PNG / SVG tricks around them."""
    source = os.path.join(ROOT, "tests", "vectors", "external", "1edtech-validator", "ob30", "simple-json.png")
    with open(source, "rb") as f:  # the picture without its credential
        parts = [(kind, data) for kind, data in chunks(f.read())
                 if not (kind == b"iTXt" and data.startswith(b"openbadge"))]
    plain = assemble(parts)
    png = own.write("templates/badge.png", plain)
    svg = own.write("templates/badge.svg",
                    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" '
                    'height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="55" fill="#116329"/><text x="60" '
                    'y="70" font-size="28" text-anchor="middle" fill="#fff">MBO</text></svg>\n')
    for credential, suffix in [("rdfc-valid.json", "rdfc"), ("jwt-ob3.jwt", "jwt")]:
        for kind, picture in [("png", png), ("svg", svg)]:
            own.case(f"baked-{suffix}.{kind}", bake(kind, picture, own.path(credential)), "issuer_unknown",
                     "trust_no_lists")

    rdfc_png = own.read("baked-rdfc.png", "rb")
    moved = [(kind, data.replace(b"Zorgtechnologie in de wijk", b"Zorgtechnologie in de stad") if kind == b"iTXt" else data)
             for kind, data in chunks(rdfc_png)]
    own.case("baked-tampered.png", assemble(moved), "invalid", "signature_invalid",
             why="text changed inside the chunk, CRC recomputed")
    bad_crc = bytearray(rdfc_png); bad_crc[40] ^= 0x01
    own.case("baked-bad-crc.png", bytes(bad_crc), "unreadable", "image_malformed")
    baked_parts = chunks(rdfc_png)
    second = itxt(own.read("jcs-expired.json", "rb"))
    own.case("baked-two-credentials.png", assemble(baked_parts[:-1] + [second] + baked_parts[-1:]), "issuer_unknown",
             "image_second_credential", why="only the first chunk counts")
    compressed = itxt(zlib.compress(own.read("rdfc-valid.json", "rb")), compressed=True)
    own.case("baked-compressed.png", assemble(parts[:1] + [compressed] + parts[1:]), "unreadable", "image_malformed",
             why="compression is forbidden by the spec")
    own.case("baked-none.png", plain, "unreadable", "image_no_credential")
    hosted = (b"tEXt", b"openbadges\0https://badges.example/assertions/1")
    own.case("baked-hosted-ob2.png", assemble(parts[:1] + [hosted] + parts[1:]), "indeterminate", "hosted_not_checked",
             why="a Baking 1.0 tEXt chunk holds the hosted assertion's URL: checked at the issuer, not here")
    text = own.read("baked-rdfc.svg")
    declaration = '<?xml version="1.0" encoding="UTF-8"?>'
    xxe = text.replace(declaration, declaration + '\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    xxe = xxe.replace('"name": "Microcredential Zorgtechnologie in de wijk"', '"name": "&xxe;"', 1)
    assert "&xxe;" in xxe
    own.case("baked-xxe.svg", xxe, "invalid", "signature_invalid",
             why="the entity is never expanded: the name stays the literal text &xxe;, which was not signed")


def trust_list(own, k):
    """A trust list signed with `keurmerk trust-list sign` (issuer granted, did:web issuer pinned)."""
    granted = [{"status": "granted", "from": "2024-01-01T00:00:00Z"}]
    trust = vectorlib.trust_list(k["operator"], {"nl": "Testregister", "en": "Test registry"},
                                 {"en": "Keurmerk test list", "nl": "Keurmerk-testlijst"}, [
        {"id": k["issuer"]["did"], "name": {"nl": "ROC Voorbeeldstad", "en": "ROC Voorbeeldstad"}, "country": "NL",
         "statusHistory": granted},
        {"id": WEB_DID, "name": {"en": "Badges of ROC Voorbeeldstad"}, "country": "NL",
         "keys": [{"id": f"{WEB_DID}#key-1", "publicKeyMultibase": k["did-web-issuer"]["mb"]}],
         "statusHistory": granted},
    ])
    own.write("trust-list.json", trust)
    sign_trust_list(trust, k["operator"], own.path("trust-list.signed.json"))


def spki_pem(jwk):
    """The SPKI PEM of an RSA public JWK (n, e): what an Open Badges CryptographicKey publishes."""
    def der(tag, body):
        n = len(body)
        size = bytes([n]) if n < 0x80 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([tag]) + size + body
    def integer(b):
        return der(0x02, b"\0" + b if b[0] & 0x80 else b)
    n, e = (vectorlib.unb64u(jwk[k]) for k in ("n", "e"))
    algorithm = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + der(0x05, b""))
    spki = der(0x30, algorithm + der(0x03, b"\0" + der(0x30, integer(n) + integer(e))))
    b64 = base64.b64encode(spki).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + "\n-----END PUBLIC KEY-----\n"


def open_badges_2(own, k):
    """Open Badges 1.0 and 2.0, hosted and signed (RS256 with the RSA test key), with the documents
    their issuer would host (`resolution` style: URL=FILE). The 1EdTech validator's own assets are in
    next-wave/; these cover what they do not: OB 1.0, a URL-only badge, a baked SVG, a copy that
    differs, a badge hosted elsewhere, a key the issuer does not list or own, an embedded profile."""
    host = "https://badges.roc-voorbeeldstad.example"
    ctx = "https://w3id.org/openbadges/v2"
    rsa = k["rsa-issuer"]
    with open(rsa["path"], encoding="utf-8") as f:
        jwk = json.load(f)
    key_doc = {"@context": ctx, "type": "CryptographicKey", "id": f"{host}/keys/1.json", "owner": f"{host}/issuer.json",
               "publicKeyPem": spki_pem(jwk)}
    profile = {"@context": ctx, "type": "Issuer", "id": f"{host}/issuer.json", "name": "ROC Voorbeeldstad",
               "url": "https://roc-voorbeeldstad.example", "publicKey": [f"{host}/keys/1.json"],
               "revocationList": f"{host}/revocations.json"}
    badge = {"@context": ctx, "type": "BadgeClass", "id": f"{host}/badges/bhv.json", "name": "BHV-basis",
             "description": "Bedrijfshulpverlening; 16 SBU.", "criteria": {"narrative": "Praktijkexamen BHV."},
             "issuer": f"{host}/issuer.json"}
    revocations = {"@context": ctx, "type": "RevocationList", "id": f"{host}/revocations.json",
                   "revokedAssertions": [{"id": "urn:uuid:0b7a8a3e-ob20-revoked", "revocationReason": "fraude"}]}
    docs = {"ob2-key.json": key_doc, "ob2-issuer.json": profile, "ob2-badge.json": badge,
            "ob2-revocations.json": revocations, "ob1-key.pem": key_doc["publicKeyPem"]}
    for name, doc in docs.items():
        own.write(name, doc)
    linked = [f"{host}/issuer.json=ob2-issuer.json", f"{host}/badges/bhv.json=ob2-badge.json",
              f"{host}/revocations.json=ob2-revocations.json"]
    signed_docs = linked + [f"{host}/keys/1.json=ob2-key.json"]
    recipient = {"type": "email", "hashed": True, "salt": "zout",
                 "identity": "sha256$" + hashlib.sha256(b"j.jansen@example.nlzout").hexdigest()}

    def assertion(ident, verification):
        return {"@context": ctx, "type": "Assertion", "id": ident, "recipient": recipient,
                "badge": f"{host}/badges/bhv.json", "issuedOn": "2026-03-01T09:00:00Z", "verification": verification}

    def rs256(payload):
        return sign_jws({"alg": "RS256"}, payload, rsa) + "\n"

    signed = assertion("urn:uuid:0b7a8a3e-ob20-signed", {"type": "signed", "creator": f"{host}/keys/1.json"})
    own.case("ob2-signed.jwt", rs256(signed), "issuer_unknown", "trust_no_lists", documents=signed_docs,
             why="OB 2.0 signed: the key's owner is the issuer, whose hosted profile lists it", algorithm="RS256")
    revoked = assertion("urn:uuid:0b7a8a3e-ob20-revoked", signed["verification"])
    # no `algorithm`: the revocation list decides whether the signature was checked or not
    own.case("ob2-signed-revoked.jwt", rs256(revoked), "revoked", "status_revoked", documents=signed_docs,
             why="the issuer's revocation list names the assertion")
    own.case("ob2-signed-profile-missing.jwt", rs256(signed), "indeterminate", "badge_document_missing",
             documents=[f"{host}/badges/bhv.json=ob2-badge.json", f"{host}/keys/1.json=ob2-key.json"],
             why="without the issuer's hosted profile nothing shows the key is theirs", algorithm="RS256")
    other = dict(key_doc, owner="https://elders.example/issuer.json")
    own.write("ob2-key-other-owner.json", other)
    own.case("ob2-signed-key-of-another.jwt", rs256(signed), "invalid", "issuer_mismatch",
             documents=linked + [f"{host}/keys/1.json=ob2-key-other-owner.json"], algorithm="RS256",
             why="the key document says another organisation owns the key")
    unlisted = dict(profile, publicKey=[f"{host}/keys/2.json"])
    own.write("ob2-issuer-other-key.json", unlisted)
    own.case("ob2-signed-key-not-listed.jwt", rs256(signed), "invalid", "key_not_authorized",
             documents=[f"{host}/issuer.json=ob2-issuer-other-key.json", f"{host}/badges/bhv.json=ob2-badge.json",
                        f"{host}/keys/1.json=ob2-key.json"], algorithm="RS256",
             why="the issuer's profile lists another key")
    token = rs256(signed).strip()
    h, p, sig = token.split(".")
    forged = dict(signed, issuedOn="2020-03-01T09:00:00Z")
    own.case("ob2-signed-tampered.jwt", h + "." + b64u(json.dumps(forged).encode()) + "." + sig + "\n", "invalid",
             "signature_invalid", documents=signed_docs, algorithm="RS256", why="issuedOn changed after signing")
    own.case("ob2-signed-payload-only.json", signed, "indeterminate", "badge_signature_absent", documents=signed_docs,
             why="the payload of a signed badge without its JWS")

    hosted = assertion(f"{host}/assertions/42.json", {"type": "hosted"})
    own.write("ob2-hosted-copy.json", hosted)
    served = linked + [f"{host}/assertions/42.json=ob2-hosted-copy.json"]
    own.case("ob2-hosted.json", hosted, "issuer_unknown", "trust_no_lists", documents=served,
             why="the issuer serves the same assertion at its id")
    own.case("ob2-hosted-url.txt", f"{host}/assertions/42.json\n", "issuer_unknown", "trust_no_lists", documents=served,
             why="only the URL: the badge is what the issuer serves there")
    own.case("ob2-hosted-offline.json", hosted, "indeterminate", "hosted_not_checked",
             why="nothing supplied: check at the issuer")
    own.case("ob2-hosted-differs.json", dict(hosted, issuedOn="2020-03-01T09:00:00Z"), "invalid", "hosted_differs",
             documents=served, why="the file's date differs from the issuer's copy")
    elsewhere = assertion("https://badges.elders.example/42.json", {"type": "hosted"})
    own.write("ob2-hosted-elsewhere-copy.json", elsewhere)
    own.case("ob2-hosted-elsewhere.json", elsewhere, "invalid", "hosted_elsewhere",
             documents=linked + ["https://badges.elders.example/42.json=ob2-hosted-elsewhere-copy.json"],
             why="hosted on a site that is not the issuer's")
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
           f'<openbadges:assertion xmlns:openbadges="http://openbadges.org" verify="{host}/assertions/42.json">'
           f'<![CDATA[{json.dumps(hosted)}]]></openbadges:assertion><rect width="8" height="8"/></svg>\n')
    own.case("ob2-baked.svg", svg, "issuer_unknown", "trust_no_lists", documents=served,
             why="an SVG with the hosted URL in verify and the assertion inside")
    ob1 = {"uid": "ob1-7", "recipient": recipient["identity"], "salt": "zout", "badge": f"{host}/badges/bhv.json",
           "issuedOn": 1772355600, "verify": {"type": "hosted", "url": f"{host}/assertions/ob1-7.json"}}
    own.write("ob1-hosted-copy.json", ob1)
    own.case("ob1-hosted.json", ob1, "issuer_unknown", "trust_no_lists",
             documents=linked + [f"{host}/assertions/ob1-7.json=ob1-hosted-copy.json"],
             why="Open Badges 1.0: verify.url, Unix issuedOn")
    ob1_signed = {"uid": "ob1-8", "recipient": recipient["identity"], "salt": "zout", "badge": f"{host}/badges/bhv.json",
                  "issuedOn": "2026-03-01", "verify": {"type": "signed", "url": f"{host}/keys/ob1.pem"}}
    own.case("ob1-signed.jwt", rs256(ob1_signed), "issuer_unknown", "trust_no_lists", algorithm="RS256",
             documents=linked + [f"{host}/keys/ob1.pem=ob1-key.pem"],
             why="Open Badges 1.0 signed: the PEM at verify.url, on the issuer's site")


def signing_keys():
    """The ECDSA and RSA keys in tests/vectors/own/keys/, made with `keurmerk keygen` if missing."""
    keys = {}
    for name, alg, fmt, ext in [("p256-issuer", "es256", "multikey", "json"), ("p384-issuer", "es384", "pem", "pem"),
                                ("rsa-issuer", "rs256", "jwk", "json")]:
        path = os.path.join(OWN, "keys", f"{name}.key.{ext}")
        if not os.path.exists(path):
            cli("keygen", "--alg", alg, "--format", fmt, "--out", path)
        keys[name] = {"path": path}
    return keys


def main():
    own = Corpus(OWN)
    own.clear()
    keys = {name: key(os.path.join(OWN, "keys"), name) for name in ["issuer", "attacker", "did-web-issuer", "operator"]}
    keys.update(signing_keys())
    eddsa_jcs(own, keys)
    ecdsa_rsa(own, keys)
    did_web(own, keys)
    intake(own)
    linked_data(own, keys)
    vc_jwt(own, keys)
    status_lists(own, keys)
    revocation_list_1edtech(own, keys)
    baked(own)
    trust_list(own, keys)
    open_badges_2(own, keys)
    print(f"wrote {own.save()} vectors to {os.path.relpath(OWN, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
