//! The catalogue of words of [`super::vocab`] in German and French: the same elements and
//! controlled values, in the same order. Native builds only (the CLI, servers, tests): the wasm
//! module carries English and Dutch, and the browser gets German and French from JS tables that
//! a script generates from this file.
//!
//! Keep it to the two tables below, one entry a line (`#[rustfmt::skip]`), plain string literals
//! only: the script reads them with a regular expression.
//!
//! Element labels are short table row headings, taken from the German and French versions of
//! Annex I of the Council Recommendation of 16 June 2022 on micro-credentials (2022/C 243/02):
//! "Identifizierung des Lernenden" is "Lernende Person", "Intitulé de la microcertification"
//! is "Intitulé", as the English says "Learner" and "Title". The EQF is the EQR in German and the
//! CEC in French; a national framework (NQF) the NQR and the CNC.

/// Annex I elements: key, German, French.
#[rustfmt::skip]
pub const ELEMENTS: &[(&str, &str, &str)] = &[
    ("learner", "Lernende Person", "Apprenant"),
    ("title", "Titel", "Intitulé"),
    ("country", "Land des Ausstellers", "Pays de l'émetteur"),
    ("awarding_body", "Vergebende Stelle", "Organisme de délivrance"),
    ("date_of_issue", "Ausstellungsdatum", "Date de délivrance"),
    ("learning_outcomes", "Lernergebnisse", "Acquis d'apprentissage"),
    ("workload", "Nominaler Arbeitsaufwand", "Charge de travail théorique"),
    ("level", "Niveau (EQR / NQR)", "Niveau (CEC / CNC)"),
    ("assessment", "Art der Bewertung", "Type d'évaluation"),
    ("participation", "Form der Teilnahme", "Forme de participation"),
    ("quality_assurance", "Qualitätssicherung", "Assurance qualité"),
    ("prerequisites", "Voraussetzungen", "Conditions préalables"),
    ("supervision", "Aufsicht und Identitätsprüfung", "Surveillance et contrôle d'identité"),
    ("grade", "Erzielte Note", "Note obtenue"),
    ("stackability", "Integration / Stapelbarkeit", "Intégration / cumul"),
    ("further_information", "Weitere Informationen", "Informations complémentaires"),
];

/// Controlled values: element, key, German, French.
#[rustfmt::skip]
pub const CONCEPTS: &[(&str, &str, &str, &str)] = &[
    ("participation", "blended", "Gemischt (online und vor Ort)", "Hybride (en ligne et sur place)"),
    ("participation", "online", "Online", "En ligne"),
    ("participation", "onsite", "Vor Ort", "Sur place"),
    ("participation", "work_based", "Arbeitsbasiert", "En milieu professionnel"),
    ("participation", "project_based", "Projektbasiert", "Par projet"),
    ("participation", "research_lab", "Forschung / Labor", "Recherche / laboratoire"),
    ("participation", "volunteering", "Freiwilligentätigkeit", "Bénévolat"),
    ("setting", "non_formal", "Nicht formales Lernen", "Apprentissage non formel"),
    ("setting", "formal", "Formales Lernen", "Apprentissage formel"),
    ("supervision", "unsupervised_with_id", "Unbeaufsichtigt, mit Identitätsüberprüfung", "Sans surveillance, avec vérification de l'identité"),
    ("supervision", "unsupervised_no_id", "Unbeaufsichtigt, ohne Identitätsüberprüfung", "Sans surveillance ni vérification de l'identité"),
    ("supervision", "supervised_no_id", "Beaufsichtigt, ohne Identitätsüberprüfung", "Avec surveillance, sans vérification de l'identité"),
    ("supervision", "supervised_with_id", "Online oder vor Ort beaufsichtigt, mit Identitätsüberprüfung", "Avec surveillance en ligne ou sur place et vérification de l'identité"),
    ("assessment", "oral_examination", "Mündliche Prüfung", "Examen oral"),
    ("assessment", "practical_assessment", "Praktische Prüfung", "Évaluation pratique"),
    ("assessment", "portfolio", "Portfolio", "Portfolio"),
    ("assessment", "project_work", "Projektarbeit", "Travail de projet"),
    ("assessment", "peer_assessment", "Bewertung durch Peers", "Évaluation par les pairs"),
    ("assessment", "continuous_evaluation", "Kontinuierliche Bewertung", "Évaluation continue"),
    ("assessment", "marked_assignment", "Benotete Aufgabe", "Devoir noté"),
    ("assessment", "recognition_of_prior_learning", "Anerkennung früher erworbener Kompetenzen", "Reconnaissance des acquis antérieurs"),
    ("assessment", "quiz", "Quiz", "Quiz"),
    ("assessment", "attendance", "Anwesenheit", "Assiduité"),
    ("assessment", "written_examination", "Schriftliche Prüfung", "Examen écrit"),
    ("assessment", "testing", "Test", "Test"),
    ("quality_assurance", "institutional_qa", "Institutionelle Qualitätssicherung", "Assurance qualité institutionnelle"),
    ("quality_assurance", "programme_qa", "Qualitätssicherung des Programms", "Assurance qualité du programme"),
    ("quality_assurance", "institutional_licence", "Zulassung der Einrichtung", "Autorisation de l'établissement"),
    ("quality_assurance", "programme_licence", "Zulassung des Programms", "Autorisation du programme"),
    ("quality_assurance", "nl_framework_he", "Niederländischer Qualitätsrahmen für Microcredentials (HBO/WO)", "Cadre qualité néerlandais des microcertifications (HBO/WO)"),
    ("quality_assurance", "nl_framework_mbo", "Niederländischer Qualitätsrahmen für Microcredentials (MBO)", "Cadre qualité néerlandais des microcertifications (MBO)"),
    ("stackability", "stackable", "Integriert, stapelbar zu einem anderen Nachweis", "Intégrée, cumulable en vue d'une autre certification"),
    ("stackability", "stand_alone", "Eigenständiges, unabhängiges Microcredential", "Microcertification autonome et indépendante"),
];
