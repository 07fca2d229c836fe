//! Detail lines of trust lists and what they say of an issuer: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── loading lists (trust/mod.rs) ──
    /// A list given without any anchor to check its signature (by its place among the lists).
    trust_list_unanchored(number)
        "trust list {number}: no trust anchor was given to check its signature",
        "vertrouwenslijst {number}: er is geen vertrouwensanker meegegeven om de handtekening te controleren",
        "Vertrauensliste {number}: es wurde kein Vertrauensanker mitgegeben, um ihre Signatur zu prüfen",
        "liste de confiance {number}\u{a0}: aucune ancre de confiance n'a été fournie pour vérifier sa signature";
    /// A list that was not used, by its place among the lists; why follows it.
    trust_list_numbered(number)
        "trust list {number}",
        "vertrouwenslijst {number}",
        "Vertrauensliste {number}",
        "liste de confiance {number}";
    /// A list older than another list of its operator.
    trust_list_rollback(list, sequence, newest)
        "{list} (sequence {sequence}): rollback — list {newest} of the same operator is loaded",
        "{list} (volgnummer {sequence}): terugval — lijst {newest} van dezelfde beheerder is geladen",
        "{list} (Folgenummer {sequence}): Rückschritt — Liste {newest} desselben Betreibers ist geladen",
        "{list} (séquence {sequence})\u{a0}: retour en arrière — la liste {newest} du même opérateur est chargée";
    /// Two different lists of one operator under one sequence number.
    trust_list_same_sequence(list, sequence, other)
        "{list} (sequence {sequence}): {other} of the same operator has the same sequence number — an operator publishes one list (merge them) or numbers each anew",
        "{list} (volgnummer {sequence}): {other} van dezelfde beheerder heeft hetzelfde volgnummer — een beheerder publiceert één lijst (voeg ze samen) of nummert elke lijst opnieuw",
        "{list} (Folgenummer {sequence}): {other} desselben Betreibers hat dieselbe Folgenummer — ein Betreiber veröffentlicht eine Liste (führen Sie sie zusammen) oder nummeriert jede neu",
        "{list} (séquence {sequence})\u{a0}: {other} du même opérateur a le même numéro de séquence — un opérateur publie une seule liste (fusionnez-les) ou numérote chacune à nouveau";

    // ── what a list says of the issuer (trust/mod.rs) ──
    /// Accreditations in force that cover other programmes than the credential's achievement.
    trust_accreditation_programmes(at)
        "the issuer's accreditations in force at {at:time} cover programmes this credential's achievement is not among",
        "de accreditaties van de uitgever die op {at:time} gelden, dekken opleidingen waar de prestatie van dit credential niet onder valt",
        "die am {at:time} gültigen Akkreditierungen des Ausstellers umfassen Programme, zu denen die Leistung dieses Nachweises nicht gehört",
        "les accréditations de l'émetteur en vigueur le {at:time} couvrent des formations dont la réalisation de cette attestation ne fait pas partie";
    /// EQF levels the credential states that the issuer's accreditations do not cover (`stated`
    /// as a list, `accredited` the levels covered).
    trust_accreditation_levels(stated, accredited)
        "the credential states EQF {stated}; the issuer is accredited for EQF {accredited}",
        "het credential vermeldt EQF {stated}; de uitgever is geaccrediteerd voor EQF {accredited}",
        "der Nachweis nennt EQF {stated}; der Aussteller ist akkreditiert für EQF {accredited}",
        "l'attestation indique EQF {stated}\u{a0}; l'émetteur est accrédité pour EQF {accredited}";

    // ── reading a list (trust/list.rs); an entity's faults are about its id ──
    /// A document whose `type` is not `KeurmerkTrustList`.
    trust_list_type()
        "type must be KeurmerkTrustList",
        "type moet KeurmerkTrustList zijn",
        "type muss KeurmerkTrustList sein",
        "type doit valoir KeurmerkTrustList";
    /// A list without `schemeInformation`.
    trust_list_no_scheme()
        "no schemeInformation",
        "geen schemeInformation",
        "keine schemeInformation",
        "pas de schemeInformation";
    /// A `sequenceNumber` that is not a whole number of at least 1.
    trust_list_sequence_number()
        "sequenceNumber must be a whole number ≥ 1",
        "sequenceNumber moet een geheel getal ≥ 1 zijn",
        "sequenceNumber muss eine ganze Zahl ≥ 1 sein",
        "sequenceNumber doit être un nombre entier ≥ 1";
    /// A list without `operator`.
    trust_list_no_operator()
        "no operator",
        "geen operator",
        "kein operator",
        "pas d'operator";
    /// An operator without `id`.
    trust_list_operator_id_missing()
        "operator.id is missing",
        "operator.id ontbreekt",
        "operator.id fehlt",
        "operator.id manque";
    /// An operator whose `id` is not an Ed25519 did:key.
    trust_list_operator_key()
        "operator.id must be an Ed25519 did:key",
        "operator.id moet een Ed25519-did:key zijn",
        "operator.id muss ein Ed25519-did:key sein",
        "operator.id doit être un did:key Ed25519";
    /// A list without `trustedEntities`.
    trust_list_no_entities()
        "no trustedEntities",
        "geen trustedEntities",
        "keine trustedEntities",
        "pas de trustedEntities";
    /// An entry of `trustedEntities` that is not an object.
    trust_list_entity_not_object(index)
        "trustedEntities[{index}] is not an object",
        "trustedEntities[{index}] is geen object",
        "trustedEntities[{index}] ist kein Objekt",
        "trustedEntities[{index}] n'est pas un objet";
    /// An entry of `trustedEntities` without `id`.
    trust_list_entity_id_missing(index)
        "trustedEntities[{index}].id is missing",
        "trustedEntities[{index}].id ontbreekt",
        "trustedEntities[{index}].id fehlt",
        "trustedEntities[{index}].id manque";
    /// A date field that is missing or not text (the field's name).
    trust_list_date_missing(field)
        "{field} is missing",
        "{field} ontbreekt",
        "{field} fehlt",
        "{field} manque";
    /// A date field that is not an XML Schema dateTime (the field's name).
    trust_list_date_invalid(field)
        "{field} is not a dateTime",
        "{field} is geen dateTime",
        "{field} ist kein dateTime",
        "{field} n'est pas un dateTime";
    /// A pinned key without `id`.
    trust_list_key_without_id()
        "a key without id",
        "een sleutel zonder id",
        "ein Schlüssel ohne id",
        "une clé sans id";
    /// A pinned key with neither or both of its forms.
    trust_list_key_form(key)
        "key {key} needs publicKeyMultibase or publicKeyJwk",
        "sleutel {key} heeft publicKeyMultibase of publicKeyJwk nodig",
        "Schlüssel {key} braucht publicKeyMultibase oder publicKeyJwk",
        "la clé {key} nécessite publicKeyMultibase ou publicKeyJwk";
    /// A pinned key that cannot be read; why follows it.
    trust_list_key(key)
        "key {key}",
        "sleutel {key}",
        "Schlüssel {key}",
        "clé {key}";
    /// An x509 pin with neither or both hashes.
    trust_list_pin_hashes()
        "an x509 pin needs one hash",
        "een x509-pin heeft precies één hash nodig",
        "ein x509-Pin braucht genau einen Hash",
        "une empreinte x509 nécessite exactement un hachage";
    /// An x509 pin that is not a SHA-256 hash in base64url.
    trust_list_pin_not_sha256()
        "an x509 pin is not a base64url SHA-256",
        "een x509-pin is geen base64url-SHA-256",
        "ein x509-Pin ist kein base64url-SHA-256",
        "une empreinte x509 n'est pas un SHA-256 en base64url";
    /// A status history entry whose status is not one of the three.
    trust_list_status_value()
        "status must be granted, suspended or withdrawn",
        "status moet granted, suspended of withdrawn zijn",
        "status muss granted, suspended oder withdrawn sein",
        "status doit valoir granted, suspended ou withdrawn";
    /// An entity without a status history.
    trust_list_history_missing()
        "statusHistory is required",
        "statusHistory is verplicht",
        "statusHistory ist erforderlich",
        "statusHistory est obligatoire";
    /// Evidence without `source`.
    trust_list_evidence_source()
        "evidence without a source",
        "evidence zonder source",
        "evidence ohne source",
        "evidence sans source";

    // ── a list's signature (trust/list.rs) ──
    /// A list that is JSON but not an object.
    trust_list_not_object()
        "not a JSON object",
        "geen JSON-object",
        "kein JSON-Objekt",
        "pas un objet JSON";
    /// A list that cannot be read as JSON; why follows it.
    trust_list_unreadable()
        "not readable",
        "niet leesbaar",
        "nicht lesbar",
        "illisible";
    /// A list without a proof.
    trust_list_unsigned()
        "the list is not signed",
        "de lijst is niet ondertekend",
        "die Liste ist nicht signiert",
        "la liste n'est pas signée";
    /// A list's proof of another kind.
    trust_list_proof_kind()
        "the list's proof must be a DataIntegrityProof with eddsa-jcs-2022",
        "het bewijs van de lijst moet een DataIntegrityProof met eddsa-jcs-2022 zijn",
        "der Nachweis der Liste muss ein DataIntegrityProof mit eddsa-jcs-2022 sein",
        "la preuve de la liste doit être une DataIntegrityProof avec eddsa-jcs-2022";
    /// A list's proof for another purpose.
    trust_list_proof_purpose()
        "the list's proofPurpose must be assertionMethod",
        "de proofPurpose van de lijst moet assertionMethod zijn",
        "der proofPurpose der Liste muss assertionMethod sein",
        "le proofPurpose de la liste doit être assertionMethod";
    /// A list's proof that names no key.
    trust_list_no_method()
        "the list's proof has no verificationMethod",
        "het bewijs van de lijst heeft geen verificationMethod",
        "der Nachweis der Liste hat keine verificationMethod",
        "la preuve de la liste n'a pas de verificationMethod";
    /// The key a list's proof names cannot be resolved; why follows it.
    trust_list_signing_key()
        "the list's key",
        "de sleutel van de lijst",
        "der Schlüssel der Liste",
        "la clé de la liste";
    /// A list signed with a key of another type.
    trust_list_key_type(kind)
        "signed with a {kind} key; trust lists are signed with Ed25519",
        "ondertekend met een {kind}-sleutel; vertrouwenslijsten worden met Ed25519 ondertekend",
        "mit einem {kind}-Schlüssel signiert; Vertrauenslisten werden mit Ed25519 signiert",
        "signée avec une clé {kind}\u{a0}; les listes de confiance sont signées avec Ed25519";
    /// A list signed by a key the host did not give as an anchor.
    trust_list_not_anchored(key)
        "signed by {key}, which is not a trust anchor",
        "ondertekend door {key}, die geen vertrouwensanker is",
        "signiert von {key}, der kein Vertrauensanker ist",
        "signée par {key}, qui n'est pas une ancre de confiance";
    /// A list signed by someone other than its operator.
    trust_list_not_operator(signer, operator)
        "signed by {signer}, not by the operator {operator}",
        "ondertekend door {signer}, niet door de beheerder {operator}",
        "signiert von {signer}, nicht vom Betreiber {operator}",
        "signée par {signer}, pas par l'opérateur {operator}";
    /// A list's `proofValue` that is not a signature.
    trust_list_proof_value()
        "the list's proofValue is not a signature",
        "de proofValue van de lijst is geen handtekening",
        "der proofValue der Liste ist keine Signatur",
        "le proofValue de la liste n'est pas une signature";
    /// A list changed after it was signed.
    trust_list_changed()
        "the signature does not match: the list was changed after signing",
        "de handtekening klopt niet: de lijst is na het ondertekenen gewijzigd",
        "die Signatur stimmt nicht: die Liste wurde nach dem Signieren geändert",
        "la signature ne correspond pas\u{a0}: la liste a été modifiée après la signature";
}
