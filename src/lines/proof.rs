//! Detail lines of Data Integrity proofs and their suites, Open Badges 2.0 assertions: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── proofs (proof/mod.rs) ──
    /// A credential with nothing to verify.
    proof_missing()
        "the credential has no proof and is not a signed token",
        "het credential heeft geen bewijs en is geen ondertekend token",
        "der Nachweis hat keinen Beweis und ist kein signiertes Token",
        "l'attestation n'a pas de preuve et n'est pas un jeton signé";
    /// More proofs than the limit.
    proof_too_many(proofs, limit)
        "{proofs} proofs; the limit MAX_PROOFS is {limit}",
        "{proofs} bewijzen; de grens MAX_PROOFS is {limit}",
        "{proofs} Beweise; die Grenze MAX_PROOFS ist {limit}",
        "{proofs} preuves\u{a0}; la limite MAX_PROOFS est {limit}";
    /// A proof that is not a JSON object.
    proof_not_object()
        "a proof is not an object",
        "een bewijs is geen object",
        "ein Beweis ist kein Objekt",
        "une preuve n'est pas un objet";
    /// A `DataIntegrityProof` without its `cryptosuite`.
    proof_no_cryptosuite()
        "a DataIntegrityProof without cryptosuite",
        "een DataIntegrityProof zonder cryptosuite",
        "ein DataIntegrityProof ohne cryptosuite",
        "une DataIntegrityProof sans cryptosuite";
    /// A proof without `type`.
    proof_no_type()
        "a proof without type",
        "een bewijs zonder type",
        "ein Beweis ohne type",
        "une preuve sans type";
    /// A proof without a member it needs (`proofPurpose`, `verificationMethod`, the suite's
    /// signature member).
    proof_member_missing(member)
        "the proof has no {member}",
        "het bewijs heeft geen {member}",
        "im Beweis fehlt {member}",
        "la preuve n'a pas de {member}";
    /// A suite that signs with no algorithm of the key's type (the key's type and id).
    proof_suite_key_mismatch(suite, key_type, key)
        "{suite} does not sign with a {key_type} key ({key})",
        "{suite} ondertekent niet met een {key_type}-sleutel ({key})",
        "{suite} signiert nicht mit einem {key_type}-Schlüssel ({key})",
        "{suite} ne signe pas avec une clé {key_type} ({key})";
    /// A `proofPurpose` other than `assertionMethod` (quoted).
    proof_purpose_not_assertion(purpose)
        "proofPurpose is {purpose}; issuing a credential needs assertionMethod",
        "proofPurpose is {purpose}; voor het uitgeven van een credential is assertionMethod nodig",
        "proofPurpose ist {purpose}; zum Ausstellen eines Nachweises ist assertionMethod nötig",
        "proofPurpose vaut {purpose}\u{a0}; émettre une attestation exige assertionMethod";
    /// A `verificationMethod` that is neither a URL nor a DID (quoted).
    proof_method_not_url(method)
        "verificationMethod {method} is not a URL or DID",
        "verificationMethod {method} is geen URL of DID",
        "verificationMethod {method} ist weder eine URL noch eine DID",
        "verificationMethod {method} n'est ni une URL ni un DID";
    /// A proof date (`created`, `expires`) that is not a dateTime.
    proof_date_invalid(member)
        "proof {member} is not a dateTime",
        "{member} van het bewijs is geen dateTime",
        "{member} des Beweises ist kein dateTime",
        "{member} de la preuve n'est pas un dateTime";
    /// A proof past its `expires`.
    proof_expired(at)
        "the proof expired at {at:time}",
        "het bewijs is verlopen op {at:time}",
        "der Beweis ist am {at:time} abgelaufen",
        "la preuve a expiré le {at:time}";
    /// A `proofValue` that is not `z` + base58btc.
    proof_value_not_base58()
        "proofValue is not a base58btc multibase signature (z…)",
        "proofValue is geen base58btc-multibase-handtekening (z…)",
        "proofValue ist keine base58btc-Multibase-Signatur (z…)",
        "proofValue n'est pas une signature multibase base58btc (z…)";
    /// A `proofValue` that is not a base58btc Ed25519 signature (the decoder's error).
    proof_value_not_ed25519(error)
        "proofValue is not a base58btc Ed25519 signature ({error})",
        "proofValue is geen base58btc-Ed25519-handtekening ({error})",
        "proofValue ist keine base58btc-Ed25519-Signatur ({error})",
        "proofValue n'est pas une signature Ed25519 base58btc ({error})";
    /// A `previousProof` that is not a string.
    proof_previous_not_string()
        "previousProof is not a string",
        "previousProof is geen tekst",
        "previousProof ist kein Text",
        "previousProof n'est pas une chaîne";
    /// A `previousProof` that names none of the credential's proofs (quoted).
    proof_previous_unknown(id)
        "previousProof {id} is not among the proofs",
        "previousProof {id} staat niet tussen de bewijzen",
        "previousProof {id} ist nicht unter den Beweisen",
        "previousProof {id} ne figure pas parmi les preuves";

    // ── what the proofs used and left out (proof/summary.rs, proof/linked_data.rs) ──
    /// JSON-LD contexts the host supplied that the proofs used (listed).
    proof_contexts_supplied(contexts)
        "used because the host supplied them, not bundled with Keurmerk: {contexts}",
        "gebruikt omdat ze zijn meegegeven, niet ingebouwd in Keurmerk: {contexts}",
        "verwendet, weil sie mitgegeben wurden, nicht in Keurmerk eingebaut: {contexts}",
        "utilisés parce qu'ils ont été fournis, non intégrés à Keurmerk\u{a0}: {contexts}";
    /// The same when a proof failed: a wrong copy of a supplied context could be why.
    proof_contexts_supplied_suspect(contexts)
        "used because the host supplied them, not bundled with Keurmerk: {contexts}; a wrong or outdated copy of one of them would make a genuine signature fail",
        "gebruikt omdat ze zijn meegegeven, niet ingebouwd in Keurmerk: {contexts}; een verkeerde of verouderde kopie van een ervan laat een echte handtekening mislukken",
        "verwendet, weil sie mitgegeben wurden, nicht in Keurmerk eingebaut: {contexts}; eine falsche oder veraltete Kopie eines davon lässt eine echte Signatur scheitern",
        "utilisés parce qu'ils ont été fournis, non intégrés à Keurmerk\u{a0}: {contexts}\u{a0}; une copie erronée ou périmée de l'un d'eux fait échouer une signature authentique";
    /// What the signature does not cover (JSON pointers and what each is, `; `-separated).
    proof_uncovered(parts)
        "not covered by the signature: {parts}",
        "niet gedekt door de handtekening: {parts}",
        "nicht von der Signatur abgedeckt: {parts}",
        "non couvert par la signature\u{a0}: {parts}";
    /// The same, the first few of them and how many more.
    proof_uncovered_more(parts, more)
        "not covered by the signature: {parts} and {more} more",
        "niet gedekt door de handtekening: {parts} en nog {more}",
        "nicht von der Signatur abgedeckt: {parts} und {more} weitere",
        "non couvert par la signature\u{a0}: {parts} et {more} autres";

    // ── JCS suites (proof/eddsa_jcs_2022.rs) ──
    /// A proof `@context` that does not start the document's.
    proof_context_not_prefix()
        "the document's @context does not start with the proof's @context",
        "de @context van het document begint niet met de @context van het bewijs",
        "der @context des Dokuments beginnt nicht mit dem @context des Beweises",
        "le @context du document ne commence pas par le @context de la preuve";

    // ── Ed25519Signature2018 (proof/ed25519_signature_2018.rs) ──
    /// A `jws` that is not `<header>..<signature>`.
    detached_jws_malformed()
        "jws: not a detached JWS (header..signature)",
        "jws: geen detached JWS (header..signature)",
        "jws: kein detached JWS (header..signature)",
        "jws\u{a0}: pas un JWS détaché (header..signature)";
    /// A detached JWS whose header is not base64url.
    detached_jws_header_not_base64url()
        "jws: header is not base64url",
        "jws: de header is geen base64url",
        "jws: der Header ist kein base64url",
        "jws\u{a0}: l'en-tête n'est pas en base64url";
    /// A detached JWS whose header is not JSON.
    detached_jws_header_not_json()
        "jws: header is not JSON",
        "jws: de header is geen JSON",
        "jws: der Header ist kein JSON",
        "jws\u{a0}: l'en-tête n'est pas du JSON";
    /// A detached JWS with another header than the one required (as JSON).
    detached_jws_header_required(header)
        "jws: header must be {header}",
        "jws: de header moet {header} zijn",
        "jws: der Header muss {header} sein",
        "jws\u{a0}: l'en-tête doit être {header}";
    /// A detached JWS whose signature is not base64url.
    detached_jws_signature_not_base64url()
        "jws: signature is not base64url",
        "jws: de handtekening is geen base64url",
        "jws: die Signatur ist kein base64url",
        "jws\u{a0}: la signature n'est pas en base64url";

    // ── ecdsa-sd-2023 (proof/ecdsa_sd_2023.rs) ──
    /// A `proofValue` that is not `u` + base64url.
    sd_proof_not_multibase()
        "ecdsa-sd-2023 proofValue: not multibase base64url (u…)",
        "ecdsa-sd-2023-proofValue: geen multibase-base64url (u…)",
        "ecdsa-sd-2023-proofValue: kein Multibase-base64url (u…)",
        "proofValue ecdsa-sd-2023\u{a0}: pas en base64url multibase (u…)";
    /// A `proofValue` with neither header.
    sd_proof_header_unknown()
        "ecdsa-sd-2023 proofValue: neither a base (d95d00) nor a derived (d95d01) proof",
        "ecdsa-sd-2023-proofValue: geen basisbewijs (d95d00) en geen afgeleid bewijs (d95d01)",
        "ecdsa-sd-2023-proofValue: weder ein Basisbeweis (d95d00) noch ein abgeleiteter Beweis (d95d01)",
        "proofValue ecdsa-sd-2023\u{a0}: ni une preuve de base (d95d00) ni une preuve dérivée (d95d01)";
    /// A derived proof whose body is not a CBOR array.
    sd_proof_not_cbor_array()
        "ecdsa-sd-2023 proofValue: not a CBOR array",
        "ecdsa-sd-2023-proofValue: geen CBOR-array",
        "ecdsa-sd-2023-proofValue: kein CBOR-Array",
        "proofValue ecdsa-sd-2023\u{a0}: pas un tableau CBOR";
    /// A derived proof without its five parts.
    sd_proof_parts()
        "ecdsa-sd-2023 proofValue: not [baseSignature, publicKey, signatures, labelMap, mandatoryIndexes]",
        "ecdsa-sd-2023-proofValue: niet van de vorm [baseSignature, publicKey, signatures, labelMap, mandatoryIndexes]",
        "ecdsa-sd-2023-proofValue: nicht von der Form [baseSignature, publicKey, signatures, labelMap, mandatoryIndexes]",
        "proofValue ecdsa-sd-2023\u{a0}: pas de la forme [baseSignature, publicKey, signatures, labelMap, mandatoryIndexes]";
    /// A derived proof with more signatures than the limit.
    sd_proof_too_many_signatures()
        "ecdsa-sd-2023 proofValue: more signatures than MAX_SD_SIGNATURES",
        "ecdsa-sd-2023-proofValue: meer handtekeningen dan MAX_SD_SIGNATURES",
        "ecdsa-sd-2023-proofValue: mehr Signaturen als MAX_SD_SIGNATURES",
        "proofValue ecdsa-sd-2023\u{a0}: plus de signatures que MAX_SD_SIGNATURES";
    /// A signature that is not a byte string.
    sd_proof_signature_not_bytes()
        "ecdsa-sd-2023 proofValue: a signature is not a byte string",
        "ecdsa-sd-2023-proofValue: een handtekening is geen bytereeks",
        "ecdsa-sd-2023-proofValue: eine Signatur ist keine Bytefolge",
        "proofValue ecdsa-sd-2023\u{a0}: une signature n'est pas une chaîne d'octets";
    /// A label map that is not from integers to byte strings.
    sd_proof_label_map()
        "ecdsa-sd-2023 proofValue: the label map is not integer → bytes",
        "ecdsa-sd-2023-proofValue: de labelmap is niet geheel getal → bytes",
        "ecdsa-sd-2023-proofValue: die Label-Map ist nicht Ganzzahl → Bytes",
        "proofValue ecdsa-sd-2023\u{a0}: la table des étiquettes n'est pas entier → octets";
    /// A mandatory index that is not a small integer.
    sd_proof_index_not_integer()
        "ecdsa-sd-2023 proofValue: a mandatory index is not a small integer",
        "ecdsa-sd-2023-proofValue: een verplichte index is geen klein geheel getal",
        "ecdsa-sd-2023-proofValue: ein Pflichtindex ist keine kleine Ganzzahl",
        "proofValue ecdsa-sd-2023\u{a0}: un index obligatoire n'est pas un petit entier";
    /// An ephemeral key that is not a P-256 Multikey.
    sd_proof_ephemeral_key()
        "ecdsa-sd-2023 proofValue: the ephemeral publicKey is not a P-256 Multikey",
        "ecdsa-sd-2023-proofValue: de tijdelijke publicKey is geen P-256-Multikey",
        "ecdsa-sd-2023-proofValue: der ephemere publicKey ist kein P-256-Multikey",
        "proofValue ecdsa-sd-2023\u{a0}: la publicKey éphémère n'est pas une Multikey P-256";
    /// A mandatory index past the last statement.
    sd_proof_index_past_end()
        "ecdsa-sd-2023 proofValue: a mandatory index points past the statements",
        "ecdsa-sd-2023-proofValue: een verplichte index wijst voorbij de uitspraken",
        "ecdsa-sd-2023-proofValue: ein Pflichtindex zeigt hinter die Aussagen",
        "proofValue ecdsa-sd-2023\u{a0}: un index obligatoire pointe au-delà des déclarations";
    /// A base proof, which only the holder uses.
    sd_base_proof()
        "an ecdsa-sd-2023 base proof: the issuer's copy for the holder, which verifiers do not check (vc-di-ecdsa §3.5); ask the holder for a derived (selectively disclosed) copy",
        "een ecdsa-sd-2023-basisbewijs: het exemplaar van de uitgever voor de houder, dat verifiers niet controleren (vc-di-ecdsa §3.5); vraag de houder om een afgeleid (selectief onthuld) exemplaar",
        "ein ecdsa-sd-2023-Basisbeweis: die Ausfertigung des Ausstellers für den Inhaber, die Verifier nicht prüfen (vc-di-ecdsa §3.5); bitten Sie den Inhaber um eine abgeleitete (selektiv offengelegte) Ausfertigung",
        "une preuve de base ecdsa-sd-2023\u{a0}: l'exemplaire de l'émetteur destiné au titulaire, que les vérificateurs ne contrôlent pas (vc-di-ecdsa §3.5)\u{a0}; demandez au titulaire un exemplaire dérivé (à divulgation sélective)";
    /// A disclosed statement the issuer did not label.
    sd_statement_unlabelled()
        "a statement of the disclosed credential is not among those the issuer labelled: it was changed",
        "een uitspraak van het onthulde credential hoort niet bij de uitspraken die de uitgever heeft gelabeld: het is gewijzigd",
        "eine Aussage des offengelegten Nachweises ist nicht unter denen, die der Aussteller gekennzeichnet hat: er wurde verändert",
        "une déclaration de l'attestation divulguée ne figure pas parmi celles que l'émetteur a étiquetées\u{a0}: elle a été modifiée";
    /// As many signatures as disclosed statements, it is not.
    sd_statement_count(signed, present)
        "the proof signs {signed} disclosed statements, the credential has {present}: statements were added or removed",
        "het bewijs ondertekent {signed} onthulde uitspraken, het credential heeft er {present}: er zijn uitspraken toegevoegd of verwijderd",
        "der Beweis signiert {signed} offengelegte Aussagen, der Nachweis hat {present}: Aussagen wurden hinzugefügt oder entfernt",
        "la preuve signe {signed} déclarations divulguées, l'attestation en a {present}\u{a0}: des déclarations ont été ajoutées ou supprimées";

    // ── Open Badges 2.0 (proof/ob2.rs) ──
    /// A signed assertion as plain JSON, without its JWS.
    ob2_signature_missing()
        "an Open Badges assertion of verification type signed, as plain JSON: its signature (the JWS, or the baked image that holds it) is missing",
        "een Open Badges-assertion met verificatietype signed, als gewone JSON: de handtekening (de JWS, of de afbeelding waarin die zit) ontbreekt",
        "eine Open-Badges-Assertion mit Verifikationstyp signed, als reines JSON: ihre Signatur (das JWS oder das Bild, das es enthält) fehlt",
        "une assertion Open Badges de type de vérification signed, en JSON simple\u{a0}: sa signature (le JWS, ou l'image qui le contient) manque";
    /// No signature at all whose key to bind to the issuer.
    ob2_no_signature()
        "there is no signature to bind",
        "er is geen handtekening om aan de uitgever te koppelen",
        "es gibt keine Signatur, die an den Aussteller zu binden wäre",
        "il n'y a pas de signature à rattacher à l'émetteur";
    /// A hosted badge without a URL.
    ob2_no_hosted_url()
        "the badge states no http(s) URL to check it at",
        "de badge vermeldt geen http(s)-URL om hem te controleren",
        "das Badge nennt keine http(s)-URL, unter der es zu prüfen wäre",
        "le badge n'indique aucune URL http(s) où le vérifier";
    /// A hosted badge whose URL the host did not supply.
    ob2_check_at_issuer(url)
        "check at the issuer: {url}",
        "te controleren bij de uitgever: {url}",
        "beim Aussteller zu prüfen: {url}",
        "à vérifier auprès de l'émetteur\u{a0}: {url}";
    /// The issuer's site answers 410 Gone.
    ob2_hosted_gone(url)
        "the issuer no longer serves the badge at {url} (410 Gone)",
        "de uitgever biedt de badge niet meer aan op {url} (410 Gone)",
        "der Aussteller stellt das Badge unter {url} nicht mehr bereit (410 Gone)",
        "l'émetteur ne sert plus le badge à {url} (410 Gone)";
    /// The issuer's site serves a revocation notice.
    ob2_hosted_revoked(url)
        "the issuer serves a revocation notice at {url}",
        "de uitgever toont een intrekkingsbericht op {url}",
        "der Aussteller zeigt unter {url} einen Widerrufshinweis",
        "l'émetteur publie un avis de révocation à {url}";
    /// The issuer's copy differs (the members that do).
    ob2_hosted_differs(url, members)
        "the issuer's copy at {url} differs in {members}",
        "het exemplaar van de uitgever op {url} wijkt af in {members}",
        "die Ausfertigung des Ausstellers unter {url} weicht ab in {members}",
        "l'exemplaire de l'émetteur à {url} diffère sur {members}";
    /// The issuer serves the same assertion.
    ob2_hosted_match(url)
        "the issuer serves this assertion at {url}",
        "de uitgever biedt deze assertion aan op {url}",
        "der Aussteller stellt diese Assertion unter {url} bereit",
        "l'émetteur sert cette assertion à {url}";
    /// The issuer's website, which binds a hosted badge, was not consulted.
    ob2_website_not_consulted()
        "the badge is confirmed by the issuer's website, which was not consulted",
        "de badge wordt bevestigd door de website van de uitgever, die niet is geraadpleegd",
        "das Badge wird von der Website des Ausstellers bestätigt, die nicht abgefragt wurde",
        "le badge est confirmé par le site web de l'émetteur, qui n'a pas été consulté";
    /// The badge class, which names the issuer, was not supplied.
    ob2_badge_class_at(url)
        "the badge class that names the issuer is hosted at {url}",
        "de badgeklasse die de uitgever noemt, staat op {url}",
        "die Badge-Klasse, die den Aussteller nennt, liegt unter {url}",
        "la classe de badge qui nomme l'émetteur est hébergée à {url}";
    /// A badge that names no issuer.
    ob2_no_issuer()
        "the badge names no issuer",
        "de badge noemt geen uitgever",
        "das Badge nennt keinen Aussteller",
        "le badge ne nomme pas d'émetteur";
    /// A hosted badge on the issuer's site.
    ob2_hosted_at_issuer(url, issuer)
        "{url} is on the issuer's site ({issuer})",
        "{url} staat op de site van de uitgever ({issuer})",
        "{url} liegt auf der Website des Ausstellers ({issuer})",
        "{url} est sur le site de l'émetteur ({issuer})";
    /// A hosted badge elsewhere.
    ob2_hosted_elsewhere(url, issuer)
        "{url} is not on the site of the issuer {issuer}, nor among its verification.allowedOrigins",
        "{url} staat niet op de site van de uitgever {issuer} en ook niet onder diens verification.allowedOrigins",
        "{url} liegt weder auf der Website des Ausstellers {issuer} noch unter dessen verification.allowedOrigins",
        "{url} n'est ni sur le site de l'émetteur {issuer} ni parmi ses verification.allowedOrigins";
    /// A signed assertion without `verification.creator`.
    ob2_no_creator()
        "the signed assertion names no key (verification.creator)",
        "de ondertekende assertion noemt geen sleutel (verification.creator)",
        "die signierte Assertion nennt keinen Schlüssel (verification.creator)",
        "l'assertion signée ne nomme aucune clé (verification.creator)";
    /// The key document was not supplied.
    ob2_key_missing(key)
        "the issuer's key document {key} was not supplied",
        "het sleuteldocument {key} van de uitgever is niet meegegeven",
        "das Schlüsseldokument {key} des Ausstellers wurde nicht mitgegeben",
        "le document de clé {key} de l'émetteur n'a pas été fourni";
    /// A key document without `publicKeyPem`.
    ob2_key_no_pem(key)
        "the key document {key} has no publicKeyPem",
        "het sleuteldocument {key} heeft geen publicKeyPem",
        "das Schlüsseldokument {key} hat kein publicKeyPem",
        "le document de clé {key} n'a pas de publicKeyPem";
    /// An OB 1.x key on the issuer's site.
    ob2_key_on_issuer_site(key, issuer)
        "the key {key} is on the site of the issuer {issuer}",
        "de sleutel {key} staat op de site van de uitgever {issuer}",
        "der Schlüssel {key} liegt auf der Website des Ausstellers {issuer}",
        "la clé {key} est sur le site de l'émetteur {issuer}";
    /// An OB 1.x key elsewhere.
    ob2_key_off_issuer_site(key, issuer)
        "the key {key} is not on the site of the issuer {issuer}",
        "de sleutel {key} staat niet op de site van de uitgever {issuer}",
        "der Schlüssel {key} liegt nicht auf der Website des Ausstellers {issuer}",
        "la clé {key} n'est pas sur le site de l'émetteur {issuer}";
    /// A key owned by someone other than the issuer.
    ob2_key_owned_by(issuer, key, owner)
        "the issuer is {issuer}, but the key {key} is owned by {owner}",
        "de uitgever is {issuer}, maar de sleutel {key} is van {owner}",
        "der Aussteller ist {issuer}, aber der Schlüssel {key} gehört {owner}",
        "l'émetteur est {issuer}, mais la clé {key} appartient à {owner}";
    /// A key without `owner`.
    ob2_key_unowned(issuer, key)
        "the issuer is {issuer}, but the key {key} is owned by no one (no owner)",
        "de uitgever is {issuer}, maar de sleutel {key} is van niemand (geen owner)",
        "der Aussteller ist {issuer}, aber der Schlüssel {key} gehört niemandem (kein owner)",
        "l'émetteur est {issuer}, mais la clé {key} n'appartient à personne (pas d'owner)";
    /// The issuer's hosted profile, which must list the key, was not supplied.
    ob2_profile_missing(issuer, key)
        "the issuer's profile {issuer}, which must list the key {key}",
        "het profiel {issuer} van de uitgever, dat de sleutel {key} moet vermelden",
        "das Profil {issuer} des Ausstellers, das den Schlüssel {key} aufführen muss",
        "le profil {issuer} de l'émetteur, qui doit indiquer la clé {key}";
    /// The issuer's profile lists the key it owns.
    ob2_key_listed(issuer, key)
        "{issuer} lists and owns {key}",
        "{issuer} vermeldt en bezit {key}",
        "{issuer} führt und besitzt {key}",
        "{issuer} indique et possède {key}";
    /// The issuer's profile does not list the key.
    ob2_key_not_listed(issuer, key)
        "the issuer's profile {issuer} does not list {key} in publicKey",
        "het profiel {issuer} van de uitgever vermeldt {key} niet in publicKey",
        "das Profil {issuer} des Ausstellers führt {key} nicht in publicKey",
        "le profil {issuer} de l'émetteur n'indique pas {key} dans publicKey";
}
