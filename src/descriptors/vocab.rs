//! The catalogue of words: every Annex I element and every controlled value Keurmerk recognises,
//! in English and Dutch. One table the CLI, the report's `display` texts and the widget share
//! (the widget reads it through `labels()` of the npm package). German and French are in
//! [`super::vocab_de_fr`], natively only: [`label`], [`Concept::label`] and [`country_name`] use
//! them there, and say English in the wasm module.
//!
//! Controlled values come from the EU vocabularies of the European Learning Model (ELM 3), where
//! a concept URI is known (`http://data.europa.eu/snb/…`), and otherwise from the words issuers
//! write (edubadges' free-text fields, the Keurmerk profile's `targetCode`).

/// An Annex I element: key, English label, Dutch label.
pub const ELEMENTS: &[(&str, &str, &str)] = &[
    ("learner", "Learner", "Lerende"),
    ("title", "Title", "Titel"),
    ("country", "Country of the issuer", "Land van de uitgever"),
    ("awarding_body", "Awarding body", "Uitgevende instelling"),
    ("date_of_issue", "Date of issue", "Datum van uitgifte"),
    ("learning_outcomes", "Learning outcomes", "Leerresultaten"),
    ("workload", "Notional workload", "Studielast"),
    ("level", "Level (EQF / NQF)", "Niveau (EQF / NLQF)"),
    ("assessment", "Type of assessment", "Soort toetsing"),
    (
        "participation",
        "Form of participation",
        "Vorm van deelname",
    ),
    (
        "quality_assurance",
        "Quality assurance",
        "Kwaliteitsborging",
    ),
    ("prerequisites", "Prerequisites", "Toelatingseisen"),
    (
        "supervision",
        "Supervision and identity verification",
        "Toezicht en identiteitscontrole",
    ),
    ("grade", "Grade", "Behaald resultaat"),
    (
        "stackability",
        "Integration / stackability",
        "Stapelbaarheid",
    ),
    (
        "further_information",
        "Further information",
        "Meer informatie",
    ),
];

/// A controlled value: element, key, English label, Dutch label, ELM concept URI ("" if none),
/// and lower-case words that identify it in free text (English and Dutch).
pub struct Concept {
    /// The element it belongs to.
    pub element: &'static str,
    /// Stable key, as in `report.descriptors[element].value.concept`.
    pub key: &'static str,
    /// English label.
    pub en: &'static str,
    /// Dutch label.
    pub nl: &'static str,
    /// The ELM vocabulary concept, when one is known.
    pub uri: &'static str,
    /// Words that identify it in free text; the first concept with a match wins.
    pub words: &'static [&'static str],
}

impl Concept {
    /// The label in `lang`: Dutch for `nl*`, natively German for `de*` and French for `fr*`,
    /// else English.
    pub fn label(&self, lang: &str) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let de_fr = super::vocab_de_fr::CONCEPTS
                .iter()
                .find(|(e, k, _, _)| *e == self.element && *k == self.key)
                .map(|(_, _, de, fr)| (*de, *fr));
            if let Some(w) = in_german_or_french(de_fr, lang) {
                return w;
            }
        }
        if is_dutch(lang) {
            self.nl
        } else {
            self.en
        }
    }
}

const fn c(
    element: &'static str,
    key: &'static str,
    en: &'static str,
    nl: &'static str,
    uri: &'static str,
    words: &'static [&'static str],
) -> Concept {
    Concept {
        element,
        key,
        en,
        nl,
        uri,
        words,
    }
}

