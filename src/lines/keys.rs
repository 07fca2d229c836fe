//! Detail lines of keys (did:key, did:jwk, did:web documents, JWK, Multikey, X.509), the crypto seam, VC-JWT and SD-JWT signatures: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── keys/mod.rs ──
    /// A supplied document with neither a URL nor an `id`.
    document_without_id()
        "a document given without a URL must have an id",
        "een document dat zonder URL is meegegeven, moet een id hebben",
        "ein ohne URL mitgegebenes Dokument muss eine id haben",
        "un document fourni sans URL doit avoir un id";
    /// A verification method identifier over `MAX_IDENTIFIER_BYTES`.
    vm_id_too_long()
        "the verification method identifier is too long",
        "de identifier van de verificatiemethode is te lang",
        "der Bezeichner der Verifizierungsmethode ist zu lang",
        "l'identifiant de la méthode de vérification est trop long";

    // ── keys/did_jwk.rs ──
    /// A `did:jwk` whose identifier is not base64url.
    did_jwk_not_base64url()
        "the did:jwk is not base64url",
        "de did:jwk is geen base64url",
        "die did:jwk ist kein base64url",
        "le did:jwk n'est pas en base64url";
    /// A `did:jwk` whose identifier does not decode to a JSON object.
    did_jwk_not_object()
        "the did:jwk does not hold a JSON object",
        "de did:jwk bevat geen JSON-object",
        "die did:jwk enthält kein JSON-Objekt",
        "le did:jwk ne contient pas d'objet JSON";
    /// A `did:jwk` verification method other than `#0`.
    did_jwk_only_0(did)
        "{did} has only the verification method #0",
        "{did} heeft alleen de verificatiemethode #0",
        "{did} hat nur die Verifizierungsmethode #0",
        "{did} n'a que la méthode de vérification #0";

    // ── keys/did_key.rs ──
    /// A `did:key` fragment that is not the key itself.
    did_key_no_method(did, fragment)
        "{did} has no verification method #{fragment}",
        "{did} heeft geen verificatiemethode #{fragment}",
        "{did} hat keine Verifizierungsmethode #{fragment}",
        "{did} n'a pas de méthode de vérification #{fragment}";
    /// A bare `did:key` where a verification method is needed (`expected`: the method's id).
    did_key_bare(did, expected)
        "{did} is a DID, not a verification method (expected {expected})",
        "{did} is een DID, geen verificatiemethode (verwacht: {expected})",
        "{did} ist eine DID, keine Verifizierungsmethode (erwartet: {expected})",
        "{did} est un DID, pas une méthode de vérification (attendu\u{a0}: {expected})";

    // ── keys/document.rs ──
    /// A standalone key document without `controller`.
    key_document_no_controller(key)
        "the key document {key} names no controller",
        "het sleuteldocument {key} noemt geen beheerder (controller)",
        "das Schlüsseldokument {key} nennt keinen Controller",
        "le document de clé {key} ne nomme pas de contrôleur";
    /// The controller's document of a standalone key document was not supplied.
    controller_document_missing(controller, key)
        "the controller document {controller} of {key} was not supplied",
        "het document {controller} van de beheerder van {key} is niet meegegeven",
        "das Controller-Dokument {controller} von {key} wurde nicht mitgegeben",
        "le document du contrôleur {controller} de {key} n'a pas été fourni";
    /// A controller whose document does not list the key.
    controller_not_listing(controller, key)
        "{controller} does not list the key {key}",
        "{controller} vermeldt de sleutel {key} niet",
        "{controller} führt den Schlüssel {key} nicht auf",
        "{controller} ne mentionne pas la clé {key}";
    /// A did:web DID document that was not supplied.
    did_document_missing(did)
        "the DID document of {did} was not supplied (looking it up would need the network)",
        "het DID-document van {did} is niet meegegeven (het opzoeken zou het netwerk vereisen)",
        "das DID-Dokument von {did} wurde nicht mitgegeben (es nachzuschlagen bräuchte das Netzwerk)",
        "le document DID de {did} n'a pas été fourni (le chercher nécessiterait le réseau)";
    /// A DID of a method that cannot be resolved offline, without a supplied document.
    did_method_offline(method, did)
        "{method} DIDs cannot be resolved offline and no document for {did} was supplied",
        "{method}-DID's zijn offline niet op te lossen en er is geen document voor {did} meegegeven",
        "{method}-DIDs lassen sich offline nicht auflösen, und für {did} wurde kein Dokument mitgegeben",
        "les DID {method} ne peuvent pas être résolus hors ligne et aucun document n'a été fourni pour {did}";
    /// A key URL whose key document was not supplied.
    key_document_missing(key)
        "no key document for {key} was supplied (looking it up would need the network)",
        "er is geen sleuteldocument voor {key} meegegeven (het opzoeken zou het netwerk vereisen)",
        "für {key} wurde kein Schlüsseldokument mitgegeben (es nachzuschlagen bräuchte das Netzwerk)",
        "aucun document de clé n'a été fourni pour {key} (le chercher nécessiterait le réseau)";
    /// The document of a key URL with a fragment was not supplied.
    document_missing(url)
        "no document for {url} was supplied (looking it up would need the network)",
        "er is geen document voor {url} meegegeven (het opzoeken zou het netwerk vereisen)",
        "für {url} wurde kein Dokument mitgegeben (es nachzuschlagen bräuchte das Netzwerk)",
        "aucun document n'a été fourni pour {url} (le chercher nécessiterait le réseau)";
    /// An identifier that is neither a DID nor an http(s) URL.
    vm_not_resolvable(id)
        "{id} is not a resolvable verification method identifier",
        "{id} is geen identifier van een verificatiemethode die op te lossen is",
        "{id} ist kein auflösbarer Bezeichner einer Verifizierungsmethode",
        "{id} n'est pas un identifiant de méthode de vérification résoluble";
    /// The document supplied under one id is another's.
    document_of_another(url, other)
        "the document supplied for {url} is the document of {other}",
        "het document dat voor {url} is meegegeven, is het document van {other}",
        "das für {url} mitgegebene Dokument ist das Dokument von {other}",
        "le document fourni pour {url} est celui de {other}";
    /// A controller document without the verification method.
    document_lacks_key(document, key)
        "the document of {document} does not contain {key}",
        "het document van {document} bevat {key} niet",
        "das Dokument von {document} enthält {key} nicht",
        "le document de {document} ne contient pas {key}";
    /// A verification method listed by one document and controlled by another.
    key_controlled_elsewhere(key, controller, document)
        "{key} is controlled by {controller}, not by {document} whose document lists it",
        "{key} is van {controller}, niet van {document}, in wiens document de sleutel staat",
        "{key} gehört {controller}, nicht {document}, dessen Dokument ihn aufführt",
        "{key} appartient à {controller}, pas à {document}, dont le document la mentionne";
    /// A verification method without the member its type needs (after the method's id).
    vm_member_missing(member)
        "no {member}",
        "{member} ontbreekt",
        "{member} fehlt",
        "{member} manque";
    /// An Ed25519VerificationKey2020 holding another key type (after the method's id).
    vm_ed25519_2020_other_key()
        "an Ed25519VerificationKey2020 must hold an Ed25519 key",
        "een Ed25519VerificationKey2020 moet een Ed25519-sleutel bevatten",
        "ein Ed25519VerificationKey2020 muss einen Ed25519-Schlüssel enthalten",
        "un Ed25519VerificationKey2020 doit contenir une clé Ed25519";
    /// A `publicKeyBase58` that is not 32 bytes (after the method's id).
    vm_base58_not_32_bytes()
        "publicKeyBase58 is not a 32-byte key",
        "publicKeyBase58 is geen sleutel van 32 bytes",
        "publicKeyBase58 ist kein Schlüssel von 32 Byte",
        "publicKeyBase58 n'est pas une clé de 32 octets";
    /// An EcdsaSecp256k1VerificationKey2019 holding another key type (after the method's id).
    vm_secp256k1_2019_other_key()
        "an EcdsaSecp256k1VerificationKey2019 must hold a secp256k1 key",
        "een EcdsaSecp256k1VerificationKey2019 moet een secp256k1-sleutel bevatten",
        "ein EcdsaSecp256k1VerificationKey2019 muss einen secp256k1-Schlüssel enthalten",
        "un EcdsaSecp256k1VerificationKey2019 doit contenir une clé secp256k1";
    /// A verification method type Keurmerk does not read (quoted; after the method's id).
    vm_type_unsupported(kind)
        "verification method type {kind} is not one this verifier reads",
        "het type verificatiemethode {kind} leest deze verifier niet",
        "den Verifizierungsmethodentyp {kind} liest dieser Verifier nicht",
        "ce vérificateur ne lit pas le type de méthode de vérification {kind}";

    // ── keys/jwk.rs ──
    /// A JWK with a private member (its name).
    jwk_private(member)
        "the JWK contains a private or secret part ({member}): it is not a public key",
        "de JWK bevat een privé- of geheim deel ({member}): het is geen publieke sleutel",
        "der JWK enthält einen privaten oder geheimen Teil ({member}): er ist kein öffentlicher Schlüssel",
        "la JWK contient une partie privée ou secrète ({member})\u{a0}: ce n'est pas une clé publique";
    /// A JWK without a member its type needs.
    jwk_member_missing(member)
        "the JWK has no {member}",
        "de JWK heeft geen {member}",
        "der JWK hat kein {member}",
        "la JWK n'a pas de {member}";
    /// A JWK member that is not base64url.
    jwk_member_not_base64url(member)
        "the JWK member {member} is not base64url",
        "het JWK-veld {member} is geen base64url",
        "das JWK-Feld {member} ist kein base64url",
        "le champ {member} de la JWK n'est pas en base64url";
    /// An Ed25519 JWK whose `x` is not 32 bytes.
    jwk_ed25519_not_32_bytes()
        "the JWK x is not a 32-byte Ed25519 key",
        "de x van de JWK is geen Ed25519-sleutel van 32 bytes",
        "das x des JWK ist kein Ed25519-Schlüssel von 32 Byte",
        "le x de la JWK n'est pas une clé Ed25519 de 32 octets";
    /// An EC JWK whose coordinates have the wrong length.
    jwk_coordinates_size(curve, bytes)
        "the JWK {curve} coordinates are not {bytes} bytes each",
        "de {curve}-coördinaten van de JWK zijn niet elk {bytes} bytes",
        "die {curve}-Koordinaten des JWK haben nicht je {bytes} Byte",
        "les coordonnées {curve} de la JWK ne font pas {bytes} octets chacune";
    /// A JWK of a type Keurmerk does not read (`kty` and `crv` as given).
    jwk_type_unsupported(kty, crv)
        "the JWK is of type {kty} {crv}, not Ed25519, P-256, P-384 or RSA",
        "de JWK is van het type {kty} {crv}, niet Ed25519, P-256, P-384 of RSA",
        "der JWK ist vom Typ {kty} {crv}, nicht Ed25519, P-256, P-384 oder RSA",
        "la JWK est de type {kty} {crv}, pas Ed25519, P-256, P-384 ou RSA";
    /// A JWK without `kty` (`crv` as given).
    jwk_without_kty(crv)
        "the JWK is of type (none) {crv}, not Ed25519, P-256, P-384 or RSA",
        "de JWK is van het type (geen) {crv}, niet Ed25519, P-256, P-384 of RSA",
        "der JWK ist vom Typ (keiner) {crv}, nicht Ed25519, P-256, P-384 oder RSA",
        "la JWK est de type (aucun) {crv}, pas Ed25519, P-256, P-384 ou RSA";
    /// A JWK whose `alg` (quoted) does not fit its key.
    jwk_alg_mismatch(alg, key)
        "the JWK says alg {alg}, which does not fit a {key} key",
        "de JWK noemt alg {alg}, dat niet past bij een {key}-sleutel",
        "der JWK nennt alg {alg}, das nicht zu einem {key}-Schlüssel passt",
        "la JWK indique alg {alg}, qui ne convient pas à une clé {key}";

    // ── keys/multikey.rs ──
    /// A `publicKeyMultibase` that does not start with `z`.
    multikey_not_multibase()
        "publicKeyMultibase is not base58btc multibase (z…)",
        "publicKeyMultibase is geen base58btc-multibase (z…)",
        "publicKeyMultibase ist kein base58btc-Multibase (z…)",
        "publicKeyMultibase n'est pas un multibase base58btc (z…)";
    /// A `publicKeyMultibase` that is not base58btc.
    multikey_not_base58btc()
        "publicKeyMultibase is not base58btc",
        "publicKeyMultibase is geen base58btc",
        "publicKeyMultibase ist kein base58btc",
        "publicKeyMultibase n'est pas en base58btc";
    /// An Ed25519 Multikey that is not 32 bytes.
    multikey_ed25519_not_32_bytes()
        "the Multikey is not a 32-byte Ed25519 key",
        "de Multikey is geen Ed25519-sleutel van 32 bytes",
        "der Multikey ist kein Ed25519-Schlüssel von 32 Byte",
        "la Multikey n'est pas une clé Ed25519 de 32 octets";
    /// A Multikey of an unknown codec.
    multikey_type_unknown()
        "the Multikey is not an Ed25519, P-256 or P-384 public key",
        "de Multikey is geen publieke Ed25519-, P-256- of P-384-sleutel",
        "der Multikey ist kein öffentlicher Ed25519-, P-256- oder P-384-Schlüssel",
        "la Multikey n'est pas une clé publique Ed25519, P-256 ou P-384";
    /// A Multikey of a known type Keurmerk does not verify (its name).
    multikey_type_unchecked(kind)
        "the key is a {kind} key, which this verifier does not check",
        "de sleutel is een {kind}-sleutel, die deze verifier niet controleert",
        "der Schlüssel ist ein {kind}-Schlüssel, den dieser Verifier nicht prüft",
        "la clé est une clé {kind}, que ce vérificateur ne contrôle pas";
    /// A curve Multikey whose point is not a compressed point of its size.
    multikey_point_size(curve, bytes)
        "a {curve} Multikey holds a {bytes}-byte compressed point",
        "een {curve}-Multikey bevat een gecomprimeerd punt van {bytes} bytes",
        "ein {curve}-Multikey enthält einen komprimierten Punkt von {bytes} Byte",
        "une Multikey {curve} contient un point compressé de {bytes} octets";

    // ── keys/x509.rs ──
    /// A DER element that is truncated or has a bad length.
    x509_der_element()
        "an element is not valid DER",
        "een element is geen geldige DER",
        "ein Element ist kein gültiges DER",
        "un élément n'est pas du DER valide";
    /// A DER element with another tag than its place needs.
    x509_der_structure()
        "a structure is not valid DER",
        "een structuur is geen geldige DER",
        "eine Struktur ist kein gültiges DER",
        "une structure n'est pas du DER valide";
    /// A SubjectPublicKeyInfo with bytes after it.
    x509_der_public_key()
        "the public key is not valid DER",
        "de publieke sleutel is geen geldige DER",
        "der öffentliche Schlüssel ist kein gültiges DER",
        "la clé publique n'est pas du DER valide";
    /// A public key BIT STRING with unused bits.
    x509_der_bit_string()
        "the public key bit string is not valid DER",
        "de bitstring van de publieke sleutel is geen geldige DER",
        "der Bitstring des öffentlichen Schlüssels ist kein gültiges DER",
        "la chaîne de bits de la clé publique n'est pas du DER valide";
    /// An Ed25519 SubjectPublicKeyInfo whose key is not 32 bytes.
    x509_der_ed25519_key()
        "the Ed25519 key is not valid DER",
        "de Ed25519-sleutel is geen geldige DER",
        "der Ed25519-Schlüssel ist kein gültiges DER",
        "la clé Ed25519 n'est pas du DER valide";
    /// A certificate without a serial number where it belongs.
    x509_der_serial()
        "the certificate serial is not valid DER",
        "het serienummer van het certificaat is geen geldige DER",
        "die Seriennummer des Zertifikats ist kein gültiges DER",
        "le numéro de série du certificat n'est pas du DER valide";
    /// A certificate's elliptic-curve key on a curve Keurmerk does not check.
    x509_key_other_curve()
        "the certificate's key is an elliptic-curve key on another curve, which this verifier does not check",
        "de sleutel van het certificaat ligt op een andere elliptische curve, die deze verifier niet controleert",
        "der Schlüssel des Zertifikats liegt auf einer anderen elliptischen Kurve, die dieser Verifier nicht prüft",
        "la clé du certificat est sur une autre courbe elliptique, que ce vérificateur ne contrôle pas";
    /// A certificate's key of an algorithm Keurmerk does not check.
    x509_key_other_algorithm()
        "the certificate's key is of another algorithm, which this verifier does not check",
        "de sleutel van het certificaat hoort bij een ander algoritme, dat deze verifier niet controleert",
        "der Schlüssel des Zertifikats gehört zu einem anderen Algorithmus, den dieser Verifier nicht prüft",
        "la clé du certificat relève d'un autre algorithme, que ce vérificateur ne contrôle pas";
    /// A certificate over the size limit.
    x509_too_large(limit)
        "a certificate over MAX_CERTIFICATE_BYTES ({limit})",
        "een certificaat groter dan MAX_CERTIFICATE_BYTES ({limit})",
        "ein Zertifikat über MAX_CERTIFICATE_BYTES ({limit})",
        "un certificat au-delà de MAX_CERTIFICATE_BYTES ({limit})";
    /// No PEM block of the label.
    pem_block_missing(label)
        "no PEM {label} block",
        "geen PEM-blok {label}",
        "kein PEM-Block {label}",
        "pas de bloc PEM {label}";
    /// A PEM block whose body is not base64.
    pem_not_base64(label)
        "the PEM {label} is not base64",
        "het PEM-blok {label} is geen base64",
        "der PEM-Block {label} ist kein base64",
        "le bloc PEM {label} n'est pas en base64";

    // ── keys/x509_ext.rs ──
    /// A seal certificate whose issuer's signature cannot be read.
    x509_seal_signature_unreadable()
        "the seal certificate's signature cannot be read",
        "de handtekening van het zegelcertificaat is niet te lezen",
        "die Signatur des Siegelzertifikats ist nicht lesbar",
        "la signature du certificat de cachet est illisible";
    /// A GeneralizedTime (`genTime`) that cannot be read.
    x509_seal_gentime_unreadable()
        "the seal certificate's genTime cannot be read",
        "de genTime van het zegelcertificaat is niet te lezen",
        "die genTime des Siegelzertifikats ist nicht lesbar",
        "le genTime du certificat de cachet est illisible";
    /// A certificate validity that cannot be read.
    x509_seal_validity_unreadable()
        "the seal certificate's validity cannot be read",
        "de geldigheid van het zegelcertificaat is niet te lezen",
        "die Gültigkeit des Siegelzertifikats ist nicht lesbar",
        "la validité du certificat de cachet est illisible";
    /// A certificate signed with an algorithm Keurmerk does not check.
    x509_signature_algorithm_unsupported()
        "signed with an algorithm this verifier does not check",
        "ondertekend met een algoritme dat deze verifier niet controleert",
        "mit einem Algorithmus signiert, den dieser Verifier nicht prüft",
        "signé avec un algorithme que ce vérificateur ne contrôle pas";

    // ── crypto/mod.rs ──
    /// A curve point asked of a key type that is not a curve.
    key_not_elliptic()
        "not an elliptic curve key",
        "geen sleutel op een elliptische curve",
        "kein Schlüssel auf einer elliptischen Kurve",
        "pas une clé sur courbe elliptique";
    /// A curve point of the wrong length or form.
    ec_point_size(curve, compressed, uncompressed)
        "a {curve} public key is a SEC1 point of {compressed} or {uncompressed} bytes",
        "een publieke {curve}-sleutel is een SEC1-punt van {compressed} of {uncompressed} bytes",
        "ein öffentlicher {curve}-Schlüssel ist ein SEC1-Punkt von {compressed} oder {uncompressed} Byte",
        "une clé publique {curve} est un point SEC1 de {compressed} ou {uncompressed} octets";
    /// An RSA key under the minimum size.
    rsa_key_too_small(bits, minimum)
        "the RSA key has {bits} bits; at least {minimum} are required",
        "de RSA-sleutel heeft {bits} bits; er zijn er minstens {minimum} vereist",
        "der RSA-Schlüssel hat {bits} Bit; mindestens {minimum} sind verlangt",
        "la clé RSA fait {bits} bits\u{a0}; au moins {minimum} sont requis";
    /// An RSA key no one could have made (even modulus, bad exponent, too large).
    rsa_key_impossible(bits)
        "the RSA key ({bits} bits) has an impossible modulus or exponent",
        "de RSA-sleutel ({bits} bits) heeft een onmogelijke modulus of exponent",
        "der RSA-Schlüssel ({bits} Bit) hat einen unmöglichen Modulus oder Exponenten",
        "la clé RSA ({bits} bits) a un module ou un exposant impossible";
    /// An algorithm asked of a key of another type.
    algorithm_needs_key(algorithm, needs, key)
        "{algorithm} needs a {needs} key, but the key is {key}",
        "{algorithm} vereist een {needs}-sleutel, maar de sleutel is {key}",
        "{algorithm} braucht einen {needs}-Schlüssel, aber der Schlüssel ist {key}",
        "{algorithm} exige une clé {needs}, mais la clé est {key}";
    /// An RSA signature whose length is not the modulus's.
    rsa_signature_size(algorithm, bytes, actual)
        "an {algorithm} signature with this key has {bytes} bytes, not {actual}",
        "een {algorithm}-handtekening met deze sleutel heeft {bytes} bytes, niet {actual}",
        "eine {algorithm}-Signatur mit diesem Schlüssel hat {bytes} Byte, nicht {actual}",
        "une signature {algorithm} avec cette clé fait {bytes} octets, pas {actual}";
    /// A check whose algorithm does not fit its key.
    algorithm_key_mismatch()
        "the algorithm does not fit the key",
        "het algoritme past niet bij de sleutel",
        "der Algorithmus passt nicht zum Schlüssel",
        "l'algorithme ne convient pas à la clé";
    /// A signature left for the platform's crypto, not answered yet.
    signature_awaiting_platform(algorithm)
        "the {algorithm} signature is waiting for the platform's crypto",
        "de {algorithm}-handtekening wacht op de cryptografie van het platform",
        "die {algorithm}-Signatur wartet auf die Kryptografie der Plattform",
        "la signature {algorithm} attend la cryptographie de la plateforme";
    /// A signature only the platform verifies, asked without it (wasm).
    signature_platform_only(algorithm)
        "{algorithm} signatures are checked by the platform's WebCrypto; this call had none",
        "{algorithm}-handtekeningen controleert de WebCrypto van het platform; deze aanroep had die niet",
        "{algorithm}-Signaturen prüft die WebCrypto der Plattform; dieser Aufruf hatte keine",
        "les signatures {algorithm} sont contrôlées par le WebCrypto de la plateforme\u{a0}; cet appel n'en avait pas";

    // ── crypto/ecdsa.rs ──
    /// An ECDSA signature in DER where JOSE and Data Integrity use `r‖s`.
    ecdsa_signature_der(algorithm, bytes)
        "the {algorithm} signature is DER-encoded; JOSE and Data Integrity sign with r‖s ({bytes} bytes)",
        "de {algorithm}-handtekening is DER-gecodeerd; JOSE en Data Integrity ondertekenen met r‖s ({bytes} bytes)",
        "die {algorithm}-Signatur ist DER-kodiert; JOSE und Data Integrity signieren mit r‖s ({bytes} Byte)",
        "la signature {algorithm} est encodée en DER\u{a0}; JOSE et Data Integrity signent avec r‖s ({bytes} octets)";
    /// An ECDSA signature of the wrong length.
    ecdsa_signature_size(algorithm, bytes, actual)
        "an {algorithm} signature has {bytes} bytes (r‖s), not {actual}",
        "een {algorithm}-handtekening heeft {bytes} bytes (r‖s), niet {actual}",
        "eine {algorithm}-Signatur hat {bytes} Byte (r‖s), nicht {actual}",
        "une signature {algorithm} fait {bytes} octets (r‖s), pas {actual}";
    /// A curve key that is not a point on its curve.
    key_not_on_curve(key)
        "the {key} public key is not a point on the curve",
        "de publieke {key}-sleutel is geen punt op de curve",
        "der öffentliche {key}-Schlüssel ist kein Punkt auf der Kurve",
        "la clé publique {key} n'est pas un point de la courbe";

    // ── crypto/ed25519.rs ──
    /// An Ed25519 key that is not a valid point.
    ed25519_key_invalid()
        "the public key is not a valid Ed25519 point",
        "de publieke sleutel is geen geldig Ed25519-punt",
        "der öffentliche Schlüssel ist kein gültiger Ed25519-Punkt",
        "la clé publique n'est pas un point Ed25519 valide";
    /// An Ed25519 key of small order (a weak key).
    ed25519_key_weak()
        "the public key has small order",
        "de publieke sleutel heeft een kleine orde",
        "der öffentliche Schlüssel hat kleine Ordnung",
        "la clé publique est d'ordre petit";
    /// An Ed25519 signature that is not 64 bytes.
    ed25519_signature_size(actual)
        "an Ed25519 signature has 64 bytes, not {actual}",
        "een Ed25519-handtekening heeft 64 bytes, niet {actual}",
        "eine Ed25519-Signatur hat 64 Byte, nicht {actual}",
        "une signature Ed25519 fait 64 octets, pas {actual}";

    // ── crypto/rsa.rs ──
    /// An RSA algorithm asked of another key.
    rsa_key_expected()
        "not an RSA key",
        "geen RSA-sleutel",
        "kein RSA-Schlüssel",
        "pas une clé RSA";
    /// An RSA key the RSA library refuses (its words).
    rsa_key_refused(error)
        "the RSA key is refused ({error})",
        "de RSA-sleutel wordt geweigerd ({error})",
        "der RSA-Schlüssel wird abgelehnt ({error})",
        "la clé RSA est refusée ({error})";
    /// An RSA key asked with another algorithm.
    rsa_algorithm_expected()
        "not an RSA algorithm",
        "geen RSA-algoritme",
        "kein RSA-Algorithmus",
        "pas un algorithme RSA";

    // ── proof/jwt.rs ──
    /// A JOSE header without `alg`.
    jwt_no_alg()
        "the JOSE header has no alg",
        "de JOSE-header heeft geen alg",
        "der JOSE-Header hat kein alg",
        "l'en-tête JOSE n'a pas d'alg";
    /// A token with `alg` `none`.
    jwt_alg_none()
        "alg \"none\": the token is not signed at all; anyone could have made it",
        "alg \"none\": het token is helemaal niet ondertekend; iedereen had het kunnen maken",
        "alg \"none\": das Token ist gar nicht signiert; jeder hätte es erstellen können",
        "alg \"none\"\u{a0}: le jeton n'est pas signé du tout\u{a0}; n'importe qui aurait pu le fabriquer";
    /// A token with an HMAC `alg` (quoted).
    jwt_alg_hmac(alg)
        "alg {alg} is a shared-secret MAC, not an issuer's signature",
        "alg {alg} is een MAC met een gedeeld geheim, geen handtekening van een uitgever",
        "alg {alg} ist ein MAC mit gemeinsamem Geheimnis, keine Signatur eines Ausstellers",
        "alg {alg} est un MAC à secret partagé, pas la signature d'un émetteur";
    /// A token with an `alg` (quoted) outside the policy.
    jwt_alg_unsupported(alg)
        "alg {alg} is not one this verifier checks (its policy): not checked, not rejected",
        "alg {alg} controleert deze verifier niet (zijn beleid): niet gecontroleerd, niet afgewezen",
        "alg {alg} prüft dieser Verifier nicht (seine Richtlinie): nicht geprüft, nicht abgelehnt",
        "ce vérificateur ne contrôle pas alg {alg} (sa politique)\u{a0}: non contrôlé, non rejeté";
    /// A header with `crit` or `b64`.
    jwt_critical_header()
        "critical header extensions (crit, b64) are not accepted",
        "kritieke headerextensies (crit, b64) worden niet aanvaard",
        "kritische Header-Erweiterungen (crit, b64) werden nicht akzeptiert",
        "les extensions d'en-tête critiques (crit, b64) ne sont pas acceptées";
    /// A `typ` (quoted) that does not fit the profile.
    jwt_typ_wrong(typ, profile)
        "typ {typ} is not a credential type for the {profile} profile",
        "typ {typ} is geen credentialtype voor het profiel {profile}",
        "typ {typ} ist kein Nachweistyp für das Profil {profile}",
        "typ {typ} n'est pas un type d'attestation pour le profil {profile}";
    /// An Open Badges 3.0 token with another header parameter (quoted).
    jwt_ob3_header_extra(header)
        "Open Badges 3.0 allows no additional JOSE header ({header})",
        "Open Badges 3.0 staat geen extra JOSE-header toe ({header})",
        "Open Badges 3.0 erlaubt keinen zusätzlichen JOSE-Header ({header})",
        "Open Badges 3.0 n'autorise aucun en-tête JOSE supplémentaire ({header})";
    /// A VC-JOSE-COSE token with `vc` or `vp` claims.
    jwt_vc_claim_forbidden()
        "VC-JOSE-COSE forbids the vc and vp claims",
        "VC-JOSE-COSE verbiedt de claims vc en vp",
        "VC-JOSE-COSE verbietet die Claims vc und vp",
        "VC-JOSE-COSE interdit les revendications vc et vp";
    /// An Open Badges 3.0 token without a required claim.
    jwt_ob3_claim_missing(claim)
        "Open Badges 3.0 requires the {claim} claim",
        "Open Badges 3.0 vereist de claim {claim}",
        "Open Badges 3.0 verlangt den Claim {claim}",
        "Open Badges 3.0 exige la revendication {claim}";
    /// A claim that must be text.
    jwt_claim_not_string(claim)
        "the {claim} claim is not a string",
        "de claim {claim} is geen tekst",
        "der Claim {claim} ist kein Text",
        "la revendication {claim} n'est pas un texte";
    /// An `iss` (quoted) that is not the credential's issuer.
    jwt_iss_mismatch(iss)
        "iss {iss} is not the credential's issuer",
        "iss {iss} is niet de uitgever van het credential",
        "iss {iss} ist nicht der Aussteller des Nachweises",
        "iss {iss} n'est pas l'émetteur de l'attestation";
    /// A `jti` (quoted) that is not the credential's id.
    jwt_jti_mismatch(jti)
        "jti {jti} is not the credential's id",
        "jti {jti} is niet de id van het credential",
        "jti {jti} ist nicht die id des Nachweises",
        "jti {jti} n'est pas l'id de l'attestation";
    /// A `sub` (quoted) that is not the subject's id.
    jwt_sub_mismatch(sub)
        "sub {sub} is not the credentialSubject's id",
        "sub {sub} is niet de id van het credentialSubject",
        "sub {sub} ist nicht die id des credentialSubject",
        "sub {sub} n'est pas l'id du credentialSubject";
    /// A date claim that is not a whole number of seconds.
    jwt_claim_not_numeric(claim)
        "{claim} is not a NumericDate",
        "{claim} is geen NumericDate",
        "{claim} ist kein NumericDate",
        "{claim} n'est pas une NumericDate";
    /// A date claim (its seconds as written) that differs from the credential's date (quoted).
    jwt_date_mismatch(claim, seconds, property, value)
        "{claim} {seconds} does not match {property} {value}",
        "{claim} {seconds} komt niet overeen met {property} {value}",
        "{claim} {seconds} stimmt nicht mit {property} {value} überein",
        "{claim} {seconds} ne correspond pas à {property} {value}";
    /// A date claim without the credential's date.
    jwt_claim_without_property(claim, property)
        "{claim} is set but the credential has no {property}",
        "{claim} is gezet, maar het credential heeft geen {property}",
        "{claim} ist gesetzt, aber der Nachweis hat kein {property}",
        "{claim} est présent, mais l'attestation n'a pas de {property}";
    /// An Open Badges 3.0 token without `exp` for a credential that ends.
    jwt_ob3_exp_missing(property)
        "Open Badges 3.0 requires exp when {property} is set",
        "Open Badges 3.0 vereist exp als {property} is gezet",
        "Open Badges 3.0 verlangt exp, wenn {property} gesetzt ist",
        "Open Badges 3.0 exige exp lorsque {property} est présent";
    /// A `kid` header that is not text.
    jwt_kid_not_string()
        "kid is not a string",
        "kid is geen tekst",
        "kid ist kein Text",
        "kid n'est pas un texte";
    /// A `jwk` header that is not an object.
    jwt_jwk_not_object()
        "jwk is not an object",
        "jwk is geen object",
        "jwk ist kein Objekt",
        "jwk n'est pas un objet";
    /// A token that names no key, from an issuer without a document.
    jwt_no_key_no_issuer()
        "the token names no key (kid, x5c or jwk) and has no issuer whose document could",
        "het token noemt geen sleutel (kid, x5c of jwk) en heeft geen uitgever wiens document dat zou kunnen",
        "das Token nennt keinen Schlüssel (kid, x5c oder jwk) und hat keinen Aussteller, dessen Dokument es könnte",
        "le jeton ne nomme aucune clé (kid, x5c ou jwk) et n'a pas d'émetteur dont le document pourrait le faire";
    /// A token that names no key; the issuer's document was not supplied.
    jwt_no_key_document_missing(issuer)
        "the token names no key (kid, x5c or jwk); the issuer's document {issuer} would list it, and was not supplied",
        "het token noemt geen sleutel (kid, x5c of jwk); het document {issuer} van de uitgever zou hem vermelden, maar is niet meegegeven",
        "das Token nennt keinen Schlüssel (kid, x5c oder jwk); das Dokument {issuer} des Ausstellers würde ihn aufführen, wurde aber nicht mitgegeben",
        "le jeton ne nomme aucune clé (kid, x5c ou jwk)\u{a0}; le document {issuer} de l'émetteur la mentionnerait, mais n'a pas été fourni";
    /// A token that names no key; the issuer lists none or several of its type.
    jwt_no_key_many(issuer, count, kind)
        "the token names no key (kid, x5c or jwk) and {issuer} lists {count} {kind} keys under assertionMethod: a kid must say which",
        "het token noemt geen sleutel (kid, x5c of jwk) en {issuer} vermeldt {count} {kind}-sleutels onder assertionMethod: een kid moet zeggen welke",
        "das Token nennt keinen Schlüssel (kid, x5c oder jwk), und {issuer} führt {count} {kind}-Schlüssel unter assertionMethod: ein kid muss sagen, welcher",
        "le jeton ne nomme aucune clé (kid, x5c ou jwk) et {issuer} mentionne {count} clés {kind} sous assertionMethod\u{a0}: un kid doit dire laquelle";
    /// A token that names no key; the issuer's metadata has none or several of its type.
    jwt_no_key_many_in_metadata(url, count, kind)
        "the token names no key and the metadata at {url} has {count} {kind} keys: a kid must say which",
        "het token noemt geen sleutel en de metadata op {url} bevatten {count} {kind}-sleutels: een kid moet zeggen welke",
        "das Token nennt keinen Schlüssel, und die Metadaten unter {url} haben {count} {kind}-Schlüssel: ein kid muss sagen, welcher",
        "le jeton ne nomme aucune clé et les métadonnées à {url} ont {count} clés {kind}\u{a0}: un kid doit dire laquelle";
    /// JWT VC Issuer Metadata that was not supplied.
    jwt_metadata_missing(url)
        "the metadata at {url} was not supplied",
        "de metadata op {url} zijn niet meegegeven",
        "die Metadaten unter {url} wurden nicht mitgegeben",
        "les métadonnées à {url} n'ont pas été fournies";
    /// Issuer metadata naming another issuer.
    jwt_metadata_of_another(url, issuer)
        "the metadata at {url} is not {issuer}'s (its issuer member differs)",
        "de metadata op {url} zijn niet die van {issuer} (het veld issuer wijkt af)",
        "die Metadaten unter {url} sind nicht die von {issuer} (ihr Feld issuer weicht ab)",
        "les métadonnées à {url} ne sont pas celles de {issuer} (leur champ issuer diffère)";
    /// The issuer's `jwks_uri` document was not supplied.
    jwt_metadata_keys_missing(url)
        "the issuer's keys at {url} were not supplied",
        "de sleutels van de uitgever op {url} zijn niet meegegeven",
        "die Schlüssel des Ausstellers unter {url} wurden nicht mitgegeben",
        "les clés de l'émetteur à {url} n'ont pas été fournies";
    /// Issuer metadata without `jwks` or `jwks_uri`.
    jwt_metadata_no_keys(url)
        "the metadata at {url} lists no keys",
        "de metadata op {url} vermelden geen sleutels",
        "die Metadaten unter {url} führen keine Schlüssel auf",
        "les métadonnées à {url} ne mentionnent aucune clé";
    /// A `kid` (quoted) whose metadata and issuer document were both not supplied.
    jwt_kid_metadata_missing(kid, url, issuer)
        "the key {kid} is in the issuer's metadata {url} (or its document {issuer}); neither was supplied",
        "de sleutel {kid} staat in de metadata {url} van de uitgever (of in diens document {issuer}); geen van beide is meegegeven",
        "der Schlüssel {kid} steht in den Metadaten {url} des Ausstellers (oder in seinem Dokument {issuer}); keines von beiden wurde mitgegeben",
        "la clé {kid} figure dans les métadonnées {url} de l'émetteur (ou dans son document {issuer})\u{a0}; aucun des deux n'a été fourni";
    /// A `kid` (quoted) the issuer's metadata does not have.
    jwt_kid_not_in_metadata(url, kid)
        "the metadata at {url} has no key {kid}",
        "de metadata op {url} bevatten geen sleutel {kid}",
        "die Metadaten unter {url} haben keinen Schlüssel {kid}",
        "les métadonnées à {url} n'ont pas de clé {kid}";
    /// A `kid` (quoted) in an issuer document that was not supplied.
    jwt_kid_document_missing(kid, issuer)
        "the key {kid} is in the issuer's document, which was not supplied ({issuer})",
        "de sleutel {kid} staat in het document van de uitgever, dat niet is meegegeven ({issuer})",
        "der Schlüssel {kid} steht im Dokument des Ausstellers, das nicht mitgegeben wurde ({issuer})",
        "la clé {kid} figure dans le document de l'émetteur, qui n'a pas été fourni ({issuer})";
    /// A `kid` (quoted) the issuer's document does not have.
    jwt_kid_not_in_document(issuer, kid)
        "the issuer's document {issuer} has no key {kid}",
        "het document {issuer} van de uitgever bevat geen sleutel {kid}",
        "das Dokument {issuer} des Ausstellers hat keinen Schlüssel {kid}",
        "le document {issuer} de l'émetteur n'a pas de clé {kid}";
    /// An `x5c` header that is not an array.
    jwt_x5c_not_array()
        "x5c is not an array",
        "x5c is geen array",
        "x5c ist kein Array",
        "x5c n'est pas un tableau";
    /// An `x5c` header with no or too many certificates.
    jwt_x5c_count(limit)
        "x5c must hold 1 to {limit} certificates",
        "x5c moet 1 tot {limit} certificaten bevatten",
        "x5c muss 1 bis {limit} Zertifikate enthalten",
        "x5c doit contenir de 1 à {limit} certificats";
    /// An `x5c` entry that is not base64.
    jwt_x5c_not_base64()
        "x5c holds something that is not base64",
        "x5c bevat iets dat geen base64 is",
        "x5c enthält etwas, das kein base64 ist",
        "x5c contient quelque chose qui n'est pas en base64";
    /// An `x5c` header without certificates.
    jwt_x5c_empty()
        "x5c is empty",
        "x5c is leeg",
        "x5c ist leer",
        "x5c est vide";

    // ── proof/sd_jwt.rs ──
    /// A key-binding JWT whose `typ` is not `kb+jwt`.
    kb_jwt_typ_wrong()
        "the key-binding JWT's typ is not kb+jwt",
        "de typ van de key-binding-JWT is niet kb+jwt",
        "der typ des Key-Binding-JWT ist nicht kb+jwt",
        "le typ du JWT de liaison de clé n'est pas kb+jwt";
    /// A key-binding JWT for an SD-JWT that binds no holder key.
    kb_jwt_without_cnf()
        "a key-binding JWT, but the issuer bound no holder key (cnf.jwk)",
        "een key-binding-JWT, maar de uitgever heeft geen sleutel van de houder vastgelegd (cnf.jwk)",
        "ein Key-Binding-JWT, aber der Aussteller hat keinen Schlüssel des Inhabers gebunden (cnf.jwk)",
        "un JWT de liaison de clé, mais l'émetteur n'a lié aucune clé du titulaire (cnf.jwk)";
    /// A key-binding JWT made for another presentation.
    kb_jwt_sd_hash_wrong()
        "the key-binding JWT's sd_hash is not that of this presentation: it was made for another one",
        "de sd_hash van de key-binding-JWT is niet die van deze presentatie: hij is voor een andere gemaakt",
        "der sd_hash des Key-Binding-JWT ist nicht der dieser Präsentation: er wurde für eine andere erstellt",
        "le sd_hash du JWT de liaison de clé n'est pas celui de cette présentation\u{a0}: il a été fait pour une autre";
    /// A key-binding JWT not signed with the holder's key.
    kb_jwt_not_holder_signed()
        "the key-binding JWT is not signed with the holder key (cnf.jwk)",
        "de key-binding-JWT is niet ondertekend met de sleutel van de houder (cnf.jwk)",
        "der Key-Binding-JWT ist nicht mit dem Schlüssel des Inhabers signiert (cnf.jwk)",
        "le JWT de liaison de clé n'est pas signé avec la clé du titulaire (cnf.jwk)";

    // ── the platform's answers (pkg/webcrypto.js, through wasm.rs) ──
    /// No WebCrypto: the page is not a secure context.
    webcrypto_insecure()
        "no WebCrypto in this page: it needs a secure context (https or localhost)",
        "geen WebCrypto in deze pagina: daarvoor is een beveiligde context nodig (https of localhost)",
        "kein WebCrypto auf dieser Seite: dafür ist ein sicherer Kontext nötig (https oder localhost)",
        "pas de WebCrypto dans cette page\u{a0}: il faut un contexte sécurisé (https ou localhost)";
    /// No WebCrypto on this platform.
    webcrypto_missing()
        "no WebCrypto (crypto.subtle) on this platform",
        "geen WebCrypto (crypto.subtle) op dit platform",
        "kein WebCrypto (crypto.subtle) auf dieser Plattform",
        "pas de WebCrypto (crypto.subtle) sur cette plateforme";
    /// An algorithm asked with a key of another kind.
    webcrypto_not_for_key(alg, key)
        "{alg} with a {key} key is not checked here",
        "{alg} met een {key}-sleutel wordt hier niet gecontroleerd",
        "{alg} mit einem {key}-Schlüssel wird hier nicht geprüft",
        "{alg} avec une clé {key} n'est pas contrôlé ici";
    /// WebCrypto says the signature does not verify.
    webcrypto_not_verified(alg)
        "the {alg} signature does not verify (WebCrypto)",
        "de {alg}-handtekening klopt niet (WebCrypto)",
        "die {alg}-Signatur stimmt nicht (WebCrypto)",
        "la signature {alg} ne correspond pas (WebCrypto)";
    /// WebCrypto failed while checking (its error's name).
    webcrypto_failed(alg, error)
        "WebCrypto could not check the {alg} signature ({error})",
        "WebCrypto kon de {alg}-handtekening niet controleren ({error})",
        "WebCrypto konnte die {alg}-Signatur nicht prüfen ({error})",
        "WebCrypto n'a pas pu contrôler la signature {alg} ({error})";
    /// A curve point that is not on its curve.
    webcrypto_off_curve(curve)
        "the {curve} key is not a point on the curve",
        "de {curve}-sleutel is geen punt op de curve",
        "der {curve}-Schlüssel ist kein Punkt auf der Kurve",
        "la clé {curve} n'est pas un point de la courbe";
    /// WebCrypto here does not offer the algorithm.
    webcrypto_not_offered(alg, error)
        "WebCrypto here does not offer {alg} ({error})",
        "WebCrypto biedt hier geen {alg} ({error})",
        "WebCrypto bietet hier kein {alg} an ({error})",
        "WebCrypto ne propose pas {alg} ici ({error})";
    /// WebCrypto refused to import the key.
    webcrypto_key_refused(key, error)
        "WebCrypto refused the {key} key ({error})",
        "WebCrypto weigerde de {key}-sleutel ({error})",
        "WebCrypto hat den {key}-Schlüssel abgelehnt ({error})",
        "WebCrypto a refusé la clé {key} ({error})";
}
