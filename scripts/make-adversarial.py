#!/usr/bin/env python3
"""Generates the adversarial corpus in tests/vectors/adversarial/ (docs/security.md, issue 9).

Each file is an attack on the verifier, with the verdict it must get and the check code that says
why in EXPECTED.json (the same shape as tests/vectors/own/EXPECTED.json, plus `trust`: verify with
the own signed trust list and its operator as anchor). Attacks the own set already covers (alg
none, HS256 keyed with the public key, an embedded jwk, kid naming the attacker's key, tampering,
the poison graph, the gzip bomb, compressed and duplicate PNG chunks, the SVG external entity) are
not repeated here; docs/security.md lists both. Inputs too large to keep in git (5 MB strings,
100,000 SVG elements, 10,001 PNG chunks, 10,001 blank nodes, a 40,000-term context) are built by
tests/adversarial.rs at run time.

Every signature is made by `keurmerk sign` with the fixed keys of tests/vectors/own/keys and a
fixed `created`, so the output is the same on every run. Document paths in EXPECTED.json are
relative to tests/vectors. It reads tests/vectors/own/, so run scripts/make-vectors.py first.

Run: python3 scripts/make-adversarial.py   (builds the CLI first; honours CARGO_TARGET_DIR)
"""
import copy, hashlib, hmac, json, os, sys, zlib

from vectorlib import (OWN, ROOT, VECTORS, Corpus, assemble, b58decode, b58encode, b64u, chunk, itxt, jwt_parts, key,
                       sign, sign_jws, template, unb64u)

OUT = os.path.join(VECTORS, "adversarial")
OWN_FILES = Corpus(OWN)  # read only: the attacks start from the own vectors
STATUS = "https://status.roc-voorbeeldstad.example/lists"
WEB_DID = "did:web:badges.roc-voorbeeldstad.example"
REVOCATION_LIST = f"{STATUS}/status-list-revocation.json=own/status-list-revocation.json"
L = 2**252 + 27742317777372353535851937790883648493  # order of the Ed25519 base point


def own_jwt():
    """own/jwt-ob3.jwt, and its header, payload and signature."""
    token = OWN_FILES.read("jwt-ob3.jwt").strip()
    return token, jwt_parts(token)


def attacker_did_web_document(did, attacker):
    """own/did-web-document.json moved to `did`, with the attacker's key as its only key."""
    doc = OWN_FILES.json("did-web-document.json")
    doc["id"] = did
    doc["verificationMethod"][0].update({"id": f"{did}#key-1", "controller": did, "publicKeyMultibase": attacker["mb"]})
    doc["assertionMethod"] = [f"{did}#key-1"]
    return doc


def with_status(entry, k):
    d = template("ob3-mbo.json")
    d["credentialStatus"] = entry
    return sign(d, k, issuer=k["did"])


def bitstring_entry(index, list_name="status-list-revocation.json", **extra):
    e = {"id": f"{STATUS}/{list_name}#{index}", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
         "statusListIndex": index, "statusListCredential": f"{STATUS}/{list_name}"}
    e.update(extra)
    return e