/// Every controlled value, grouped by element. Order matters for free-text matching: more
/// specific words first ("supervised" contains "unsupervised"'s tail, "blended" mentions online).
pub const CONCEPTS: &[Concept] = &[
    // Form of participation: ELM `learning-assessment` modes, plus the Annex's examples.
    c(
        "participation",
        "blended",
        "Blended (online and on site)",
        "Gemengd (online en op locatie)",
        "http://data.europa.eu/snb/learning-assessment/e92d221e4d",
        &["blended", "hybrid", "hybride", "gemengd"],
    ),
    c(
        "participation",
        "online",
        "Online",
        "Online",
        "http://data.europa.eu/snb/learning-assessment/920fbb3cbe",
        &["online", "e learning", "afstandsonderwijs", "remote"],
    ),
    c(
        "participation",
        "onsite",
        "On site",
        "Op locatie",
        "http://data.europa.eu/snb/learning-assessment/9191af2ed9",
        &[
            "onsite",
            "on site",
            "presential",
            "in person",
            "face to face",
            "fysiek",
            "op locatie",
            "klassikaal",
            "offline",
            "campus",
        ],
    ),
    c(
        "participation",
        "work_based",
        "Work-based",
        "Werkplekleren",
        "http://data.europa.eu/snb/learning-assessment/729f3bed4b",
        &[
            "work based",
            "workbased",
            "werkplek",
            "bpv",
            "work experience",
            "werkervaring",
        ],
    ),
    c(
        "participation",
        "project_based",
        "Project-based",
        "Projectonderwijs",
        "http://data.europa.eu/snb/learning-assessment/7813801c77",
        &["project based", "projectonderwijs"],
    ),
    c(
        "participation",
        "research_lab",
        "Research / lab-based",
        "Onderzoek / laboratorium",
        "http://data.europa.eu/snb/learning-assessment/ed4c557045",
        &["research lab", "laboratory", "laboratorium"],
    ),
    c(
        "participation",
        "volunteering",
        "Volunteering",
        "Vrijwilligerswerk",
        "",
        &["volunteer", "vrijwillig"],
    ),
    // Learning setting (ELM), shown with the form of participation.
    c(
        "setting",
        "non_formal",
        "Non-formal learning",
        "Non-formeel leren",
        "http://data.europa.eu/snb/learning-setting/e207a81fc7",
        &["non formal", "nonformal", "non formeel"],
    ),
    c(
        "setting",
        "formal",
        "Formal learning",
        "Formeel leren",
        "http://data.europa.eu/snb/learning-setting/6fd4685715",
        &["formal", "formeel"],
    ),
    // Supervision and identity verification: the Annex's three options (and the fourth combination).
    c(
        "supervision",
        "unsupervised_with_id",
        "Unsupervised, with identity verification",
        "Zonder toezicht, met identiteitscontrole",
        "",
        &[
            "unsupervised with id",
            "unsupervised, with id",
            "zonder toezicht, met",
            "zonder toezicht met",
        ],
    ),
    c(
        "supervision",
        "unsupervised_no_id",
        "Unsupervised, no identity verification",
        "Zonder toezicht, zonder identiteitscontrole",
        "http://data.europa.eu/snb/supervision-verification/c598449d64",
        &[
            "unsupervised with no identity",
            "unsupervised without id",
            "unsupervised, no id",
            "unsupervised no id",
            "zonder toezicht",
        ],
    ),
    c(
        "supervision",
        "supervised_no_id",
        "Supervised, no identity verification",
        "Onder toezicht, zonder identiteitscontrole",
        "",
        &[
            "supervised with no identity",
            "supervised without id",
            "supervised, no id",
            "supervised no id",
            "toezicht zonder identiteit",
        ],
    ),
    c(
        "supervision",
        "supervised_with_id",
        "Supervised online or on site, with identity verification",
        "Onder toezicht (online of op locatie), met identiteitscontrole",
        "",
        &[
            "supervised online",
            "supervised onsite",
            "supervised on site",
            "with identity verification",
            "with id verification",
            "met identiteitscontrole",
            "supervised with id",
        ],
    ),
    // Type of assessment: ELM assessment types and the Annex's examples.
    c(
        "assessment",
        "oral_examination",
        "Oral examination",
        "Mondeling examen",
        "",
        &["oral", "mondeling"],
    ),
    c(
        "assessment",
        "practical_assessment",
        "Practical assessment",
        "Praktijkbeoordeling",
        "",
        &[
            "practical",
            "praktijk",
            "application of a skill",
            "application of skill",
            "skill demonstration",
            "proeve van bekwaamheid",
        ],
    ),
    c(
        "assessment",
        "portfolio",
        "Portfolio",
        "Portfolio",
        "",
        &["portfolio"],
    ),
    c(
        "assessment",
        "project_work",
        "Project work",
        "Projectwerk",
        "",
        &["project"],
    ),
    c(
        "assessment",
        "peer_assessment",
        "Peer assessment",
        "Peerbeoordeling",
        "",
        &["peer"],
    ),
    c(
        "assessment",
        "continuous_evaluation",
        "Continuous evaluation",
        "Doorlopende beoordeling",
        "",
        &["continuous", "doorlopend"],
    ),
    c(
        "assessment",
        "marked_assignment",
        "Marked assignment",
        "Beoordeelde opdracht",
        "",
        &["assignment", "opdracht"],
    ),
    c(
        "assessment",
        "recognition_of_prior_learning",
        "Recognition of prior learning",
        "Erkenning van eerder verworven competenties (EVC)",
        "",
        &[
            "prior learning",
            "recognition of prior learning",
            "evc$",
            "rpl$",
        ],
    ),
    c(
        "assessment",
        "quiz",
        "Quiz",
        "Quiz",
        "",
        &["quiz", "multiple choice", "meerkeuze"],
    ),
    c(
        "assessment",
        "attendance",
        "Level of attendance",
        "Aanwezigheid",
        "",
        &["attendance", "aanwezigheid", "participation only"],
    ),
    c(
        "assessment",
        "written_examination",
        "Written examination",
        "Schriftelijk examen",
        "",
        &[
            "written exam",
            "written test",
            "schriftelijk",
            "exam$",
            "exams$",
            "examen",
            "tentamen",
        ],
    ),
    c(
        "assessment",
        "testing",
        "Test",
        "Toets",
        "",
        &["testing", "test$", "tests$", "toets"],
    ),
    // Quality assurance: ELM accreditation types, and the Dutch micro-credential frameworks.
    c(
        "quality_assurance",
        "institutional_qa",
        "Institutional quality assurance",
        "Instellingsaccreditatie (kwaliteitszorg)",
        "http://data.europa.eu/snb/accreditation/bb4618238e",
        &[
            "institutional qa",
            "institutional quality",
            "instellingstoets",
            "instellingsaccreditatie",
        ],
    ),
    c(
        "quality_assurance",
        "programme_qa",
        "Programme quality assurance",
        "Opleidingsaccreditatie",
        "http://data.europa.eu/snb/accreditation/820101cba6",
        &[
            "program qa",
            "programme qa",
            "program quality",
            "programme quality",
            "opleidingsaccreditatie",
            "nvao",
        ],
    ),
    c(
        "quality_assurance",
        "institutional_licence",
        "Institutional licence",
        "Instellingserkenning",
        "http://data.europa.eu/snb/accreditation/003293d2ce",
        &["institutional license", "institutional licence"],
    ),
    c(
        "quality_assurance",
        "programme_licence",
        "Programme licence",
        "Opleidingserkenning",
        "http://data.europa.eu/snb/accreditation/e57dddfcf3",
        &["program license", "programme licence", "program licence"],
    ),
    c(
        "quality_assurance",
        "nl_framework_he",
        "Dutch quality framework for micro-credentials (HBO/WO)",
        "Kwaliteitskader microcredentials hbo en wo",
        "",
        &[
            "hbo en wo",
            "hbo/wo",
            "hbo$",
            "wetenschappelijk onderwijs",
            "microcredentials voor professionals",
        ],
    ),
    c(
        "quality_assurance",
        "nl_framework_mbo",
        "Dutch quality framework for micro-credentials (MBO)",
        "Kwaliteitskader microcredentials mbo",
        "",
        &["mbo$"],
    ),
    // Integration / stackability.
    c(
        "stackability",
        "stackable",
        "Integrated, stackable towards another credential",
        "Stapelbaar naar een ander diploma of certificaat",
        "",
        &[
            "stackable",
            "stapelbaar",
            "integrated",
            "partial qualification",
            "deelkwalificatie",
        ],
    ),
    c(
        "stackability",
        "stand_alone",
        "Stand-alone, independent micro-credential",
        "Zelfstandig, niet stapelbaar",
        "",
        &[
            "stand alone",
            "standalone",
            "independent",
            "zelfstandig",
            "niet stapelbaar",
        ],
    ),
];

