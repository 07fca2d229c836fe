#!/usr/bin/env python3
"""Generates Keurmerk's own test vectors in tests/vectors/own/ with the keurmerk CLI.

Every signature is made by `keurmerk sign`; this script only edits JSON (to tamper after signing)
and builds the unsigned / shared-secret tokens an attacker would send (alg none, HS256 keyed with
the issuer's public key), which need no private key. It writes EXPECTED.json: file -> expected
verdict, deciding check code and the --document arguments the case needs.

Run: bash scripts/make-vectors.sh   (builds the CLI, then runs this)
"""
import base64, copy, hashlib, hmac, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "vectors", "own")
KEYS = os.path.join(OUT, "keys")
CLI = os.path.join(ROOT, "target", "debug", "keurmerk")
CREATED = "2026-07-01T12:00:00Z"
EXPECTED = {}


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], check=True, capture_output=True, input=stdin).stdout


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b58decode(s):
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = 0
    for c in s:
        n = n * 58 + alphabet.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw


def key(name):
    path = os.path.join(KEYS, f"{name}.key.json")
    if not os.path.exists(path):
        run("keygen", "--out", path)
    with open(path) as f:
        k = json.load(f)
    mb = k["publicKeyMultibase"]
    return {"path": path, "mb": mb, "did": f"did:key:{mb}", "vm": f"did:key:{mb}#{mb}",
            "raw": b58decode(mb[1:])[2:]}


def template(name):
    with open(os.path.join(OUT, "templates", name)) as f:
        return json.load(f)