def algorithm_confusion(adv, k):
    """Algorithm confusion (beyond own/jwt-alg-none, -hs256-…, -embedded-attacker-jwk, -kid-other-key)."""
    issuer = k["issuer"]
    attacker = k["attacker"]
    ob = template("ob3-mbo.json")
    good_jwt, (header, payload, sig) = own_jwt()
    for alg in ["NONE", "None"]:
        token = b64u(json.dumps({"alg": alg, "typ": "JWT"}).encode()) + "." + good_jwt.split(".")[1] + "."
        adv.case(f"jwt-alg-{alg.lower()}-spelling-{alg}.jwt", token, "invalid", "jwt_algorithm_forbidden",
                 f"alg {alg!r}: no signature, whatever the case of the letters")
    h = b64u(json.dumps({"alg": "HS512", "typ": "JWT", "kid": issuer["vm"]}).encode())
    signing_input = (h + "." + good_jwt.split(".")[1]).encode()
    mac = hmac.new(issuer["raw"], signing_input, hashlib.sha512).digest()
    adv.case("jwt-hs512-public-key-as-secret.jwt", signing_input.decode() + "." + b64u(mac), "invalid",
             "jwt_algorithm_hmac", "HMAC keyed with the issuer's public key: anyone can compute it")
    adv.case("jwt-kid-attacker-did-jwk.jwt",
             sign(ob, attacker, "jwt", issuer=issuer["did"], vm=attacker["vm_jwk"], profile="ob3"), "invalid", "issuer_mismatch",
             "kid is the attacker's did:jwk, which signed; iss claims the victim")
    jku = {"alg": "EdDSA", "typ": "JWT", "kid": issuer["vm"], "jku": "https://attacker.example/jwks.json",
           "x5u": "https://attacker.example/cert.pem"}
    adv.case("jwt-jku-x5u-headers.jwt", sign_jws(jku, payload, attacker), "invalid", "jwt_header_invalid",
             "jku/x5u name the attacker's keys: never fetched; the Open Badges profile refuses such headers")
    adv.case("jwt-empty-signature.jwt", ".".join(good_jwt.split(".")[:2]) + ".", "invalid", "signature_invalid",
             "EdDSA header, signature stripped")
    b64false = {"alg": "EdDSA", "b64": False, "crit": ["b64"], "kid": issuer["vm"]}
    adv.case("jwt-b64-false.jwt", sign_jws(b64false, payload, issuer), "invalid", "jwt_header_invalid",
             "unencoded payload option: refused for credentials")
    dup_header = b64u(b'{"alg":"EdDSA","typ":"JWT","alg":"none","kid":"' + issuer["vm"].encode() + b'"}')
    adv.case("jwt-duplicate-alg-header.jwt", dup_header + "." + ".".join(good_jwt.split(".")[1:]), "unreadable",
             "json_duplicate_key", "JavaScript reads the last alg (none), other parsers the first")
    raw_payload = json.dumps(payload, ensure_ascii=False)
    dup_payload = raw_payload.replace('"iss": ', '"iss": "' + attacker["did"] + '", "iss": ', 1)
    assert dup_payload != raw_payload
    adv.case("jwt-duplicate-iss-claim.jwt", good_jwt.split(".")[0] + "." + b64u(dup_payload.encode()) + "." + sig,
             "unreadable", "json_duplicate_key", "two iss claims: which one a parser keeps differs")