/// Credit frameworks of ELM `creditPoint`.
pub const CREDIT_FRAMEWORKS: &[(&str, &str)] = &[
    (
        "http://data.europa.eu/snb/education-credit/6fcec5c5af",
        "ects",
    ),
    (
        "http://data.europa.eu/snb/education-credit/60b314e826",
        "ecvet",
    ),
];

/// The ELM concepts of the Dutch qualifications framework (NLQF), with their level.
pub const NLQF_CONCEPTS: &[(&str, &str)] = &[
    ("c_b42dd23b", "entry"),
    ("c_3e11a3fd", "1"),
    ("c_c749fa23", "2"),
    ("c_f97cdbb5", "3"),
    ("c_ff656b33", "4"),
    ("c_c2700f4e", "4+"),
    ("c_18c9e9fe", "5"),
    ("c_1711a061", "6"),
    ("c_478359fc", "7"),
    ("c_2835a50f", "8"),
];

/// Countries by ISO 3166 code (EU, EEA, Switzerland, the UK and the US): alpha-2, alpha-3,
/// English, Dutch. Other codes are shown as stated.
pub const COUNTRIES: &[(&str, &str, &str, &str)] = &[
    ("AT", "AUT", "Austria", "Oostenrijk"),
    ("BE", "BEL", "Belgium", "België"),
    ("BG", "BGR", "Bulgaria", "Bulgarije"),
    ("HR", "HRV", "Croatia", "Kroatië"),
    ("CY", "CYP", "Cyprus", "Cyprus"),
    ("CZ", "CZE", "Czechia", "Tsjechië"),
    ("DK", "DNK", "Denmark", "Denemarken"),
    ("EE", "EST", "Estonia", "Estland"),
    ("FI", "FIN", "Finland", "Finland"),
    ("FR", "FRA", "France", "Frankrijk"),
    ("DE", "DEU", "Germany", "Duitsland"),
    ("GR", "GRC", "Greece", "Griekenland"),
    ("HU", "HUN", "Hungary", "Hongarije"),
    ("IE", "IRL", "Ireland", "Ierland"),
    ("IT", "ITA", "Italy", "Italië"),
    ("LV", "LVA", "Latvia", "Letland"),
    ("LT", "LTU", "Lithuania", "Litouwen"),
    ("LU", "LUX", "Luxembourg", "Luxemburg"),
    ("MT", "MLT", "Malta", "Malta"),
    ("NL", "NLD", "Netherlands", "Nederland"),
    ("PL", "POL", "Poland", "Polen"),
    ("PT", "PRT", "Portugal", "Portugal"),
    ("RO", "ROU", "Romania", "Roemenië"),
    ("SK", "SVK", "Slovakia", "Slowakije"),
    ("SI", "SVN", "Slovenia", "Slovenië"),
    ("ES", "ESP", "Spain", "Spanje"),
    ("SE", "SWE", "Sweden", "Zweden"),
    ("IS", "ISL", "Iceland", "IJsland"),
    ("LI", "LIE", "Liechtenstein", "Liechtenstein"),
    ("NO", "NOR", "Norway", "Noorwegen"),
    ("CH", "CHE", "Switzerland", "Zwitserland"),
    ("GB", "GBR", "United Kingdom", "Verenigd Koninkrijk"),
    ("US", "USA", "United States", "Verenigde Staten"),
];

