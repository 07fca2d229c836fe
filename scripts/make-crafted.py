#!/usr/bin/env python3
"""Crafted JOSE inputs for the ECDSA/RSA issue that neither the W3C suites nor our CLI can make:
an RSA key under 2048 bits, a P-256 point off the curve, an x5c certificate chain, a PS256 token
with the wrong salt length, and a forged token beside a genuine one signed by the wrong key.

Made once with Python `cryptography` (random keys, so not rerun by CI; the files are committed in
tests/vectors/crafted/ with EXPECTED.json). Run: python3 scripts/make-crafted.py
"""
import base64, datetime, json, os

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "vectors", "crafted")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def ibytes(n, size=None):
    size = size or (n.bit_length() + 7) // 8
    return n.to_bytes(size, "big")


def jwk_of(pub):
    if isinstance(pub, rsa.RSAPublicKey):
        n = pub.public_numbers()
        return {"kty": "RSA", "n": b64u(ibytes(n.n)), "e": b64u(ibytes(n.e))}
    n = pub.public_numbers()
    size = 48 if n.curve.name == "secp384r1" else 32
    crv = {"secp256r1": "P-256", "secp384r1": "P-384", "secp256k1": "secp256k1"}[n.curve.name]
    return {"kty": "EC", "crv": crv, "x": b64u(ibytes(n.x, size)), "y": b64u(ibytes(n.y, size))}


def did_jwk(jwk):
    return "did:jwk:" + b64u(json.dumps(jwk, separators=(",", ":")).encode())


def credential(issuer, **extra):
    c = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
        "id": "urn:uuid:8f5b6d55-7d3e-4a8a-9d6b-0c1f0e7f1a01",
        "type": ["VerifiableCredential"],
        "issuer": issuer,
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "name": "Crafted for Keurmerk"},
    }
    c.update(extra)
    return c


def sign(header, payload, key, alg):
    si = (b64u(json.dumps(header).encode()) + "." + b64u(json.dumps(payload).encode())).encode()
    if alg in ("ES256", "ES256K"):
        r, s = decode_dss_signature(key.sign(si, ec.ECDSA(hashes.SHA256())))
        sig = ibytes(r, 32) + ibytes(s, 32)
    elif alg == "RS256":
        sig = key.sign(si, padding.PKCS1v15(), hashes.SHA256())
    elif alg.startswith("PS256"):
        salt = int(alg.split(":")[1]) if ":" in alg else 32
        sig = key.sign(si, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=salt), hashes.SHA256())
    return si.decode() + "." + b64u(sig)


def cert(subject_cn, org, issuer_name, key, signer, ca):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NL")])
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name or name)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(datetime.datetime(2026, 1, 1)).not_valid_after(datetime.datetime(2028, 1, 1))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    return b.sign(signer, hashes.SHA256())


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}

    def case(name, text, verdict, code, why):
        with open(os.path.join(OUT, name), "w") as f:
            f.write(text)
        expected[name] = {"verdict": verdict, "code": code, "why": why}

    jose = {"typ": "vc+jwt"}

    k1024 = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    iss = did_jwk(jwk_of(k1024.public_key()))
    case("rs256-1024-bit-key.jwt", sign({"alg": "RS256", "kid": iss + "#0", **jose}, credential(iss), k1024, "RS256"),
         "invalid", "rsa_key_too_small", "a genuine RS256 signature by a 1024-bit key: too weak to prove anything")

    k2048 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    iss = did_jwk(jwk_of(k2048.public_key()))
    case("ps256-salt-20.jwt", sign({"alg": "PS256", "kid": iss + "#0", **jose}, credential(iss), k2048, "PS256:20"),
         "invalid", "signature_invalid", "RSASSA-PSS with a 20-byte salt: JOSE PS256 fixes the salt at 32 bytes")
    case("ps256-valid.jwt", sign({"alg": "PS256", "kid": iss + "#0", **jose}, credential(iss), k2048, "PS256"),
         "issuer_unknown", "signature_valid", "PS256, salt 32, did:jwk issuer: genuine")

    p256 = ec.generate_private_key(ec.SECP256R1())
    good = jwk_of(p256.public_key())
    off = dict(good)
    y = bytearray(base64.urlsafe_b64decode(off["y"] + "=="))
    y[-1] ^= 1
    off["y"] = b64u(bytes(y))
    iss = did_jwk(off)
    case("es256-key-off-curve.jwt", sign({"alg": "ES256", "kid": iss + "#0", **jose}, credential(iss), p256, "ES256"),
         "invalid", "key_invalid", "the did:jwk's P-256 point is not on the curve")

    iss = did_jwk(good)
    genuine = sign({"alg": "ES256", "kid": iss + "#0", **jose}, credential(iss), p256, "ES256")
    h, p, s = genuine.split(".")
    forged_payload = credential(iss, credentialSubject={"id": "did:example:learner", "name": "Forged grade: cum laude"})
    case("es256-forged.jwt", h + "." + b64u(json.dumps(forged_payload).encode()) + "." + s,
         "invalid", "signature_invalid", "the content was changed after signing: the signature does not match")
    other = ec.generate_private_key(ec.SECP256R1())
    other_did = did_jwk(jwk_of(other.public_key()))
    case("es256-signed-by-another-key.jwt",
         sign({"alg": "ES256", "kid": other_did + "#0", **jose}, credential(iss), other, "ES256"),
         "invalid", "issuer_mismatch", "a genuine signature, by a key that is not the issuer's")

    k1 = ec.generate_private_key(ec.SECP256K1())
    iss = did_jwk(jwk_of(k1.public_key()))
    case("es256k-did-jwk.jwt", sign({"alg": "ES256K", "kid": iss + "#0", **jose}, credential(iss), k1, "ES256K"),
         "issuer_unknown", "signature_valid", "ES256K (secp256k1, RFC 8812), did:jwk issuer: checked in Rust, WebCrypto has no secp256k1")

    root_key = ec.generate_private_key(ec.SECP256R1())
    root = cert("Keurmerk Test Root CA", "Keurmerk test", None, root_key, root_key, True)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = cert("diplomas.roc-voorbeeldstad.example", "ROC Voorbeeldstad (fictief)", root.subject, leaf_key, root_key, False)
    x5c = [base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode() for c in (leaf, root)]
    case("es256-x5c-chain.jwt",
         sign({"alg": "ES256", "x5c": x5c, **jose}, credential("https://diplomas.roc-voorbeeldstad.example"), leaf_key, "ES256"),
         "indeterminate", "issuer_key_self_asserted",
         "an x5c chain nobody pins: the signature is intact, the chain is shown, the issuer is not established")

    with open(os.path.join(OUT, "EXPECTED.json"), "w") as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