def key_substitution(adv, k):
    """Key substitution (beyond own/jcs-signed-by-other-key, jcs-wrong-key-for-vm)."""
    issuer = k["issuer"]
    attacker = k["attacker"]
    ob = template("ob3-mbo.json")
    valid_jcs = OWN_FILES.json("jcs-valid.json")
    evil_web = "did:web:attacker.example"
    adv.write("did-web-attacker-document.json", attacker_did_web_document(evil_web, attacker))
    adv.case("jcs-did-web-issuer-vm-of-another-did.json",
             sign(ob, attacker, issuer=WEB_DID, vm=f"{evil_web}#key-1"), "invalid", "issuer_mismatch",
             "the victim's did:web issuer, a verification method of the attacker's DID (its document supplied)",
             documents=[f"{WEB_DID}=own/did-web-document.json", f"{evil_web}=adversarial/did-web-attacker-document.json"])
    adv.case("jcs-did-web-issuer-attacker-did-key.json",
             sign(ob, attacker, issuer=WEB_DID), "invalid", "issuer_mismatch",
             "the victim's did:web issuer, signed by the attacker's did:key",
             documents=[f"{WEB_DID}=own/did-web-document.json"])
    adv.case("jcs-did-jwk-of-attacker.json", sign(ob, attacker, issuer=issuer["did"], vm=attacker["vm_jwk"]),
             "invalid", "issuer_mismatch", "the attacker's did:jwk signed; the issuer is the victim's did:key")
    adv.case("jcs-vm-fragment-swapped.json",
             sign(ob, attacker, issuer=issuer["did"], vm=f"{issuer['did']}#{attacker['mb']}"), "indeterminate",
             "key_unresolvable", "the victim's did:key with the attacker's key as fragment: a did:key has one key")
    d = copy.deepcopy(ob)
    d["issuer"]["name"] = "ROC Voorbeeldstad"
    adv.case("jcs-attacker-did-key-victim-name.json", sign(d, attacker, issuer=attacker["did"]), "issuer_unknown",
             "trust_issuer_not_listed",
             "the attacker's own did:key with the victim's name: the signature is good, but no list vouches for it",
             trust=True)
    # weak keys and malleable signatures, which verify_strict refuses
    small_order = bytes([1]) + bytes(31)  # the identity point: R = identity, S = 0 "verifies" any message
    weak_mb = "z" + b58encode(b"\xed\x01" + small_order)
    forged = copy.deepcopy(valid_jcs)
    forged["issuer"]["id"] = f"did:key:{weak_mb}"
    forged["proof"]["verificationMethod"] = f"did:key:{weak_mb}#{weak_mb}"
    forged["proof"]["proofValue"] = "z" + b58encode(small_order + bytes(32))
    adv.case("jcs-small-order-key.json", forged, "invalid", "key_invalid",
             "issuer key is the identity point and the signature (identity, 0): valid for any message unless strict")
    t = copy.deepcopy(valid_jcs)
    raw = b58decode(t["proof"]["proofValue"][1:])
    s = int.from_bytes(raw[32:], "little") + L
    t["proof"]["proofValue"] = "z" + b58encode(raw[:32] + s.to_bytes(32, "little"))
    adv.case("jcs-signature-s-plus-l.json", t, "invalid", "signature_invalid",
             "S + L: the same signature in a second encoding (malleability); refused as not canonical")
    t = copy.deepcopy(valid_jcs)
    t["proof"]["verificationMethod"] = "did:key:" + "z" * 5000 + "#x"
    adv.case("jcs-vm-5000-characters.json", t, "invalid", "key_invalid", "a 5,000-character verification method: over MAX_IDENTIFIER_BYTES (4 KiB), refused before decoding")


def proof_purpose_and_sets(adv, k):
    """Proof purpose and proof sets (beyond own/jcs- and rdfc-proof-purpose-changed)."""
    issuer = k["issuer"]
    attacker = k["attacker"]
    ob = template("ob3-mbo.json")
    valid_jcs = OWN_FILES.json("jcs-valid.json")
    valid_2020 = OWN_FILES.json("ed25519-2020-valid.json")
    t = copy.deepcopy(valid_2020)
    t["proof"]["proofPurpose"] = "authentication"
    adv.case("ed25519-2020-proof-purpose-changed.json", t, "invalid", "proof_purpose_invalid",
             "a login signature is not an issuer's")
    t = copy.deepcopy(valid_jcs)
    del t["proof"]["proofPurpose"]
    adv.case("jcs-proof-purpose-missing.json", t, "invalid", "proof_malformed", "no proofPurpose at all")
    t = copy.deepcopy(valid_jcs)
    extra = sign(ob, attacker, issuer=issuer["did"])["proof"]
    t["proof"] = [t["proof"], extra]
    adv.case("jcs-proof-set-attacker-added.json", t, "invalid", "issuer_mismatch",
             "a second proof by the attacker's key added to a good one: every proof must hold")
    t = copy.deepcopy(valid_jcs)
    t["proof"] = [t["proof"]] * 9
    adv.case("jcs-nine-proofs.json", t, "unreadable", "too_many_proofs", "over MAX_PROOFS (8)")


