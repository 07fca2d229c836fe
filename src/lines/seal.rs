//! Detail lines of Europass (EDC) JAdES seals: their timestamps, OCSP answers and the seal's certificate: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── parse/jades.rs ──
    /// A JAdES envelope without a payload.
    jades_envelope_no_payload()
        "the JAdES envelope: no payload",
        "de JAdES-envelop: geen payload",
        "der JAdES-Umschlag: kein payload",
        "l'enveloppe JAdES\u{a0}: pas de payload";
    /// A JAdES envelope whose `signatures` is not a list of signature objects.
    jades_envelope_signatures_not_list()
        "the JAdES envelope: signatures is not a list of signatures",
        "de JAdES-envelop: signatures is geen lijst van handtekeningen",
        "der JAdES-Umschlag: signatures ist keine Liste von Signaturen",
        "l'enveloppe JAdES\u{a0}: signatures n'est pas une liste de signatures";
    /// A JAdES envelope whose signature has no protected header.
    jades_envelope_no_protected()
        "the JAdES envelope: no protected header",
        "de JAdES-envelop: geen protected-header",
        "der JAdES-Umschlag: kein protected-Header",
        "l'enveloppe JAdES\u{a0}: pas d'en-tête protected";
    /// A JAdES envelope whose protected header is not base64url-encoded JSON.
    jades_envelope_header_not_json()
        "the JAdES envelope: the protected header is not base64url JSON",
        "de JAdES-envelop: de protected-header is geen base64url-JSON",
        "der JAdES-Umschlag: der protected-Header ist kein base64url-JSON",
        "l'enveloppe JAdES\u{a0}: l'en-tête protected n'est pas du JSON en base64url";
    /// A JAdES envelope whose signature value is not base64url.
    jades_envelope_signature_not_base64url()
        "the JAdES envelope: the signature is not base64url",
        "de JAdES-envelop: de handtekening is geen base64url",
        "der JAdES-Umschlag: die Signatur ist kein base64url",
        "l'enveloppe JAdES\u{a0}: la signature n'est pas en base64url";
    /// A JAdES envelope whose payload is not base64url although `b64` is not false.
    jades_envelope_payload_not_base64url()
        "the JAdES envelope: the payload is not base64url",
        "de JAdES-envelop: de payload is geen base64url",
        "der JAdES-Umschlag: der payload ist kein base64url",
        "l'enveloppe JAdES\u{a0}: le payload n'est pas en base64url";
    /// A JAdES envelope with more than one signature.
    jades_envelope_signatures(signatures)
        "a JAdES envelope with {signatures} signatures: this version checks one",
        "een JAdES-envelop met {signatures} handtekeningen: deze versie controleert er één",
        "ein JAdES-Umschlag mit {signatures} Signaturen: diese Version prüft eine",
        "une enveloppe JAdES à {signatures} signatures\u{a0}: cette version en vérifie une";
    /// A sealed payload that is not a JSON object.
    jades_payload_not_object()
        "the sealed payload is not a JSON object",
        "de verzegelde payload is geen JSON-object",
        "der gesiegelte payload ist kein JSON-Objekt",
        "le payload scellé n'est pas un objet JSON";

    // ── proof/jades.rs ──
    /// A seal whose certificate names neither an organisation nor a common name, and the proofs.
    seal_verified_unnamed(proofs)
        "sealed by an unnamed certificate holder; verified: {proofs}",
        "verzegeld door een naamloze certificaathouder; geverifieerd: {proofs}",
        "gesiegelt von einem namenlosen Zertifikatsinhaber; verifiziert: {proofs}",
        "scellé par un titulaire de certificat sans nom\u{a0}; vérifié\u{a0}: {proofs}";
    /// The seal's certificate is not judged: the seal did not verify.
    seal_not_verified()
        "there is no verified seal whose certificate to judge",
        "er is geen geverifieerd zegel waarvan het certificaat te beoordelen is",
        "es gibt kein verifiziertes Siegel, dessen Zertifikat zu beurteilen wäre",
        "il n'y a pas de cachet vérifié dont le certificat serait à juger";
    /// Whether the seal certificate is revoked now is not checked (offline).
    seal_revocation_not_checked()
        "current revocation of the seal certificate: not checked (offline)",
        "huidige intrekking van het zegelcertificaat: niet gecontroleerd (offline)",
        "aktueller Widerruf des Siegelzertifikats: nicht geprüft (offline)",
        "révocation actuelle du certificat de cachet\u{a0}: non vérifiée (hors ligne)";
    /// A detached JAdES signature (`sigD`).
    jades_detached()
        "a detached JAdES signature (sigD): the signed data is elsewhere",
        "een losse JAdES-handtekening (sigD): de ondertekende gegevens staan elders",
        "eine abgesetzte JAdES-Signatur (sigD): die signierten Daten liegen anderswo",
        "une signature JAdES détachée (sigD)\u{a0}: les données signées sont ailleurs";
    /// `crit` holds something that is not a text.
    jades_crit_not_name()
        "crit holds something that is not a header name",
        "crit bevat iets wat geen headernaam is",
        "crit enthält etwas, das kein Header-Name ist",
        "crit contient autre chose qu'un nom d'en-tête";
    /// `crit` is not a non-empty list.
    jades_crit_not_list()
        "crit must be a non-empty list of header names",
        "crit moet een niet-lege lijst van headernamen zijn",
        "crit muss eine nicht leere Liste von Header-Namen sein",
        "crit doit être une liste non vide de noms d'en-tête";
    /// `crit` names an extension Keurmerk does not implement (the name quoted).
    jades_crit_unknown(name)
        "crit names {name}, a critical extension this verifier does not implement",
        "crit noemt {name}, een kritieke extensie die deze verifier niet ondersteunt",
        "crit nennt {name}, eine kritische Erweiterung, die dieser Verifier nicht umsetzt",
        "crit nomme {name}, une extension critique que ce vérificateur ne prend pas en charge";
    /// `crit` names a member the protected header does not have (the name quoted).
    jades_crit_absent(name)
        "crit names {name}, which the protected header does not have",
        "crit noemt {name}, dat niet in de protected-header staat",
        "crit nennt {name}, das im protected-Header fehlt",
        "crit nomme {name}, absent de l'en-tête protected";
    /// `b64: false` not listed in `crit`.
    jades_b64_not_critical()
        "b64 false (an unencoded payload) must be listed in crit (RFC 7797 §6)",
        "b64 false (een niet-gecodeerde payload) moet in crit staan (RFC 7797 §6)",
        "b64 false (ein nicht codierter payload) muss in crit stehen (RFC 7797 §6)",
        "b64 false (un payload non encodé) doit figurer dans crit (RFC 7797 §6)";
    /// `b64` that is not a boolean.
    jades_b64_not_boolean()
        "b64 is not a boolean",
        "b64 is geen boolean",
        "b64 ist kein boolescher Wert",
        "b64 n'est pas un booléen";
    /// `sigT` that is not a date and time.
    jades_sig_t_invalid()
        "sigT is not a date and time",
        "sigT is geen datum en tijd",
        "sigT ist kein Datum mit Uhrzeit",
        "sigT n'est pas une date et une heure";
    /// A seal header without `x5c`.
    jades_x5c_missing()
        "x5c is missing: the seal names no certificate",
        "x5c ontbreekt: het zegel noemt geen certificaat",
        "x5c fehlt: das Siegel nennt kein Zertifikat",
        "x5c est absent\u{a0}: le cachet ne nomme aucun certificat";
    /// A seal header whose `x5c` is not an array.
    jades_x5c_not_array()
        "x5c is not an array",
        "x5c is geen array",
        "x5c ist kein Array",
        "x5c n'est pas un tableau";
    /// A seal header whose `x5c` is empty or longer than the limit.
    jades_x5c_count(max)
        "x5c must hold 1 to {max} certificates",
        "x5c moet 1 tot {max} certificaten bevatten",
        "x5c muss 1 bis {max} Zertifikate enthalten",
        "x5c doit contenir de 1 à {max} certificats";
    /// A seal header whose `x5c` holds an entry that is not base64.
    jades_x5c_not_base64()
        "x5c holds something that is not base64",
        "x5c bevat iets wat geen base64 is",
        "x5c enthält etwas, das kein base64 ist",
        "x5c contient autre chose que du base64";
    /// `x5t#S256` that is not the digest of the `x5c` leaf.
    jades_x5t_mismatch()
        "x5t#S256 is not the SHA-256 of the certificate in x5c: the seal names another certificate",
        "x5t#S256 is niet de SHA-256 van het certificaat in x5c: het zegel noemt een ander certificaat",
        "x5t#S256 ist nicht der SHA-256 des Zertifikats in x5c: das Siegel nennt ein anderes Zertifikat",
        "x5t#S256 n'est pas le SHA-256 du certificat de x5c\u{a0}: le cachet désigne un autre certificat";
    /// An `IssuerSerial` `kid` with another serial than the `x5c` leaf.
    jades_kid_serial_mismatch()
        "kid names a certificate with another serial number than the one in x5c",
        "kid noemt een certificaat met een ander serienummer dan dat in x5c",
        "kid nennt ein Zertifikat mit einer anderen Seriennummer als das in x5c",
        "kid désigne un certificat dont le numéro de série diffère de celui de x5c";

    // ── proof/timestamp.rs ──
    /// A timestamp token over the size limit.
    timestamp_token_too_large(limit)
        "the timestamp token is over MAX_TOKEN_BYTES ({limit})",
        "het tijdstempeltoken is groter dan MAX_TOKEN_BYTES ({limit})",
        "das Zeitstempel-Token überschreitet MAX_TOKEN_BYTES ({limit})",
        "le jeton d'horodatage dépasse MAX_TOKEN_BYTES ({limit})";
    /// A timestamp token that is not a CMS SignedData.
    timestamp_token_not_cms()
        "the timestamp token is not a CMS SignedData (RFC 3161)",
        "het tijdstempeltoken is geen CMS SignedData (RFC 3161)",
        "das Zeitstempel-Token ist kein CMS-SignedData (RFC 3161)",
        "le jeton d'horodatage n'est pas un SignedData CMS (RFC 3161)";
    /// A timestamp token whose content is not a TSTInfo.
    timestamp_token_no_tst_info()
        "the timestamp token does not hold a TSTInfo",
        "het tijdstempeltoken bevat geen TSTInfo",
        "das Zeitstempel-Token enthält kein TSTInfo",
        "le jeton d'horodatage ne contient pas de TSTInfo";
    /// A timestamp token without a SignerInfo.
    timestamp_token_no_signer()
        "the timestamp token has no signer",
        "het tijdstempeltoken heeft geen ondertekenaar",
        "das Zeitstempel-Token hat keinen Unterzeichner",
        "le jeton d'horodatage n'a pas de signataire";
    /// A timestamp token whose TSTInfo cannot be read.
    timestamp_token_tst_info_malformed()
        "the timestamp token has a malformed TSTInfo",
        "het tijdstempeltoken heeft een misvormde TSTInfo",
        "das Zeitstempel-Token hat ein fehlerhaftes TSTInfo",
        "le jeton d'horodatage a un TSTInfo mal formé";
    /// A timestamp token that uses a hash function Keurmerk does not know.
    timestamp_token_hash_unknown()
        "the timestamp token uses a hash this verifier does not know",
        "het tijdstempeltoken gebruikt een hashfunctie die deze verifier niet kent",
        "das Zeitstempel-Token verwendet eine Hashfunktion, die dieser Verifier nicht kennt",
        "le jeton d'horodatage utilise une fonction de hachage que ce vérificateur ne connaît pas";
    /// A timestamp token that stamps something other than the seal's signature.
    timestamp_token_other_data()
        "the timestamp token stamps other data: its imprint is not the hash of the seal's signature",
        "het tijdstempeltoken stempelt andere gegevens: zijn imprint is niet de hash van de handtekening van het zegel",
        "das Zeitstempel-Token stempelt andere Daten: sein Imprint ist nicht der Hash der Signatur des Siegels",
        "le jeton d'horodatage horodate d'autres données\u{a0}: son empreinte n'est pas le hachage de la signature du cachet";
    /// A timestamp token without `genTime`.
    timestamp_token_no_gen_time()
        "the timestamp token has no genTime",
        "het tijdstempeltoken heeft geen genTime",
        "das Zeitstempel-Token hat keine genTime",
        "le jeton d'horodatage n'a pas de genTime";
    /// A timestamp token whose `genTime` cannot be read.
    timestamp_token_gen_time_unreadable()
        "the timestamp token has an unreadable genTime",
        "het tijdstempeltoken heeft een onleesbare genTime",
        "das Zeitstempel-Token hat eine unlesbare genTime",
        "le jeton d'horodatage a un genTime illisible";
    /// A timestamp token whose SignerInfo cannot be read.
    timestamp_token_signer_info_malformed()
        "the timestamp token has a malformed SignerInfo",
        "het tijdstempeltoken heeft een misvormde SignerInfo",
        "das Zeitstempel-Token hat ein fehlerhaftes SignerInfo",
        "le jeton d'horodatage a un SignerInfo mal formé";
    /// A timestamp token without signed attributes.
    timestamp_token_no_signed_attributes()
        "the timestamp token has no signed attributes",
        "het tijdstempeltoken heeft geen ondertekende attributen",
        "das Zeitstempel-Token hat keine signierten Attribute",
        "le jeton d'horodatage n'a pas d'attributs signés";
    /// A timestamp token whose `messageDigest` is not the hash of its TSTInfo.
    timestamp_token_other_tst_info()
        "the timestamp token signs another TSTInfo (messageDigest)",
        "het tijdstempeltoken ondertekent een andere TSTInfo (messageDigest)",
        "das Zeitstempel-Token signiert ein anderes TSTInfo (messageDigest)",
        "le jeton d'horodatage signe un autre TSTInfo (messageDigest)";
    /// A timestamp signed with an algorithm Keurmerk does not check.
    timestamp_algorithm_unsupported()
        "the timestamp is signed with an algorithm this verifier does not check",
        "het tijdstempel is ondertekend met een algoritme dat deze verifier niet controleert",
        "der Zeitstempel ist mit einem Algorithmus signiert, den dieser Verifier nicht prüft",
        "l'horodatage est signé avec un algorithme que ce vérificateur ne contrôle pas";
    /// A timestamp token whose signer certificate is not among those it carries.
    timestamp_token_signer_missing()
        "the timestamp token names a signer certificate it does not carry",
        "het tijdstempeltoken noemt een certificaat van de ondertekenaar dat het niet bevat",
        "das Zeitstempel-Token nennt ein Unterzeichnerzertifikat, das es nicht enthält",
        "le jeton d'horodatage désigne un certificat de signataire qu'il ne contient pas";
    /// A timestamp token whose signed attributes cannot be read.
    timestamp_token_attributes_malformed()
        "the timestamp token has malformed attributes",
        "het tijdstempeltoken heeft misvormde attributen",
        "das Zeitstempel-Token hat fehlerhafte Attribute",
        "le jeton d'horodatage a des attributs mal formés";
    /// A timestamp token whose `messageDigest` cannot be read.
    timestamp_token_message_digest_malformed()
        "the timestamp token has a malformed messageDigest",
        "het tijdstempeltoken heeft een misvormde messageDigest",
        "das Zeitstempel-Token hat einen fehlerhaften messageDigest",
        "le jeton d'horodatage a un messageDigest mal formé";
    /// A timestamp token without `messageDigest`.
    timestamp_token_no_message_digest()
        "the timestamp token has no messageDigest",
        "het tijdstempeltoken heeft geen messageDigest",
        "das Zeitstempel-Token hat keinen messageDigest",
        "le jeton d'horodatage n'a pas de messageDigest";

    // ── proof/ocsp.rs ──
    /// An embedded OCSP response over the size limit.
    ocsp_response_too_large(limit)
        "the embedded OCSP response is over MAX_RESPONSE_BYTES ({limit})",
        "het ingebedde OCSP-antwoord is groter dan MAX_RESPONSE_BYTES ({limit})",
        "die eingebettete OCSP-Antwort überschreitet MAX_RESPONSE_BYTES ({limit})",
        "la réponse OCSP intégrée dépasse MAX_RESPONSE_BYTES ({limit})";
    /// An embedded OCSP response that cannot be read.
    ocsp_response_malformed()
        "the embedded OCSP response is malformed",
        "het ingebedde OCSP-antwoord is misvormd",
        "die eingebettete OCSP-Antwort ist fehlerhaft",
        "la réponse OCSP intégrée est mal formée";
    /// An embedded OCSP response whose status is not `successful`.
    ocsp_response_not_successful()
        "the embedded OCSP response is not successful",
        "het ingebedde OCSP-antwoord heeft niet de status successful",
        "die eingebettete OCSP-Antwort hat nicht den Status successful",
        "la réponse OCSP intégrée n'a pas le statut successful";
    /// An embedded OCSP response that is not a basic OCSP response.
    ocsp_response_not_basic()
        "the embedded OCSP response is not a basic OCSP response",
        "het ingebedde OCSP-antwoord is geen basic OCSP-antwoord",
        "die eingebettete OCSP-Antwort ist keine Basic-OCSP-Antwort",
        "la réponse OCSP intégrée n'est pas une réponse OCSP basic";
    /// An embedded OCSP response whose signature cannot be read.
    ocsp_response_signature_malformed()
        "the embedded OCSP response has a malformed signature",
        "het ingebedde OCSP-antwoord heeft een misvormde handtekening",
        "die eingebettete OCSP-Antwort hat eine fehlerhafte Signatur",
        "la réponse OCSP intégrée a une signature mal formée";
    /// An embedded OCSP response whose ResponseData cannot be read.
    ocsp_response_data_malformed()
        "the embedded OCSP response has malformed response data",
        "het ingebedde OCSP-antwoord heeft misvormde antwoordgegevens",
        "die eingebettete OCSP-Antwort hat fehlerhafte Antwortdaten",
        "la réponse OCSP intégrée a des données de réponse mal formées";
    /// An embedded OCSP response that names no responder.
    ocsp_response_no_responder()
        "the embedded OCSP response names no responder",
        "het ingebedde OCSP-antwoord noemt geen responder",
        "die eingebettete OCSP-Antwort nennt keinen Responder",
        "la réponse OCSP intégrée ne nomme aucun répondeur";
    /// An embedded OCSP response whose `producedAt` cannot be read.
    ocsp_response_produced_at_unreadable()
        "the embedded OCSP response has an unreadable producedAt",
        "het ingebedde OCSP-antwoord heeft een onleesbare producedAt",
        "die eingebettete OCSP-Antwort hat ein unlesbares producedAt",
        "la réponse OCSP intégrée a un producedAt illisible";
    /// An embedded OCSP response whose `revocationTime` cannot be read.
    ocsp_response_revocation_time_unreadable()
        "the embedded OCSP response has an unreadable revocationTime",
        "het ingebedde OCSP-antwoord heeft een onleesbare revocationTime",
        "die eingebettete OCSP-Antwort hat eine unlesbare revocationTime",
        "la réponse OCSP intégrée a un revocationTime illisible";
    /// An embedded OCSP response about another certificate than the seal's.
    ocsp_response_other_certificate()
        "the embedded OCSP response is about another certificate",
        "het ingebedde OCSP-antwoord gaat over een ander certificaat",
        "die eingebettete OCSP-Antwort betrifft ein anderes Zertifikat",
        "la réponse OCSP intégrée porte sur un autre certificat";
    /// An embedded OCSP response signed by neither the CA nor a responder it issued.
    ocsp_response_signer_unknown()
        "the embedded OCSP response is signed by no certificate the seal certificate's CA stands behind",
        "het ingebedde OCSP-antwoord is ondertekend door geen enkel certificaat waar de CA van het zegelcertificaat achter staat",
        "die eingebettete OCSP-Antwort ist von keinem Zertifikat signiert, für das die CA des Siegelzertifikats einsteht",
        "la réponse OCSP intégrée n'est signée par aucun certificat que garantit l'AC du certificat de cachet";

    // ── proof/seal_time.rs ──
    /// The seal's signature timestamp is not base64.
    seal_stamp_not_base64()
        "the signature timestamp is not base64",
        "het handtekeningtijdstempel is geen base64",
        "der Signaturzeitstempel ist kein base64",
        "l'horodatage de signature n'est pas en base64";
    /// The seal does not carry the CA of its certificate (to check an OCSP response with).
    seal_ca_not_carried()
        "the seal does not carry its certificate's CA",
        "het zegel bevat de CA van zijn certificaat niet",
        "das Siegel enthält die CA seines Zertifikats nicht",
        "le cachet ne contient pas l'AC de son certificat";
    /// A signature timestamp that verifies, from a qualified time-stamping service.
    seal_stamp_qualified(tsa, at)
        "a signature timestamp from {tsa} at {at:time} verifies, from a qualified time-stamping service on a loaded trusted list: it proves when the seal was made",
        "een handtekeningtijdstempel van {tsa} op {at:time} is geldig en komt van een gekwalificeerde tijdstempeldienst op een geladen vertrouwenslijst: het bewijst wanneer het zegel is gezet",
        "ein Signaturzeitstempel von {tsa} vom {at:time} ist gültig und stammt von einem qualifizierten Zeitstempeldienst auf einer geladenen Vertrauensliste: er beweist, wann das Siegel angebracht wurde",
        "un horodatage de signature de {tsa} du {at:time} est valide et provient d'un service d'horodatage qualifié d'une liste de confiance chargée\u{a0}: il prouve quand le cachet a été apposé";
    /// A signature timestamp that verifies, from an authority no loaded list qualifies.
    seal_stamp_not_qualified(tsa, at)
        "a signature timestamp from {tsa} at {at:time} verifies, but that authority is not a qualified time-stamping service on any loaded trusted list: it does not prove when the seal was made",
        "een handtekeningtijdstempel van {tsa} op {at:time} is geldig, maar die instantie is op geen enkele geladen vertrouwenslijst een gekwalificeerde tijdstempeldienst: het bewijst niet wanneer het zegel is gezet",
        "ein Signaturzeitstempel von {tsa} vom {at:time} ist gültig, aber diese Stelle ist auf keiner geladenen Vertrauensliste ein qualifizierter Zeitstempeldienst: er beweist nicht, wann das Siegel angebracht wurde",
        "un horodatage de signature de {tsa} du {at:time} est valide, mais cette autorité n'est un service d'horodatage qualifié sur aucune liste de confiance chargée\u{a0}: il ne prouve pas quand le cachet a été apposé";
    /// A signature timestamp that does not verify (why: the line after it).
    seal_stamp_invalid()
        "the signature timestamp does not verify",
        "het handtekeningtijdstempel is ongeldig",
        "der Signaturzeitstempel ist ungültig",
        "l'horodatage de signature n'est pas valide";
    /// A seal without a signature timestamp.
    seal_stamp_none()
        "the seal has no signature timestamp (sigTst)",
        "het zegel heeft geen handtekeningtijdstempel (sigTst)",
        "das Siegel hat keinen Signaturzeitstempel (sigTst)",
        "le cachet n'a pas d'horodatage de signature (sigTst)";
    /// A seal without an embedded OCSP response.
    seal_ocsp_none()
        "the seal embeds no OCSP response about its certificate (rVals)",
        "het zegel bevat geen OCSP-antwoord over zijn certificaat (rVals)",
        "das Siegel enthält keine OCSP-Antwort zu seinem Zertifikat (rVals)",
        "le cachet n'intègre aucune réponse OCSP sur son certificat (rVals)";
    /// Embedded revocation data that could not be checked (why: the line after it).
    seal_ocsp_unchecked()
        "the embedded revocation data is not checked",
        "de ingebedde intrekkingsgegevens zijn niet gecontroleerd",
        "die eingebetteten Widerrufsdaten sind nicht geprüft",
        "les données de révocation intégrées ne sont pas vérifiées";
    /// The embedded OCSP response says the certificate was not revoked.
    seal_ocsp_good(produced, responder)
        "the OCSP response embedded in the seal, produced {produced:time} by {responder}, says the certificate was not revoked then",
        "het OCSP-antwoord in het zegel, op {produced:time} opgesteld door {responder}, zegt dat het certificaat toen niet was ingetrokken",
        "die im Siegel eingebettete OCSP-Antwort, am {produced:time} erstellt von {responder}, besagt, dass das Zertifikat damals nicht widerrufen war",
        "la réponse OCSP intégrée au cachet, produite le {produced:time} par {responder}, indique que le certificat n'était alors pas révoqué";
    /// The embedded OCSP response does not know the certificate.
    seal_ocsp_unknown(produced, responder)
        "the OCSP response embedded in the seal, produced {produced:time} by {responder}, does not know the certificate",
        "het OCSP-antwoord in het zegel, op {produced:time} opgesteld door {responder}, kent het certificaat niet",
        "die im Siegel eingebettete OCSP-Antwort, am {produced:time} erstellt von {responder}, kennt das Zertifikat nicht",
        "la réponse OCSP intégrée au cachet, produite le {produced:time} par {responder}, ne connaît pas le certificat";
    /// The embedded OCSP response says the certificate was revoked.
    seal_ocsp_revoked(produced, responder, revoked)
        "the OCSP response embedded in the seal, produced {produced:time} by {responder}, says the certificate was revoked on {revoked:time}",
        "het OCSP-antwoord in het zegel, op {produced:time} opgesteld door {responder}, zegt dat het certificaat op {revoked:time} is ingetrokken",
        "die im Siegel eingebettete OCSP-Antwort, am {produced:time} erstellt von {responder}, besagt, dass das Zertifikat am {revoked:time} widerrufen wurde",
        "la réponse OCSP intégrée au cachet, produite le {produced:time} par {responder}, indique que le certificat a été révoqué le {revoked:time}";
    /// Valid now and at the time of the signature timestamp.
    seal_time_valid_stamped(from, until, at)
        "the seal certificate is valid from {from:time} to {until:time}; checked at its signature timestamp's time, {at:time}",
        "het zegelcertificaat is geldig van {from:time} tot {until:time}; gecontroleerd op het tijdstip van zijn handtekeningtijdstempel, {at:time}",
        "das Siegelzertifikat ist gültig vom {from:time} bis {until:time}; geprüft zum Zeitpunkt seines Signaturzeitstempels, {at:time}",
        "le certificat de cachet est valide du {from:time} au {until:time}\u{a0}; vérifié à l'heure de son horodatage de signature, le {at:time}";
    /// Valid now and at the signing time the sealer claims.
    seal_time_valid_claimed(from, until, at)
        "the seal certificate is valid from {from:time} to {until:time}; checked at {at:time}, the sealer's own claim (sigT)",
        "het zegelcertificaat is geldig van {from:time} tot {until:time}; gecontroleerd op {at:time}, wat de verzegelaar zelf opgeeft (sigT)",
        "das Siegelzertifikat ist gültig vom {from:time} bis {until:time}; geprüft zum {at:time}, der eigenen Angabe des Siegelerstellers (sigT)",
        "le certificat de cachet est valide du {from:time} au {until:time}\u{a0}; vérifié au {at:time}, selon la seule déclaration du créateur du cachet (sigT)";
    /// Valid now; no signing time stated.
    seal_time_valid_unstated(from, until)
        "the seal certificate is valid from {from:time} to {until:time}; checked at no signing time stated (sigT)",
        "het zegelcertificaat is geldig van {from:time} tot {until:time}; er is geen ondertekeningstijdstip vermeld om op te controleren (sigT)",
        "das Siegelzertifikat ist gültig vom {from:time} bis {until:time}; kein Signaturzeitpunkt angegeben, zu dem es zu prüfen wäre (sigT)",
        "le certificat de cachet est valide du {from:time} au {until:time}\u{a0}; aucune heure de signature n'est indiquée pour le vérifier (sigT)";
    /// Valid now, but not at the time of the signature timestamp.
    seal_time_outside_stamped(from, until, at)
        "the seal certificate is valid from {from:time} to {until:time}, and the signing time (its signature timestamp's time, {at:time}) is outside it",
        "het zegelcertificaat is geldig van {from:time} tot {until:time}, en het ondertekeningstijdstip (dat van zijn handtekeningtijdstempel, {at:time}) valt daarbuiten",
        "das Siegelzertifikat ist gültig vom {from:time} bis {until:time}, und der Signaturzeitpunkt (der seines Signaturzeitstempels, {at:time}) liegt außerhalb",
        "le certificat de cachet est valide du {from:time} au {until:time}, et l'heure de signature (celle de son horodatage de signature, le {at:time}) est en dehors";
    /// Valid now, but not at the signing time the sealer claims.
    seal_time_outside_claimed(from, until, at)
        "the seal certificate is valid from {from:time} to {until:time}, and the signing time ({at:time}, the sealer's own claim (sigT)) is outside it",
        "het zegelcertificaat is geldig van {from:time} tot {until:time}, en het ondertekeningstijdstip ({at:time}, wat de verzegelaar zelf opgeeft (sigT)) valt daarbuiten",
        "das Siegelzertifikat ist gültig vom {from:time} bis {until:time}, und der Signaturzeitpunkt ({at:time}, die eigene Angabe des Siegelerstellers (sigT)) liegt außerhalb",
        "le certificat de cachet est valide du {from:time} au {until:time}, et l'heure de signature ({at:time}, selon la seule déclaration du créateur du cachet (sigT)) est en dehors";
    /// Expired since, but valid and not revoked when a qualified timestamp proves the seal made.
    seal_time_valid_since_expired(from, until, at)
        "the seal certificate is valid from {from:time} to {until:time}; a qualified timestamp proves the seal was made at its signature timestamp's time, {at:time}, and the certificate was valid and not revoked then; it has expired since",
        "het zegelcertificaat is geldig van {from:time} tot {until:time}; een gekwalificeerd tijdstempel bewijst dat het zegel is gezet op het tijdstip van zijn handtekeningtijdstempel, {at:time}, en dat het certificaat toen geldig en niet ingetrokken was; het is sindsdien verlopen",
        "das Siegelzertifikat ist gültig vom {from:time} bis {until:time}; ein qualifizierter Zeitstempel beweist, dass das Siegel zum Zeitpunkt seines Signaturzeitstempels, {at:time}, angebracht wurde und das Zertifikat damals gültig und nicht widerrufen war; es ist seither abgelaufen",
        "le certificat de cachet est valide du {from:time} au {until:time}\u{a0}; un horodatage qualifié prouve que le cachet a été apposé à l'heure de son horodatage de signature, le {at:time}, et que le certificat était alors valide et non révoqué\u{a0}; il a expiré depuis";
    /// Revoked, and no qualified timestamp proves the seal older than the revocation.
    seal_time_revoked(revoked)
        "the seal certificate was revoked on {revoked:time}, and no qualified timestamp proves the seal older",
        "het zegelcertificaat is op {revoked:time} ingetrokken, en geen gekwalificeerd tijdstempel bewijst dat het zegel ouder is",
        "das Siegelzertifikat wurde am {revoked:time} widerrufen, und kein qualifizierter Zeitstempel beweist, dass das Siegel älter ist",
        "le certificat de cachet a été révoqué le {revoked:time}, et aucun horodatage qualifié ne prouve que le cachet est antérieur";
    /// Expired; signed at the time of a signature timestamp that no qualified service made.
    seal_time_expired_stamped(until, at)
        "the seal certificate expired on {until:time}; signing time: its signature timestamp's time, {at:time}; no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
        "het zegelcertificaat is op {until:time} verlopen; ondertekeningstijdstip: dat van zijn handtekeningtijdstempel, {at:time}; geen tijdstempel van een gekwalificeerde tijdstempeldienst bewijst wanneer het zegel is gezet (ETSI EN 319 102-1: geen bewijs van bestaan)",
        "das Siegelzertifikat ist am {until:time} abgelaufen; Signaturzeitpunkt: der seines Signaturzeitstempels, {at:time}; kein Zeitstempel eines qualifizierten Zeitstempeldienstes beweist, wann das Siegel angebracht wurde (ETSI EN 319 102-1: kein Existenznachweis)",
        "le certificat de cachet a expiré le {until:time}\u{a0}; heure de signature\u{a0}: celle de son horodatage de signature, le {at:time}\u{a0}; aucun horodatage d'un service d'horodatage qualifié ne prouve quand le cachet a été apposé (ETSI EN 319 102-1\u{a0}: pas de preuve d'existence)";
    /// Expired; signed when the sealer claims, which nothing proves.
    seal_time_expired_claimed(until, at)
        "the seal certificate expired on {until:time}; signing time: {at:time}, the sealer's own claim (sigT); no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
        "het zegelcertificaat is op {until:time} verlopen; ondertekeningstijdstip: {at:time}, wat de verzegelaar zelf opgeeft (sigT); geen tijdstempel van een gekwalificeerde tijdstempeldienst bewijst wanneer het zegel is gezet (ETSI EN 319 102-1: geen bewijs van bestaan)",
        "das Siegelzertifikat ist am {until:time} abgelaufen; Signaturzeitpunkt: {at:time}, die eigene Angabe des Siegelerstellers (sigT); kein Zeitstempel eines qualifizierten Zeitstempeldienstes beweist, wann das Siegel angebracht wurde (ETSI EN 319 102-1: kein Existenznachweis)",
        "le certificat de cachet a expiré le {until:time}\u{a0}; heure de signature\u{a0}: le {at:time}, selon la seule déclaration du créateur du cachet (sigT)\u{a0}; aucun horodatage d'un service d'horodatage qualifié ne prouve quand le cachet a été apposé (ETSI EN 319 102-1\u{a0}: pas de preuve d'existence)";
    /// Expired; no signing time stated.
    seal_time_expired_unstated(until)
        "the seal certificate expired on {until:time}; signing time: no signing time stated (sigT); no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
        "het zegelcertificaat is op {until:time} verlopen; ondertekeningstijdstip: niet vermeld (sigT); geen tijdstempel van een gekwalificeerde tijdstempeldienst bewijst wanneer het zegel is gezet (ETSI EN 319 102-1: geen bewijs van bestaan)",
        "das Siegelzertifikat ist am {until:time} abgelaufen; Signaturzeitpunkt: nicht angegeben (sigT); kein Zeitstempel eines qualifizierten Zeitstempeldienstes beweist, wann das Siegel angebracht wurde (ETSI EN 319 102-1: kein Existenznachweis)",
        "le certificat de cachet a expiré le {until:time}\u{a0}; heure de signature\u{a0}: non indiquée (sigT)\u{a0}; aucun horodatage d'un service d'horodatage qualifié ne prouve quand le cachet a été apposé (ETSI EN 319 102-1\u{a0}: pas de preuve d'existence)";
    /// Expired; a qualified timestamp proves when, but nothing that it was not revoked then.
    seal_time_expired_no_ocsp(until, at)
        "the seal certificate expired on {until:time}; signing time: its signature timestamp's time, {at:time}; a qualified timestamp proves when the seal was made, but no embedded revocation data shows the certificate was not revoked then",
        "het zegelcertificaat is op {until:time} verlopen; ondertekeningstijdstip: dat van zijn handtekeningtijdstempel, {at:time}; een gekwalificeerd tijdstempel bewijst wanneer het zegel is gezet, maar geen ingebedde intrekkingsgegevens tonen aan dat het certificaat toen niet was ingetrokken",
        "das Siegelzertifikat ist am {until:time} abgelaufen; Signaturzeitpunkt: der seines Signaturzeitstempels, {at:time}; ein qualifizierter Zeitstempel beweist, wann das Siegel angebracht wurde, aber keine eingebetteten Widerrufsdaten zeigen, dass das Zertifikat damals nicht widerrufen war",
        "le certificat de cachet a expiré le {until:time}\u{a0}; heure de signature\u{a0}: celle de son horodatage de signature, le {at:time}\u{a0}; un horodatage qualifié prouve quand le cachet a été apposé, mais aucune donnée de révocation intégrée ne montre que le certificat n'était alors pas révoqué";
    /// Expired; a qualified timestamp proves the seal made outside the certificate's validity.
    seal_time_expired_proven_outside(until, at)
        "the seal certificate expired on {until:time}; signing time: its signature timestamp's time, {at:time}; a qualified timestamp proves when the seal was made, outside the certificate's validity",
        "het zegelcertificaat is op {until:time} verlopen; ondertekeningstijdstip: dat van zijn handtekeningtijdstempel, {at:time}; een gekwalificeerd tijdstempel bewijst wanneer het zegel is gezet: buiten de geldigheid van het certificaat",
        "das Siegelzertifikat ist am {until:time} abgelaufen; Signaturzeitpunkt: der seines Signaturzeitstempels, {at:time}; ein qualifizierter Zeitstempel beweist, wann das Siegel angebracht wurde: außerhalb der Gültigkeit des Zertifikats",
        "le certificat de cachet a expiré le {until:time}\u{a0}; heure de signature\u{a0}: celle de son horodatage de signature, le {at:time}\u{a0}; un horodatage qualifié prouve quand le cachet a été apposé\u{a0}: hors de la validité du certificat";
    /// Not valid yet; signed at the time of a signature timestamp that no qualified service made.
    seal_time_early_stamped(from, at)
        "the seal certificate is not valid before {from:time}; signing time: its signature timestamp's time, {at:time}; no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
        "het zegelcertificaat is pas geldig vanaf {from:time}; ondertekeningstijdstip: dat van zijn handtekeningtijdstempel, {at:time}; geen tijdstempel van een gekwalificeerde tijdstempeldienst bewijst wanneer het zegel is gezet (ETSI EN 319 102-1: geen bewijs van bestaan)",
        "das Siegelzertifikat ist erst ab {from:time} gültig; Signaturzeitpunkt: der seines Signaturzeitstempels, {at:time}; kein Zeitstempel eines qualifizierten Zeitstempeldienstes beweist, wann das Siegel angebracht wurde (ETSI EN 319 102-1: kein Existenznachweis)",
        "le certificat de cachet n'est valide qu'à partir du {from:time}\u{a0}; heure de signature\u{a0}: celle de son horodatage de signature, le {at:time}\u{a0}; aucun horodatage d'un service d'horodatage qualifié ne prouve quand le cachet a été apposé (ETSI EN 319 102-1\u{a0}: pas de preuve d'existence)";
    /// Not valid yet; signed when the sealer claims, which nothing proves.
    seal_time_early_claimed(from, at)
        "the seal certificate is not valid before {from:time}; signing time: {at:time}, the sealer's own claim (sigT); no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
        "het zegelcertificaat is pas geldig vanaf {from:time}; ondertekeningstijdstip: {at:time}, wat de verzegelaar zelf opgeeft (sigT); geen tijdstempel van een gekwalificeerde tijdstempeldienst bewijst wanneer het zegel is gezet (ETSI EN 319 102-1: geen bewijs van bestaan)",
        "das Siegelzertifikat ist erst ab {from:time} gültig; Signaturzeitpunkt: {at:time}, die eigene Angabe des Siegelerstellers (sigT); kein Zeitstempel eines qualifizierten Zeitstempeldienstes beweist, wann das Siegel angebracht wurde (ETSI EN 319 102-1: kein Existenznachweis)",
        "le certificat de cachet n'est valide qu'à partir du {from:time}\u{a0}; heure de signature\u{a0}: le {at:time}, selon la seule déclaration du créateur du cachet (sigT)\u{a0}; aucun horodatage d'un service d'horodatage qualifié ne prouve quand le cachet a été apposé (ETSI EN 319 102-1\u{a0}: pas de preuve d'existence)";
    /// Not valid yet; no signing time stated.
    seal_time_early_unstated(from)
        "the seal certificate is not valid before {from:time}; signing time: no signing time stated (sigT); no timestamp from a qualified time-stamping service proves when the seal was made (ETSI EN 319 102-1: no proof of existence)",
        "het zegelcertificaat is pas geldig vanaf {from:time}; ondertekeningstijdstip: niet vermeld (sigT); geen tijdstempel van een gekwalificeerde tijdstempeldienst bewijst wanneer het zegel is gezet (ETSI EN 319 102-1: geen bewijs van bestaan)",
        "das Siegelzertifikat ist erst ab {from:time} gültig; Signaturzeitpunkt: nicht angegeben (sigT); kein Zeitstempel eines qualifizierten Zeitstempeldienstes beweist, wann das Siegel angebracht wurde (ETSI EN 319 102-1: kein Existenznachweis)",
        "le certificat de cachet n'est valide qu'à partir du {from:time}\u{a0}; heure de signature\u{a0}: non indiquée (sigT)\u{a0}; aucun horodatage d'un service d'horodatage qualifié ne prouve quand le cachet a été apposé (ETSI EN 319 102-1\u{a0}: pas de preuve d'existence)";
    /// Not valid yet; a qualified timestamp proves when, but nothing that it was not revoked then.
    seal_time_early_no_ocsp(from, at)
        "the seal certificate is not valid before {from:time}; signing time: its signature timestamp's time, {at:time}; a qualified timestamp proves when the seal was made, but no embedded revocation data shows the certificate was not revoked then",
        "het zegelcertificaat is pas geldig vanaf {from:time}; ondertekeningstijdstip: dat van zijn handtekeningtijdstempel, {at:time}; een gekwalificeerd tijdstempel bewijst wanneer het zegel is gezet, maar geen ingebedde intrekkingsgegevens tonen aan dat het certificaat toen niet was ingetrokken",
        "das Siegelzertifikat ist erst ab {from:time} gültig; Signaturzeitpunkt: der seines Signaturzeitstempels, {at:time}; ein qualifizierter Zeitstempel beweist, wann das Siegel angebracht wurde, aber keine eingebetteten Widerrufsdaten zeigen, dass das Zertifikat damals nicht widerrufen war",
        "le certificat de cachet n'est valide qu'à partir du {from:time}\u{a0}; heure de signature\u{a0}: celle de son horodatage de signature, le {at:time}\u{a0}; un horodatage qualifié prouve quand le cachet a été apposé, mais aucune donnée de révocation intégrée ne montre que le certificat n'était alors pas révoqué";
    /// Not valid yet; a qualified timestamp proves the seal made outside the certificate's validity.
    seal_time_early_proven_outside(from, at)
        "the seal certificate is not valid before {from:time}; signing time: its signature timestamp's time, {at:time}; a qualified timestamp proves when the seal was made, outside the certificate's validity",
        "het zegelcertificaat is pas geldig vanaf {from:time}; ondertekeningstijdstip: dat van zijn handtekeningtijdstempel, {at:time}; een gekwalificeerd tijdstempel bewijst wanneer het zegel is gezet: buiten de geldigheid van het certificaat",
        "das Siegelzertifikat ist erst ab {from:time} gültig; Signaturzeitpunkt: der seines Signaturzeitstempels, {at:time}; ein qualifizierter Zeitstempel beweist, wann das Siegel angebracht wurde: außerhalb der Gültigkeit des Zertifikats",
        "le certificat de cachet n'est valide qu'à partir du {from:time}\u{a0}; heure de signature\u{a0}: celle de son horodatage de signature, le {at:time}\u{a0}; un horodatage qualifié prouve quand le cachet a été apposé\u{a0}: hors de la validité du certificat";

    // ── trust/seal.rs ──
    /// Trust lists are consulted only for a seal that verified.
    seal_trust_needs_seal()
        "only a seal that verifies is looked up in trust lists",
        "alleen een geldig zegel wordt in vertrouwenslijsten opgezocht",
        "nur ein gültiges Siegel wird in Vertrauenslisten nachgeschlagen",
        "seul un cachet valide est recherché dans les listes de confiance";
    /// No EU trusted-list data was loaded.
    seal_trust_no_lists()
        "no EU trusted-list data loaded: whether the seal's certificate authority is a qualified trust service on an EU trusted list was not checked",
        "geen gegevens uit EU-vertrouwenslijsten geladen: of de certificaatautoriteit van het zegel een gekwalificeerde vertrouwensdienst op een EU-vertrouwenslijst is, is niet gecontroleerd",
        "keine Daten aus EU-Vertrauenslisten geladen: ob die Zertifizierungsstelle des Siegels ein qualifizierter Vertrauensdienst auf einer EU-Vertrauensliste ist, wurde nicht geprüft",
        "aucune donnée de liste de confiance de l'UE chargée\u{a0}: il n'a pas été vérifié si l'autorité de certification du cachet est un service de confiance qualifié d'une liste de confiance de l'UE";
    /// The CA that issued the seal certificate is on no loaded list.
    seal_ca_not_listed(issuer)
        "the seal certificate's issuer ({issuer}) is not a qualified CA for electronic seals on any loaded EU trusted list, or the seal does not carry its certificate",
        "de uitgever van het zegelcertificaat ({issuer}) is op geen enkele geladen EU-vertrouwenslijst een gekwalificeerde CA voor elektronische zegels, of het zegel bevat diens certificaat niet",
        "der Aussteller des Siegelzertifikats ({issuer}) ist auf keiner geladenen EU-Vertrauensliste eine qualifizierte CA für elektronische Siegel, oder das Siegel enthält dessen Zertifikat nicht",
        "l'émetteur du certificat de cachet ({issuer}) n'est une AC qualifiée pour les cachets électroniques sur aucune liste de confiance de l'UE chargée, ou le cachet ne contient pas son certificat";
    /// A seal without a certificate.
    seal_trust_no_certificate()
        "the seal carries no certificate",
        "het zegel bevat geen certificaat",
        "das Siegel enthält kein Zertifikat",
        "le cachet ne contient aucun certificat";
    /// A listed service's key did not make the certificate's signature (why: the line after it).
    seal_ca_unproven(service, provider, territory, sequence, issued, list)
        "the certificate is not shown to be issued by {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list}",
        "er is niet aangetoond dat het certificaat is uitgegeven door {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list}",
        "es ist nicht nachgewiesen, dass das Zertifikat ausgestellt wurde von {service} des Anbieters {provider}, einem qualifizierten Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert",
        "il n'est pas établi que le certificat a été émis par {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list}";
    /// The seal certificate's CA, granted at the time that counts (which: the line after it).
    seal_ca_granted(service, provider, territory, sequence, issued, list, at)
        "granted: the seal certificate was issued by {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list}; status at {at:time}",
        "toegekend: het zegelcertificaat is uitgegeven door {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list}; status op {at:time}",
        "erteilt: das Siegelzertifikat wurde ausgestellt von {service} des Anbieters {provider}, einem qualifizierten Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert; Status am {at:time}",
        "accordé\u{a0}: le certificat de cachet a été émis par {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list}\u{a0}; statut au {at:time}";
    /// The seal certificate's CA, suspended at the time that counts.
    seal_ca_suspended(service, provider, territory, sequence, issued, list, at)
        "suspended: the seal certificate was issued by {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list}; status at {at:time}",
        "opgeschort: het zegelcertificaat is uitgegeven door {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list}; status op {at:time}",
        "ausgesetzt: das Siegelzertifikat wurde ausgestellt von {service} des Anbieters {provider}, einem qualifizierten Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert; Status am {at:time}",
        "suspendu\u{a0}: le certificat de cachet a été émis par {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list}\u{a0}; statut au {at:time}";
    /// The seal certificate's CA, withdrawn at the time that counts.
    seal_ca_withdrawn(service, provider, territory, sequence, issued, list, at)
        "withdrawn: the seal certificate was issued by {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list}; status at {at:time}",
        "ingetrokken: het zegelcertificaat is uitgegeven door {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list}; status op {at:time}",
        "zurückgezogen: das Siegelzertifikat wurde ausgestellt von {service} des Anbieters {provider}, einem qualifizierten Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert; Status am {at:time}",
        "retiré\u{a0}: le certificat de cachet a été émis par {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list}\u{a0}; statut au {at:time}";
    /// The seal certificate's CA, not yet granted at the time that counts.
    seal_ca_not_yet_granted(service, provider, territory, sequence, issued, list, at)
        "not yet granted: the seal certificate was issued by {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list}; status at {at:time}",
        "nog niet toegekend: het zegelcertificaat is uitgegeven door {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list}; status op {at:time}",
        "noch nicht erteilt: das Siegelzertifikat wurde ausgestellt von {service} des Anbieters {provider}, einem qualifizierten Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert; Status am {at:time}",
        "pas encore accordé\u{a0}: le certificat de cachet a été émis par {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list}\u{a0}; statut au {at:time}";
    /// The status counts at the time a qualified timestamp proves.
    seal_tsa_proves(tsa, service, provider, territory, sequence, issued, list)
        "the time a signature timestamp from {tsa} proves, {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list} (granted then)",
        "het tijdstip dat een handtekeningtijdstempel van {tsa} bewijst, {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list} (toen toegekend)",
        "der Zeitpunkt, den ein Signaturzeitstempel von {tsa} beweist, {service} des Anbieters {provider}, ein qualifizierter Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert (damals erteilt)",
        "l'heure que prouve un horodatage de signature de {tsa}, {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list} (accordé à ce moment)";
    /// Now counts: the seal has no signature timestamp (the signing time: the line after it).
    seal_tsa_none()
        "it has no signature timestamp, so the seal is not proven older",
        "het heeft geen handtekeningtijdstempel, dus is niet bewezen dat het zegel ouder is",
        "es hat keinen Signaturzeitstempel, also ist nicht bewiesen, dass das Siegel älter ist",
        "il n'a pas d'horodatage de signature, donc rien ne prouve que le cachet est antérieur";
    /// Now counts: the timestamp's authority was listed, not granted then (the signing time: the
    /// line after it).
    #[allow(clippy::too_many_arguments)] // the timestamp's authority, and the service that names it
    seal_tsa_not_granted(tsa, service, provider, territory, sequence, issued, list, at)
        "its signature timestamp from {tsa} verifies, but {service} of {provider}, a qualified trust service on the {territory} trusted list (sequence {sequence}, issued {issued:time}), as imported into {list} was not granted at {at:time}, so the seal is not proven older",
        "zijn handtekeningtijdstempel van {tsa} is geldig, maar {service} van {provider}, een gekwalificeerde vertrouwensdienst op de {territory}-vertrouwenslijst (volgnummer {sequence}, uitgegeven {issued:time}), zoals geïmporteerd in {list}, was op {at:time} niet toegekend, dus is niet bewezen dat het zegel ouder is",
        "sein Signaturzeitstempel von {tsa} ist gültig, aber {service} des Anbieters {provider}, ein qualifizierter Vertrauensdienst auf der {territory}-Vertrauensliste (Folgenummer {sequence}, ausgegeben am {issued:time}), wie in {list} importiert, war am {at:time} nicht erteilt, also ist nicht bewiesen, dass das Siegel älter ist",
        "son horodatage de signature de {tsa} est valide, mais {service} de {provider}, un service de confiance qualifié de la liste de confiance {territory} (séquence {sequence}, émise le {issued:time}), tel qu'importé dans {list}, n'était pas accordé le {at:time}, donc rien ne prouve que le cachet est antérieur";
    /// Now counts: the timestamp's authority is on no loaded list (the signing time: the line
    /// after it).
    seal_tsa_not_qualified(tsa, at)
        "its signature timestamp from {tsa} at {at:time} verifies, but that authority is not a qualified time-stamping service on any loaded EU trusted list, so the seal is not proven older",
        "zijn handtekeningtijdstempel van {tsa} op {at:time} is geldig, maar die instantie is op geen enkele geladen EU-vertrouwenslijst een gekwalificeerde tijdstempeldienst, dus is niet bewezen dat het zegel ouder is",
        "sein Signaturzeitstempel von {tsa} vom {at:time} ist gültig, aber diese Stelle ist auf keiner geladenen EU-Vertrauensliste ein qualifizierter Zeitstempeldienst, also ist nicht bewiesen, dass das Siegel älter ist",
        "son horodatage de signature de {tsa} du {at:time} est valide, mais cette autorité n'est un service d'horodatage qualifié sur aucune liste de confiance de l'UE chargée, donc rien ne prouve que le cachet est antérieur";
    /// Now counts: the timestamp does not verify, and the sealer claims a signing time (why: the
    /// line after it).
    seal_tsa_invalid_claimed(signed)
        "its signature timestamp does not verify, so the seal is not proven older (the signing time {signed:time} is the sealer's claim)",
        "zijn handtekeningtijdstempel is ongeldig, dus is niet bewezen dat het zegel ouder is (het ondertekeningstijdstip {signed:time} geeft de verzegelaar zelf op)",
        "sein Signaturzeitstempel ist ungültig, also ist nicht bewiesen, dass das Siegel älter ist (der Signaturzeitpunkt {signed:time} ist die Angabe des Siegelerstellers)",
        "son horodatage de signature n'est pas valide, donc rien ne prouve que le cachet est antérieur (l'heure de signature {signed:time} est la déclaration du créateur du cachet)";
    /// Now counts: the timestamp does not verify, and no signing time is stated (why: the line
    /// after it).
    seal_tsa_invalid_unstated()
        "its signature timestamp does not verify, so the seal is not proven older (no signing time is stated)",
        "zijn handtekeningtijdstempel is ongeldig, dus is niet bewezen dat het zegel ouder is (er is geen ondertekeningstijdstip vermeld)",
        "sein Signaturzeitstempel ist ungültig, also ist nicht bewiesen, dass das Siegel älter ist (es ist kein Signaturzeitpunkt angegeben)",
        "son horodatage de signature n'est pas valide, donc rien ne prouve que le cachet est antérieur (aucune heure de signature n'est indiquée)";
    /// The signing time `sigT` states: the sealer's claim.
    seal_signing_time_claimed(signed)
        "the signing time {signed:time} is the sealer's claim",
        "het ondertekeningstijdstip {signed:time} geeft de verzegelaar zelf op",
        "der Signaturzeitpunkt {signed:time} ist die Angabe des Siegelerstellers",
        "l'heure de signature {signed:time} est la déclaration du créateur du cachet";
    /// No signing time (`sigT`) is stated.
    seal_signing_time_unstated()
        "no signing time is stated",
        "er is geen ondertekeningstijdstip vermeld",
        "es ist kein Signaturzeitpunkt angegeben",
        "aucune heure de signature n'est indiquée";

    // ── a seal that verified ──
    /// A seal that verified: whom its certificate names, and the proofs.
    seal_verified(sealer, proofs)
        "sealed by {sealer}; verified: {proofs}",
        "verzegeld door {sealer}; geverifieerd: {proofs}",
        "gesiegelt von {sealer}; verifiziert: {proofs}",
        "scellé par {sealer}\u{a0}; vérifié\u{a0}: {proofs}";
}
