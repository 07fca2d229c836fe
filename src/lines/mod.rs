//! The catalogue of detail lines: the facts behind a check as data — which line, and its
//! arguments by name — with the line's words in English, Dutch, German and French.
//!
//! A check that says its facts through this catalogue carries them in the report
//! (`"facts": {"line": "status_entry", "args": {"purpose": "revocation", "index": 8, …}}`), so
//! the widget and the CLI phrase them in the recruiter's language and format numbers and dates
//! as that language does (`Intl` in the browser). Natively the English line is also the check's
//! `detail`; the wasm build leaves the words out (like the codes' words) and the npm package
//! writes `detail` from `pkg/lang/en.js`, which `scripts/gen-report-codes.py` generates from this
//! file with the other languages' tables.
//!
//! A template names each argument in braces; `{at:time}` asks for a date and time, and a
//! number argument is formatted as a number. Every language's template names the same
//! arguments, in any order (a test checks it).
//!
//! The lines of the table below are the ones the core module says (each check of the positive
//! path of an Ed25519 credential, expired, not listed, a status list not supplied…): the npm
//! package has their English words at once (`pkg/lang/en.js`). The tables of the area files
//! (`canon.rs`, `intake.rs`, `keys.rs`, `named.rs`, `proof.rs`, `seal.rs`, `status.rs`, `trust.rs`)
//! word why an input was refused, and what only the full module reads (a status list's entry, a
//! seal); their words are in `pkg/lang/XX-faults.js`, loaded by the package when a report first
//! names one of them.
//!
//! Adding a line: one entry in the `lines!` table of this file or of its area's file, then
//! `python3 scripts/gen-report-codes.py`. Line names are unique across all tables (a test
//! checks it); each area's constructors are re-exported here, so a site writes `lines::name(…)`.

pub use crate::codes::{Arg, Facts};

impl From<crate::time::Timestamp> for Arg {
    fn from(t: crate::time::Timestamp) -> Self {
        Self::Text(t.to_string())
    }
}

impl Facts {
    /// The argument called `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.names()
            .position(|n| n == name)
            .and_then(|i| self.args.get(i))
    }

    /// The line in `lang` (`en`, `nl`, `de`, `fr` or a tag starting with one; else English),
    /// its arguments as they are. Native only: the browser phrases it from `pkg/lang/XX.js`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn say(&self, lang: &str) -> String {
        let colon = if crate::codes::Lang::of(lang) as usize == 3 { "\u{a0}: " } else { ": " };
        let mut out: String = self.about.iter().map(|a| format!("{a}{colon}")).collect();
        out += &fill(template(self.line, lang).unwrap_or_default(), |name| {
            self.arg(name).map(|a| a.shown(lang))
        });
        if let Some(then) = &self.then {
            out += &format!(" ({})", then.say(lang));
        }
        out
    }
}