def context_lookalikes(adv, k):
    """Contexts swapped to look-alikes (beyond own/rdfc-context-version-swapped, jcs-proof-context-swapped)."""
    issuer = k["issuer"]
    ob = template("ob3-mbo.json")
    valid_rdfc = OWN_FILES.json("rdfc-valid.json")
    lookalikes = {
        "cyrillic-c": "https://www.w3.org/ns/\u0441redentials/v2",
        "trailing-slash": "https://www.w3.org/ns/credentials/v2/",
        "http": "http://www.w3.org/ns/credentials/v2",
        "w3-0rg": "https://www.w3.0rg/ns/credentials/v2",
    }
    for name, url in lookalikes.items():
        t = copy.deepcopy(valid_rdfc)
        t["@context"][0] = url
        t["proof"].pop("@context", None)
        adv.case(f"rdfc-context-lookalike-{name}.json", t, "invalid", "data_model_invalid",
                 f"first context {url!r}: not the VC context, so not a credential (and never fetched)")
    t = copy.deepcopy(valid_rdfc)
    t["@context"][1] = t["@context"][1].replace("purl.imsglobal.org", "purl.imsg1obal.org")
    adv.case("rdfc-ob-context-lookalike.json", t, "indeterminate", "jsonld_unknown_context",
             "Open Badges context on a look-alike host (1 for l)")
    d = copy.deepcopy(ob)
    d["@context"][0] = lookalikes["cyrillic-c"]
    adv.case("jcs-context-lookalike-signed.json", sign(d, issuer, issuer=issuer["did"]), "invalid",
             "data_model_invalid",
             "signed by the real issuer, but the first context is a look-alike: not a Verifiable Credential")
    t = copy.deepcopy(valid_rdfc)
    t["@context"] = t["@context"] + [{"name": "https://attacker.example/not-the-name"}]
    adv.case("rdfc-inline-context-redefines-protected-term.json", t, "invalid", "jsonld_protected_term",
             "an inline context redefines a protected term of the OB context")
    t = copy.deepcopy(valid_rdfc)
    t["@context"] = t["@context"] + [{"@vocab": "https://attacker.example/vocab#"}]
    t["credentialSubject"]["achievement"]["ECTS"] = 60
    adv.case("rdfc-inline-vocab-added.json", t, "invalid", "signature_invalid",
             "an inline @vocab added after signing to make an unsigned ECTS look defined: the statements differ")


def undefined_terms(adv, k):
    """Undefined terms (beyond own/rdfc-undefined-term-added)."""
    valid_rdfc = OWN_FILES.json("rdfc-valid.json")
    t = copy.deepcopy(valid_rdfc)
    t["credentialSubject"]["achievement"]["alignment"][0]["EQF"] = 7
    adv.case("rdfc-undefined-term-nested.json", t, "invalid", "jsonld_undefined_terms",
             "an undefined EQF level inside an alignment: dropped by JSON-LD, so not signed")
    t = copy.deepcopy(valid_rdfc)
    t["credentialSubject"]["@unknownKeyword"] = "x"
    adv.case("rdfc-undefined-keyword-lookalike.json", t, "invalid", "jsonld_undefined_terms",
             "a key that looks like a keyword is dropped by JSON-LD")


def confusables(adv, k):
    """Unicode confusables against the trust list (own/trust-list.signed.json vouches for the issuer)."""
    issuer = k["issuer"]
    attacker = k["attacker"]
    ob = template("ob3-mbo.json")
    valid_jcs = OWN_FILES.json("jcs-valid.json")
    for name, text in [("cyrillic-o", "ROC V\u043e\u043erbeeldstad"), ("zero-width", "ROC\u200b Voorbeeldstad"),
                       ("fullwidth", "\uff32\uff2f\uff23 Voorbeeldstad")]:
        d = copy.deepcopy(ob)
        d["issuer"]["name"] = text
        adv.case(f"jcs-confusable-name-{name}.json", sign(d, attacker, issuer=attacker["did"]), "issuer_unknown",
                 "trust_issuer_not_listed", f"issuer named {text!r} by the attacker: lists match identifiers, never names",
                 trust=True)
    for name, did in [("capital-i", "did:web:badges.roc-voorbeeIdstad.example"),
                      ("uppercase", "did:web:BADGES.roc-voorbeeldstad.example"),
                      ("cyrillic-a", "did:web:b\u0430dges.roc-voorbeeldstad.example")]:
        adv.write(f"did-web-{name}-document.json", attacker_did_web_document(did, attacker))
        adv.case(f"jcs-confusable-did-web-{name}.json", sign(ob, attacker, issuer=did, vm=f"{did}#key-1"),
                 "issuer_unknown", "trust_issuer_not_listed",
                 f"{did}: a look-alike of the listed did:web, with the attacker's own DID document",
                 documents=[f"{did}=adversarial/did-web-{name}-document.json"], trust=True)
    t = copy.deepcopy(valid_jcs)
    t["issuer"]["id"] = issuer["did"] + "\u200b"
    adv.case("jcs-issuer-id-zero-width-space.json", t, "invalid", "signature_invalid",
             "an invisible character appended to the issuer id after signing")


