//! RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, <https://www.w3.org/TR/rdf-canon/>):
//! issues deterministic blank node identifiers (`c14n0`, `c14n1`, …) and returns the canonical
//! N-Quads document, one quad a line, sorted by code point, duplicates removed.
//!
//! The algorithms follow the specification step by step; the step numbers in comments are the
//! specification's (§4.4 canonicalization, §4.6 Hash First Degree Quads, §4.7 Hash Related Blank
//! Node, §4.8 Hash N-Degree Quads).
//!
//! Hash N-Degree Quads is exponential on "poison" graphs (a clique of blank nodes; the
//! specification's "Dataset Poisoning"): every run is held to a [`Budget`] of calls, work steps
//! and recursion depth, and going over it is [`Code::RdfcWorkLimit`], naming the limit. Datasets
//! over the size limits are [`Code::RdfcTooLarge`]; a quad that is not RDF (a literal subject, a
//! non-IRI predicate) is [`Code::NquadsSyntax`].

use std::collections::BTreeMap;

use crate::canon::hash::{FastMap, FastSet};

use sha2::{Digest, Sha256, Sha384};

use crate::canon::rdf::{Quad, Term};
use crate::codes::{Code, Fault};
use crate::lines;
use crate::limits;

/// Hash algorithm. RDFC-1.0 uses SHA-256; the W3C suite runs a few tests with SHA-384
/// (`hashAlgorithm`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum HashAlgorithm {
    /// SHA-256, the RDFC-1.0 default.
    #[default]
    Sha256,
    /// SHA-384.
    Sha384,
}

impl HashAlgorithm {
    /// The lower-case hexadecimal digest of `data`.
    fn hex(self, data: &[u8]) -> String {
        match self {
            Self::Sha256 => hex(&Sha256::digest(data)),
            Self::Sha384 => hex(&Sha384::digest(data)),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        for nibble in [b >> 4, b & 0xf] {
            out.push(char::from(
                DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0'),
            ));
        }
    }
    out
}

/// Work budget, so that poison graphs stop quickly. [`Budget::default`] uses the limits of
/// [`crate::limits`]; every honest dataset in the W3C test suite stays far inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// Most quads in the input (before duplicates are removed).
    pub max_quads: usize,
    /// Most distinct blank nodes.
    pub max_blank_nodes: usize,
    /// Most bytes of N-Quads (the quads without duplicates, counted before escaping).
    pub max_nquads_bytes: usize,
    /// Most calls of Hash N-Degree Quads in one canonicalisation, recursive calls included.
    pub max_n_degree_calls: u64,
    /// Most work steps in one canonicalisation: one per related-hash computation and one per
    /// blank node placed in a permutation.
    pub max_work_steps: u64,
    /// Deepest recursion of Hash N-Degree Quads.
    pub max_depth: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            max_quads: limits::MAX_RDFC_QUADS,
            max_blank_nodes: limits::MAX_RDFC_BLANK_NODES,
            max_nquads_bytes: limits::MAX_RDFC_NQUADS_BYTES,
            max_n_degree_calls: limits::MAX_RDFC_N_DEGREE_CALLS,
            max_work_steps: limits::MAX_RDFC_WORK_STEPS,
            max_depth: limits::MAX_RDFC_DEPTH,
        }
    }
}

/// Canonicalises a dataset with SHA-256: the canonical N-Quads document (each line ends in `\n`,
/// lines sorted by code point, duplicates removed).
pub fn canonicalize(quads: &[Quad], budget: &Budget) -> Result<String, Fault> {
    canonicalize_with(quads, HashAlgorithm::Sha256, budget).map(|(doc, _)| doc)
}

