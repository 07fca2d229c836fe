#!/usr/bin/env python3
"""Writes what is generated from the core's catalogue of codes and verdicts:

  docs/report.md   the "## Codes" table, from the codes! table in src/codes.rs
  pkg/verdicts.js  the verdicts in precedence order (the order of `pub enum Verdict`) and the
                   verdict each code forces, for the widget (pkg/render.js) and the npm package
  pkg/lang/XX.js   for en, nl, de and fr: CODES (each code's words), DETAILS (each detail line's
                   words, from the lines! table of src/lines.rs) and HEADLINES (each verdict's,
                   from `Verdict::headline`). The wasm build leaves German and French out, so the
                   browser reads them here; en and nl are the same words the wasm carries. For de
                   and fr also ELEMENTS (the Annex I elements' names) and CONCEPTS (controlled
                   values by element), from src/descriptors/vocab_de_fr.rs (native only in Rust)

Deterministic: the output depends on src/ alone, so CI can run it and then `git diff --exit-code`.
tests/vectors.rs checks that every code is listed, so run this after adding a code.

  --check [FILE...]  write nothing; exit 1 naming each output (of FILE..., default all) that is stale
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")

TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<comment>//[^\n]*|/\*.*?\*/)
      | (?P<raw>r(?P<hashes>\#*)"(?P<rawbody>.*?)"(?P=hashes))
      | (?P<string>"(?P<body>(?:[^"\\]|\\.)*)")
      | (?P<path>[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*)
      | (?P<punct>.)""",
    re.S | re.X,
)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def tokens(text):
    """Rust source as (kind, value) pairs, without spaces and comments (doc comments included)."""
    out = []
    for m in TOKEN.finditer(text):
        if m.group("space") or m.group("comment"):
            continue
        if m.group("raw") is not None:
            out.append(("str", m.group("rawbody")))
        elif m.group("string") is not None:
            body = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda e: chr(int(e.group(1), 16)), m.group("body"))
            out.append(("str", re.sub(r"\\(.)", lambda e: ESCAPES.get(e.group(1), e.group(1)), body, flags=re.S)))
        elif m.group("path") is not None:
            out.append(("path", m.group("path")))
        else:
            out.append(("punct", m.group("punct")))
    return out


def group(toks, i):
    """The tokens inside the bracket group opening at toks[i], and the index after it."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    close, depth = pairs[toks[i][1]], 0
    for j in range(i, len(toks)):
        kind, value = toks[j]
        if kind == "punct" and value in pairs:
            depth += 1
        elif kind == "punct" and value in pairs.values():
            depth -= 1
            if depth == 0:
                if value != close:
                    sys.exit(f"gen-report-codes: unbalanced brackets near token {j}")
                return toks[i + 1 : j], j + 1
    sys.exit("gen-report-codes: unclosed bracket")


def without_attributes(toks):
    """Drops `#[...]` attributes (derives, serde options, `#[doc = ...]`)."""
    out, i = [], 0
    while i < len(toks):
        if toks[i] == ("punct", "#") and i + 1 < len(toks) and toks[i + 1] == ("punct", "["):
            _, i = group(toks, i + 1)
        else:
            out.append(toks[i])
            i += 1
    return out


def split(toks, sep):
    """Splits at top-level `sep` punctuation."""
    parts, cur, depth = [], [], 0
    for t in toks:
        if t[0] == "punct" and t[1] in "([{":
            depth += 1
        elif t[0] == "punct" and t[1] in ")]}":
            depth -= 1
        if depth == 0 and t == ("punct", sep):
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        parts.append(cur)
    return parts


def snake(name):
    """serde's rename_all = "snake_case" for a variant name."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def rust_sources():
    for dirpath, dirnames, filenames in os.walk(SRC):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".rs"):
                path = os.path.join(dirpath, f)
                yield os.path.relpath(path, ROOT), open(path, encoding="utf-8").read()


def verdict_enum():
    """The verdicts in declaration order (their precedence: `derive(Ord)`), and the file holding them."""
    found = []
    for rel, text in rust_sources():
        toks = tokens(text)
        for i in range(len(toks) - 3):
            if toks[i : i + 3] == [("path", "pub"), ("path", "enum"), ("path", "Verdict")] and toks[i + 3] == ("punct", "{"):
                body, _ = group(toks, i + 3)
                names = [p[0][1] for p in split(without_attributes(body), ",") if p and p[0][0] == "path"]
                found.append((rel, [snake(n) for n in names]))
    if len(found) != 1 or not found[0][1]:
        sys.exit(f"gen-report-codes: expected one `pub enum Verdict` under src/, found {[f for f, _ in found]}")
    return found[0]


