"""What the generators of committed test data share: scripts/make-vectors.py (tests/vectors/own/),
scripts/make-adversarial.py (tests/vectors/adversarial/) and scripts/make-demo.py (www/demo/).

Every signature is made by the keurmerk CLI, built once per run with `cargo build --locked` into
$CARGO_TARGET_DIR (default target/). Keys are files that are committed and times are fixed, so a
rerun writes the same bytes; scripts/check-generated.sh reruns the generators in CI and fails on any
difference from the committed files.

A corpus is a folder of cases and the EXPECTED.json that says what each must get:

    own = Corpus(OWN)
    own.case("jcs-expired.json", sign(doc, issuer_key), "expired", "expired", why="…")
    own.save()
"""
import base64, json, os, subprocess, tempfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTORS = os.path.join(ROOT, "tests", "vectors")
OWN = os.path.join(VECTORS, "own")
# cargo reads a relative CARGO_TARGET_DIR against its working directory, which is ROOT below
TARGET = os.path.join(ROOT, os.environ.get("CARGO_TARGET_DIR") or "target")
CLI = os.path.join(TARGET, "debug", "keurmerk")
CREATED = "2026-07-01T12:00:00Z"  # the `created` of every proof, so that reruns sign the same bytes
TRUST_LIST_ISSUED = "2026-11-01T00:00:00Z"

_built = False
_scratch = None


def cli(*args):
    """Runs the keurmerk CLI (built first, once per process) and returns what it printed."""
    global _built
    if not _built:
        subprocess.run(["cargo", "build", "-q", "--locked", "--features", "cli", "--bin", "keurmerk"],
                       cwd=ROOT, check=True)
        _built = True
    return subprocess.run([CLI, *args], check=True, capture_output=True).stdout


# ── encodings ──
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def unb64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + out


# ── files ──
def dump(data):
    """JSON as the committed files have it: indented, unless the indentation would be most of the
    file (deeply nested attacks), then compact; bytes and text are written as they are."""
    if not isinstance(data, (dict, list)):
        return data
    pretty = json.dumps(data, indent=2, ensure_ascii=False)
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (compact if len(pretty) > 3 * len(compact) else pretty) + "\n"


def write(path, data):
    data = dump(data)
    if isinstance(data, bytes):
        with open(path, "wb") as f:
            f.write(data)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(data)
    return path


def scratch(name, data=None):
    """A path in a temporary folder for the CLI's inputs and outputs (never an output folder),
    with data written to it if given."""
    global _scratch
    if _scratch is None:
        _scratch = tempfile.TemporaryDirectory(prefix="keurmerk-gen-")
    path = os.path.join(_scratch.name, name)
    return path if data is None else write(path, data)


def template(name):
    with open(os.path.join(OWN, "templates", name), encoding="utf-8") as f:
        return json.load(f)


# ── keys and signatures, all through the CLI ──
def key(folder, name):
    """The key folder/NAME.key.json (made with `keurmerk keygen` if missing) and its identifiers."""
    path = os.path.join(folder, f"{name}.key.json")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        cli("keygen", "--out", path)
    with open(path, encoding="utf-8") as f:
        mb = json.load(f)["publicKeyMultibase"]
    raw = b58decode(mb[1:])[2:]
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64u(raw)}
    did_jwk = "did:jwk:" + b64u(json.dumps(jwk, separators=(",", ":")).encode())
    return {"path": path, "mb": mb, "did": f"did:key:{mb}", "vm": f"did:key:{mb}#{mb}", "raw": raw,
            "did_jwk": did_jwk, "vm_jwk": did_jwk + "#0"}


def sign(doc, k, suite="eddsa-jcs-2022", issuer=None, vm=None, profile=None, created=CREATED):
    """`keurmerk sign`: the signed credential as JSON, or a token (suite "jwt") as text."""
    args = ["sign", "--suite", suite, "--key", k["path"], "--created", created]
    if issuer:
        args += ["--issuer", issuer]
    if vm:
        args += ["--verification-method", vm]
    if profile:
        args += ["--jwt-profile", profile]
    out = cli(*args, scratch("unsigned.json", doc)).decode()
    return out.strip() if suite == "jwt" else json.loads(out)