/// Canonicalises a dataset with the chosen hash, also returning the issued identifiers map:
/// input blank node label → canonical label (`c14nN`). Never inlined: the RDF suites and
/// ecdsa-sd-2023's relabelling share one copy in the wasm module.
#[inline(never)]
pub fn canonicalize_with(
    quads: &[Quad],
    hash: HashAlgorithm,
    budget: &Budget,
) -> Result<(String, BTreeMap<String, String>), Fault> {
    if quads.len() > budget.max_quads {
        return Err(lines::fault(
            Code::RdfcTooLarge,
            lines::rdfc_too_many_quads(quads.len(), budget.max_quads),
        ));
    }
    let mut state = State::new(quads, hash, budget)?;
    state.label()?;

    // 7) The serialized canonical form: every quad with canonical blank node identifiers,
    // sorted by code point (byte order of UTF-8 equals code point order), duplicates removed.
    let mut lines = Vec::with_capacity(state.quads.len());
    for (quad, refs) in state.quads.iter().zip(&state.refs) {
        let mut line = String::new();
        let mut missing = false;
        write_quad(quad, refs, &mut line, |node, out| {
            match state.canonical.get(node) {
                Some(id) => id.write(out),
                None => missing = true,
            }
        });
        if missing {
            return Err(lines::fault(Code::RdfcWorkLimit, lines::rdfc_unlabelled()));
        }
        lines.push(line);
    }
    crate::sort::sort(&mut lines);
    lines.dedup();

    let mut map = BTreeMap::new();
    for (node, id) in state.canonical.issued() {
        if let Some(label) = state.labels.get(node) {
            let mut s = String::new();
            id.write_bare(&mut s);
            map.insert((*label).to_owned(), s);
        }
    }
    Ok((lines.concat(), map))
}

/// An identifier issued by an [`Issuer`]: prefix and counter.
#[derive(Clone, Copy, Debug)]
struct Id {
    prefix: &'static str,
    n: usize,
}

impl Id {
    /// `_:` followed by the identifier, as N-Quads writes it.
    fn write(self, out: &mut String) {
        out.push_str("_:");
        self.write_bare(out);
    }

    fn write_bare(self, out: &mut String) {
        use std::fmt::Write as _;
        let _ = write!(out, "{}{}", self.prefix, self.n);
    }
}

/// An identifier issuer (§4.3 "Blank Node Identifier Issuer State") over blank node indices: the
/// issued identifiers map in issuance order.
#[derive(Clone, Debug)]
struct Issuer {
    prefix: &'static str,
    ids: FastMap<usize, usize>,
    order: Vec<usize>,
}

impl Issuer {
    fn new(prefix: &'static str) -> Self {
        Self {
            prefix,
            ids: FastMap::default(),
            order: Vec::new(),
        }
    }

    fn get(&self, node: usize) -> Option<Id> {
        self.ids.get(&node).map(|&n| Id {
            prefix: self.prefix,
            n,
        })
    }

    fn has(&self, node: usize) -> bool {
        self.ids.contains_key(&node)
    }

    /// §4.5 Issue Identifier.
    fn issue(&mut self, node: usize) -> Id {
        let next = self.order.len();
        let n = *self.ids.entry(node).or_insert(next);
        if n == next {
            self.order.push(node);
        }
        Id {
            prefix: self.prefix,
            n,
        }
    }

    /// (node, identifier) in issuance order.
    fn issued(&self) -> impl Iterator<Item = (usize, Id)> + '_ {
        self.order.iter().enumerate().map(|(n, &node)| {
            (
                node,
                Id {
                    prefix: self.prefix,
                    n,
                },
            )
        })
    }
}

/// Most remembered Hash Related Blank Node results (about 150 bytes each): a memory bound only,
/// going over it just means hashing again.
const RELATED_HASH_CACHE: usize = 1 << 14;

/// A Hash Related Blank Node input without its text: position, predicate (numbered), and the
/// identifier used for the related blank node.
type RelatedKey = (char, usize, Ident);

/// The identifier Hash Related Blank Node uses for a related blank node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Ident {
    /// `_:c14nN`
    Canonical(usize),
    /// `_:bN`
    Temporary(usize),
    /// A first degree hash, by the number of its distinct value.
    FirstDegree(usize),
}