LANGS = ("en", "nl", "de", "fr")  # the order of the words in a codes! entry and a headline row


def codes(text, verdicts):
    """(code, forced verdict or None, English, Dutch, German, French) for each entry of the
    `codes! { ... }` invocation."""
    toks = tokens(text)
    consts = {}
    for name, value in re.findall(r"const\s+(\w+)\s*:\s*Option<Verdict>\s*=\s*([^;]+);", text):
        m = re.fullmatch(r"Some\(\s*Verdict::(\w+)\s*\)|(None)", value.strip())
        if not m:
            sys.exit(f"gen-report-codes: cannot read const {name} = {value}")
        consts[name] = snake(m.group(1)) if m.group(1) else None
    starts = [i for i in range(len(toks) - 2) if toks[i] == ("path", "codes") and toks[i + 1] == ("punct", "!") and toks[i + 2] == ("punct", "{")]
    if len(starts) != 1:
        sys.exit(f"gen-report-codes: expected one `codes! {{ ... }}` in src/codes.rs, found {len(starts)}")
    body, _ = group(toks, starts[0] + 2)
    rows = []
    for entry in split(without_attributes(body), ";"):
        if not entry:
            continue
        if len(entry) < 3 or entry[0][0] != "path" or entry[1] != ("punct", "=") or entry[2][0] != "str":
            sys.exit(f"gen-report-codes: cannot read the codes! entry starting {entry[:3]}")
        args = split(entry[3:], ",")
        strings = [a[0][1] for a in args if len(a) == 1 and a[0][0] == "str"]
        effects = []
        for a in args:
            text_of = "".join(v for _, v in a)
            m = re.fullmatch(r"Some\(Verdict::(\w+)\)", text_of)
            if m:
                effects.append(snake(m.group(1)))
            elif text_of in consts:
                effects.append(consts[text_of])
            elif text_of == "None":
                effects.append(None)
        if len(effects) != 1 or len(strings) != len(LANGS):
            sys.exit(f"gen-report-codes: {entry[2][1]}: expected one verdict effect and {len(LANGS)} texts ({', '.join(LANGS)})")
        if effects[0] is not None and effects[0] not in verdicts:
            sys.exit(f"gen-report-codes: {entry[2][1]} forces unknown verdict {effects[0]}")
        rows.append((entry[2][1], effects[0], *strings))
    if not rows:
        sys.exit("gen-report-codes: no codes found")
    return rows


def headlines(text, verdicts):
    """{verdict: (English, Dutch, German, French)} from the `match self` of `fn headline` in
    src/codes.rs, whose arms are `Self::Name => [words, ...]` (German and French inside `words!`)."""
    toks = tokens(text)
    starts = [i for i in range(len(toks) - 1) if toks[i] == ("path", "fn") and toks[i + 1] == ("path", "headline")]
    if len(starts) != 1:
        sys.exit(f"gen-report-codes: expected one `fn headline` in src/codes.rs, found {len(starts)}")
    i = starts[0]
    while toks[i] != ("punct", "{"):
        i += 1
    body, _ = group(toks, i)
    matches = [j for j in range(len(body) - 2) if body[j] == ("path", "match") and body[j + 1] == ("path", "self") and body[j + 2] == ("punct", "{")]
    if len(matches) != 1:
        sys.exit("gen-report-codes: expected one `match self { ... }` in fn headline")
    arms, _ = group(body, matches[0] + 2)
    found = {}
    for arm in split(arms, ","):
        if not arm:
            continue
        if len(arm) < 4 or arm[0][0] != "path" or not arm[0][1].startswith("Self::") or arm[1:3] != [("punct", "="), ("punct", ">")] or arm[3] != ("punct", "["):
            sys.exit(f"gen-report-codes: cannot read the headline arm starting {arm[:4]}")
        inner, end = group(arm, 3)
        words = [v for k, v in inner if k == "str"]
        name = snake(arm[0][1][len("Self::"):])
        if end != len(arm) or len(words) != len(LANGS):
            sys.exit(f"gen-report-codes: headline of {name}: expected [{', '.join(LANGS)}]")
        if name not in verdicts or name in found:
            sys.exit(f"gen-report-codes: headline of unknown or repeated verdict {name}")
        found[name] = tuple(words)
    missing = [v for v in verdicts if v not in found]
    if missing:
        sys.exit(f"gen-report-codes: no headline for {', '.join(missing)}")
    return found