def sign_jws(header, payload, k):
    """`keurmerk sign --suite jws`: a compact JWS with the header exactly as given."""
    h, p = scratch("header.json", header), scratch("payload.json", payload)
    return cli("sign", "--suite", "jws", "--key", k["path"], "--header", h, p).decode().strip()


def jwt_parts(token):
    h, p, s = token.split(".")
    return json.loads(unb64u(h)), json.loads(unb64u(p)), s


def bake(kind, picture, credential):
    """`keurmerk bake --png|--svg`: the picture with the credential file inside, as bytes."""
    out = scratch(f"baked.{kind}")
    cli("bake", f"--{kind}", picture, "--out", out, credential)
    with open(out, "rb") as f:
        return f.read()


def trust_list(operator, operator_name, name, entities):
    """A Keurmerk trust list (docs/trust-list.md): number 1, issued on TRUST_LIST_ISSUED, for six months."""
    return {
        "type": "KeurmerkTrustList",
        "schemeInformation": {
            "sequenceNumber": 1, "issued": TRUST_LIST_ISSUED, "nextUpdate": "2027-05-01T00:00:00Z",
            "operator": {"id": operator["did"], "name": operator_name, "country": "NL"},
            "name": name,
        },
        "trustedEntities": entities,
    }


def sign_trust_list(trust, operator, out):
    """`keurmerk trust-list sign` into the file out, signed on the day the list is issued."""
    cli("trust-list", "sign", "--key", operator["path"], "--created", TRUST_LIST_ISSUED, "--out", out,
        scratch("trust-list.unsigned.json", trust))


# ── PNG chunks ──
def chunks(png):
    out, i = [], 8
    while i < len(png):
        n = int.from_bytes(png[i:i + 4], "big")
        out.append((png[i + 4:i + 8], png[i + 8:i + 8 + n]))
        i += 12 + n
    return out


def chunk(kind, data):
    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


def assemble(parts):
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunk(k, d) for k, d in parts)


def itxt(text, keyword=b"openbadgecredential", compressed=False):
    """An iTXt chunk as Open Badges bakes it: keyword, then flag, method, language and key (empty)."""
    return (b"iTXt", keyword + (b"\0\1\0\0\0" if compressed else b"\0\0\0\0\0") + text)


class Corpus:
    """A folder of generated files; `case` writes one and records what it must get in EXPECTED."""

    def __init__(self, folder, **fields):
        self.folder = folder
        self.fields = fields  # recorded for every case unless given: e.g. trust=False
        self.expected = {}
        os.makedirs(folder, exist_ok=True)

    def clear(self):
        """Removes the files (not the folders: keys/, templates/) so that none is left over."""
        for name in os.listdir(self.folder):
            if os.path.isfile(os.path.join(self.folder, name)):
                os.remove(os.path.join(self.folder, name))

    def path(self, name):
        return os.path.join(self.folder, name)

    def write(self, name, data):
        return write(self.path(name), data)

    def read(self, name, mode="r"):
        with open(self.path(name), mode, encoding=None if "b" in mode else "utf-8") as f:
            return f.read()

    def json(self, name):
        return json.loads(self.read(name))

    def case(self, name, data, verdict, code, why="", documents=(), **fields):
        """Writes one case and records the verdict and deciding check code it must get, the
        --document URL=FILE arguments it needs, and why."""
        assert name not in self.expected, name
        self.write(name, data)
        self.expected[name] = {"verdict": verdict, "code": code, "documents": list(documents), "why": why,
                               **self.fields, **fields}

    def save(self):
        with open(self.path("EXPECTED.json"), "w", encoding="utf-8") as f:
            json.dump(self.expected, f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        return len(self.expected)