/// The canonical issuer's prefix.
const CANONICAL_PREFIX: &str = "c14n";
/// The temporary issuers' prefix.
const TEMPORARY_PREFIX: &str = "b";

/// Blank node indices of a quad's subject, object and graph name.
type Refs = [Option<usize>; 3];

/// The canonicalization state (§4.2), with blank nodes numbered in order of first appearance.
struct State<'q> {
    hash: HashAlgorithm,
    budget: &'q Budget,
    /// The input dataset, duplicates removed, in input order.
    quads: Vec<&'q Quad>,
    /// Blank nodes of each quad in `quads`.
    refs: Vec<Refs>,
    /// Input label of each blank node.
    labels: Vec<&'q str>,
    /// The blank node to quads map: indices into `quads`, each quad once.
    mentions: Vec<Vec<usize>>,
    /// Predicate of each quad in `quads`, numbered by distinct IRI.
    predicates: Vec<usize>,
    /// Hash First Degree Quads of each blank node (it never changes, so it is computed once).
    first_degree: Vec<String>,
    /// Each blank node's first degree hash, numbered by distinct value.
    first_degree_class: Vec<usize>,
    canonical: Issuer,
    /// Hash Related Blank Node results already computed.
    related_hashes: FastMap<RelatedKey, String>,
    calls: u64,
    steps: u64,
}

impl<'q> State<'q> {
    /// §4.4 steps 1–2: the dataset as a set of quads and the blank node to quads map.
    fn new(input: &'q [Quad], hash: HashAlgorithm, budget: &'q Budget) -> Result<Self, Fault> {
        let mut seen = FastSet::default();
        let mut quads = Vec::new();
        let mut refs = Vec::new();
        let mut index: FastMap<&'q str, usize> = FastMap::default();
        let mut predicate_index: FastMap<&'q Term, usize> = FastMap::default();
        let mut predicates = Vec::new();
        let mut bytes: usize = 0;
        let mut labels: Vec<&'q str> = Vec::new();
        let mut mentions: Vec<Vec<usize>> = Vec::new();
        for quad in input {
            check_quad(quad)?;
            if !seen.insert(quad) {
                continue;
            }
            bytes = bytes.saturating_add(quad_len(quad));
            if bytes > budget.max_nquads_bytes {
                return Err(lines::fault(
                    Code::RdfcTooLarge,
                    lines::rdfc_too_many_bytes(budget.max_nquads_bytes),
                ));
            }
            let next = predicate_index.len();
            predicates.push(*predicate_index.entry(&quad.predicate).or_insert(next));
            let qi = quads.len();
            let mut r: Refs = [None; 3];
            for (slot, term) in
                r.iter_mut()
                    .zip([Some(&quad.subject), Some(&quad.object), quad.graph.as_ref()])
            {
                let Some(Term::Blank(label)) = term else {
                    continue;
                };
                let node = *index.entry(label.as_str()).or_insert_with(|| {
                    labels.push(label.as_str());
                    mentions.push(Vec::new());
                    labels.len() - 1
                });
                *slot = Some(node);
                if let Some(m) = mentions.get_mut(node) {
                    if m.last() != Some(&qi) {
                        m.push(qi);
                    }
                }
            }
            if labels.len() > budget.max_blank_nodes {
                return Err(lines::fault(
                    Code::RdfcTooLarge,
                    lines::rdfc_too_many_blank_nodes(budget.max_blank_nodes),
                ));
            }
            quads.push(quad);
            refs.push(r);
        }
        let mut state = Self {
            hash,
            budget,
            quads,
            refs,
            labels,
            mentions,
            predicates,
            first_degree: Vec::new(),
            first_degree_class: Vec::new(),
            canonical: Issuer::new(CANONICAL_PREFIX),
            related_hashes: FastMap::default(),
            calls: 0,
            steps: 0,
        };
        state.first_degree = (0..state.labels.len())
            .map(|n| state.hash_first_degree(n))
            .collect();
        let mut classes: FastMap<&str, usize> = FastMap::default();
        let first_degree_class = state
            .first_degree
            .iter()
            .map(|h| {
                let next = classes.len();
                *classes.entry(h.as_str()).or_insert(next)
            })
            .collect();
        state.first_degree_class = first_degree_class;
        Ok(state)
    }