TUPLE = re.compile(r'\(\s*((?:"(?:[^"\\]|\\.)*"\s*,?\s*)+)\)')
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def unescape(body):
    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|.)",
                  lambda m: chr(int(m.group(1)[2:-1], 16)) if m.group(1).startswith("u{") else ESCAPES.get(m.group(1), m.group(1)),
                  body)


def table(text, name):
    """The string tuples of `pub const NAME: &[(&str, …)] = &[ … ];`."""
    start = text.index(f"pub const {name}:")
    end = text.index("];", start)
    return [[unescape(b) for b in STRING.findall(m.group(1))] for m in TUPLE.finditer(text, start, end)]


def vocab_de_fr():
    """(ELEMENTS {lang: {key: words}}, CONCEPTS {lang: {element: {key: words}}}) for de and fr."""
    text = open(os.path.join(SRC, "descriptors", "vocab_de_fr.rs"), encoding="utf-8").read()
    elements = {"de": {}, "fr": {}}
    concepts = {"de": {}, "fr": {}}
    for key, de, fr in table(text, "ELEMENTS"):
        elements["de"][key], elements["fr"][key] = de, fr
    for element, key, de, fr in table(text, "CONCEPTS"):
        concepts["de"].setdefault(element, {})[key] = de
        concepts["fr"].setdefault(element, {})[key] = fr
    return elements, concepts


CONCEPT = re.compile(r'\bc\(\s*((?:"(?:[^"\\]|\\.)*"\s*,\s*){4})')


def vocab_en_nl():
    """The catalogue the npm package's labels() returns: English and Dutch names of the Annex I
    elements and their controlled values, in src/descriptors/vocab.rs, and the elements' order and
    which are mandatory, in src/descriptors/mod.rs."""
    text = open(os.path.join(SRC, "descriptors", "vocab.rs"), encoding="utf-8").read()
    elements = {key: {"en": en, "nl": nl} for key, en, nl in table(text, "ELEMENTS")}
    start = text.index("pub const CONCEPTS:")
    end = text.index("\n];", start)
    concepts = {}
    for m in CONCEPT.finditer(text, start, end):
        element, key, en, nl = [unescape(b) for b in STRING.findall(m.group(1))]
        concepts.setdefault(element, {})[key] = {"en": en, "nl": nl}
    mod = open(os.path.join(SRC, "descriptors", "mod.rs"), encoding="utf-8").read()

    def keys(name):
        start = mod.index(f"pub const {name}:")
        return [unescape(b) for b in STRING.findall(mod, start, mod.index("];", start))]
    mandatory = keys("MANDATORY")
    return {"elements": elements, "concepts": concepts, "order": mandatory + keys("OPTIONAL"), "mandatory": mandatory}


LINE_AREAS = ["canon", "intake", "keys", "named", "proof", "seal", "status", "trust"]


def detail_lines(area="mod"):
    """The lines! table of src/lines/<area>.rs: [(name, [en, nl, de, fr])] in order."""
    text = open(os.path.join(SRC, "lines", f"{area}.rs"), encoding="utf-8").read()
    toks = tokens(text)
    start = next(i for i in range(len(toks) - 2)
                 if toks[i] == ("path", "lines") and toks[i + 1] == ("punct", "!") and toks[i + 2] == ("punct", "{")
                 and not (i > 0 and toks[i - 1] == ("path", "macro_rules")))
    body, _ = group(toks, start + 2)
    out = []
    for entry in split(without_attributes(body), ";"):
        if not entry:
            continue
        name = entry[0][1]
        words = [v for k, v in entry if k == "str"]
        if entry[0][0] != "path" or len(words) != 4:
            sys.exit(f"gen-report-codes: a lines! entry is not `name(args) \"en\", \"nl\", \"de\", \"fr\";`: {entry[:3]}")
        out.append((name, words))
    return out


def js_string(s):
    """A JSON string, readable: non-ASCII letters as they are, invisible spaces and JS line
    terminators escaped."""
    out = json.dumps(s, ensure_ascii=False)
    for ch in "\u00a0\u202f\u2028\u2029":
        out = out.replace(ch, f"\\u{ord(ch):04x}")
    return out


