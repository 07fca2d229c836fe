//! Detail lines of status lists (Bitstring Status List, StatusList2021, Token Status List, 1EdTech revocation lists): why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── entries and lists (status/mod.rs) ──
    /// More `credentialStatus` entries than the limit.
    status_too_many_entries(entries, limit)
        "{entries} status entries; the limit MAX_STATUS_ENTRIES is {limit}",
        "{entries} statusvermeldingen; de grens MAX_STATUS_ENTRIES is {limit}",
        "{entries} Statuseinträge; die Grenze MAX_STATUS_ENTRIES ist {limit}",
        "{entries} entrées de statut\u{a0}; la limite MAX_STATUS_ENTRIES est {limit}";
    /// A status entry (its type) without a member its type requires.
    status_entry_without(kind, member)
        "{kind} without {member}",
        "{kind} zonder {member}",
        "{kind} ohne {member}",
        "{kind} sans {member}";
    /// A `statusListIndex` that is not a whole number (the entry's type).
    status_index_not_whole(kind)
        "{kind}: statusListIndex is not a whole number",
        "{kind}: statusListIndex is geen geheel getal",
        "{kind}: statusListIndex ist keine ganze Zahl",
        "{kind}\u{a0}: statusListIndex n'est pas un nombre entier";
    /// A `statusSize` out of range (the entry's type).
    status_size_invalid(kind)
        "{kind}: statusSize must be 1 to 8",
        "{kind}: statusSize moet 1 tot en met 8 zijn",
        "{kind}: statusSize muss zwischen 1 und 8 liegen",
        "{kind}\u{a0}: statusSize doit valoir de 1 à 8";
    /// A list credential of another type than the entry expects.
    status_list_not_type(kind)
        "the status list is not a {kind}",
        "de statuslijst is geen {kind}",
        "die Statusliste ist kein {kind}",
        "la liste de statut n'est pas un {kind}";
    /// A list credential without a member it needs.
    status_list_member_missing(member)
        "the status list has no {member}",
        "de statuslijst heeft geen {member}",
        "der Statusliste fehlt {member}",
        "la liste de statut n'a pas de {member}";
    /// A list whose subject is of another type than the entry expects.
    status_list_subject_not_type(kind)
        "the status list's subject is not a {kind}",
        "het subject van de statuslijst is geen {kind}",
        "das Subjekt der Statusliste ist kein {kind}",
        "le sujet de la liste de statut n'est pas un {kind}";
    /// A list that does not serve the entry's purpose (quoted).
    status_list_purpose_other(purpose)
        "the status list does not serve the purpose {purpose}",
        "de statuslijst dient niet voor het doel {purpose}",
        "die Statusliste dient nicht dem Zweck {purpose}",
        "la liste de statut ne sert pas l'usage {purpose}";
    /// An `encodedList` that is not base64url.
    status_encoded_list_not_base64url()
        "encodedList is not base64url",
        "encodedList is geen base64url",
        "encodedList ist kein base64url",
        "encodedList n'est pas en base64url";
    /// An index outside the list (`keurmerk status-list set`).
    status_index_outside(index, entries)
        "index {index} is outside the list of {entries} entries",
        "index {index} valt buiten de lijst van {entries} posities",
        "Index {index} liegt außerhalb der Liste mit {entries} Einträgen",
        "l'index {index} est hors de la liste de {entries} entrées";
    /// A value wider than the entry (`keurmerk status-list set --size`).
    status_value_too_wide(value, bits)
        "the value {value} does not fit in {bits} bits",
        "de waarde {value} past niet in {bits} bits",
        "der Wert {value} passt nicht in {bits} Bit",
        "la valeur {value} ne tient pas sur {bits} bits";
    /// An index too large to address a bit.
    status_index_too_large(index)
        "index {index} is too large",
        "index {index} is te groot",
        "Index {index} ist zu groß",
        "l'index {index} est trop grand";
    /// The credential's `statusListIndex` outside the list.
    status_list_index_outside(index, entries)
        "statusListIndex {index} is outside the list of {entries} entries",
        "statusListIndex {index} valt buiten de lijst van {entries} posities",
        "statusListIndex {index} liegt außerhalb der Liste mit {entries} Einträgen",
        "statusListIndex {index} est hors de la liste de {entries} entrées";

    // ── status checks (status/check.rs) ──
    /// A `status` claim naming another mechanism than a Token Status List (its members).
    status_mechanism_unsupported(members)
        "status mechanism {members} (not a Token Status List status_list)",
        "statusmechanisme {members} (geen status_list van een Token Status List)",
        "Statusmechanismus {members} (keine status_list einer Token Status List)",
        "mécanisme de statut {members} (pas une status_list de Token Status List)";

    // ── GZIP (status/gzip.rs) ──
    /// Fewer bytes than a GZIP header.
    gzip_too_short()
        "encodedList: too short for GZIP",
        "encodedList: te kort voor GZIP",
        "encodedList: zu kurz für GZIP",
        "encodedList\u{a0}: trop court pour du GZIP";
    /// Not a GZIP member with deflate.
    gzip_not_deflate()
        "encodedList: not GZIP (deflate)",
        "encodedList: geen GZIP (deflate)",
        "encodedList: kein GZIP (deflate)",
        "encodedList\u{a0}: pas du GZIP (deflate)";
    /// A GZIP header cut short.
    gzip_header_truncated()
        "encodedList: truncated header",
        "encodedList: afgebroken header",
        "encodedList: abgeschnittener Header",
        "encodedList\u{a0}: en-tête tronqué";
    /// GZIP data cut short.
    gzip_truncated()
        "encodedList: truncated",
        "encodedList: afgebroken",
        "encodedList: abgeschnitten",
        "encodedList\u{a0}: données tronquées";
    /// A list that inflates past the limit (a gzip bomb).
    gzip_too_large(limit)
        "encodedList: inflates to more than MAX_STATUS_LIST_BYTES ({limit} bytes)",
        "encodedList: pakt uit tot meer dan MAX_STATUS_LIST_BYTES ({limit} bytes)",
        "encodedList: entpackt mehr als MAX_STATUS_LIST_BYTES ({limit} Byte)",
        "encodedList\u{a0}: se décompresse en plus de MAX_STATUS_LIST_BYTES ({limit} octets)";
    /// Deflate data that does not inflate.
    gzip_damaged()
        "encodedList: damaged deflate data",
        "encodedList: beschadigde deflate-gegevens",
        "encodedList: beschädigte Deflate-Daten",
        "encodedList\u{a0}: données deflate endommagées";
    /// A CRC-32 or length that does not match what inflated.
    gzip_check_mismatch()
        "encodedList: CRC or length does not match",
        "encodedList: CRC of lengte klopt niet",
        "encodedList: CRC oder Länge stimmt nicht",
        "encodedList\u{a0}: le CRC ou la longueur ne correspond pas";

    // ── Open Badges 2.0 revocation (status/ob2.rs) ──
    /// The issuer's site answers 410 Gone for the badge.
    ob2_status_gone(url)
        "the issuer's website answers 410 Gone at {url}",
        "de website van de uitgever antwoordt 410 Gone op {url}",
        "die Website des Ausstellers antwortet unter {url} mit 410 Gone",
        "le site web de l'émetteur répond 410 Gone à {url}";
    /// The issuer's site marks the badge revoked.
    ob2_status_revoked(url)
        "the issuer's website marks the badge at {url} revoked",
        "de website van de uitgever markeert de badge op {url} als ingetrokken",
        "die Website des Ausstellers kennzeichnet das Badge unter {url} als widerrufen",
        "le site web de l'émetteur marque le badge à {url} comme révoqué";
    /// The same, with the issuer's reason.
    ob2_status_revoked_because(url, reason)
        "the issuer's website marks the badge at {url} revoked: {reason}",
        "de website van de uitgever markeert de badge op {url} als ingetrokken: {reason}",
        "die Website des Ausstellers kennzeichnet das Badge unter {url} als widerrufen: {reason}",
        "le site web de l'émetteur marque le badge à {url} comme révoqué\u{a0}: {reason}";
    /// The issuer's profile, which names its revocation list, was not supplied.
    ob2_status_no_profile()
        "the issuer's profile, which would name its revocation list, was not available",
        "het profiel van de uitgever, dat de intrekkingslijst zou noemen, was niet beschikbaar",
        "das Profil des Ausstellers, das seine Widerrufsliste nennen würde, war nicht verfügbar",
        "le profil de l'émetteur, qui nommerait sa liste de révocation, n'était pas disponible";
    /// The issuer still serves the hosted badge.
    ob2_status_still_served(url)
        "the issuer still serves the badge at {url}",
        "de uitgever biedt de badge nog aan op {url}",
        "der Aussteller stellt das Badge unter {url} weiterhin bereit",
        "l'émetteur sert toujours le badge à {url}";
    /// The issuer's profile names no revocation list.
    ob2_status_no_list()
        "the issuer's profile names no revocation list",
        "het profiel van de uitgever noemt geen intrekkingslijst",
        "das Profil des Ausstellers nennt keine Widerrufsliste",
        "le profil de l'émetteur ne nomme aucune liste de révocation";
    /// The issuer's revocation list was not supplied.
    ob2_revocation_list_missing(list)
        "the issuer's revocation list {list} was not supplied",
        "de intrekkingslijst {list} van de uitgever is niet meegegeven",
        "die Widerrufsliste {list} des Ausstellers wurde nicht mitgegeben",
        "la liste de révocation {list} de l'émetteur n'a pas été fournie";
    /// The issuer's revocation list names the assertion.
    ob2_revocation_list_names(list, id)
        "the issuer's revocation list {list} names {id}",
        "de intrekkingslijst {list} van de uitgever noemt {id}",
        "die Widerrufsliste {list} des Ausstellers nennt {id}",
        "la liste de révocation {list} de l'émetteur cite {id}";
    /// The same, with the issuer's reason.
    ob2_revocation_list_names_because(list, id, reason)
        "the issuer's revocation list {list} names {id}: {reason}",
        "de intrekkingslijst {list} van de uitgever noemt {id}: {reason}",
        "die Widerrufsliste {list} des Ausstellers nennt {id}: {reason}",
        "la liste de révocation {list} de l'émetteur cite {id}\u{a0}: {reason}";
    /// The issuer's revocation list does not name the assertion.
    ob2_revocation_list_clear(list, id)
        "the issuer's revocation list {list} does not name {id}",
        "de intrekkingslijst {list} van de uitgever noemt {id} niet",
        "die Widerrufsliste {list} des Ausstellers nennt {id} nicht",
        "la liste de révocation {list} de l'émetteur ne cite pas {id}";
    /// The hosted URL, where a revocation would show, was not consulted.
    ob2_status_not_consulted(url)
        "whether it was revoked shows at {url}, which was not consulted",
        "of de badge is ingetrokken, blijkt op {url}, dat niet is geraadpleegd",
        "ob das Badge widerrufen wurde, zeigt sich unter {url}, das nicht abgefragt wurde",
        "une éventuelle révocation se verrait à {url}, qui n'a pas été consulté";

    // ── Token Status List (status/token_status_list.rs) ──
    /// A reference whose `idx` is not a whole number.
    tsl_idx_not_whole()
        "status.status_list.idx is not a non-negative whole number",
        "status.status_list.idx is geen niet-negatief geheel getal",
        "status.status_list.idx ist keine nichtnegative ganze Zahl",
        "status.status_list.idx n'est pas un entier positif ou nul";
    /// A reference whose `uri` is not a string.
    tsl_uri_not_string()
        "status.status_list.uri is not a string",
        "status.status_list.uri is geen tekst",
        "status.status_list.uri ist kein Text",
        "status.status_list.uri n'est pas une chaîne";
    /// A reference whose `idx` is over the limit.
    tsl_idx_too_large(idx, limit)
        "status.status_list.idx {idx} is beyond any list read here (MAX_TOKEN_STATUS_INDEX {limit})",
        "status.status_list.idx {idx} ligt voorbij elke lijst die hier wordt gelezen (MAX_TOKEN_STATUS_INDEX {limit})",
        "status.status_list.idx {idx} liegt jenseits jeder hier gelesenen Liste (MAX_TOKEN_STATUS_INDEX {limit})",
        "status.status_list.idx {idx} dépasse toute liste lue ici (MAX_TOKEN_STATUS_INDEX {limit})";
    /// A list whose `bits` is not 1, 2, 4 or 8.
    tsl_bits_invalid()
        "status_list.bits is not 1, 2, 4 or 8",
        "status_list.bits is niet 1, 2, 4 of 8",
        "status_list.bits ist nicht 1, 2, 4 oder 8",
        "status_list.bits ne vaut pas 1, 2, 4 ou 8";
    /// A list whose `lst` is not a string.
    tsl_lst_not_string()
        "status_list.lst is not a string",
        "status_list.lst is geen tekst",
        "status_list.lst ist kein Text",
        "status_list.lst n'est pas une chaîne";
    /// A list whose `lst` is not base64url.
    tsl_lst_not_base64url()
        "status_list.lst is not base64url",
        "status_list.lst is geen base64url",
        "status_list.lst ist kein base64url",
        "status_list.lst n'est pas en base64url";
    /// A list that inflates past the limit (a zlib bomb).
    tsl_lst_too_large(limit)
        "status_list.lst inflates to more than MAX_TOKEN_STATUS_LIST_BYTES ({limit} bytes)",
        "status_list.lst pakt uit tot meer dan MAX_TOKEN_STATUS_LIST_BYTES ({limit} bytes)",
        "status_list.lst entpackt mehr als MAX_TOKEN_STATUS_LIST_BYTES ({limit} Byte)",
        "status_list.lst se décompresse en plus de MAX_TOKEN_STATUS_LIST_BYTES ({limit} octets)";
    /// A list whose `lst` is not ZLIB.
    tsl_lst_not_zlib()
        "status_list.lst is not ZLIB-compressed data",
        "status_list.lst is geen met ZLIB gecomprimeerde data",
        "status_list.lst enthält keine ZLIB-komprimierten Daten",
        "status_list.lst n'est pas compressé en ZLIB";
    /// An `idx` outside the list.
    tsl_idx_outside(idx, entries)
        "idx {idx} is outside the list of {entries} entries",
        "idx {idx} valt buiten de lijst van {entries} posities",
        "idx {idx} liegt außerhalb der Liste mit {entries} Einträgen",
        "idx {idx} est hors de la liste de {entries} entrées";
    /// The Token Status List was not supplied.
    tsl_missing(list)
        "the Token Status List {list} was not supplied",
        "de Token Status List {list} is niet meegegeven",
        "die Token Status List {list} wurde nicht mitgegeben",
        "la Token Status List {list} n'a pas été fournie";
    /// A supplied document that is neither form.
    tsl_not_a_list()
        "not a Status List Token nor a Status List",
        "geen Status List Token en geen Status List",
        "weder ein Status List Token noch eine Status List",
        "ni un Status List Token ni une Status List";
    /// A token of another `typ` (quoted).
    tsl_token_typ(typ)
        "the token's typ is {typ}, not statuslist+jwt",
        "de typ van het token is {typ}, niet statuslist+jwt",
        "der typ des Tokens ist {typ}, nicht statuslist+jwt",
        "le typ du jeton est {typ}, pas statuslist+jwt";
    /// A token with critical header extensions.
    tsl_token_crit()
        "critical header extensions (crit, b64) are not accepted",
        "kritieke headerextensies (crit, b64) worden niet aanvaard",
        "kritische Header-Erweiterungen (crit, b64) werden nicht akzeptiert",
        "les extensions d'en-tête critiques (crit, b64) ne sont pas acceptées";
    /// A token for another list than the credential names.
    tsl_token_sub()
        "the token's sub is not the uri the credential names: it is the list of something else",
        "de sub van het token is niet de uri die het credential noemt: het is de lijst van iets anders",
        "das sub des Tokens ist nicht die uri, die der Nachweis nennt: es ist die Liste von etwas anderem",
        "le sub du jeton n'est pas l'uri que nomme l'attestation\u{a0}: c'est la liste d'autre chose";
    /// A token date claim that is not a number of seconds.
    tsl_token_date_not_numeric(claim)
        "the token's {claim} is not a NumericDate",
        "{claim} van het token is geen NumericDate",
        "{claim} des Tokens ist kein NumericDate",
        "{claim} du jeton n'est pas une NumericDate";
    /// A token without `iat`.
    tsl_token_no_iat()
        "the token has no iat",
        "het token heeft geen iat",
        "dem Token fehlt iat",
        "le jeton n'a pas d'iat";
    /// A token past its `exp`.
    tsl_token_expired(at)
        "the token expired at {at:time}",
        "het token is verlopen op {at:time}",
        "das Token ist am {at:time} abgelaufen",
        "le jeton a expiré le {at:time}";
    /// A token before its `nbf`.
    tsl_token_not_yet_valid(from)
        "the token is not valid before {from:time}",
        "het token is pas geldig vanaf {from:time}",
        "das Token ist erst ab {from:time} gültig",
        "le jeton n'est valide qu'à partir du {from:time}";
    /// A token without a `status_list` object.
    tsl_token_no_list()
        "the token has no status_list object",
        "het token heeft geen status_list-object",
        "dem Token fehlt das status_list-Objekt",
        "le jeton n'a pas d'objet status_list";
    /// Said after an entry's value read from an unsigned list, in parentheses.
    tsl_list_unsigned()
        "an unsigned list",
        "een niet-ondertekende lijst",
        "eine nicht signierte Liste",
        "une liste non signée";
    /// The entry is INVALID (revoked).
    tsl_entry_invalid(index, list)
        "entry {index} of the Token Status List {list} is 0x01 INVALID",
        "positie {index} van de Token Status List {list} is 0x01 INVALID",
        "Eintrag {index} der Token Status List {list} ist 0x01 INVALID",
        "l'entrée {index} de la Token Status List {list} vaut 0x01 INVALID";
    /// The entry is SUSPENDED.
    tsl_entry_suspended(index, list)
        "entry {index} of the Token Status List {list} is 0x02 SUSPENDED",
        "positie {index} van de Token Status List {list} is 0x02 SUSPENDED",
        "Eintrag {index} der Token Status List {list} ist 0x02 SUSPENDED",
        "l'entrée {index} de la Token Status List {list} vaut 0x02 SUSPENDED";
    /// The entry is VALID in the issuer's list.
    tsl_entry_valid(index, list)
        "entry {index} of the Token Status List {list} is 0x00 VALID",
        "positie {index} van de Token Status List {list} is 0x00 VALID",
        "Eintrag {index} der Token Status List {list} ist 0x00 VALID",
        "l'entrée {index} de la Token Status List {list} vaut 0x00 VALID";
    /// VALID in a list someone else signed, which cannot rule a revocation out.
    tsl_entry_valid_foreign(index, list, signer)
        "entry {index} of the Token Status List {list} is 0x00 VALID, but the list is signed by {signer}, not by the issuer: it does not rule out revocation",
        "positie {index} van de Token Status List {list} is 0x00 VALID, maar de lijst is ondertekend door {signer}, niet door de uitgever: die sluit intrekking niet uit",
        "Eintrag {index} der Token Status List {list} ist 0x00 VALID, aber die Liste ist von {signer} signiert, nicht vom Aussteller: sie schließt einen Widerruf nicht aus",
        "l'entrée {index} de la Token Status List {list} vaut 0x00 VALID, mais la liste est signée par {signer}, pas par l'émetteur\u{a0}: elle n'exclut pas une révocation";
    /// VALID in a list signed by a key that came with the token, which cannot rule a revocation out.
    tsl_entry_valid_self_signed(index, list)
        "entry {index} of the Token Status List {list} is 0x00 VALID, but the list is signed by a key that came with the token itself, not by the issuer: it does not rule out revocation",
        "positie {index} van de Token Status List {list} is 0x00 VALID, maar de lijst is ondertekend met een sleutel die bij het token zelf zat, niet door de uitgever: die sluit intrekking niet uit",
        "Eintrag {index} der Token Status List {list} ist 0x00 VALID, aber die Liste ist mit einem Schlüssel signiert, der mit dem Token selbst kam, nicht vom Aussteller: sie schließt einen Widerruf nicht aus",
        "l'entrée {index} de la Token Status List {list} vaut 0x00 VALID, mais la liste est signée par une clé venue avec le jeton lui-même, pas par l'émetteur\u{a0}: elle n'exclut pas une révocation";
    /// VALID in an unsigned list (JSON), which cannot rule a revocation out.
    tsl_entry_valid_unsigned(index, list)
        "entry {index} of the Token Status List {list} is 0x00 VALID, but the list is not signed (JSON, not a Status List Token), so that does not rule out revocation",
        "positie {index} van de Token Status List {list} is 0x00 VALID, maar de lijst is niet ondertekend (JSON, geen Status List Token) en sluit intrekking dus niet uit",
        "Eintrag {index} der Token Status List {list} ist 0x00 VALID, aber die Liste ist nicht signiert (JSON, kein Status List Token) und schließt einen Widerruf daher nicht aus",
        "l'entrée {index} de la Token Status List {list} vaut 0x00 VALID, mais la liste n'est pas signée (JSON, pas un Status List Token) et n'exclut donc pas une révocation";
    /// An application-specific value (as hexadecimal, `0x03`).
    tsl_entry_other(index, list, value)
        "entry {index} of the Token Status List {list} is {value}, an application-specific status",
        "positie {index} van de Token Status List {list} is {value}, een toepassingsspecifieke status",
        "Eintrag {index} der Token Status List {list} ist {value}, ein anwendungsspezifischer Status",
        "l'entrée {index} de la Token Status List {list} vaut {value}, un statut propre à l'application";
    /// The status list token's signature was not accepted (why after it).
    tsl_signature_rejected()
        "the token's signature was not accepted",
        "de handtekening van het token is niet aanvaard",
        "die Signatur des Tokens wurde nicht anerkannt",
        "la signature du jeton n'a pas été acceptée";

    // ── the entry read from a verified list, and the list itself (the full module reads lists) ──
    /// The credential's entry is set (revoked or suspended).
    status_entry_set(index, list)
        "entry {index} of {list} is set",
        "positie {index} van {list} staat aan",
        "Eintrag {index} von {list} ist gesetzt",
        "l'entrée {index} de {list} est activée";
    /// The credential's entry, read from a verified list.
    status_entry(purpose, index, list, value)
        "{purpose}: entry {index} of {list} is {value}",
        "{purpose}: positie {index} van {list} is {value}",
        "{purpose}: Eintrag {index} von {list} ist {value}",
        "{purpose}\u{a0}: l'entrée {index} de {list} vaut {value}";
    /// The credential's entry and the issuer's message for its value (`statusMessage`).
    status_entry_message(purpose, index, list, status, message)
        "{purpose}: entry {index} of {list} is {status}, which the issuer calls \u{201c}{message}\u{201d}",
        "{purpose}: positie {index} van {list} is {status}, door de uitgever \u{201c}{message}\u{201d} genoemd",
        "{purpose}: Eintrag {index} von {list} ist {status}, vom Aussteller \u{201e}{message}\u{201c} genannt",
        "{purpose}\u{a0}: l'entrée {index} de {list} vaut {status}, que l'émetteur appelle \u{ab}\u{a0}{message}\u{a0}\u{bb}";
    /// A list shorter than the specification's minimum.
    status_list_short(list, entries, minimum)
        "{list} has {entries} entries; the minimum is {minimum}",
        "{list} heeft {entries} posities; het minimum is {minimum}",
        "{list} hat {entries} Einträge; das Minimum ist {minimum}",
        "{list} compte {entries} entrées\u{a0}; le minimum est {minimum}";
    /// A list from another signer, which cannot rule a revocation out.
    status_list_foreign(list, signer, purpose)
        "{list} is signed by {signer}, not by the issuer: it does not rule out {purpose}",
        "{list} is ondertekend door {signer}, niet door de uitgever: die lijst sluit {purpose} niet uit",
        "{list} ist von {signer} signiert, nicht vom Aussteller: sie schließt {purpose} nicht aus",
        "{list} est signée par {signer}, pas par l'émetteur\u{a0}: elle n'exclut pas {purpose}";
    /// The status list itself did not verify, and why in English facts.
    status_list_rejected_as(verdict, why)
        "the status list credential is {verdict} ({why})",
        "het statuslijst-credential is {verdict} ({why})",
        "der Statuslisten-Nachweis ist {verdict} ({why})",
        "l'attestation de liste de statut est {verdict} ({why})";
    /// The status list itself did not verify (why: its deciding check's facts, after it).
    status_list_rejected(verdict)
        "the status list credential is {verdict}",
        "het statuslijst-credential is {verdict}",
        "der Statuslisten-Nachweis ist {verdict}",
        "l'attestation de liste de statut est {verdict}";
}