    /// §4.4 steps 3–5: issues a canonical identifier to every blank node.
    fn label(&mut self) -> Result<(), Fault> {
        // 3) The hash to blank nodes map, each list in order of first appearance.
        let mut by_hash: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (node, h) in self.first_degree.iter().enumerate() {
            by_hash.entry(h.as_str()).or_default().push(node);
        }
        // 4) Unique first degree hashes, in code point order of the hash, get their identifier.
        let mut shared = Vec::new();
        for list in by_hash.into_values() {
            match list.as_slice() {
                [node] => {
                    self.canonical.issue(*node);
                }
                _ => shared.push(list),
            }
        }
        // 5) Shared hashes, in code point order of the hash.
        for list in shared {
            let mut hash_path_list: Vec<(String, Issuer)> = Vec::new();
            for node in list {
                // 5.2.1
                if self.canonical.has(node) {
                    continue;
                }
                // 5.2.2–5.2.4
                let mut temporary = Issuer::new(TEMPORARY_PREFIX);
                temporary.issue(node);
                hash_path_list.push(self.hash_n_degree(node, temporary, 0)?);
            }
            // 5.3 (a stable sort: equal hashes keep the order of the identifier list).
            crate::sort::sort_by(&mut hash_path_list, |a, b| a.0.cmp(&b.0));
            for (_, issuer) in hash_path_list {
                for (node, _) in issuer.issued() {
                    self.canonical.issue(node);
                }
            }
        }
        Ok(())
    }