def duplicate_keys(adv, k):
    """Duplicate JSON keys that a JavaScript parser and ours would read differently."""
    attacker = k["attacker"]
    text = OWN_FILES.read("jcs-valid.json")
    for name, old, new in [
        ("escaped", '"issuer": {', '"\\u0069ssuer": "' + attacker["did"] + '",\n  "issuer": {'),
        ("proof-value", '"proofValue": ', '"proofValue": "z1111",\n    "proofValue": '),
        ("nested", '"achievementType": ', '"achievementType": "Degree",\n      "achievementType": '),
        ("context", '"@context": [', '"@context": "https://attacker.example/context",\n  "@context": ['),
    ]:
        dup = text.replace(old, new, 1)
        assert dup != text, name
        adv.case(f"jcs-duplicate-key-{name}.json", dup, "unreadable", "json_duplicate_key",
                 "JavaScript's JSON.parse keeps the last member, other parsers the first: refused outright")
    baked = OWN_FILES.read("baked-rdfc.svg")
    dup_svg = baked.replace('"name": "Microcredential', '"name": "Master of Science",\n  "name": "Microcredential', 1)
    assert dup_svg != baked
    adv.case("svg-duplicate-key-inside.svg", dup_svg, "unreadable", "json_duplicate_key",
             "the duplicate hides inside a baked SVG")


def deep_nesting(adv, k):
    """Deep nesting: over the limit is refused, just under it is read all the way down."""
    valid_jcs = OWN_FILES.json("jcs-valid.json")
    valid_rdfc = OWN_FILES.json("rdfc-valid.json")
    good_jwt, (header, payload, sig) = own_jwt()
    t = copy.deepcopy(valid_jcs)
    nest = "x"
    for _ in range(70):
        nest = [nest]
    t["credentialSubject"]["nested"] = nest
    adv.case("jcs-nested-70-deep.json", t, "unreadable", "json_too_deep", "over MAX_JSON_DEPTH (64)")
    p = copy.deepcopy(payload)
    nest = {}
    for _ in range(200):
        nest = {"a": nest}
    p["deep"] = nest
    deep = good_jwt.split(".")[0] + "." + b64u(json.dumps(p).encode()) + "." + sig
    adv.case("jwt-nested-200-deep.jwt", deep, "unreadable", "json_too_deep",
             "the nesting is inside the JWT payload (refused before any signature is looked at)")
    t = copy.deepcopy(valid_rdfc)
    nest = {"type": ["Profile"], "name": "leaf"}
    for i in range(58):
        nest = {"id": f"urn:example:org:{i}", "type": ["Profile"], "name": f"level {i}", "parentOrg": nest}
    t["issuer"]["parentOrg"] = nest
    adv.case("rdfc-nested-near-the-limit.json", t, "invalid", "signature_invalid",
             "parentOrg inside parentOrg, 61 levels (under MAX_JSON_DEPTH), every term defined: JSON-LD "
             "expansion and RDFC go all the way down without exhausting the stack; just not signed")