/// `template` with each `{name}` or `{name:kind}` replaced by `arg(name)` (left as it is when
/// there is no such argument).
pub fn fill(template: &str, arg: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find('}') else {
            rest = after;
            break;
        };
        let inner = after.get(1..close).unwrap_or_default();
        let name = inner.split(':').next().unwrap_or_default();
        match arg(name) {
            Some(v) => out.push_str(&v),
            None => out.push_str(after.get(..=close).unwrap_or_default()),
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Declares the lines: for each, a constructor `name(args…) -> Facts` and its four templates.
macro_rules! lines {
    ($(
        $(#[$doc:meta])*
        $name:ident($($arg:ident),*)
            $en:literal,
            $nl:literal,
            $de:literal,
            $fr:literal;
    )*) => {
        $(
            $(#[$doc])*
            #[doc = concat!("\n\nEnglish: `", $en, "`")]
            pub fn $name($($arg: impl Into<$crate::lines::Arg>),*) -> $crate::lines::Facts {
                $crate::lines::Facts::new(
                    concat!(stringify!($name), " ", $(stringify!($arg), ","),*),
                    vec![$($arg.into()),*],
                )
            }
        )*

        /// Every line: its name, its arguments' names and its templates in English, Dutch,
        /// German and French. Native only.
        #[cfg(not(target_arch = "wasm32"))]
        pub const ALL: &[$crate::lines::Line] = &[
            $((stringify!($name), &[$(stringify!($arg)),*], [$en, $nl, $de, $fr]),)*
        ];
    };
}

pub mod canon;
pub mod intake;
pub mod keys;
pub mod named;
pub mod proof;
pub mod seal;
pub mod status;
pub mod trust;
pub use canon::*;
pub use intake::*;
pub use keys::*;
pub use named::*;
pub use proof::*;
pub use seal::*;
pub use status::*;
pub use trust::*;

/// Every table: this file's (the lines met on the way to a verdict) first, then the areas'.
/// Native only.
#[cfg(not(target_arch = "wasm32"))]
pub const TABLES: &[&[Line]] =
    &[ALL, canon::ALL, intake::ALL, keys::ALL, named::ALL, proof::ALL, seal::ALL, status::ALL, trust::ALL];

/// A line of a table: its name, its arguments' names, its templates in English, Dutch, German
/// and French.
#[cfg(not(target_arch = "wasm32"))]
pub type Line = (&'static str, &'static [&'static str], [&'static str; 4]);

/// A fault whose detail line is `facts` (said in English natively; in the wasm build the npm
/// package writes the English line, as for a check's).
#[inline(never)] // one copy, not one at each of the hundreds of sites: the wasm is smaller
pub fn fault(code: crate::codes::Code, facts: Facts) -> crate::codes::Fault {
    #[cfg(not(target_arch = "wasm32"))]
    let detail = facts.say("en");
    #[cfg(target_arch = "wasm32")]
    let detail = String::new();
    crate::codes::Fault {
        facts: Some(Box::new(facts)),
        ..crate::codes::Fault::new(code, detail)
    }
}

/// The fault of the core module (no `ecdsa-rsa` feature) for `what` only the full module reads or
/// checks — a name or identifier (`SD-JWT`, `ES256`, a context's URL), not a phrase: the npm
/// package loads the full module on this code.
pub fn module_needed(what: &str) -> crate::codes::Fault {
    fault(crate::codes::Code::ModuleNeeded, full_module_needed(what))
}

/// `outer`, followed in parentheses by why: `inner`'s line, or its words as they are when it has
/// none (a fault only an identifier or a dependency's message describes).
pub fn because(outer: Facts, inner: crate::codes::Fault) -> Facts {
    then(outer, inner.facts.map_or_else(|| as_said(inner.detail), |f| *f))
}

/// Why `f`, as a line: its own, or its words as they are when it has none ([`because`] without
/// giving `f` up).
pub fn why(f: &crate::codes::Fault) -> Facts {
    f.facts.as_deref().cloned().unwrap_or_else(|| as_said(&f.detail))
}

/// `facts`, with `next` said after its last line (in parentheses).
pub fn then(mut facts: Facts, next: Facts) -> Facts {
    let mut end = &mut facts.then;
    while let Some(t) = end {
        end = &mut t.then;
    }
    *end = Some(Box::new(next));
    facts
}

/// The template of `line` in `lang` (see [`Facts::say`]). Native only.
#[cfg(not(target_arch = "wasm32"))]
pub fn template(line: &str, lang: &str) -> Option<&'static str> {
    let i = crate::codes::Lang::of(lang) as usize;
    TABLES
        .iter()
        .flat_map(|t| t.iter())
        .find(|(name, _, _)| *name == line)
        .and_then(|(_, _, t)| t.get(i).copied())
}

lines! {
    /// Words that are not a line of the catalogue (another fault's, a dependency's), as they are.
    as_said(words)
        "{words}",
        "{words}",
        "{words}",
        "{words}";

    /// What only the full module reads or checks (a name or identifier), in the core module.
    full_module_needed(what)
        "{what}: read by Keurmerk's full module, which was not loaded",
        "{what}: wordt gelezen door de volledige module van Keurmerk, die niet is geladen",
        "{what}: wird vom vollständigen Modul von Keurmerk gelesen, das nicht geladen wurde",
        "{what}\u{a0}: lu par le module complet de Keurmerk, qui n'a pas été chargé";

    // ── intake and credential ──
    /// The input's size.
    input_size(bytes)
        "{bytes} bytes",
        "{bytes} bytes",
        "{bytes} Byte",
        "{bytes} octets";
    /// What kind of credential, and which data model.
    credential_model(profile, version)
        "{profile}, VC Data Model {version}",
        "{profile}, VC-datamodel {version}",
        "{profile}, VC-Datenmodell {version}",
        "{profile}, modèle de données VC {version}";
    /// What kind of credential (no data model version).
    credential_kind(profile)
        "{profile}",
        "{profile}",
        "{profile}",
        "{profile}";

    // ── proof and key ──
    /// The proofs that verified.
    proof_verified(proofs)
        "verified: {proofs}",
        "geverifieerd: {proofs}",
        "verifiziert: {proofs}",
        "vérifié\u{a0}: {proofs}";
    /// How many of a credential's proofs verified, after the reason the others did not.
    proofs_counted(verified, total)
        "{verified} of {total} proofs verified",
        "{verified} van {total} handtekeningen geverifieerd",
        "{verified} von {total} Signaturen verifiziert",
        "{verified} sur {total} preuves vérifiées";
    /// A signature that does not verify with the key.
    signature_not_verified(scheme)
        "the {scheme} signature does not verify",
        "de {scheme}-handtekening klopt niet met de sleutel",
        "die {scheme}-Signatur passt nicht zum Schlüssel",
        "la signature {scheme} ne correspond pas à la clé";
    /// A suite Keurmerk does not check (its name quoted).
    suite_unsupported(suite)
        "cryptosuite {suite} is not one this verifier checks: not checked, not rejected",
        "cryptosuite {suite} controleert deze verifier niet: niet gecontroleerd, niet afgewezen",
        "die Cryptosuite {suite} prüft dieser Verifier nicht: nicht geprüft, nicht abgelehnt",
        "ce vérificateur ne contrôle pas la cryptosuite {suite}\u{a0}: non contrôlée, non rejetée";
    /// A proof type Keurmerk does not check (its name quoted).
    proof_type_unsupported(kind)
        "proof type {kind} is not one this verifier checks: not checked, not rejected",
        "het bewijstype {kind} controleert deze verifier niet: niet gecontroleerd, niet afgewezen",
        "den Nachweistyp {kind} prüft dieser Verifier nicht: nicht geprüft, nicht abgelehnt",
        "ce vérificateur ne contrôle pas le type de preuve {kind}\u{a0}: non contrôlé, non rejeté";
    /// A context neither bundled nor supplied.
    context_unknown(context)
        "the context {context} is not bundled and was not supplied: what the credential's terms mean cannot be known offline",
        "de context {context} is niet ingebouwd en niet meegegeven: wat de termen van het credential betekenen, is offline niet vast te stellen",
        "der Kontext {context} ist weder eingebaut noch mitgegeben: was die Begriffe des Nachweises bedeuten, lässt sich offline nicht feststellen",
        "le contexte {context} n'est ni intégré ni fourni\u{a0}: le sens des termes de l'attestation ne peut être établi hors ligne";
    /// Contexts neither bundled nor supplied: the first, and how many more.
    contexts_unknown(context, more)
        "the context {context} and {more} more is not bundled and was not supplied: what the credential's terms mean cannot be known offline",
        "de context {context} en nog {more} zijn niet ingebouwd en niet meegegeven: wat de termen van het credential betekenen, is offline niet vast te stellen",
        "der Kontext {context} und {more} weitere sind weder eingebaut noch mitgegeben: was die Begriffe des Nachweises bedeuten, lässt sich offline nicht feststellen",
        "le contexte {context} et {more} autres ne sont ni intégrés ni fournis\u{a0}: le sens des termes de l'attestation ne peut être établi hors ligne";
    /// A key that came with the credential only.
    key_self_asserted(kind, controller, issuer)
        "the {kind} key came with the credential ({controller}); no trust list pins it, so nothing ties it to {issuer}",
        "de {kind}-sleutel zat bij het credential ({controller}); geen vertrouwenslijst legt hem vast, dus niets verbindt hem met {issuer}",
        "der {kind}-Schlüssel kam mit dem Nachweis ({controller}); keine Vertrauensliste legt ihn fest, also bindet ihn nichts an {issuer}",
        "la clé {kind} est venue avec l'attestation ({controller})\u{a0}; aucune liste de confiance ne la fixe, donc rien ne la lie à {issuer}";
    /// A key its controller does not list for issuing.
    key_not_for_issuing(key, controller)
        "{key} is not listed under assertionMethod of {controller}",
        "{key} staat niet onder assertionMethod van {controller}",
        "{key} steht nicht unter assertionMethod von {controller}",
        "{key} ne figure pas sous assertionMethod de {controller}";
    /// A key controlled by someone other than the issuer.
    key_of_another(issuer, key, controller)
        "the issuer is {issuer}, but the key {key} is controlled by {controller}",
        "de uitgever is {issuer}, maar de sleutel {key} is van {controller}",
        "der Aussteller ist {issuer}, aber der Schlüssel {key} gehört {controller}",
        "l'émetteur est {issuer}, mais la clé {key} appartient à {controller}";
    /// No verified signature whose key to bind to the issuer.
    key_no_signature()
        "there is no verified signature to bind",
        "er is geen geverifieerde handtekening om aan de uitgever te koppelen",
        "es gibt keine verifizierte Signatur, die an den Aussteller zu binden wäre",
        "il n'y a pas de signature vérifiée à rattacher à l'émetteur";
    /// A credential that names no issuer.
    key_no_issuer()
        "the credential names no issuer",
        "het credential noemt geen uitgever",
        "der Nachweis nennt keinen Aussteller",
        "l'attestation ne nomme pas d'émetteur";
    /// Which key signed, and that the issuer controls it.
    key_controlled(issuer, keys)
        "{issuer} controls {keys}",
        "{issuer} beheert {keys}",
        "{issuer} kontrolliert {keys}",
        "{issuer} contrôle {keys}";

    // ── validity ──
    /// No validity window stated.
    validity_none()
        "no validity period is stated",
        "er is geen geldigheidsperiode vermeld",
        "es ist kein Gültigkeitszeitraum angegeben",
        "aucune période de validité n'est indiquée";
    /// A JWT date claim that is not a number of seconds.
    date_not_numeric(claim)
        "the JWT {claim} claim is not a NumericDate",
        "de JWT-claim {claim} is geen NumericDate",
        "der JWT-Claim {claim} ist kein NumericDate",
        "la revendication JWT {claim} n'est pas une NumericDate";
    /// A window that ends before it starts.
    dates_reversed(until_field, until, from_field, from)
        "{until_field} {until:time} is before {from_field} {from:time}",
        "{until_field} {until:time} ligt vóór {from_field} {from:time}",
        "{until_field} {until:time} liegt vor {from_field} {from:time}",
        "{until_field} {until:time} précède {from_field} {from:time}";
    /// A date field that is not text.
    date_not_text(field)
        "{field} is not a string",
        "{field} is geen tekst",
        "{field} ist kein Text",
        "{field} n'est pas un texte";
    /// A date that is not an XML Schema dateTime (`value` as stated, quoted).
    date_not_datetime(field, value)
        "{field} {value} is not an XML Schema dateTime",
        "{field} {value} is geen XML Schema-dateTime",
        "{field} {value} ist kein XML-Schema-dateTime",
        "{field} {value} n'est pas un dateTime XML Schema";
    /// A date without a time zone where VC 2.0 requires one.
    date_without_zone(field, value)
        "{field} {value} has no time zone (VC 2.0 requires one)",
        "{field} {value} heeft geen tijdzone (VC 2.0 vereist er een)",
        "{field} {value} hat keine Zeitzone (VC 2.0 verlangt eine)",
        "{field} {value} n'a pas de fuseau horaire (VC 2.0 en exige un)";
    /// Inside the validity window.
    validity_inside(now)
        "inside the validity period at {now:time}",
        "binnen de geldigheidsperiode op {now:time}",
        "innerhalb des Gültigkeitszeitraums am {now:time}",
        "dans la période de validité le {now:time}";
    /// Before its validity window.
    validity_before(from, now)
        "valid from {from:time}; now is {now:time}",
        "geldig vanaf {from:time}; nu is het {now:time}",
        "gültig ab {from:time}; jetzt ist {now:time}",
        "valide à partir du {from:time}\u{a0}; nous sommes le {now:time}";
    /// After its validity window.
    validity_after(until, now)
        "valid until {until:time}; now is {now:time}",
        "geldig tot {until:time}; nu is het {now:time}",
        "gültig bis {until:time}; jetzt ist {now:time}",
        "valide jusqu'au {until:time}\u{a0}; nous sommes le {now:time}";

    // ── status ──
    /// No `credentialStatus`.
    status_none()
        "the credential has no credentialStatus",
        "het credential heeft geen credentialStatus",
        "der Nachweis hat keinen credentialStatus",
        "l'attestation n'a pas de credentialStatus";
    /// A status mechanism Keurmerk does not check.
    status_type_unsupported(kind)
        "credentialStatus type {kind}",
        "credentialStatus van het type {kind}",
        "credentialStatus vom Typ {kind}",
        "credentialStatus de type {kind}";
    /// A list the host did not supply.
    status_list_missing(list)
        "the status list {list} was not supplied",
        "de statuslijst {list} is niet meegegeven",
        "die Statusliste {list} wurde nicht mitgegeben",
        "la liste de statut {list} n'a pas été fournie";
    /// A 1EdTech revocation list the host did not supply.
    revocation_list_missing(list)
        "the revocation list {list} was not supplied",
        "de intrekkingslijst {list} is niet meegegeven",
        "die Widerrufsliste {list} wurde nicht mitgegeben",
        "la liste de révocation {list} n'a pas été fournie";
    /// An unsigned 1EdTech revocation list names the credential.
    revocation_list_names(list, id)
        "the 1EdTech revocation list {list} names {id}",
        "de 1EdTech-intrekkingslijst {list} noemt {id}",
        "die 1EdTech-Widerrufsliste {list} nennt {id}",
        "la liste de révocation 1EdTech {list} cite {id}";
    /// An unsigned 1EdTech revocation list does not name the credential.
    revocation_list_unsigned(list)
        "{list} does not name the credential, but it is not signed, so that does not rule out revocation",
        "{list} noemt het credential niet, maar is niet ondertekend en sluit intrekking dus niet uit",
        "{list} nennt den Nachweis nicht, ist aber nicht signiert und schließt einen Widerruf daher nicht aus",
        "{list} ne cite pas l'attestation, mais n'est pas signée et n'exclut donc pas une révocation";

    // ── trust ──
    /// Trust lists are consulted only for a key bound to its issuer.
    trust_needs_bound_key()
        "only a credential whose signing key belongs to its issuer is looked up in trust lists",
        "alleen een credential waarvan de sleutel bij de uitgever hoort, wordt in vertrouwenslijsten opgezocht",
        "nur ein Nachweis, dessen Signaturschlüssel zum Aussteller gehört, wird in Vertrauenslisten nachgeschlagen",
        "seule une attestation dont la clé de signature appartient à l'émetteur est recherchée dans les listes de confiance";
    /// No trust list was loaded.
    trust_no_lists()
        "no trust list was loaded",
        "er is geen vertrouwenslijst geladen",
        "es wurde keine Vertrauensliste geladen",
        "aucune liste de confiance n'a été chargée";
    /// Trust lists were given, none usable.
    trust_no_usable_lists()
        "no usable trust list was loaded",
        "er is geen bruikbare vertrouwenslijst geladen",
        "es wurde keine brauchbare Vertrauensliste geladen",
        "aucune liste de confiance utilisable n'a été chargée";
    /// A list past its next update.
    trust_list_stale(list, sequence, due)
        "{list} (sequence {sequence}) should have been replaced on {due:time}",
        "{list} (volgnummer {sequence}) had op {due:time} vervangen moeten zijn",
        "{list} (Folgenummer {sequence}) hätte am {due:time} ersetzt werden sollen",
        "{list} (séquence {sequence}) aurait dû être remplacée le {due:time}";
    /// Who vouches for the issuer.
    trust_vouched(at, by)
        "vouched for at {at:time} by {by}",
        "op {at:time} bevestigd door {by}",
        "am {at:time} bestätigt durch {by}",
        "garanti le {at:time} par {by}";
    /// A list names the issuer as suspended at the issue date.
    trust_suspended(list, at)
        "{list} lists the issuer as suspended at the issue date {at:time}",
        "{list} vermeldt de uitgever op de uitgiftedatum {at:time} als geschorst",
        "{list} führt den Aussteller am Ausstellungsdatum {at:time} als ausgesetzt",
        "{list} indique l'émetteur comme suspendu à la date d'émission {at:time}";
    /// A list names the issuer as withdrawn at the issue date.
    trust_withdrawn(list, at)
        "{list} lists the issuer as withdrawn at the issue date {at:time}",
        "{list} vermeldt de uitgever op de uitgiftedatum {at:time} als ingetrokken",
        "{list} führt den Aussteller am Ausstellungsdatum {at:time} als zurückgezogen",
        "{list} indique l'émetteur comme retiré à la date d'émission {at:time}";
    /// A list names the issuer, not yet granted at the issue date.
    trust_not_yet_granted(list, at)
        "{list} lists the issuer as not yet granted at the issue date {at:time}",
        "{list} vermeldt de uitgever op de uitgiftedatum {at:time} als nog niet erkend",
        "{list} führt den Aussteller am Ausstellungsdatum {at:time} als noch nicht anerkannt",
        "{list} indique l'émetteur comme pas encore reconnu à la date d'émission {at:time}";
    /// No loaded list names the issuer.
    trust_not_listed(issuer, lists)
        "{issuer} is in none of the {lists} loaded trust list(s)",
        "{issuer} staat in geen van de {lists} geladen vertrouwenslijst(en)",
        "{issuer} steht in keiner der {lists} geladenen Vertrauenslisten",
        "{issuer} ne figure dans aucune des {lists} listes de confiance chargées";
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The argument names a template uses, with their kinds, sorted.
    fn placeholders(t: &str) -> Vec<String> {
        let mut out: Vec<String> = t
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
            .collect();
        out.sort();
        out
    }

    /// Every line is worded in four languages, each naming exactly the line's arguments (with
    /// the same kinds), and no two lines share a name.
    #[test]
    fn every_line_has_its_words_in_four_languages() {
        let all: Vec<&Line> = TABLES.iter().flat_map(|t| t.iter()).collect();
        let mut names: Vec<&str> = all.iter().map(|(n, _, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len(), "a line name is used twice");
        for (name, args, templates) in all {
            let en = placeholders(templates[0]);
            let mut declared: Vec<&str> = en.iter().map(|p| p.split(':').next().unwrap_or("")).collect();
            declared.sort_unstable();
            let mut want = args.to_vec();
            want.sort_unstable();
            assert_eq!(declared, want, "{name}: the English template and the arguments differ");
            for (lang, t) in ["en", "nl", "de", "fr"].iter().zip(templates) {
                assert!(!t.trim().is_empty(), "{name} has no {lang} words");
                assert_eq!(placeholders(t), en, "{name} in {lang} names other arguments");
            }
            let fr = templates[3];
            assert!(
                !fr.contains(" :") && !fr.contains(" ;"),
                "{name}: French needs a no-break space (\\u{{a0}}) before : and ;"
            );
        }
    }

    #[test]
    fn a_line_is_said_in_the_language_asked_for() {
        let f = status_entry("revocation", 8u64, "https://x.example/l", 0u8);
        assert_eq!(f.say("en"), "revocation: entry 8 of https://x.example/l is 0");
        assert_eq!(f.say("nl-BE"), "revocation: positie 8 van https://x.example/l is 0");
        assert_eq!(
            serde_json::to_value(&f).ok(),
            Some(serde_json::json!({"line": "status_entry", "args": {
                "purpose": "revocation", "index": 8, "list": "https://x.example/l", "value": 0}}))
        );
        assert_eq!(fill("{a:time} {b} {c", |n| (n == "a").then(|| "x".to_owned())), "x {b} {c");
    }
}