    /// §4.6 Hash First Degree Quads: the mention set with the node as `_:a` and every other
    /// blank node as `_:z`, serialised, sorted, concatenated and hashed.
    fn hash_first_degree(&self, node: usize) -> String {
        let mut nquads: Vec<String> = self
            .mentions
            .get(node)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|&qi| {
                let quad = self.quads.get(qi)?;
                let refs = self.refs.get(qi)?;
                let mut line = String::new();
                write_quad(quad, refs, &mut line, |other, out| {
                    out.push_str(if other == node { "_:a" } else { "_:z" });
                });
                Some(line)
            })
            .collect();
        crate::sort::sort(&mut nquads);
        self.hash.hex(nquads.concat().as_bytes())
    }

    /// §4.7 Hash Related Blank Node, for `related` in quad number `qi`. Charges one work step,
    /// more for a long predicate the first time it is hashed.
    fn hash_related(
        &mut self,
        related: usize,
        qi: usize,
        issuer: &Issuer,
        pos: char,
    ) -> Result<String, Fault> {
        // 3), 4) The canonical identifier, else the one `issuer` issued, else the first degree
        // hash.
        let ident = match (self.canonical.get(related), issuer.get(related)) {
            (Some(id), _) => Ident::Canonical(id.n),
            (None, Some(id)) => Ident::Temporary(id.n),
            (None, None) => Ident::FirstDegree(
                self.first_degree_class
                    .get(related)
                    .copied()
                    .unwrap_or(usize::MAX),
            ),
        };
        // The same few inputs recur across calls (on poison graphs, millions of times), so their
        // hashes are remembered.
        let key = (
            pos,
            self.predicates.get(qi).copied().unwrap_or(usize::MAX),
            ident,
        );
        if let Some(h) = self.related_hashes.get(&key) {
            let h = h.clone();
            self.step(1)?;
            return Ok(h);
        }
        // 1)
        let mut input = String::new();
        input.push(pos);
        // 2) The predicate as `<IRI>` (check_quad made sure it is an IRI).
        if pos != 'g' {
            if let Some(quad) = self.quads.get(qi) {
                quad.predicate.write_nquads(&mut input);
            }
        }
        match ident {
            Ident::Canonical(n) => Id {
                prefix: CANONICAL_PREFIX,
                n,
            }
            .write(&mut input),
            Ident::Temporary(n) => Id {
                prefix: TEMPORARY_PREFIX,
                n,
            }
            .write(&mut input),
            Ident::FirstDegree(_) => {
                if let Some(h) = self.first_degree.get(related) {
                    input.push_str(h);
                }
            }
        }
        self.step(1 + input.len() / 1024)?;
        // 5)
        let h = self.hash.hex(input.as_bytes());
        if self.related_hashes.len() < RELATED_HASH_CACHE {
            self.related_hashes.insert(key, h.clone());
        }
        Ok(h)
    }

    fn step(&mut self, n: usize) -> Result<(), Fault> {
        self.steps = self
            .steps
            .saturating_add(u64::try_from(n).unwrap_or(u64::MAX));
        if self.steps > self.budget.max_work_steps {
            return Err(lines::fault(
                Code::RdfcWorkLimit,
                lines::rdfc_work_steps(self.budget.max_work_steps),
            ));
        }
        Ok(())
    }

    /// §4.8 Hash N-Degree Quads: the N-degree hash of `identifier` and the issuer that labels the
    /// blank nodes reached along the chosen paths.
    fn hash_n_degree(
        &mut self,
        identifier: usize,
        mut issuer: Issuer,
        depth: usize,
    ) -> Result<(String, Issuer), Fault> {
        self.calls = self.calls.saturating_add(1);
        if self.calls > self.budget.max_n_degree_calls {
            return Err(lines::fault(
                Code::RdfcWorkLimit,
                lines::rdfc_n_degree_calls(self.budget.max_n_degree_calls),
            ));
        }
        if depth > self.budget.max_depth {
            return Err(lines::fault(
                Code::RdfcWorkLimit,
                lines::rdfc_too_deep(self.budget.max_depth),
            ));
        }

        // 1)–3) H_n: related hash → related blank nodes (with repetitions), from the mention set.
        let mut related_nodes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mention_set = self.mentions.get(identifier).cloned().unwrap_or_default();
        for qi in mention_set {
            let Some(&refs) = self.refs.get(qi) else {
                continue;
            };
            for (pos, component) in ['s', 'o', 'g'].into_iter().zip(refs) {
                let Some(related) = component else {
                    continue;
                };
                if related == identifier {
                    continue;
                }
                let h = self.hash_related(related, qi, &issuer, pos)?;
                related_nodes.entry(h).or_default().push(related);
            }
        }

        // 4)
        let mut data_to_hash = String::new();
        // 5) In code point order of the related hash.
        for (related_hash, mut blank_node_list) in related_nodes {
            // 5.1)
            data_to_hash.push_str(&related_hash);
            // 5.2), 5.3)
            let mut chosen_path = String::new();
            let mut chosen_issuer: Option<Issuer> = None;
            // 5.4) Every permutation, starting from the list sorted by input label and going
            // through the distinct permutations in lexicographic order.
            crate::sort::sort_by(&mut blank_node_list, |&a, &b| {
                (self.labels.get(a), a).cmp(&(self.labels.get(b), b))
            });
            loop {
                self.step(blank_node_list.len())?;
                // 5.4.1)–5.4.3)
                let mut issuer_copy = issuer.clone();
                let mut path = String::new();
                let mut recursion_list = Vec::new();
                let mut skip = false;
                // 5.4.4)
                for &related in &blank_node_list {
                    if let Some(id) = self.canonical.get(related) {
                        // 5.4.4.1)
                        id.write(&mut path);
                    } else {
                        // 5.4.4.2)
                        if !issuer_copy.has(related) {
                            recursion_list.push(related);
                        }
                        issuer_copy.issue(related).write(&mut path);
                    }
                    // 5.4.4.3)
                    if worse(&path, &chosen_path) {
                        skip = true;
                        break;
                    }
                }
                // 5.4.5)
                if !skip {
                    for related in recursion_list {
                        // 5.4.5.1)
                        let (result_hash, result_issuer) =
                            self.hash_n_degree(related, issuer_copy, depth + 1)?;
                        // 5.4.5.4) (the issuer in the result has kept every identifier it was
                        // given, so 5.4.5.2 reads the same identifier from it)
                        issuer_copy = result_issuer;
                        // 5.4.5.2)
                        issuer_copy.issue(related).write(&mut path);
                        // 5.4.5.3)
                        path.push('<');
                        path.push_str(&result_hash);
                        path.push('>');
                        // 5.4.5.5)
                        if worse(&path, &chosen_path) {
                            skip = true;
                            break;
                        }
                    }
                }
                // 5.4.6)
                if !skip && (chosen_path.is_empty() || path < chosen_path) {
                    chosen_path = path;
                    chosen_issuer = Some(issuer_copy);
                }
                if !next_permutation(&mut blank_node_list, |&a, &b| {
                    (self.labels.get(a), a).cmp(&(self.labels.get(b), b))
                }) {
                    break;
                }
            }
            // 5.5)
            data_to_hash.push_str(&chosen_path);
            // 5.6)
            if let Some(chosen) = chosen_issuer {
                issuer = chosen;
            }
        }
        // 6)
        Ok((self.hash.hex(data_to_hash.as_bytes()), issuer))
    }
}