def numbers_and_dates(adv, k):
    """Numbers, indices and dates no machine type holds."""
    issuer = k["issuer"]
    ob = template("ob3-mbo.json")
    text = OWN_FILES.read("jcs-valid.json")
    good_jwt, (header, payload, sig) = own_jwt()
    for name, number in [("1e400", "1e400"), ("400-digits", "1" + "0" * 400), ("minus-1e309", "-1e309")]:
        t = text.replace('"creditsAvailable": 8.5', '"creditsAvailable": ' + number, 1)
        assert t != text
        adv.case(f"jcs-number-{name}.json", t, "unreadable", "json_number_out_of_range",
                 "a number no double can hold (I-JSON): refused, never rounded to infinity")
    p = copy.deepcopy(payload)
    p["exp"] = 1e300
    adv.case("jwt-exp-1e300.jwt", sign_jws(header, p, issuer), "invalid", "jwt_claims_mismatch",
             "exp = 1e300 (no date), signed by the issuer: contradicts the credential, converted without overflow")
    for name, index in [("2-to-64", "18446744073709551616"), ("negative", "-1"), ("fraction", "7.5"),
                        ("exponent", "7e0")]:
        adv.case(f"status-index-{name}.json", with_status(bitstring_entry(index), issuer), "indeterminate",
                 "status_list_invalid", f"statusListIndex {index!r} is not an index",
                 documents=[REVOCATION_LIST])
    adv.case("status-size-9.json", with_status(bitstring_entry("7", statusSize=9), issuer), "indeterminate",
             "status_list_invalid", "statusSize over 8", documents=[REVOCATION_LIST])
    adv.case("status-nine-entries.json", with_status([bitstring_entry(str(i)) for i in range(9)], issuer),
             "indeterminate", "status_list_invalid", "over MAX_STATUS_ENTRIES (8)", documents=[REVOCATION_LIST])
    adv.case("status-list-is-a-plain-credential.json",
             with_status(bitstring_entry("7", "jcs-valid.json"), issuer), "indeterminate", "status_list_invalid",
             "the 'status list' is an ordinary credential of the same issuer",
             documents=[f"{STATUS}/jcs-valid.json=own/jcs-valid.json"])
    d = copy.deepcopy(ob)
    d["validUntil"] = "2026-02-30T00:00:00Z"
    adv.case("jcs-date-february-30.json", sign(d, issuer, issuer=issuer["did"]), "invalid", "date_invalid",
             "validUntil on a day that does not exist")
    d = copy.deepcopy(ob)
    d["validUntil"] = "99999999999-01-01T00:00:00Z"
    adv.case("jcs-date-year-99999999999.json", sign(d, issuer, issuer=issuer["did"]), "invalid", "date_invalid",
             "a year no clock reaches")


def poison_graphs(adv, k):
    """Poison graphs (beyond own/rdfc-poison-graph, a 10-clique)."""
    valid_rdfc = OWN_FILES.json("rdfc-valid.json")
    t = copy.deepcopy(valid_rdfc)
    n = 70
    t["credentialSubject"]["achievement"]["related"] = [
        {"id": f"_:c{i}", "type": ["Related"], "https://example.org/vocab#next": {"id": f"_:c{(i + 1) % n}"}}
        for i in range(n)]
    adv.case("rdfc-blank-node-ring-70.json", t, "unreadable", "rdfc_work_limit",
             "a ring of 70 look-alike blank nodes: Hash N-Degree Quads recurses along it (MAX_RDFC_DEPTH)")
    t = copy.deepcopy(valid_rdfc)
    n = 8
    t["credentialSubject"]["achievement"]["related"] = [
        {"id": f"_:k{i}", "type": ["Related"], "https://example.org/vocab#knows": [{"id": f"_:k{j}"} for j in range(n)]}
        for i in range(n)]
    t["credentialSubject"]["achievement"]["endorsement"] = [{"id": f"_:e{i}", "https://example.org/vocab#knows": [
        {"id": f"_:e{j}"} for j in range(n)]} for i in range(n)]
    adv.case("rdfc-two-cliques.json", t, "unreadable", "rdfc_work_limit", "two 8-cliques of blank nodes")