/// The countries of [`COUNTRIES`] in German and French (alpha-2, German, French), in the same
/// order. Native only, like [`super::vocab_de_fr`].
#[cfg(not(target_arch = "wasm32"))]
#[rustfmt::skip]
const COUNTRIES_DE_FR: &[(&str, &str, &str)] = &[
    ("AT", "Österreich", "Autriche"),
    ("BE", "Belgien", "Belgique"),
    ("BG", "Bulgarien", "Bulgarie"),
    ("HR", "Kroatien", "Croatie"),
    ("CY", "Zypern", "Chypre"),
    ("CZ", "Tschechien", "Tchéquie"),
    ("DK", "Dänemark", "Danemark"),
    ("EE", "Estland", "Estonie"),
    ("FI", "Finnland", "Finlande"),
    ("FR", "Frankreich", "France"),
    ("DE", "Deutschland", "Allemagne"),
    ("GR", "Griechenland", "Grèce"),
    ("HU", "Ungarn", "Hongrie"),
    ("IE", "Irland", "Irlande"),
    ("IT", "Italien", "Italie"),
    ("LV", "Lettland", "Lettonie"),
    ("LT", "Litauen", "Lituanie"),
    ("LU", "Luxemburg", "Luxembourg"),
    ("MT", "Malta", "Malte"),
    ("NL", "Niederlande", "Pays-Bas"),
    ("PL", "Polen", "Pologne"),
    ("PT", "Portugal", "Portugal"),
    ("RO", "Rumänien", "Roumanie"),
    ("SK", "Slowakei", "Slovaquie"),
    ("SI", "Slowenien", "Slovénie"),
    ("ES", "Spanien", "Espagne"),
    ("SE", "Schweden", "Suède"),
    ("IS", "Island", "Islande"),
    ("LI", "Liechtenstein", "Liechtenstein"),
    ("NO", "Norwegen", "Norvège"),
    ("CH", "Schweiz", "Suisse"),
    ("GB", "Vereinigtes Königreich", "Royaume-Uni"),
    ("US", "Vereinigte Staaten", "États-Unis"),
];