/// §4.8 steps 5.4.4.3 and 5.4.5.5: `path` can no longer beat `chosen_path`.
fn worse(path: &str, chosen_path: &str) -> bool {
    !chosen_path.is_empty() && path.len() >= chosen_path.len() && path > chosen_path
}

/// Rearranges `v` into the next greater permutation under `cmp`; false (and `v` sorted again)
/// after the greatest. Equal elements give each distinct permutation once.
fn next_permutation<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::Less;
    let len = v.len();
    // The longest non-increasing suffix starts at `i`.
    let mut i = len;
    while i > 1 {
        match (v.get(i - 2), v.get(i - 1)) {
            (Some(a), Some(b)) if cmp(a, b) == Less => break,
            _ => i -= 1,
        }
    }
    if i <= 1 {
        v.reverse();
        return false;
    }
    let pivot = i - 2;
    // The rightmost element greater than the pivot.
    let mut j = len - 1;
    while j > pivot {
        match (v.get(pivot), v.get(j)) {
            (Some(p), Some(x)) if cmp(p, x) == Less => break,
            _ => j -= 1,
        }
    }
    v.swap(pivot, j);
    if let Some(suffix) = v.get_mut(pivot + 1..) {
        suffix.reverse();
    }
    true
}

/// Only RDF quads can be canonicalised: subject and graph name an IRI or blank node, predicate an
/// IRI.
fn check_quad(quad: &Quad) -> Result<(), Fault> {
    let node = |t: &Term| matches!(t, Term::Iri(_) | Term::Blank(_));
    if !node(&quad.subject)
        || !matches!(quad.predicate, Term::Iri(_))
        || !quad.graph.as_ref().map_or(true, node)
    {
        return Err(lines::fault(Code::NquadsSyntax, lines::rdfc_not_rdf()));
    }
    Ok(())
}