def current(rel):
    try:
        with open(os.path.join(ROOT, rel), encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write(rel, content):
    os.makedirs(os.path.dirname(os.path.join(ROOT, rel)), exist_ok=True)
    with open(os.path.join(ROOT, rel), "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


def main():
    verdict_file, verdicts = verdict_enum()
    codes_rs = open(os.path.join(SRC, "codes.rs"), encoding="utf-8").read()
    rows = codes(codes_rs, verdicts)
    heads = headlines(codes_rs, verdicts)

    table = ["| code | forces | English | Nederlands |", "|---|---|---|---|"]
    for code, forces, en, nl, _, _ in rows:
        table.append(f"| `{code}` | {forces or '—'} | {en} | {nl} |")
    doc = current("docs/report.md")
    start = doc.index("## Codes\n") + len("## Codes\n")
    end = doc.index("\n## ", start)
    outputs = {"docs/report.md": doc[:start] + "\n" + "\n".join(table) + "\n" + doc[end:]}

    sources = " and ".join(sorted({verdict_file, "src/codes.rs"}))
    js = [
        f"// Generated by scripts/gen-report-codes.py from {sources}: do not edit,",
        "// run the script. The core decides the verdict; the widget and the npm package only read this.",
        "",
        "/** Every verdict, by precedence: when checks force several, the first of these wins (docs/report.md). */",
        "export const VERDICTS = Object.freeze([",
        *[f"  '{v}'," for v in verdicts],
        "]);",
        "",
        "/** The verdict a check carrying each code forces; codes that force none are absent. */",
        "export const FORCES = Object.freeze({",
        *[f"  {code}: '{forces}'," for code, forces, *_ in rows if forces],
        "});",
        "",
    ]
    outputs["pkg/verdicts.js"] = "\n".join(js)

    elements, concepts = vocab_de_fr()
    catalogue = vocab_en_nl()
    for lang in ("en", "nl"):
        elements[lang] = {key: w[lang] for key, w in catalogue["elements"].items()}
        concepts[lang] = {el: {key: w[lang] for key, w in by.items()} for el, by in catalogue["concepts"].items()}
    details = detail_lines()
    faults = [line for area in LINE_AREAS for line in detail_lines(area)]
    for k, lang in enumerate(LANGS):
        vocab = []
        if lang in elements:
            vocab = [
                "export const ELEMENTS = {",
                *[f"  {key}: {js_string(w)}," for key, w in elements[lang].items()],
                "};",
                "export const CONCEPTS = {",
                *[f"  {el}: {{ {', '.join(f'{key}: {js_string(w)}' for key, w in by.items())} }},"
                  for el, by in concepts[lang].items()],
                "};",
            ]
        if lang == "en":
            # Language-independent, here because English is always loaded (index.js labels()).
            vocab += [
                "export const ORDER = [" + ", ".join(f"'{e}'" for e in catalogue["order"]) + "];",
                f"export const MANDATORY_COUNT = {len(catalogue['mandatory'])};",
            ]
        # The lines met on the way to a verdict here; the faults' in XX-faults.js, loaded when a
        # report first needs one.
        vocab += [
            "export const DETAILS = {",
            *[f"  {name}: {js_string(words[k])}," for name, words in details],
            "};",
        ]
        vocab_file = "vocab_de_fr.rs" if lang in ("de", "fr") else "vocab.rs and mod.rs"
        sources = f"src/codes.rs, src/lines/*.rs and src/descriptors/{vocab_file}"
        outputs[f"pkg/lang/{lang}.js"] = "\n".join([
            f"// Generated by scripts/gen-report-codes.py from {sources} — do not edit.",
            "export const CODES = {",
            *[f"  {row[0]}: {js_string(row[2 + k])}," for row in rows],
            "};",
            "export const HEADLINES = {",
            *[f"  {v}: {js_string(heads[v][k])}," for v in verdicts],
            "};",
            *vocab,
            "",
        ])

    for k, lang in enumerate(LANGS):
        outputs[f"pkg/lang/{lang}-faults.js"] = "\n".join([
            "// Generated by scripts/gen-report-codes.py from the area tables of src/lines/ — do not edit.",
            "// The lines of faults (why an input was refused), loaded when a report first needs one.",
            "export const DETAILS = {",
            *[f"  {name}: {js_string(words[k])}," for name, words in faults],
            "};",
            "",
        ])

    if sys.argv[1:2] == ["--check"]:
        wanted = sys.argv[2:] or list(outputs)
        unknown = [f for f in wanted if f not in outputs]
        if unknown:
            sys.exit(f"gen-report-codes: not an output: {', '.join(unknown)}")
        stale = [f for f in wanted if current(f) != outputs[f]]
        for f in stale:
            print(f"{f} is stale: run python3 scripts/gen-report-codes.py")
        sys.exit(1 if stale else 0)
    for rel, content in outputs.items():
        write(rel, content)
    print(f"{len(rows)} codes, {len(verdicts)} verdicts ({verdict_file})")


if __name__ == "__main__":
    main()