/// The name of a country code (alpha-2 or alpha-3, any case) in `lang` (Dutch, natively German
/// and French, else English).
pub fn country_name(code: &str, lang: &str) -> Option<&'static str> {
    let (a2, _, en, nl) = COUNTRIES
        .iter()
        .find(|(a2, a3, _, _)| a2.eq_ignore_ascii_case(code) || a3.eq_ignore_ascii_case(code))?;
    Some(country_in_german_or_french(a2, lang).unwrap_or(if is_dutch(lang) { nl } else { en }))
}

#[cfg(not(target_arch = "wasm32"))]
fn country_in_german_or_french(alpha2: &str, lang: &str) -> Option<&'static str> {
    let de_fr = COUNTRIES_DE_FR
        .iter()
        .find(|(k, _, _)| *k == alpha2)
        .map(|(_, de, fr)| (*de, *fr));
    in_german_or_french(de_fr, lang)
}

#[cfg(target_arch = "wasm32")]
fn country_in_german_or_french(_: &str, _: &str) -> Option<&'static str> {
    None
}

/// Whether `lang` asks for Dutch (`nl`, `nl-BE`, …).
pub fn is_dutch(lang: &str) -> bool {
    has_prefix(lang, "nl")
}

/// Whether `lang` asks for German (`de`, `de-AT`, …). The words exist natively only.
pub fn is_german(lang: &str) -> bool {
    has_prefix(lang, "de")
}

/// Whether `lang` asks for French (`fr`, `fr-BE`, …). The words exist natively only.
pub fn is_french(lang: &str) -> bool {
    has_prefix(lang, "fr")
}

fn has_prefix(lang: &str, code: &str) -> bool {
    lang.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(code))
}

/// The German or French of a `(de, fr)` pair when `lang` asks for one of them.
#[cfg(not(target_arch = "wasm32"))]
fn in_german_or_french(
    de_fr: Option<(&'static str, &'static str)>,
    lang: &str,
) -> Option<&'static str> {
    let (de, fr) = de_fr?;
    if is_german(lang) {
        Some(de)
    } else if is_french(lang) {
        Some(fr)
    } else {
        None
    }
}

/// The label of an Annex I element in `lang` (Dutch for `nl*`, natively German for `de*` and
/// French for `fr*`, else English); "" for an unknown key.
pub fn label(element: &str, lang: &str) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let de_fr = super::vocab_de_fr::ELEMENTS
            .iter()
            .find(|(k, _, _)| *k == element)
            .map(|(_, de, fr)| (*de, *fr));
        if let Some(w) = in_german_or_french(de_fr, lang) {
            return w;
        }
    }
    ELEMENTS
        .iter()
        .find(|(k, _, _)| *k == element)
        .map_or("", |(_, en, nl)| if is_dutch(lang) { nl } else { en })
}

/// The concept of `element` with this key.
pub fn concept(element: &str, key: &str) -> Option<&'static Concept> {
    CONCEPTS
        .iter()
        .find(|c| c.element == element && c.key == key)
}