def gzip_bombs(adv, k):
    """Gzip bombs (beyond own/status-list-gzip-bomb, 64 MiB)."""
    issuer = k["issuer"]

    def resigned_list(name, encoded):
        lst = OWN_FILES.json("status-list-revocation.json")
        del lst["proof"]
        lst["credentialSubject"]["encodedList"] = encoded
        adv.write(name, sign(lst, issuer))

    revoked_gz = unb64u(OWN_FILES.json("status-list-revocation.json")["credentialSubject"]["encodedList"][1:])
    cleared_gz = unb64u(OWN_FILES.json("status-list-short.json")["credentialSubject"]["encodedList"][1:])
    resigned_list("status-list-two-gzip-members.json", "u" + b64u(cleared_gz + revoked_gz))
    adv.case("status-list-two-gzip-members-used.json", with_status(bitstring_entry("7"), issuer), "indeterminate",
             "status_list_invalid", "signed by the issuer, but two GZIP members (a cleared list, then the real one): "
             "readers that stop after the first and readers that join them disagree, so it is refused",
             documents=[f"{STATUS}/status-list-revocation.json=adversarial/status-list-two-gzip-members.json"])
    lying = revoked_gz[:-8] + (0).to_bytes(4, "little") + (16).to_bytes(4, "little")
    resigned_list("status-list-lying-trailer.json", "u" + b64u(lying))
    adv.case("status-list-lying-trailer-used.json", with_status(bitstring_entry("7"), issuer), "indeterminate",
             "status_list_invalid", "signed, but the GZIP trailer claims 16 bytes: the inflated list is checked "
             "against it, and inflation is bounded by MAX_STATUS_LIST_BYTES, never by the trailer",
             documents=[f"{STATUS}/status-list-revocation.json=adversarial/status-list-lying-trailer.json"])