def write(name, data):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as f:
        f.write(data if isinstance(data, (bytes, str)) else json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path


def expect(name, verdict, code, documents=(), why=""):
    EXPECTED[name] = {"verdict": verdict, "code": code, "documents": list(documents), "why": why}


def sign_jcs(doc, k, issuer=None, vm=None):
    tmp = write(".unsigned.tmp.json", doc)
    args = ["sign", "--suite", "eddsa-jcs-2022", "--key", k["path"], "--created", CREATED]
    if issuer:
        args += ["--issuer", issuer]
    if vm:
        args += ["--verification-method", vm]
    out = json.loads(run(*args, tmp))
    os.remove(tmp)
    return out


def sign_jwt(doc, k, issuer=None, vm=None, profile=None):
    tmp = write(".unsigned.tmp.json", doc)
    args = ["sign", "--suite", "jwt", "--key", k["path"]]
    if issuer:
        args += ["--issuer", issuer]
    if vm:
        args += ["--verification-method", vm]
    if profile:
        args += ["--jwt-profile", profile]
    out = run(*args, tmp).decode().strip()
    os.remove(tmp)
    return out


def sign_jws(header, payload, k):
    h = write(".header.tmp.json", header)
    p = write(".payload.tmp.json", payload)
    out = run("sign", "--suite", "jws", "--key", k["path"], "--header", h, p).decode().strip()
    os.remove(h)
    os.remove(p)
    return out


def jwt_parts(token):
    h, p, s = token.split(".")
    dec = lambda x: json.loads(base64.urlsafe_b64decode(x + "=" * (-len(x) % 4)))
    return dec(h), dec(p), s


def chunks(png):
    out, i = [], 8
    while i < len(png):
        n = int.from_bytes(png[i:i + 4], "big")
        out.append((png[i + 4:i + 8], png[i + 8:i + 8 + n]))
        i += 12 + n
    return out


def assemble(parts):
    import zlib
    out = b"\x89PNG\r\n\x1a\n"
    for kind, data in parts:
        out += len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    return out


def bytes_without_badge(png):
    return assemble([(k, d) for k, d in chunks(png) if not (k == b"iTXt" and d.startswith(b"openbadge"))])


def add_chunk_after_ihdr(png, kind, data):
    parts = chunks(png)
    return assemble(parts[:1] + [(kind, data)] + parts[1:])


def add_chunk_before_iend(png, kind, data):
    parts = chunks(png)
    return assemble(parts[:-1] + [(kind, data)] + parts[-1:])


def replace_chunk_text(png, old, new):
    return assemble([(k, d.replace(old, new)) if k == b"iTXt" else (k, d) for k, d in chunks(png)])


def main():
    os.makedirs(KEYS, exist_ok=True)
    issuer, other, web = key("issuer"), key("attacker"), key("did-web-issuer")
    ob = template("ob3-mbo.json")

    # ── eddsa-jcs-2022 ──
    valid = sign_jcs(ob, issuer, issuer=issuer["did"])
    write("jcs-valid.json", valid)
    expect("jcs-valid.json", "issuer_unknown", "trust_no_lists", why="valid; no trust list loaded")

    t = copy.deepcopy(valid)
    t["credentialSubject"]["achievement"]["name"] = "Zorgtechnologie in de wijk (NLQF 6)"
    write("jcs-tampered-achievement.json", t)
    expect("jcs-tampered-achievement.json", "invalid", "signature_invalid", why="achievement name changed after signing")

    t = copy.deepcopy(valid)
    t["issuer"]["name"] = "Universiteit van Nergens"
    write("jcs-tampered-issuer-name.json", t)
    expect("jcs-tampered-issuer-name.json", "invalid", "signature_invalid", why="issuer name changed after signing")

    t = copy.deepcopy(valid)
    t["issuer"]["id"] = other["did"]
    write("jcs-issuer-swapped.json", t)
    expect("jcs-issuer-swapped.json", "invalid", "signature_invalid", why="issuer id swapped after signing")

    t = sign_jcs(ob, other, issuer=issuer["did"])
    write("jcs-signed-by-other-key.json", t)
    expect("jcs-signed-by-other-key.json", "invalid", "issuer_mismatch",
           why="good signature by the attacker's own did:key, issuer claims the victim")

    t = sign_jcs(ob, other, issuer=issuer["did"], vm=issuer["vm"])
    write("jcs-wrong-key-for-vm.json", t)
    expect("jcs-wrong-key-for-vm.json", "invalid", "signature_invalid",
           why="signed by the attacker but naming the issuer's key")

    d = copy.deepcopy(ob); d["validUntil"] = "2025-01-01T00:00:00Z"; d["validFrom"] = "2024-01-01T00:00:00Z"
    write("jcs-expired.json", sign_jcs(d, issuer, issuer=issuer["did"]))
    expect("jcs-expired.json", "expired", "expired")

    d = copy.deepcopy(ob); d["validFrom"] = "2027-01-01T00:00:00+01:00"
    write("jcs-not-yet-valid.json", sign_jcs(d, issuer, issuer=issuer["did"]))
    expect("jcs-not-yet-valid.json", "not_yet_valid", "not_yet_valid")

    t = copy.deepcopy(valid); t["proof"]["proofPurpose"] = "authentication"
    write("jcs-proof-purpose-changed.json", t)
    expect("jcs-proof-purpose-changed.json", "invalid", "proof_purpose_invalid")

    t = copy.deepcopy(valid); t["proof"]["@context"] = ["https://www.w3.org/ns/credentials/v2"] + ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"]
    write("jcs-proof-context-swapped.json", t)
    expect("jcs-proof-context-swapped.json", "invalid", "proof_context_mismatch")

    t = copy.deepcopy(valid); del t["proof"]
    write("jcs-proof-removed.json", t)
    expect("jcs-proof-removed.json", "invalid", "proof_missing")

    t = copy.deepcopy(valid); t["proof"]["proofValue"] = "u" + t["proof"]["proofValue"][1:]
    write("jcs-proof-value-not-base58.json", t)
    expect("jcs-proof-value-not-base58.json", "invalid", "proof_malformed")

    t = copy.deepcopy(valid); t["proof"]["cryptosuite"] = "eddsa-2022"
    write("jcs-legacy-suite-name.json", t)
    expect("jcs-legacy-suite-name.json", "indeterminate", "cryptosuite_unsupported")

    write("jcs-vc11.json", sign_jcs(template("vc11.json"), issuer, issuer=issuer["did"]))
    expect("jcs-vc11.json", "issuer_unknown", "trust_no_lists")

    # proof set: the issuer signs twice (e.g. key rotation); both must verify
    twice = sign_jcs(valid, issuer, issuer=issuer["did"])
    write("jcs-proof-set.json", twice)
    expect("jcs-proof-set.json", "issuer_unknown", "trust_no_lists")

    # did:web issuer: verifies only with the DID document supplied
    web_did = "did:web:badges.roc-voorbeeldstad.example"
    web_doc = {"@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
               "id": web_did,
               "verificationMethod": [{"id": f"{web_did}#key-1", "type": "Multikey", "controller": web_did,
                                       "publicKeyMultibase": web["mb"]}],
               "assertionMethod": [f"{web_did}#key-1"]}
    write("did-web-document.json", web_doc)
    write("jcs-did-web.json", sign_jcs(ob, web, issuer=web_did, vm=f"{web_did}#key-1"))
    expect("jcs-did-web.json", "issuer_unknown", "trust_no_lists", documents=[f"{web_did}=did-web-document.json"])
    write("jcs-did-web-no-document.json", sign_jcs(ob, web, issuer=web_did, vm=f"{web_did}#key-1"))
    expect("jcs-did-web-no-document.json", "indeterminate", "key_unresolvable", why="DID document not supplied")
    not_asserting = copy.deepcopy(web_doc); not_asserting["assertionMethod"] = []; not_asserting["authentication"] = [f"{web_did}#key-1"]
    write("did-web-document-authentication-only.json", not_asserting)
    write("jcs-did-web-key-not-for-issuing.json", sign_jcs(ob, web, issuer=web_did, vm=f"{web_did}#key-1"))
    expect("jcs-did-web-key-not-for-issuing.json", "invalid", "key_not_authorized",
           documents=[f"{web_did}=did-web-document-authentication-only.json"])

    # intake edge cases
    text = json.dumps(valid, indent=2, ensure_ascii=False)
    write("jcs-valid-with-bom.json", b"\xef\xbb\xbf" + text.encode())
    expect("jcs-valid-with-bom.json", "issuer_unknown", "trust_no_lists", why="a leading UTF-8 BOM is ignored")
    dup = text.replace('"name": "Microcredential Zorgtechnologie in de wijk",',
                       '"name": "Microcredential Zorgtechnologie in de wijk",\n  "name": "Master of Science",', 1)
    assert dup != text
    write("jcs-duplicate-key.json", dup)
    expect("jcs-duplicate-key.json", "unreadable", "json_duplicate_key")
    write("malformed-truncated.json", text[: len(text) // 2])
    expect("malformed-truncated.json", "unreadable", "json_syntax")
    write("malformed-utf16.json", ("\ufeff" + text).encode("utf-16-le"))
    expect("malformed-utf16.json", "unreadable", "input_not_utf8")

    # ── eddsa-rdfc-2022 and Ed25519Signature2020 (JSON-LD) ──
    def sign_ld(doc, k, suite, issuer=None, vm=None):
        tmp = write(".unsigned.tmp.json", doc)
        args = ["sign", "--suite", suite, "--key", k["path"], "--created", CREATED]
        if issuer:
            args += ["--issuer", issuer]
        if vm:
            args += ["--verification-method", vm]
        out = json.loads(run(*args, tmp))
        os.remove(tmp)
        return out

    rdfc = sign_ld(ob, issuer, "eddsa-rdfc-2022", issuer=issuer["did"])
    write("rdfc-valid.json", rdfc)
    expect("rdfc-valid.json", "issuer_unknown", "trust_no_lists")
    write("ed25519-2020-valid.json", sign_ld(ob, issuer, "ed25519-2020", issuer=issuer["did"]))
    expect("ed25519-2020-valid.json", "issuer_unknown", "trust_no_lists")
    write("rdfc-vc11.json", sign_ld(template("vc11.json"), issuer, "eddsa-rdfc-2022", issuer=issuer["did"]))
    expect("rdfc-vc11.json", "issuer_unknown", "trust_no_lists")

    t = copy.deepcopy(rdfc)
    t["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] = "6"
    t["credentialSubject"]["achievement"]["alignment"][0]["targetName"] = "NLQF 6"
    write("rdfc-tampered-level.json", t)
    expect("rdfc-tampered-level.json", "invalid", "signature_invalid", why="NLQF level raised after signing")
    t = copy.deepcopy(rdfc); t["name"] = "Master of Science"
    write("rdfc-tampered-name.json", t)
    expect("rdfc-tampered-name.json", "invalid", "signature_invalid")
    t = copy.deepcopy(rdfc); t["issuer"]["id"] = other["did"]
    write("rdfc-tampered-issuer.json", t)
    expect("rdfc-tampered-issuer.json", "invalid", "signature_invalid")
    write("rdfc-signed-by-other-key.json", sign_ld(ob, other, "eddsa-rdfc-2022", issuer=issuer["did"]))
    expect("rdfc-signed-by-other-key.json", "invalid", "issuer_mismatch")
    t = copy.deepcopy(rdfc)
    t["@context"] = [c.replace("context-3.0.3.json", "context-3.0.2.json") for c in t["@context"]]
    write("rdfc-context-version-swapped.json", t)
    expect("rdfc-context-version-swapped.json", "invalid", "signature_invalid",
           why="3.0.2 maps some terms to other IRIs than 3.0.3, so the signed statements differ")
    t = copy.deepcopy(rdfc); t["credentialSubject"]["achievement"]["ECTS"] = 30
    write("rdfc-undefined-term-added.json", t)
    expect("rdfc-undefined-term-added.json", "invalid", "jsonld_undefined_terms",
           why="an edubadges-style ECTS no context defines: JSON-LD drops it, so the signature does not cover it")
    t = copy.deepcopy(rdfc); t["proof"]["proofPurpose"] = "authentication"
    write("rdfc-proof-purpose-changed.json", t)
    expect("rdfc-proof-purpose-changed.json", "invalid", "proof_purpose_invalid")
    t = copy.deepcopy(rdfc)
    t["@context"] = t["@context"] + ["https://example.org/not-bundled/v1"]
    write("rdfc-unknown-context.json", t)
    expect("rdfc-unknown-context.json", "indeterminate", "jsonld_unknown_context")
    # a poison graph: 10 blank nodes that all point at each other (RDFC is exponential on it)
    t = copy.deepcopy(rdfc)
    n = 10
    t["credentialSubject"]["achievement"]["related"] = [
        {"id": f"_:p{i}", "type": ["Related"], "inLanguage": "nl",
         "https://example.org/vocab#knows": [{"id": f"_:p{j}"} for j in range(n) if j != i]} for i in range(n)]
    write("rdfc-poison-graph.json", t)
    expect("rdfc-poison-graph.json", "unreadable", "rdfc_work_limit")

    # ── VC-JWT ──
    for profile, name in [("ob3", "jwt-ob3.jwt"), ("jose", "jwt-jose-cose.jwt"), ("vc11", "jwt-vc11.jwt")]:
        src = template("vc11.json") if profile == "vc11" else ob
        write(name, sign_jwt(src, issuer, issuer=issuer["did"], profile=profile) + "\n")
        expect(name, "issuer_unknown", "trust_no_lists")

    good = sign_jwt(ob, issuer, issuer=issuer["did"], profile="ob3")
    header, payload, sig = jwt_parts(good)

    none = b64u(json.dumps({"alg": "none", "typ": "JWT"}).encode()) + "." + good.split(".")[1] + "."
    write("jwt-alg-none.jwt", none)
    expect("jwt-alg-none.jwt", "invalid", "jwt_algorithm_forbidden")

    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT", "kid": issuer["vm"]}).encode())
    signing_input = (h + "." + good.split(".")[1]).encode()
    mac = hmac.new(issuer["raw"], signing_input, hashlib.sha256).digest()
    write("jwt-hs256-public-key-as-secret.jwt", signing_input.decode() + "." + b64u(mac))
    expect("jwt-hs256-public-key-as-secret.jwt", "invalid", "jwt_algorithm_forbidden")

    h = b64u(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    write("jwt-rs256.jwt", h + "." + good.split(".")[1] + "." + sig)
    expect("jwt-rs256.jwt", "indeterminate", "jwt_algorithm_unsupported")

    write("jwt-kid-other-key.jwt", sign_jwt(ob, other, issuer=issuer["did"], profile="ob3"))
    expect("jwt-kid-other-key.jwt", "invalid", "issuer_mismatch", why="kid names the attacker's key, which signed")

    write("jwt-kid-issuer-signed-by-other.jwt", sign_jwt(ob, other, issuer=issuer["did"], vm=issuer["vm"], profile="ob3"))
    expect("jwt-kid-issuer-signed-by-other.jwt", "invalid", "signature_invalid")

    jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64u(other["raw"])}
    write("jwt-embedded-attacker-jwk.jwt", sign_jws({"alg": "EdDSA", "typ": "JWT", "jwk": jwk}, payload, other))
    expect("jwt-embedded-attacker-jwk.jwt", "invalid", "issuer_mismatch", why="a jwk header proves nothing about the issuer")

    p = copy.deepcopy(payload); p["iss"] = other["did"]
    write("jwt-claim-iss-disagrees.jwt", sign_jws(header, p, issuer))
    expect("jwt-claim-iss-disagrees.jwt", "invalid", "jwt_claims_mismatch")
    p = copy.deepcopy(payload); p["nbf"] = p["nbf"] - 86400
    write("jwt-claim-nbf-disagrees.jwt", sign_jws(header, p, issuer))
    expect("jwt-claim-nbf-disagrees.jwt", "invalid", "jwt_claims_mismatch")
    p = copy.deepcopy(payload); p["sub"] = "did:example:someone-else"
    write("jwt-claim-sub-disagrees.jwt", sign_jws(header, p, issuer))
    expect("jwt-claim-sub-disagrees.jwt", "invalid", "jwt_claims_mismatch")
    p = copy.deepcopy(payload); del p["jti"]
    write("jwt-ob3-claim-missing.jwt", sign_jws(header, p, issuer))
    expect("jwt-ob3-claim-missing.jwt", "invalid", "jwt_claims_mismatch")

    d = copy.deepcopy(ob); d["validFrom"] = "2024-01-01T00:00:00Z"; d["validUntil"] = "2025-01-01T00:00:00Z"
    write("jwt-expired.jwt", sign_jwt(d, issuer, issuer=issuer["did"], profile="ob3"))
    expect("jwt-expired.jwt", "expired", "expired")

    p = copy.deepcopy(payload); p["name"] = "Master of Science"
    forged = good.split(".")[0] + "." + b64u(json.dumps(p).encode()) + "." + sig
    write("jwt-payload-tampered.jwt", forged)
    expect("jwt-payload-tampered.jwt", "invalid", "signature_invalid")

    write("jwt-typ-presentation.jwt", sign_jws({"alg": "EdDSA", "typ": "vp+jwt", "kid": issuer["vm"]}, payload, issuer))
    expect("jwt-typ-presentation.jwt", "invalid", "jwt_header_invalid")

    write("jwt-crit-header.jwt", sign_jws({"alg": "EdDSA", "crit": ["exp"], "kid": issuer["vm"]}, payload, issuer))
    expect("jwt-crit-header.jwt", "invalid", "jwt_header_invalid")

    # ── status lists made with `keurmerk status-list create|set` ──
    base = "https://status.roc-voorbeeldstad.example/lists"

    def status_list(name, k, purpose="revocation", entries=None, set_index=None, valid_until=None, issuer_id=None):
        path = os.path.join(OUT, name)
        args = ["status-list", "create", "--key", k["path"], "--id", f"{base}/{name}", "--purpose", purpose,
                "--valid-from", "2026-01-01T00:00:00Z", "--created", CREATED, "--out", path]
        if entries:
            args += ["--entries", str(entries)]
        if valid_until:
            args += ["--valid-until", valid_until]
        if issuer_id:
            args += ["--issuer", issuer_id]
        run(*args)
        if set_index is not None:
            run("status-list", "set", "--key", k["path"], "--index", str(set_index), "--created", CREATED, "--out", path, path)
        return f"{base}/{name}={name}"

    def with_status(name, purpose, index, list_name):
        d = copy.deepcopy(ob)
        d["credentialStatus"] = {"id": f"{base}/{list_name}#{index}", "type": "BitstringStatusListEntry",
                                 "statusPurpose": purpose, "statusListIndex": str(index),
                                 "statusListCredential": f"{base}/{list_name}"}
        write(name, sign_jcs(d, issuer, issuer=issuer["did"]))

    rev = status_list("status-list-revocation.json", issuer, set_index=7)
    with_status("status-revoked.json", "revocation", 7, "status-list-revocation.json")
    expect("status-revoked.json", "revoked", "status_revoked", documents=[rev])
    with_status("status-not-revoked.json", "revocation", 8, "status-list-revocation.json")
    expect("status-not-revoked.json", "issuer_unknown", "status_ok", documents=[rev])
    with_status("status-list-missing.json", "revocation", 8, "status-list-revocation.json")
    expect("status-list-missing.json", "issuer_unknown", "status_list_unavailable", why="the list is not supplied: not checked, never 'not revoked'")
    with_status("status-index-out-of-range.json", "revocation", 200000, "status-list-revocation.json")
    expect("status-index-out-of-range.json", "indeterminate", "status_list_invalid", documents=[rev])
    sus = status_list("status-list-suspension.json", issuer, purpose="suspension", set_index=3)
    with_status("status-suspended.json", "suspension", 3, "status-list-suspension.json")
    expect("status-suspended.json", "suspended", "status_suspended", documents=[sus])
    with_status("status-purpose-mismatch.json", "revocation", 3, "status-list-suspension.json")
    expect("status-purpose-mismatch.json", "indeterminate", "status_list_invalid", documents=[sus])
    short = status_list("status-list-short.json", issuer, entries=800)
    with_status("status-list-too-short.json", "revocation", 2, "status-list-short.json")
    expect("status-list-too-short.json", "issuer_unknown", "status_list_short", documents=[short])
    tampered = json.load(open(os.path.join(OUT, "status-list-revocation.json")))
    fresh = json.load(open(os.path.join(OUT, "status-list-short.json")))
    tampered["credentialSubject"]["encodedList"] = fresh["credentialSubject"]["encodedList"]  # clears the revocation
    write("status-list-tampered.json", tampered)
    with_status("status-list-was-tampered.json", "revocation", 7, "status-list-tampered.json")
    expect("status-list-was-tampered.json", "indeterminate", "status_list_invalid",
           documents=[f"{base}/status-list-tampered.json=status-list-tampered.json"], why="someone cleared the bit without the issuer's key")
    foreign = status_list("status-list-foreign.json", other)
    with_status("status-list-from-another-issuer.json", "revocation", 7, "status-list-foreign.json")
    expect("status-list-from-another-issuer.json", "issuer_unknown", "status_list_foreign_issuer", documents=[foreign],
           why="a list signed by someone else cannot rule out revocation")
    old_list = status_list("status-list-expired.json", issuer, valid_until="2026-06-01T00:00:00Z")
    with_status("status-list-expired-list.json", "revocation", 8, "status-list-expired.json")
    expect("status-list-expired-list.json", "indeterminate", "status_list_invalid", documents=[old_list])
    bomb = status_list("status-list-gzip-bomb.json", issuer, entries=64 * 8 * 1024 * 1024)
    with_status("status-list-bomb.json", "revocation", 8, "status-list-gzip-bomb.json")
    expect("status-list-bomb.json", "indeterminate", "status_list_invalid", documents=[bomb],
           why="the list inflates to 64 MiB, over MAX_STATUS_LIST_BYTES")

    # ── 1EdTech revocation list (unsigned JSON): it can revoke, not clear ──
    rl = f"{base}/1edtech-revocations.json"
    write("1edtech-revocation-list.json", {"revokedCredential": [{"id": "urn:uuid:revoked-by-1edtech-list", "revocationReason": "issued in error"}]})
    for name, cid, verdict, code in [("1edtech-revoked.json", "urn:uuid:revoked-by-1edtech-list", "revoked", "status_revoked"),
                                     ("1edtech-not-listed.json", "urn:uuid:not-on-the-list", "issuer_unknown", "status_list_unsigned")]:
        d = copy.deepcopy(ob)
        d["id"] = cid
        d["credentialStatus"] = {"id": rl, "type": "1EdTechRevocationList"}
        write(name, sign_jcs(d, issuer, issuer=issuer["did"]))
        expect(name, verdict, code, documents=[f"{rl}=1edtech-revocation-list.json"])

    # ── baked badges made with `keurmerk bake` ──
    plain_png = os.path.join(ROOT, "tests", "vectors", "external", "1edtech-validator", "ob30", "simple-json.png")
    plain_png_bytes = bytes_without_badge(open(plain_png, "rb").read())
    write("templates/badge.png", plain_png_bytes)
    write("templates/badge.svg", '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="55" fill="#116329"/><text x="60" y="70" font-size="28" text-anchor="middle" fill="#fff">MBO</text></svg>\n')
    run("bake", "--png", os.path.join(OUT, "templates/badge.png"), "--out", os.path.join(OUT, "baked-rdfc.png"), os.path.join(OUT, "rdfc-valid.json"))
    expect("baked-rdfc.png", "issuer_unknown", "trust_no_lists")
    run("bake", "--svg", os.path.join(OUT, "templates/badge.svg"), "--out", os.path.join(OUT, "baked-rdfc.svg"), os.path.join(OUT, "rdfc-valid.json"))
    expect("baked-rdfc.svg", "issuer_unknown", "trust_no_lists")
    run("bake", "--png", os.path.join(OUT, "templates/badge.png"), "--out", os.path.join(OUT, "baked-jwt.png"), os.path.join(OUT, "jwt-ob3.jwt"))
    expect("baked-jwt.png", "issuer_unknown", "trust_no_lists")
    run("bake", "--svg", os.path.join(OUT, "templates/badge.svg"), "--out", os.path.join(OUT, "baked-jwt.svg"), os.path.join(OUT, "jwt-ob3.jwt"))
    expect("baked-jwt.svg", "issuer_unknown", "trust_no_lists")
    baked = open(os.path.join(OUT, "baked-rdfc.png"), "rb").read()
    write("baked-tampered.png", replace_chunk_text(baked, b"Zorgtechnologie in de wijk", b"Zorgtechnologie in de stad"))
    expect("baked-tampered.png", "invalid", "signature_invalid", why="text changed inside the chunk, CRC recomputed")
    bad_crc = bytearray(baked); bad_crc[40] ^= 0x01
    write("baked-bad-crc.png", bytes(bad_crc))
    expect("baked-bad-crc.png", "unreadable", "image_malformed")
    write("baked-two-credentials.png", add_chunk_before_iend(baked, b"iTXt", b"openbadgecredential\0\0\0\0\0" + open(os.path.join(OUT, "jcs-expired.json"), "rb").read()))
    expect("baked-two-credentials.png", "issuer_unknown", "image_second_credential", why="only the first chunk counts")
    import zlib
    write("baked-compressed.png", add_chunk_after_ihdr(plain_png_bytes, b"iTXt", b"openbadgecredential\0\1\0\0\0" + zlib.compress(open(os.path.join(OUT, "rdfc-valid.json"), "rb").read())))
    expect("baked-compressed.png", "unreadable", "image_malformed", why="compression is forbidden by the spec")
    write("baked-none.png", plain_png_bytes)
    expect("baked-none.png", "unreadable", "image_no_credential")
    write("baked-hosted-ob2.png", add_chunk_after_ihdr(plain_png_bytes, b"tEXt", b"openbadges\0https://badges.example/assertions/1"))
    expect("baked-hosted-ob2.png", "indeterminate", "format_unsupported")
    svg = open(os.path.join(OUT, "baked-rdfc.svg"), encoding="utf-8").read()
    xxe = svg.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    xxe = xxe.replace('"name": "Microcredential Zorgtechnologie in de wijk"', '"name": "&xxe;"', 1)
    assert "&xxe;" in xxe
    write("baked-xxe.svg", xxe)
    expect("baked-xxe.svg", "invalid", "signature_invalid", why="the entity is never expanded: the name stays the literal text &xxe;, which was not signed")

    # ── a trust list signed with `keurmerk trust-list sign` (issuer granted, did:web issuer pinned) ──
    op = key("operator")
    trust = {
        "type": "KeurmerkTrustList",
        "schemeInformation": {
            "sequenceNumber": 1, "issued": "2026-11-01T00:00:00Z", "nextUpdate": "2027-05-01T00:00:00Z",
            "operator": {"id": op["did"], "name": {"nl": "Testregister", "en": "Test registry"}, "country": "NL"},
            "name": {"en": "Keurmerk test list", "nl": "Keurmerk-testlijst"},
        },
        "trustedEntities": [
            {"id": issuer["did"], "name": {"nl": "ROC Voorbeeldstad", "en": "ROC Voorbeeldstad"}, "country": "NL",
             "statusHistory": [{"status": "granted", "from": "2024-01-01T00:00:00Z"}]},
            {"id": web_did, "name": {"en": "Badges of ROC Voorbeeldstad"}, "country": "NL",
             "keys": [{"id": f"{web_did}#key-1", "publicKeyMultibase": web["mb"]}],
             "statusHistory": [{"status": "granted", "from": "2024-01-01T00:00:00Z"}]},
        ],
    }
    write("trust-list.json", trust)
    run("trust-list", "sign", "--key", op["path"], "--created", "2026-11-01T00:00:00Z",
        "--out", os.path.join(OUT, "trust-list.signed.json"), os.path.join(OUT, "trust-list.json"))

    with open(os.path.join(OUT, "EXPECTED.json"), "w") as f:
        json.dump(EXPECTED, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(EXPECTED)} vectors to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
