#!/usr/bin/env python3
"""tests/vectors/edc-trust/: a Keurmerk trust list imported from the EU trusted lists, as an operator
makes one (docs/edc.md): the LOTL (verified with its pinned signer) and the Spanish list, which covers
ANF, the CA of every sealed EDC vector; read on the EDC manifest's `now`, signed by a test operator.
The browser tests load it to give each EDC vector its `expected_with_eidas` verdict in Chromium."""
import json, os

import vectorlib
from vectorlib import ROOT, cli, key

OUT = os.path.join(vectorlib.VECTORS, "edc-trust")
SOURCES = os.path.join(ROOT, "tests", "fixtures", "trust-sources", "eidas")
with open(os.path.join(vectorlib.VECTORS, "edc", "MANIFEST.json"), encoding="utf-8") as f:
    NOW = json.load(f)["now"]


def main():
    os.makedirs(OUT, exist_ok=True)
    op = key(os.path.join(OUT, "keys"), "operator")
    scheme = {"operator": {"id": op["did"], "name": {"en": "Keurmerk test operator (EU trusted lists)"}, "country": "NL"},
              "name": {"en": "EU trusted lists: Spain (test snapshot)", "nl": "EU-vertrouwenslijsten: Spanje (testmomentopname)"}}
    cli("trust-list", "import", "eidas", "--lotl", os.path.join(SOURCES, "eu-lotl.xml"),
        "--lotl-signer", os.path.join(SOURCES, "lotl-signer-2023.pem"), "--retrieved", NOW, "--now", NOW,
        "--scheme", vectorlib.scratch("scheme.json", scheme), "--sign-with", op["path"],
        "--out", os.path.join(OUT, "eidas-es.list.json"), os.path.join(SOURCES, "TSL_ES.xml"))
    vectorlib.write(os.path.join(OUT, "operator.json"),
                    {"publicKeyMultibase": op["mb"], "now": NOW,
                     "note": "The test operator's key (the trust anchor of eidas-es.list.json) and the time to verify at."})
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