def png_chunks(adv, k):
    """PNG chunk tricks (beyond own/baked-bad-crc, -compressed, -two-credentials)."""
    good_jwt, (header, payload, sig) = own_jwt()
    # a 1x1 picture keeps the files small; own/baked-*.png are the full-size badges
    plain = [(b"IHDR", (1).to_bytes(4, "big") * 2 + bytes([8, 6, 0, 0, 0])),
             (b"IDAT", zlib.compress(b"\0\0\0\0\0")), (b"IEND", b"")]
    cred_text = OWN_FILES.read("rdfc-valid.json", "rb")
    png = assemble(plain[:1] + [itxt(cred_text)] + plain[1:])
    adv.case("png-credential-after-iend.png", assemble(plain + [itxt(cred_text)]), "unreadable", "image_no_credential",
             "a credential chunk after IEND is not part of the image")
    adv.case("png-credential-in-ztxt.png",
             assemble(plain[:1] + [(b"zTXt", b"openbadgecredential\0\0" + zlib.compress(cred_text))] + plain[1:]),
             "unreadable", "image_no_credential", "compressed zTXt is not where a credential may be")
    adv.case("png-itxt-without-separators.png", assemble(plain[:1] + [(b"iTXt", b"openbadgecredential\0")] + plain[1:]),
             "unreadable", "image_malformed", "keyword and nothing else")
    adv.case("png-keyword-lookalike.png", assemble(plain[:1] + [itxt(cred_text, b"openbadgecredentials")] + plain[1:]),
             "unreadable", "image_no_credential", "keyword with an extra letter")
    huge = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", plain[0][1]) + b"\xff\xff\xff\xfc" + b"\0" * 8
    adv.case("png-chunk-length-4-gib.png", huge, "unreadable", "image_malformed",
             "a chunk length of 2^32 - 4: on 32-bit wasm, 8 + length wraps around; must be truncated, not a panic")
    adv.case("png-truncated-in-credential.png", png[: len(png) // 2], "unreadable", "image_malformed",
             "cut off in the middle")
    adv.case("png-inside-png.png", assemble(plain[:1] + [itxt(assemble(plain))] + plain[1:]), "indeterminate", "format_unsupported",
             "the credential chunk holds another PNG")
    bad_sig = sig[:10] + ("B" if sig[10] == "A" else "A") + sig[11:]
    adv.case("png-jwt-tampered.png", assemble(plain[:1] + [itxt(good_jwt.replace(sig, bad_sig).encode())] + plain[1:]),
             "invalid", "signature_invalid",
             "one character of the JWT's signature in the chunk changed, CRC recomputed")


def svg_tricks(adv, k):
    """SVG entities and XML tricks (beyond own/baked-xxe)."""
    svg = OWN_FILES.read("baked-rdfc.svg")
    start = svg.index("<![CDATA[") + 9
    end = svg.index("]]>")
    cred = svg[start:end]
    escaped = cred.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    laughs = '<!DOCTYPE svg [<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)) + "]>"
    plain_text = svg[:start - 9] + escaped.replace("Microcredential Zorgtechnologie in de wijk", "&lol9;", 1) + svg[end + 3:]
    adv.case("svg-billion-laughs.svg", plain_text.replace("<svg", laughs + "\n<svg", 1), "invalid", "signature_invalid",
             "entities are never expanded: the name stays the text &lol9;, which was not signed")
    plain_ok = svg[:start - 9] + escaped + svg[end + 3:]
    adv.case("svg-credential-as-escaped-text.svg", plain_ok, "issuer_unknown", "trust_no_lists",
             "control: the same credential as escaped text instead of CDATA reads the same")
    wrong_ns = svg.replace('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"',
                           'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0/"', 1)
    assert wrong_ns != svg
    adv.case("svg-namespace-lookalike.svg", wrong_ns, "unreadable", "image_no_credential",
             "the namespace URI has a trailing slash: matched by URI, not by prefix")
    fake = json.dumps(dict(json.loads(cred), name="Master of Science"))
    decoy = ('<g xmlns:openbadges="https://attacker.example/ns"><openbadges:credential><![CDATA[' + fake +
             ']]></openbadges:credential></g>')
    adv.case("svg-decoy-in-other-namespace.svg", svg.replace("<openbadges:credential", decoy + "<openbadges:credential", 1),
             "issuer_unknown", "trust_no_lists",
             "a tampered copy under the same prefix bound to another namespace comes first and is ignored")
    hidden = svg.replace("<openbadges:credential", "<!-- <openbadges:credential", 1).replace(
        "</openbadges:credential>", "</openbadges:credential> -->", 1)
    adv.case("svg-credential-in-comment.svg", hidden, "unreadable", "image_no_credential", "commented out")
    in_dtd = ('<!DOCTYPE svg [<!ENTITY x "<openbadges:credential xmlns:openbadges=\'https://purl.imsglobal.org/ob/v3p0\'>' +
              fake.replace('"', "&#34;") + '</openbadges:credential>">]>')
    no_cred = svg[:svg.index("<openbadges:credential")] + svg[svg.index("</openbadges:credential>") + 24:]
    adv.case("svg-credential-in-doctype.svg", no_cred.replace("<svg", in_dtd + "\n<svg", 1), "unreadable",
             "image_no_credential", "a credential inside an entity value of the DOCTYPE is never read")
    adv.case("svg-unterminated-cdata.svg", svg[:svg.index("]]>")], "unreadable", "image_malformed", "CDATA never closed")
    adv.case("svg-two-doctypes.svg", svg.replace("<svg", "<!DOCTYPE svg>\n<!DOCTYPE svg>\n<svg", 1), "unreadable",
             "image_malformed", "XML allows one DOCTYPE")


def format_confusion(adv, k):
    """Format confusion."""
    valid_jcs = OWN_FILES.json("jcs-valid.json")
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
          "verifiableCredential": [valid_jcs]}
    adv.case("presentation-wrapping-a-credential.json", vp, "indeterminate", "presentation",
             "a presentation is not a credential: it is not verified itself, each credential inside gets its own report")
    adv.case("array-of-credentials.json", [valid_jcs, valid_jcs], "unreadable", "not_a_credential",
             "two credentials in one file")

FAMILIES = [algorithm_confusion, key_substitution, proof_purpose_and_sets, context_lookalikes, undefined_terms,
            confusables, duplicate_keys, deep_nesting, numbers_and_dates, poison_graphs, gzip_bombs, png_chunks,
            svg_tricks, format_confusion]


def main():
    adv = Corpus(OUT, trust=False)
    adv.clear()
    keys = {name: key(os.path.join(OWN, "keys"), name) for name in ["issuer", "attacker"]}
    for family in FAMILIES:
        family(adv, keys)
    print(f"wrote {adv.save()} adversarial vectors to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