/// The concept of `element` that a concept URI, a key or free text names, if any.
pub fn recognise(element: &str, text: &str) -> Option<&'static Concept> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let of = || CONCEPTS.iter().filter(move |c| c.element == element);
    if let Some(c) = of().find(|c| !c.uri.is_empty() && c.uri == t) {
        return Some(c);
    }
    if t.contains("://") || t.starts_with("urn:") {
        return None; // an identifier we do not know: never guess from its letters
    }
    let lower = t.to_ascii_lowercase().replace(['_', '-'], " ");
    let is_key = |key: &str| {
        key.len() == lower.len()
            && key
                .bytes()
                .zip(lower.bytes())
                .all(|(k, l)| k == l || (k == b'_' && l == b' '))
    };
    if let Some(c) = of().find(|c| is_key(c.key)) {
        return Some(c);
    }
    of().find(|c| c.words.iter().any(|w| has_word(&lower, w)))
}

/// Whether `hay` contains `word` starting at a word boundary; a word ending in `$` must also end
/// at one ("exam$" finds "exam" but not "example"; "praktijk" finds "praktijkexamen").
fn has_word(hay: &str, word: &str) -> bool {
    let (word, whole) = match word.strip_suffix('$') {
        Some(w) => (w, true),
        None => (word, false),
    };
    hay.match_indices(word).any(|(i, m)| {
        let before = hay.get(..i).and_then(|s| s.chars().next_back());
        let after = hay.get(i + m.len()..).and_then(|s| s.chars().next());
        before.map_or(true, |c| !c.is_ascii_alphanumeric())
            && (!whole || after.map_or(true, |c| !c.is_ascii_alphanumeric()))
    })
}

