//! The command line's own words, in the four languages of Keurmerk (`--lang en|nl|de|fr`). The
//! words for verdicts and reason codes come from the library (`Verdict::headline`,
//! `Code::describe`), the names of the EU elements from `keurmerk::descriptors::label`; the facts
//! (a check's `detail`, names, identifiers, dates as stated) are printed as they are.

/// One language's words. Functions take the facts they put into words.
pub(crate) struct Words {
    /// After a label: ":", and in French a no-break space before it (" :").
    pub colon: &'static str,
    pub title: &'static str,
    pub issuer: &'static str,
    pub recipient: &'static str,
    pub valid: &'static str,
    pub annex: &'static str,
    pub not_stated: &'static str,
    pub disclosed: &'static str,
    pub not_signed: &'static str,
    pub vouched_by: &'static str,
    pub said: &'static str,
    pub what_it_is: &'static str,
    pub instead: &'static str,
    pub holder: &'static str,
    pub not_named: &'static str,
    pub inside: &'static str,
    pub reason: &'static str,
    /// Seal lines: sealed by, certificate, from (the CA), signing time, the sealer's own claim.
    pub seal: [&'static str; 5],
    /// Seal trust lines: timestamp, by, qualified (proves the time), not qualified, does not
    /// verify, certificate issued by, the trusted list of `{c}`, sequence.
    pub seal_trust: [&'static str; 8],
    /// A trust service's status: granted, withdrawn, suspended, not yet granted.
    pub service_status: [&'static str; 4],
    pub awarded: fn(&str) -> String,
    pub not_awarded: fn(&str) -> String,
    pub hashed: fn(&str) -> String,
    pub presentation_says: &'static str,
    pub presentation_unchecked: fn(&str) -> String,
    pub presentation_unsigned: &'static str,
    pub not_opened: fn(usize) -> String,
    /// Provenance: a register's statement by its kind (`source`, `body`, the register's own words).
    pub listed: fn(&str) -> String,
    pub member: fn(&str) -> String,
    pub accredited_by: fn(&str, &str) -> String,
    pub accredited_per: fn(&str) -> String,
    pub reviewed: fn(&str, &str, &str) -> String,
    pub recognised: fn(&str) -> String,
    pub other_kind: fn(&str, &str) -> String,
    pub a_register: &'static str,
    pub an_agency: &'static str,
    pub see_report: &'static str,
    pub for_levels: fn(&str, &str) -> String,
    pub until: fn(&str) -> String,
    pub since: fn(&str) -> String,
    pub read: fn(&str) -> String,
    pub vouched: fn(&str, &str) -> String,
    pub vouched_list: fn(&str, &str) -> String,
    pub months: [&'static str; 12],
    /// A date from day, month name and year.
    pub day: fn(usize, &str, usize) -> String,
}

/// The languages `--lang` takes.
pub(crate) const LANGS: [&str; 4] = ["en", "nl", "de", "fr"];

/// The words of `lang` (`en`, `nl`, `de`, `fr`); English for anything else.
pub(crate) fn of(lang: &str) -> &'static Words {
    match lang {
        "nl" => &NL,
        "de" => &DE,
        "fr" => &FR,
        _ => &EN,
    }
}

const EN: Words = Words {
    colon: ":",
    title: "title",
    issuer: "issuer",
    recipient: "recipient",
    valid: "valid",
    annex: "EU standard elements (Annex I)",
    not_stated: "not stated",
    disclosed: "disclosed by the holder",
    not_signed: "not signed",
    vouched_by: "vouched for by",
    said: "as the credential itself says",
    what_it_is: "what it is",
    instead: "instead",
    holder: "holder",
    not_named: "not named",
    inside: "credentials inside",
    reason: "reason",
    seal: [
        "sealed by",
        "certificate",
        "from",
        "signing time",
        "the sealer's own claim",
    ],
    seal_trust: [
        "timestamp",
        "by",
        "a qualified time-stamping service: it proves when the seal was made",
        "not a qualified time-stamping service on the loaded lists: it does not prove when the seal was made",
        "a timestamp that does not verify",
        "certificate issued by",
        "{c} trusted list",
        "sequence",
    ],
    service_status: ["granted", "withdrawn", "suspended", "not yet granted"],
    awarded: |t| format!("awarded to {t}"),
    not_awarded: |t| format!("NOT awarded to {t}"),
    hashed: |h| format!("the recipient is hashed as {h}, which Keurmerk does not compute"),
    presentation_says: "as the presentation itself says",
    presentation_unchecked: |sec| {
        format!("as the presentation itself says; its signature ({sec}) was not checked")
    },
    presentation_unsigned: "as the presentation itself says; it is not signed",
    not_opened: |n| {
        let what = if n == 1 { "entry" } else { "entries" };
        format!("{n} more {what} not opened (over the limit, a presentation inside the presentation, or no credential Keurmerk can read)")
    },
    listed: |s| format!("listed in the {s}"),
    member: |s| format!("a member of the federation {s}"),
    accredited_by: |b, s| format!("accredited by {b} through {s}"),
    accredited_per: |s| format!("accredited according to {s}"),
    reviewed: |b, s, st| format!("reviewed by {b} through {s}: {st}"),
    recognised: |s| format!("recognised in {s}"),
    other_kind: |k, s| format!("{k} according to {s}"),
    a_register: "a register",
    an_agency: "an agency",
    see_report: "see the report",
    for_levels: |fw, l| format!(" for {fw} {l}"),
    until: |y| format!(" until {y}"),
    since: |y| format!(" since {y}"),
    read: |d| format!(" (read {d})"),
    vouched: |who, parts| format!("Vouched for by {who}: {parts}."),
    vouched_list: |who, list| format!("Vouched for by {who} ({list})."),
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    day: |d, m, y| format!("{d} {m} {y}"),
};

const NL: Words = Words {
    colon: ":",
    title: "titel",
    issuer: "uitgever",
    recipient: "ontvanger",
    valid: "geldig",
    annex: "EU-kenmerken (bijlage I)",
    not_stated: "niet vermeld",
    disclosed: "door de houder getoond",
    not_signed: "niet ondertekend",
    vouched_by: "bevestigd door",
    said: "volgens het credential zelf",
    what_it_is: "wat het is",
    instead: "in plaats daarvan",
    holder: "houder",
    not_named: "niet genoemd",
    inside: "credentials erin",
    reason: "reden",
    seal: [
        "verzegeld door",
        "certificaat",
        "van",
        "tijdstip",
        "eigen bewering van de verzegelaar",
    ],
    seal_trust: [
        "tijdstempel",
        "door",
        "een gekwalificeerde tijdstempeldienst: het bewijst wanneer het zegel is gezet",
        "geen gekwalificeerde tijdstempeldienst op de geladen lijsten: het bewijst niet wanneer het zegel is gezet",
        "een tijdstempel dat niet klopt",
        "certificaat uitgegeven door",
        "vertrouwenslijst {c}",
        "volgnummer",
    ],
    service_status: ["verleend", "ingetrokken", "opgeschort", "nog niet verleend"],
    awarded: |t| format!("uitgereikt aan {t}"),
    not_awarded: |t| format!("NIET uitgereikt aan {t}"),
    hashed: |h| format!("de ontvanger is gehasht als {h}, wat Keurmerk niet berekent"),
    presentation_says: "volgens de presentatie zelf",
    presentation_unchecked: |sec| {
        format!("volgens de presentatie zelf; de handtekening ({sec}) is niet gecontroleerd")
    },
    presentation_unsigned: "volgens de presentatie zelf; ze is niet ondertekend",
    not_opened: |n| {
        let what = if n == 1 { "onderdeel" } else { "onderdelen" };
        format!("nog {n} {what} niet geopend (boven de grens, een presentatie in de presentatie, of geen credential dat Keurmerk kan lezen)")
    },
    listed: |s| format!("vermeld in het {s}"),
    member: |s| format!("lid van de federatie {s}"),
    accredited_by: |b, s| format!("geaccrediteerd door {b} volgens {s}"),
    accredited_per: |s| format!("geaccrediteerd volgens {s}"),
    reviewed: |b, s, st| format!("beoordeeld door {b} volgens {s}: {st}"),
    recognised: |s| format!("erkend in {s}"),
    other_kind: |k, s| format!("{k} volgens {s}"),
    a_register: "een register",
    an_agency: "een agentschap",
    see_report: "zie het rapport",
    for_levels: |fw, l| format!(" voor {fw} {l}"),
    until: |y| format!(" tot {y}"),
    since: |y| format!(" sinds {y}"),
    read: |d| format!(" (gelezen op {d})"),
    vouched: |who, parts| format!("Bevestigd door {who}: {parts}."),
    vouched_list: |who, list| format!("Bevestigd door {who} ({list})."),
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    day: |d, m, y| format!("{d} {m} {y}"),
};

const DE: Words = Words {
    colon: ":",
    title: "Titel",
    issuer: "Aussteller",
    recipient: "Empfänger",
    valid: "gültig",
    annex: "EU-Standardelemente (Anhang I)",
    not_stated: "nicht angegeben",
    disclosed: "vom Inhaber offengelegt",
    not_signed: "nicht signiert",
    vouched_by: "bestätigt durch",
    said: "laut dem Nachweis selbst",
    what_it_is: "was es ist",
    instead: "stattdessen",
    holder: "Inhaber",
    not_named: "nicht genannt",
    inside: "enthaltene Nachweise",
    reason: "Grund",
    seal: [
        "versiegelt von",
        "Zertifikat",
        "von",
        "Signaturzeitpunkt",
        "eigene Angabe des Siegelnden",
    ],
    seal_trust: [
        "Zeitstempel",
        "von",
        "ein qualifizierter Zeitstempeldienst: Er belegt, wann das Siegel angebracht wurde",
        "kein qualifizierter Zeitstempeldienst auf den geladenen Listen: Er belegt nicht, wann das Siegel angebracht wurde",
        "ein Zeitstempel, der nicht gültig ist",
        "Zertifikat ausgestellt von",
        "Vertrauensliste {c}",
        "Folgenummer",
    ],
    service_status: ["erteilt", "entzogen", "ausgesetzt", "noch nicht erteilt"],
    awarded: |t| format!("verliehen an {t}"),
    not_awarded: |t| format!("NICHT verliehen an {t}"),
    hashed: |h| format!("der Empfänger ist als {h} gehasht, was Keurmerk nicht berechnet"),
    presentation_says: "laut der Präsentation selbst",
    presentation_unchecked: |sec| {
        format!("laut der Präsentation selbst; ihre Signatur ({sec}) wurde nicht geprüft")
    },
    presentation_unsigned: "laut der Präsentation selbst; sie ist nicht signiert",
    not_opened: |n| {
        let what = if n == 1 {
            "weiterer Eintrag"
        } else {
            "weitere Einträge"
        };
        format!("{n} {what} nicht geöffnet (über der Grenze, eine Präsentation in der Präsentation oder kein Nachweis, den Keurmerk lesen kann)")
    },
    listed: |s| format!("aufgeführt im {s}"),
    member: |s| format!("Mitglied der Föderation {s}"),
    accredited_by: |b, s| format!("akkreditiert durch {b} laut {s}"),
    accredited_per: |s| format!("akkreditiert laut {s}"),
    reviewed: |b, s, st| format!("begutachtet durch {b} laut {s}: {st}"),
    recognised: |s| format!("anerkannt in {s}"),
    other_kind: |k, s| format!("{k} laut {s}"),
    a_register: "einem Register",
    an_agency: "eine Agentur",
    see_report: "siehe den Bericht",
    for_levels: |fw, l| format!(" für {fw} {l}"),
    until: |y| format!(" bis {y}"),
    since: |y| format!(" seit {y}"),
    read: |d| format!(" (gelesen am {d})"),
    vouched: |who, parts| format!("Bestätigt durch {who}: {parts}."),
    vouched_list: |who, list| format!("Bestätigt durch {who} ({list})."),
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    day: |d, m, y| format!("{d}. {m} {y}"),
};

const FR: Words = Words {
    colon: "\u{a0}:",
    title: "titre",
    issuer: "émetteur",
    recipient: "destinataire",
    valid: "valable",
    annex: "éléments standard de l'UE (annexe I)",
    not_stated: "non indiqué",
    disclosed: "divulgué par le titulaire",
    not_signed: "non signé",
    vouched_by: "garanti par",
    said: "selon l'attestation elle-même",
    what_it_is: "ce que c'est",
    instead: "à la place",
    holder: "titulaire",
    not_named: "non nommé",
    inside: "attestations contenues",
    reason: "raison",
    seal: [
        "scellé par",
        "certificat",
        "de",
        "heure de signature",
        "déclaration du scelleur lui-même",
    ],
    seal_trust: [
        "horodatage",
        "par",
        "un service d'horodatage qualifié\u{a0}: il prouve quand le cachet a été apposé",
        "pas un service d'horodatage qualifié des listes chargées\u{a0}: il ne prouve pas quand le cachet a été apposé",
        "un horodatage qui n'est pas valide",
        "certificat délivré par",
        "liste de confiance {c}",
        "numéro de séquence",
    ],
    service_status: ["accordé", "retiré", "suspendu", "pas encore accordé"],
    awarded: |t| format!("délivré à {t}"),
    not_awarded: |t| format!("NON délivré à {t}"),
    hashed: |h| format!("le destinataire est haché en {h}, que Keurmerk ne calcule pas"),
    presentation_says: "selon la présentation elle-même",
    presentation_unchecked: |sec| {
        format!("selon la présentation elle-même ; sa signature ({sec}) n'a pas été vérifiée")
    },
    presentation_unsigned: "selon la présentation elle-même ; elle n'est pas signée",
    not_opened: |n| {
        let what = if n == 1 {
            "élément de plus non ouvert"
        } else {
            "éléments de plus non ouverts"
        };
        format!("{n} {what} (au-delà de la limite, une présentation dans la présentation, ou aucune attestation que Keurmerk sait lire)")
    },
    listed: |s| format!("inscrit au {s}"),
    member: |s| format!("membre de la fédération {s}"),
    accredited_by: |b, s| format!("accrédité par {b} selon {s}"),
    accredited_per: |s| format!("accrédité selon {s}"),
    reviewed: |b, s, st| format!("évalué par {b} selon {s} : {st}"),
    recognised: |s| format!("reconnu dans {s}"),
    other_kind: |k, s| format!("{k} selon {s}"),
    a_register: "un registre",
    an_agency: "une agence",
    see_report: "voir le rapport",
    for_levels: |fw, l| format!(" pour {fw} {l}"),
    until: |y| format!(" jusqu'en {y}"),
    since: |y| format!(" depuis {y}"),
    read: |d| format!(" (lu le {d})"),
    vouched: |who, parts| format!("Garanti par {who} : {parts}."),
    vouched_list: |who, list| format!("Garanti par {who} ({list})."),
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    day: |d, m, y| format!("{d} {m} {y}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language says every thing, and not in English (but for the words that are the same).
    #[test]
    fn every_language_has_its_own_words() {
        for lang in LANGS {
            let w = of(lang);
            let texts = [
                w.title,
                w.issuer,
                w.annex,
                w.not_stated,
                w.vouched_by,
                w.said,
                w.presentation_says,
            ];
            assert!(texts.iter().all(|t| !t.is_empty()), "{lang}");
            assert!((w.not_opened)(2).starts_with(|c: char| c.is_ascii_digit() || c == 'n'));
            assert!((w.vouched)("X", "Y").contains('X'));
            if lang != "en" {
                assert_ne!(w.said, EN.said, "{lang}");
                assert_ne!((w.listed)("R"), (EN.listed)("R"), "{lang}");
                assert_ne!(w.months[2], EN.months[2], "{lang}");
            }
        }
        assert_eq!((DE.day)(3, DE.months[10], 2026), "3. November 2026");
    }
}
