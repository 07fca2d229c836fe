#!/usr/bin/env python3
"""Crafted JAdES seals in the compact serialisation (issue 18: "JSON serialisation, flattened, or
compact; detached or not"), which no public sample uses: a test CA and a seal certificate made here,
an ELM micro-credential sealed as `header.payload.signature` (b64 true, sigT, x5c, x5t#S256), the
same with one payload byte changed, and the detached form `header..signature`.

Made once with Python `cryptography` (random keys, so not rerun by CI; the files are committed in
tests/vectors/crafted-jades/ with EXPECTED.json). Run: python3 scripts/make-crafted-jades.py
"""
import base64, datetime, hashlib, json, os

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from vectorlib import b64u

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "vectors", "crafted-jades")


def name(cn, org):
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(x509.ObjectIdentifier("2.5.4.97"), "NTRNL-12345678"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def cert(subject, issuer, key, signer, ca):
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(datetime.datetime(2026, 1, 1)).not_valid_after(datetime.datetime(2029, 1, 1))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    return b.sign(signer, hashes.SHA256())


CREDENTIAL = {
    "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
    "id": "urn:credential:5e3b1c2a-1f0d-4e5b-9a77-3c2b1d0e9f10",
    "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
    "issuer": {"id": "urn:epass:org:keurmerk-test", "type": "Organisation",
               "legalName": {"en": "Keurmerk Test College", "nl": "Keurmerk Testcollege"}},
    "issuanceDate": "2026-06-01T10:00:00Z", "issued": "2026-06-01T10:00:00Z",
    "validFrom": "2026-06-01T00:00:00Z",
    "credentialSubject": {
        "id": "urn:epass:person:1", "type": "Person", "givenName": {"en": "Ana"}, "familyName": {"en": "Andromeda"},
        "hasClaim": {"id": "urn:epass:claim:1", "type": "LearningAchievement",
                     "title": {"en": "Data literacy", "nl": "Datageletterdheid"}},
    },
}


def main():
    os.makedirs(OUT, exist_ok=True)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = cert(name("Keurmerk Test CA for eSeals", "Keurmerk test"), name("Keurmerk Test CA for eSeals", "Keurmerk test"),
              ca_key, ca_key, True)
    seal_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    seal = cert(name("Keurmerk Test College seal", "Keurmerk Test College"), ca.subject, seal_key, ca_key, False)
    leaf = seal.public_bytes(serialization.Encoding.DER)
    header = {"alg": "RS256", "typ": "jose", "cty": "json", "sigT": "2026-06-01T10:00:05Z", "crit": ["sigT"],
              "x5t#S256": b64u(hashlib.sha256(leaf).digest()),
              "x5c": [base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode() for c in (seal, ca)]}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(CREDENTIAL, separators=(",", ":"), ensure_ascii=False).encode())
    sig = b64u(seal_key.sign(f"{h}.{p}".encode(), padding.PKCS1v15(), hashes.SHA256()))
    expected = {}

    def case(file, text, verdict, why):
        with open(os.path.join(OUT, file), "w") as f:
            f.write(text + "\n")
        expected[file] = {"verdict": verdict, "why": why}

    case("compact-sealed.jades", f"{h}.{p}.{sig}", "issuer_unknown",
         "a compact JAdES seal (b64 true): verifies with the x5c leaf; valid certificate; no trusted list: issuer_unknown")
    tampered = dict(CREDENTIAL, validFrom="2025-06-01T00:00:00Z")
    tp = b64u(json.dumps(tampered, separators=(",", ":"), ensure_ascii=False).encode())
    case("compact-tampered.jades", f"{h}.{tp}.{sig}", "invalid", "the payload changed after sealing")
    case("compact-detached.jades", f"{h}..{sig}", "indeterminate",
         "a detached compact JAdES: the sealed data is not in the file, so nothing can be checked")
    with open(os.path.join(OUT, "EXPECTED.json"), "w") as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