/// The length of `quad` as an N-Quads line, counted before escaping.
fn quad_len(quad: &Quad) -> usize {
    let term = |t: &Term| match t {
        Term::Iri(s) | Term::Blank(s) => s.len().saturating_add(2),
        Term::Literal(l) => l
            .value
            .len()
            .saturating_add(l.datatype.len())
            .saturating_add(l.language.as_ref().map_or(0, String::len))
            .saturating_add(6),
    };
    [
        Some(&quad.subject),
        Some(&quad.predicate),
        Some(&quad.object),
        quad.graph.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(term)
    .fold(5, usize::saturating_add)
}

/// Writes `quad` as a canonical N-Quads line, blank nodes written by `blank`.
fn write_quad(
    quad: &Quad,
    refs: &Refs,
    out: &mut String,
    mut blank: impl FnMut(usize, &mut String),
) {
    let [s, o, g] = *refs;
    let mut term = |t: &Term, node: Option<usize>, out: &mut String| match node {
        Some(n) => blank(n, out),
        None => t.write_nquads(out),
    };
    term(&quad.subject, s, out);
    out.push(' ');
    quad.predicate.write_nquads(out);
    out.push(' ');
    term(&quad.object, o, out);
    if let Some(graph) = &quad.graph {
        out.push(' ');
        term(graph, g, out);
    }
    out.push_str(" .\n");
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use crate::canon::nquads;

    fn canon(text: &str) -> String {
        canonicalize(&nquads::parse(text).unwrap(), &Budget::default()).unwrap()
    }

    #[test]
    fn ground_dataset_is_sorted_and_deduplicated() {
        let text =
            "<urn:b> <urn:p> \"x\" .\n<urn:a> <urn:p> <urn:o> <urn:g> .\n<urn:b> <urn:p> \"x\" .\n";
        assert_eq!(
            canon(text),
            "<urn:a> <urn:p> <urn:o> <urn:g> .\n<urn:b> <urn:p> \"x\" .\n"
        );
        assert_eq!(canon(""), "");
    }

    #[test]
    fn spec_example_unique_hashes() {
        // §4.6 example: e0's first degree hash is given in the specification.
        let text = "<http://example.com/#p> <http://example.com/#q> _:e0 .\n\
                    <http://example.com/#p> <http://example.com/#r> _:e1 .\n\
                    _:e0 <http://example.com/#s> <http://example.com/#u> .\n\
                    _:e1 <http://example.com/#t> <http://example.com/#u> .\n";
        let quads = nquads::parse(text).unwrap();
        let budget = Budget::default();
        let state = State::new(&quads, HashAlgorithm::Sha256, &budget).unwrap();
        assert_eq!(
            state.first_degree[0],
            "21d1dd5ba21f3dee9d76c0c00c260fa6f5d5d65315099e553026f4828d0dc77a"
        );
        assert_eq!(
            state.first_degree[1],
            "6fa0b9bdb376852b5743ff39ca4cbf7ea14d34966b2828478fbf222e7c764473"
        );
        let (doc, map) = canonicalize_with(&quads, HashAlgorithm::Sha256, &budget).unwrap();
        assert_eq!(map["e0"], "c14n0");
        assert_eq!(map["e1"], "c14n1");
        assert!(doc.contains("_:c14n0 <http://example.com/#s> <http://example.com/#u> .\n"));
    }

    #[test]
    fn spec_example_shared_hashes() {
        // §4.4 example: e2 → c14n0, e3 → c14n1, e1 → c14n2, e0 → c14n3.
        let text = "<http://example.com/#p> <http://example.com/#q> _:e0 .\n\
                    <http://example.com/#p> <http://example.com/#q> _:e1 .\n\
                    _:e0 <http://example.com/#p> _:e2 .\n\
                    _:e1 <http://example.com/#p> _:e3 .\n\
                    _:e2 <http://example.com/#r> _:e3 .\n";
        let quads = nquads::parse(text).unwrap();
        let (_, map) =
            canonicalize_with(&quads, HashAlgorithm::Sha256, &Budget::default()).unwrap();
        let got: Vec<_> = ["e0", "e1", "e2", "e3"]
            .iter()
            .map(|k| map[*k].as_str())
            .collect();
        assert_eq!(got, ["c14n3", "c14n2", "c14n0", "c14n1"]);
    }

    #[test]
    fn relabelling_the_input_does_not_change_the_output() {
        let a = "_:x <urn:p> _:y .\n_:y <urn:p> _:z .\n_:z <urn:p> _:x .\n_:x <urn:q> \"1\" .\n";
        let b = "_:k <urn:p> _:m .\n_:j <urn:p> _:k .\n_:m <urn:p> _:j .\n_:j <urn:q> \"1\" .\n";
        assert_eq!(canon(a), canon(b));
    }

    #[test]
    fn non_rdf_quads_are_refused() {
        let lit = Term::Literal(crate::canon::rdf::Literal {
            value: "x".into(),
            datatype: crate::canon::rdf::XSD_STRING.into(),
            language: None,
        });
        let quad = Quad {
            subject: lit,
            predicate: Term::Iri("urn:p".into()),
            object: Term::Iri("urn:o".into()),
            graph: None,
        };
        let err = canonicalize(&[quad], &Budget::default()).unwrap_err();
        assert_eq!(err.code, Code::NquadsSyntax);
    }

    #[test]
    fn size_limits_are_named() {
        let quads = nquads::parse("_:a <urn:p> _:b .\n_:c <urn:p> _:d .\n").unwrap();
        let budget = Budget {
            max_quads: 1,
            ..Budget::default()
        };
        let err = canonicalize(&quads, &budget).unwrap_err();
        assert_eq!(err.code, Code::RdfcTooLarge);
        assert_eq!(err.line(), Some("rdfc_too_many_quads"));
        let budget = Budget {
            max_blank_nodes: 3,
            ..Budget::default()
        };
        let err = canonicalize(&quads, &budget).unwrap_err();
        assert_eq!(err.code, Code::RdfcTooLarge);
        assert_eq!(err.line(), Some("rdfc_too_many_blank_nodes"));
        let budget = Budget {
            max_nquads_bytes: 30,
            ..Budget::default()
        };
        let err = canonicalize(&quads, &budget).unwrap_err();
        assert_eq!(err.code, Code::RdfcTooLarge);
        assert_eq!(err.line(), Some("rdfc_too_many_bytes"));
    }

    #[test]
    fn work_limits_are_named() {
        // Two linked pairs of look-alike blank nodes need Hash N-Degree Quads.
        let quads = nquads::parse("_:a <urn:p> _:b .\n_:c <urn:p> _:d .\n").unwrap();
        assert!(canonicalize(&quads, &Budget::default()).is_ok());
        for (budget, limit) in [
            (
                Budget {
                    max_n_degree_calls: 1,
                    ..Budget::default()
                },
                "rdfc_n_degree_calls",
            ),
            (
                Budget {
                    max_work_steps: 1,
                    ..Budget::default()
                },
                "rdfc_work_steps",
            ),
            (
                Budget {
                    max_depth: 0,
                    ..Budget::default()
                },
                "rdfc_too_deep",
            ),
        ] {
            let err = canonicalize(&quads, &budget).unwrap_err();
            assert_eq!(err.code, Code::RdfcWorkLimit);
            assert_eq!(err.line(), Some(limit), "{err}");
        }
    }

    #[test]
    fn next_permutation_visits_distinct_permutations_in_order() {
        let mut v = [1, 2, 3];
        let mut seen = vec![v];
        while next_permutation(&mut v, |a, b| a.cmp(b)) {
            seen.push(v);
        }
        assert_eq!(
            seen,
            [
                [1, 2, 3],
                [1, 3, 2],
                [2, 1, 3],
                [2, 3, 1],
                [3, 1, 2],
                [3, 2, 1]
            ]
        );
        assert_eq!(v, [1, 2, 3]);
        let mut w = [1, 1, 2];
        let mut count = 1;
        while next_permutation(&mut w, |a, b| a.cmp(b)) {
            count += 1;
        }
        assert_eq!(count, 3);
        let mut one = [7];
        assert!(!next_permutation(&mut one, |a, b| a.cmp(b)));
        let mut none: [u8; 0] = [];
        assert!(!next_permutation(&mut none, |a, b| a.cmp(b)));
    }

    #[test]
    fn sha384_differs_from_sha256() {
        assert_eq!(HashAlgorithm::Sha384.hex(b"").len(), 96);
        assert_eq!(
            HashAlgorithm::Sha256.hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