/// The whole catalogue as JSON, for the widget: `{"elements": {key: {"en", "nl"}},
/// "concepts": {element: {key: {"en", "nl"}}}}`.
pub fn catalogue() -> serde_json::Value {
    use serde_json::{Map, Value};
    let pair = |en: &str, nl: &str| {
        let mut m = Map::new();
        m.insert("en".to_owned(), Value::String(en.to_owned()));
        m.insert("nl".to_owned(), Value::String(nl.to_owned()));
        Value::Object(m)
    };
    let mut elements = Map::new();
    for (k, en, nl) in ELEMENTS {
        elements.insert((*k).to_owned(), pair(en, nl));
    }
    let mut concepts = Map::new();
    for c in CONCEPTS {
        if let Value::Object(group) = concepts
            .entry(c.element.to_owned())
            .or_insert_with(|| Value::Object(Map::new()))
        {
            group.insert(c.key.to_owned(), pair(c.en, c.nl));
        }
    }
    let mut all = Map::new();
    all.insert("elements".to_owned(), Value::Object(elements));
    all.insert("concepts".to_owned(), Value::Object(concepts));
    Value::Object(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_exists_in_both_languages() {
        for c in CONCEPTS {
            for w in c.words {
                assert!(
                    !w.contains(['-', '_']) && *w == w.to_ascii_lowercase(),
                    "{w}: words are written as they are matched"
                );
            }
        }
        for (k, en, nl) in ELEMENTS {
            assert!(!en.is_empty() && !nl.is_empty(), "{k}");
        }
        for c in CONCEPTS {
            assert!(!c.en.is_empty() && !c.nl.is_empty(), "{}", c.key);
            assert_eq!(concept(c.element, c.key).map(|x| x.key), Some(c.key));
        }
    }

    /// Words that are genuinely the same in German or French as in English: (element, key).
    #[cfg(not(target_arch = "wasm32"))]
    const SAME_IN_GERMAN: &[(&str, &str)] = &[
        ("participation", "online"), // "Online" is the German word
        ("assessment", "portfolio"),
        ("assessment", "quiz"),
        ("assessment", "testing"), // "Test"
    ];
    #[cfg(not(target_arch = "wasm32"))]
    const SAME_IN_FRENCH: &[(&str, &str)] = &[
        ("assessment", "portfolio"),
        ("assessment", "quiz"),
        ("assessment", "testing"), // "Test"
    ];

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_word_exists_in_german_and_french() {
        use super::super::vocab_de_fr;
        assert_eq!(vocab_de_fr::ELEMENTS.len(), ELEMENTS.len());
        for ((k, en, _), (key, de, fr)) in ELEMENTS.iter().zip(vocab_de_fr::ELEMENTS) {
            assert_eq!(k, key, "the same elements in the same order");
            assert!(!de.is_empty() && de != en, "{k}: {de}");
            assert!(!fr.is_empty() && fr != en, "{k}: {fr}");
            assert_eq!(label(k, "de"), *de);
            assert_eq!(label(k, "fr-BE"), *fr);
            assert_eq!(label(k, "en"), *en);
        }
        assert_eq!(vocab_de_fr::CONCEPTS.len(), CONCEPTS.len());
        for (c, (element, key, de, fr)) in CONCEPTS.iter().zip(vocab_de_fr::CONCEPTS) {
            assert_eq!((c.element, c.key), (*element, *key), "the same order");
            let id = (c.element, c.key);
            assert!(!de.is_empty() && !fr.is_empty(), "{key}");
            assert!(*de != c.en || SAME_IN_GERMAN.contains(&id), "{key}: {de}");
            assert!(*fr != c.en || SAME_IN_FRENCH.contains(&id), "{key}: {fr}");
            assert_eq!(c.label("de-CH"), *de);
            assert_eq!(c.label("fr"), *fr);
            assert_eq!(c.label("nl"), c.nl);
            assert_eq!(c.label("en-GB"), c.en);
        }
        for (a2, _, en, _) in COUNTRIES {
            let (de, fr) = (country_name(a2, "de"), country_name(a2, "fr"));
            assert!(de.is_some_and(|d| !d.is_empty()) && fr.is_some_and(|f| !f.is_empty()));
            assert_eq!(country_name(a2, "en"), Some(*en));
        }
        assert_eq!(COUNTRIES_DE_FR.len(), COUNTRIES.len());
        assert_eq!(country_name("nld", "fr"), Some("Pays-Bas"));
        assert_eq!(country_name("DE", "de-AT"), Some("Deutschland"));
    }

    #[test]
    fn regional_variants_say_the_language() {
        assert_eq!(label("level", "de-AT"), label("level", "de"));
        assert_eq!(label("level", "FR-be"), label("level", "fr"));
        assert_eq!(label("level", "nl-BE"), "Niveau (EQF / NLQF)");
        assert_eq!(label("level", "es"), "Level (EQF / NQF)");
        assert_eq!(label("no_such_element", "de"), "");
        #[cfg(not(target_arch = "wasm32"))]
        {
            assert_eq!(label("level", "de"), "Niveau (EQR / NQR)");
            assert_eq!(label("level", "fr"), "Niveau (CEC / CNC)");
        }
        #[cfg(target_arch = "wasm32")]
        assert_eq!(label("level", "de"), "Level (EQF / NQF)");
    }

    #[test]
    fn free_text_and_uris_are_recognised() {
        let key = |e, t| recognise(e, t).map(|c| c.key);
        assert_eq!(
            key("participation", "Blended learning (online + campus)"),
            Some("blended")
        );
        assert_eq!(key("participation", "Online"), Some("online"));
        assert_eq!(key("participation", "fysiek op locatie"), Some("onsite"));
        assert_eq!(
            key(
                "participation",
                "http://data.europa.eu/snb/learning-assessment/920fbb3cbe"
            ),
            Some("online")
        );
        assert_eq!(
            key(
                "participation",
                "http://data.europa.eu/snb/learning-assessment/0000"
            ),
            None
        );
        assert_eq!(
            key("assessment", "Schriftelijk tentamen"),
            Some("written_examination")
        );
        assert_eq!(
            key("assessment", "recognition_of_prior_learning"),
            Some("recognition_of_prior_learning")
        );
        assert_eq!(
            key(
                "supervision",
                "Supervised online with identity verification"
            ),
            Some("supervised_with_id")
        );
        assert_eq!(
            key("supervision", "unsupervised_no_id"),
            Some("unsupervised_no_id")
        );
        assert_eq!(key("stackability", "Stand-alone"), Some("stand_alone"));
        assert_eq!(key("assessment", "Interpretive dance"), None);
        assert_eq!(key("assessment", "urn:example:assessment:artefact"), None);
        assert_eq!(key("assessment", "An example"), None);
        assert_eq!(
            key("assessment", "Praktijkexamen"),
            Some("practical_assessment")
        );
        assert_eq!(key("supervision", "Unsupervised online"), None);
    }
}
