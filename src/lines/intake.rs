//! Detail lines of reading the input (JSON, JWS, baked PNG and SVG, XML, SD-JWT), parsing the credential and presentations: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── JSON (intake/json.rs) ──
    /// A JSON text over the size limit.
    json_too_large(bytes, limit)
        "JSON is {bytes} bytes; the limit MAX_JSON_BYTES is {limit}",
        "de JSON-tekst is {bytes} bytes; de grens MAX_JSON_BYTES is {limit}",
        "der JSON-Text hat {bytes} Byte; die Grenze MAX_JSON_BYTES ist {limit}",
        "le texte JSON fait {bytes} octets\u{a0}; la limite MAX_JSON_BYTES est {limit}";
    /// Bytes that are not UTF-8.
    utf8_invalid_at(byte)
        "invalid UTF-8 at byte {byte}",
        "ongeldige UTF-8 bij byte {byte}",
        "ungültiges UTF-8 bei Byte {byte}",
        "UTF-8 invalide à l'octet {byte}";
    /// A member name given twice in one object (the name as JSON).
    json_duplicate_member(name)
        "duplicate member name {name}",
        "de naam {name} komt twee keer voor in hetzelfde object",
        "der Name {name} kommt im selben Objekt zweimal vor",
        "le nom {name} figure deux fois dans le même objet";
    /// JSON nested deeper than the limit.
    json_too_deep(limit)
        "nested deeper than MAX_JSON_DEPTH ({limit})",
        "dieper genest dan MAX_JSON_DEPTH ({limit})",
        "tiefer verschachtelt als MAX_JSON_DEPTH ({limit})",
        "imbriqué plus profondément que MAX_JSON_DEPTH ({limit})";
    /// A number JSON allows but no double can hold (I-JSON), where it is.
    json_number_out_of_range(line, column)
        "a number at line {line}, column {column} is out of range: no double can hold it",
        "een getal op regel {line}, kolom {column} valt buiten het bereik: geen double kan het bevatten",
        "eine Zahl in Zeile {line}, Spalte {column} liegt außerhalb des Bereichs: kein Double kann sie fassen",
        "un nombre à la ligne {line}, colonne {column} est hors limites\u{a0}: aucun double ne peut le contenir";
    /// Text that is not JSON, where the reader stopped.
    json_syntax(line, column)
        "not valid JSON at line {line}, column {column}",
        "geen geldige JSON op regel {line}, kolom {column}",
        "kein gültiges JSON in Zeile {line}, Spalte {column}",
        "JSON non valide à la ligne {line}, colonne {column}";
    /// JSON that ends before its value does.
    json_ends_early(line, column)
        "the JSON ends early, at line {line}, column {column}",
        "de JSON houdt te vroeg op, op regel {line}, kolom {column}",
        "das JSON endet zu früh, in Zeile {line}, Spalte {column}",
        "le JSON se termine trop tôt, à la ligne {line}, colonne {column}";
    /// More values than the limit.
    json_too_many_values(limit)
        "more than MAX_JSON_VALUES ({limit}) values",
        "meer dan MAX_JSON_VALUES ({limit}) waarden",
        "mehr als MAX_JSON_VALUES ({limit}) Werte",
        "plus de MAX_JSON_VALUES ({limit}) valeurs";
    /// A string over the length limit.
    json_string_too_long(bytes, limit)
        "a string of {bytes} bytes; the limit MAX_JSON_STRING_BYTES is {limit}",
        "een tekst van {bytes} bytes; de grens MAX_JSON_STRING_BYTES is {limit}",
        "eine Zeichenkette von {bytes} Byte; die Grenze MAX_JSON_STRING_BYTES ist {limit}",
        "une chaîne de {bytes} octets\u{a0}; la limite MAX_JSON_STRING_BYTES est {limit}";

    // ── reading the input (intake/mod.rs) ──
    /// An input over the size limit.
    input_too_large(bytes, limit)
        "{bytes} bytes; the limit MAX_INPUT_BYTES is {limit}",
        "{bytes} bytes; de grens MAX_INPUT_BYTES is {limit}",
        "{bytes} Byte; die Grenze MAX_INPUT_BYTES ist {limit}",
        "{bytes} octets\u{a0}; la limite MAX_INPUT_BYTES est {limit}";
    /// A PNG baked into a PNG (or an SVG) badge.
    image_in_image()
        "an image inside an image",
        "een afbeelding in een afbeelding",
        "ein Bild in einem Bild",
        "une image dans une image";
    /// Text in UTF-16, not UTF-8.
    input_utf16()
        "UTF-16 text (byte-order mark FE FF / FF FE)",
        "UTF-16-tekst (byte-order mark FE FF / FF FE)",
        "UTF-16-Text (Byte-Order-Mark FE FF / FF FE)",
        "texte UTF-16 (indicateur d'ordre des octets FE FF / FF FE)";
    /// An input of white space only.
    input_blank()
        "no bytes besides white space",
        "geen bytes behalve witruimte",
        "keine Bytes außer Leerraum",
        "aucun octet hormis des espaces";
    /// An input that is no container Keurmerk knows.
    input_format_unknown()
        "neither JSON, a compact JWS, an SD-JWT nor an image",
        "geen JSON, compacte JWS, SD-JWT of afbeelding",
        "weder JSON noch eine kompakte JWS, ein SD-JWT oder ein Bild",
        "ni du JSON, ni une JWS compacte, ni un SD-JWT, ni une image";
    /// The credential baked into an image could not be read (why: its own line, after it).
    image_credential_unread()
        "the credential inside the image could not be read",
        "het credential in de afbeelding kon niet worden gelezen",
        "der Nachweis im Bild konnte nicht gelesen werden",
        "l'attestation contenue dans l'image n'a pas pu être lue";

    // ── compact JWS (intake/jws.rs) ──
    /// A compact JWS with other than three parts.
    jws_not_three_parts()
        "a compact JWS has exactly three parts",
        "een compacte JWS heeft precies drie delen",
        "eine kompakte JWS hat genau drei Teile",
        "une JWS compacte comporte exactement trois parties";
    /// A JWS whose payload travels apart.
    jws_detached()
        "a detached JWS: the signed data is not in the file",
        "een losgekoppelde JWS (detached): de ondertekende gegevens zitten niet in het bestand",
        "eine abgetrennte JWS (detached): die signierten Daten sind nicht in der Datei",
        "une JWS détachée\u{a0}: les données signées ne sont pas dans le fichier";
    /// A JWS header that is not base64url.
    jws_header_not_base64url()
        "the header is not base64url",
        "de header is geen base64url",
        "der Header ist kein base64url",
        "l'en-tête n'est pas en base64url";
    /// A JWS payload that is not base64url.
    jws_payload_not_base64url()
        "the payload is not base64url",
        "de payload is geen base64url",
        "der Payload ist kein base64url",
        "la charge utile n'est pas en base64url";
    /// A JWS signature that is not base64url.
    jws_signature_not_base64url()
        "the signature is not base64url",
        "de handtekening is geen base64url",
        "die Signatur ist kein base64url",
        "la signature n'est pas en base64url";
    /// A JWS header that is JSON but not an object.
    jws_header_not_object()
        "the JWS header is not a JSON object",
        "de JWS-header is geen JSON-object",
        "der JWS-Header ist kein JSON-Objekt",
        "l'en-tête JWS n'est pas un objet JSON";
    /// A JWS payload that is JSON but not an object.
    jws_payload_not_object()
        "the JWS payload is not a JSON object",
        "de JWS-payload is geen JSON-object",
        "der JWS-Payload ist kein JSON-Objekt",
        "la charge utile JWS n'est pas un objet JSON";
    /// A JWS header that is not JSON (why: the JSON reader's line, after it).
    jws_header_not_json()
        "the JWS header is not JSON",
        "de JWS-header is geen JSON",
        "der JWS-Header ist kein JSON",
        "l'en-tête JWS n'est pas du JSON";
    /// A JWS payload that is not JSON (why: the JSON reader's line, after it).
    jws_payload_not_json()
        "the JWS payload is not JSON",
        "de JWS-payload is geen JSON",
        "der JWS-Payload ist kein JSON",
        "la charge utile JWS n'est pas du JSON";

    // ── PNG badges (intake/png.rs) ──
    /// A file that does not start with the PNG signature.
    png_not_png()
        "not a PNG",
        "geen PNG",
        "kein PNG",
        "pas un PNG";
    /// A PNG chunk cut off before its end.
    png_chunk_truncated()
        "a chunk is truncated",
        "een chunk is afgekapt",
        "ein Chunk ist abgeschnitten",
        "un chunk est tronqué";
    /// A PNG chunk whose length cannot be.
    png_chunk_too_long()
        "a chunk is too long",
        "een chunk is te lang",
        "ein Chunk ist zu lang",
        "un chunk est trop long";
    /// A PNG chunk whose checksum is wrong.
    png_crc_mismatch()
        "a chunk's CRC does not match: the image is damaged",
        "de CRC van een chunk klopt niet: de afbeelding is beschadigd",
        "die CRC eines Chunks stimmt nicht: das Bild ist beschädigt",
        "le CRC d'un chunk ne correspond pas\u{a0}: l'image est endommagée";
    /// A PNG without a badge chunk.
    png_no_credential()
        "the PNG has no openbadgecredential or openbadges chunk",
        "de PNG heeft geen chunk openbadgecredential of openbadges",
        "das PNG hat keinen Chunk openbadgecredential oder openbadges",
        "le PNG n'a pas de chunk openbadgecredential ou openbadges";
    /// An iTXt chunk cut off before its text.
    png_itxt_truncated()
        "a truncated iTXt chunk",
        "een afgekapte iTXt-chunk",
        "ein abgeschnittener iTXt-Chunk",
        "un chunk iTXt tronqué";
    /// A compressed badge chunk (the keyword: `openbadgecredential` or `openbadges`).
    png_chunk_compressed(keyword)
        "the {keyword} chunk is compressed, which Open Badges forbids",
        "de {keyword}-chunk is gecomprimeerd, wat Open Badges verbiedt",
        "der {keyword}-Chunk ist komprimiert, was Open Badges verbietet",
        "le chunk {keyword} est compressé, ce qu'Open Badges interdit";
    /// A second badge chunk, ignored (a warning).
    png_second_chunk(keyword)
        "a second {keyword} chunk was ignored: only the first counts",
        "een tweede {keyword}-chunk is genegeerd: alleen de eerste telt",
        "ein zweiter {keyword}-Chunk wurde ignoriert: nur der erste zählt",
        "un second chunk {keyword} a été ignoré\u{a0}: seul le premier compte";
    /// Baking: a PNG without its header chunk.
    png_no_ihdr()
        "the PNG has no IHDR chunk",
        "de PNG heeft geen IHDR-chunk",
        "das PNG hat keinen IHDR-Chunk",
        "le PNG n'a pas de chunk IHDR";
    /// Baking: a credential too large for one chunk.
    png_credential_too_large()
        "the credential is too large for a PNG chunk",
        "het credential is te groot voor een PNG-chunk",
        "der Nachweis ist zu groß für einen PNG-Chunk",
        "l'attestation est trop volumineuse pour un chunk PNG";

    // ── SVG badges (intake/svg.rs) ──
    /// An SVG that is not UTF-8.
    svg_not_utf8()
        "the SVG is not UTF-8",
        "de SVG is geen UTF-8",
        "das SVG ist kein UTF-8",
        "le SVG n'est pas en UTF-8";
    /// `<?` without `?>`.
    svg_unterminated_pi()
        "unterminated processing instruction",
        "niet afgesloten verwerkingsinstructie",
        "nicht abgeschlossene Verarbeitungsanweisung",
        "instruction de traitement non terminée";
    /// `<!--` without `-->`.
    svg_unterminated_comment()
        "unterminated comment",
        "niet afgesloten commentaar",
        "nicht abgeschlossener Kommentar",
        "commentaire non terminé";
    /// `<![CDATA[` without `]]>`.
    svg_unterminated_cdata()
        "unterminated CDATA",
        "niet afgesloten CDATA",
        "nicht abgeschlossener CDATA-Abschnitt",
        "section CDATA non terminée";
    /// A second DOCTYPE.
    svg_doctype_twice()
        "more than one DOCTYPE",
        "meer dan één DOCTYPE",
        "mehr als ein DOCTYPE",
        "plus d'un DOCTYPE";
    /// `<!` without its `>`.
    svg_unterminated_declaration()
        "unterminated declaration",
        "niet afgesloten declaratie",
        "nicht abgeschlossene Deklaration",
        "déclaration non terminée";
    /// `</` without `>`.
    svg_unterminated_end_tag()
        "unterminated end tag",
        "niet afgesloten eindtag",
        "nicht abgeschlossenes End-Tag",
        "balise fermante non terminée";
    /// `<` without `>`.
    svg_unterminated_start_tag()
        "unterminated start tag",
        "niet afgesloten starttag",
        "nicht abgeschlossenes Start-Tag",
        "balise ouvrante non terminée";
    /// An empty badge element.
    svg_credential_empty()
        "the credential element is empty",
        "het credential-element is leeg",
        "das credential-Element ist leer",
        "l'élément credential est vide";
    /// A badge element without its end tag.
    svg_credential_not_closed()
        "the credential element is not closed",
        "het credential-element wordt niet afgesloten",
        "das credential-Element wird nicht geschlossen",
        "l'élément credential n'est pas fermé";
    /// An SVG without a badge element.
    svg_no_credential()
        "the SVG has no openbadges:credential or openbadges:assertion element",
        "de SVG heeft geen element openbadges:credential of openbadges:assertion",
        "das SVG hat kein Element openbadges:credential oder openbadges:assertion",
        "le SVG n'a pas d'élément openbadges:credential ou openbadges:assertion";
    /// An attribute without `=`.
    svg_attribute_without_value()
        "an attribute without a value",
        "een attribuut zonder waarde",
        "ein Attribut ohne Wert",
        "un attribut sans valeur";
    /// An attribute value without quotes.
    svg_attribute_unquoted()
        "an unquoted attribute",
        "een attribuut zonder aanhalingstekens",
        "ein Attribut ohne Anführungszeichen",
        "un attribut sans guillemets";
    /// An attribute value without its closing quote.
    svg_attribute_unterminated()
        "an unterminated attribute",
        "een niet afgesloten attribuut",
        "ein nicht abgeschlossenes Attribut",
        "un attribut non terminé";
    /// Baking: no `<svg` start tag.
    svg_no_svg_element()
        "no <svg> element",
        "geen <svg>-element",
        "kein <svg>-Element",
        "aucun élément <svg>";
    /// Baking: `<svg` without `>`.
    svg_unterminated_svg_tag()
        "unterminated <svg> tag",
        "niet afgesloten <svg>-tag",
        "nicht abgeschlossenes <svg>-Tag",
        "balise <svg> non terminée";

    // ── XML (intake/xml.rs) ──
    /// Markup whose root element cannot be found.
    xml_no_root()
        "markup without a root element",
        "opmaak zonder rootelement",
        "Markup ohne Wurzelelement",
        "balisage sans élément racine";
    /// A Europass credential in XML with an XAdES seal (`root`: its root element's name).
    xml_europass_sealed(root)
        "a Europass credential in XML (EDCI, root <{root}>, sealed with an XAdES electronic seal): not checked, not rejected",
        "een Europass-credential in XML (EDCI, rootelement <{root}>, verzegeld met een elektronisch XAdES-zegel): niet gecontroleerd, niet afgewezen",
        "ein Europass-Nachweis in XML (EDCI, Wurzelelement <{root}>, mit einem elektronischen XAdES-Siegel gesiegelt): nicht geprüft, nicht abgelehnt",
        "une attestation Europass en XML (EDCI, racine <{root}>, scellée par un cachet électronique XAdES)\u{a0}: non contrôlée, non rejetée";
    /// A Europass credential in XML without a seal.
    xml_europass_unsealed(root)
        "a Europass credential in XML (EDCI, root <{root}>, without a seal): not checked, not rejected",
        "een Europass-credential in XML (EDCI, rootelement <{root}>, zonder zegel): niet gecontroleerd, niet afgewezen",
        "ein Europass-Nachweis in XML (EDCI, Wurzelelement <{root}>, ohne Siegel): nicht geprüft, nicht abgelehnt",
        "une attestation Europass en XML (EDCI, racine <{root}>, sans cachet)\u{a0}: non contrôlée, non rejetée";
    /// An HTML page.
    xml_web_page()
        "a web page (HTML)",
        "een webpagina (HTML)",
        "eine Webseite (HTML)",
        "une page web (HTML)";
    /// Another XML document.
    xml_document(root)
        "an XML document with root <{root}>",
        "een XML-document met rootelement <{root}>",
        "ein XML-Dokument mit dem Wurzelelement <{root}>",
        "un document XML de racine <{root}>";

    // ── SD-JWT (intake/sd_jwt.rs) ──
    /// An SD-JWT whose last part is neither empty nor a JWT.
    sd_jwt_bad_end()
        "an SD-JWT ends with ~ or with a key-binding JWT",
        "een SD-JWT eindigt op ~ of op een key-binding-JWT",
        "ein SD-JWT endet mit ~ oder mit einem Key-Binding-JWT",
        "un SD-JWT se termine par ~ ou par un JWT de liaison de clé (key binding)";
    /// An SD-JWT without its issuer-signed JWT.
    sd_jwt_no_issuer_jwt()
        "an SD-JWT starts with the issuer's JWT",
        "een SD-JWT begint met de JWT van de uitgever",
        "ein SD-JWT beginnt mit dem JWT des Ausstellers",
        "un SD-JWT commence par le JWT de l'émetteur";
    /// More disclosures than the limit.
    sd_jwt_too_many_disclosures(disclosures, limit)
        "{disclosures} disclosures; the limit MAX_DISCLOSURES is {limit}",
        "{disclosures} disclosures; de grens MAX_DISCLOSURES is {limit}",
        "{disclosures} Disclosures; die Grenze MAX_DISCLOSURES ist {limit}",
        "{disclosures} disclosures\u{a0}; la limite MAX_DISCLOSURES est {limit}";
    /// An empty disclosure (`~~`).
    sd_jwt_empty_disclosure()
        "an SD-JWT has an empty disclosure (~~)",
        "een SD-JWT heeft een lege disclosure (~~)",
        "ein SD-JWT hat eine leere Disclosure (~~)",
        "un SD-JWT contient une disclosure vide (~~)";

    // ── SD-JWT disclosures (parse/sd_jwt.rs) ──
    /// A digest algorithm other than sha-256 (`alg` quoted).
    sd_alg_unsupported(alg)
        "_sd_alg {alg}: disclosures hashed with it are not checked here",
        "_sd_alg {alg}: disclosures die daarmee gehasht zijn, worden hier niet gecontroleerd",
        "_sd_alg {alg}: damit gehashte Disclosures werden hier nicht geprüft",
        "_sd_alg {alg}\u{a0}: les disclosures hachées avec cet algorithme ne sont pas vérifiées ici";
    /// One disclosure given twice.
    sd_disclosure_twice()
        "the same disclosure is presented twice",
        "dezelfde disclosure wordt twee keer getoond",
        "dieselbe Disclosure wird zweimal vorgelegt",
        "la même disclosure est présentée deux fois";
    /// Disclosed claims that are not an object.
    sd_payload_not_object()
        "the payload is not an object",
        "de payload is geen object",
        "der Payload ist kein Objekt",
        "la charge utile n'est pas un objet";
    /// A disclosure whose digest the issuer did not sign.
    sd_disclosure_unmatched(digest)
        "a disclosure matches no digest of the issuer's payload (digest {digest}): it was changed or does not belong here",
        "een disclosure past bij geen enkele digest in de payload van de uitgever (digest {digest}): ze is gewijzigd of hoort hier niet",
        "eine Disclosure passt zu keinem Digest im Payload des Ausstellers (Digest {digest}): sie wurde verändert oder gehört nicht hierher",
        "une disclosure ne correspond à aucun condensé de la charge utile de l'émetteur (condensé {digest})\u{a0}: elle a été modifiée ou n'a pas sa place ici";
    /// A disclosure that is not base64url.
    sd_disclosure_not_base64url()
        "a disclosure is not base64url",
        "een disclosure is geen base64url",
        "eine Disclosure ist kein base64url",
        "une disclosure n'est pas en base64url";
    /// A disclosure that is not a JSON array.
    sd_disclosure_not_array()
        "a disclosure is not a JSON array",
        "een disclosure is geen JSON-array",
        "eine Disclosure ist kein JSON-Array",
        "une disclosure n'est pas un tableau JSON";
    /// A disclosure of neither form.
    sd_disclosure_shape()
        "a disclosure is neither [salt, name, value] nor [salt, value]",
        "een disclosure is geen [salt, name, value] en geen [salt, value]",
        "eine Disclosure ist weder [salt, name, value] noch [salt, value]",
        "une disclosure n'est ni [salt, name, value] ni [salt, value]";
    /// A digest that is not a string.
    sd_digest_not_string()
        "a digest is not a string",
        "een digest is geen tekst",
        "ein Digest ist kein Text",
        "un condensé n'est pas un texte";
    /// A digest met twice.
    sd_digest_twice()
        "a digest appears twice in the issuer's payload",
        "een digest komt twee keer voor in de payload van de uitgever",
        "ein Digest kommt im Payload des Ausstellers zweimal vor",
        "un condensé figure deux fois dans la charge utile de l'émetteur";
    /// A `[salt, name, value]` disclosure in an array.
    sd_property_in_array()
        "an object-property disclosure stands in an array",
        "een disclosure van een objecteigenschap staat in een array",
        "eine Disclosure einer Objekteigenschaft steht in einem Array",
        "une disclosure de propriété d'objet figure dans un tableau";
    /// `_sd` that is not an array.
    sd_sd_not_array()
        "_sd is not an array",
        "_sd is geen array",
        "_sd ist kein Array",
        "_sd n'est pas un tableau";
    /// A `[salt, value]` disclosure in an object.
    sd_element_in_object()
        "an array-element disclosure stands in an object",
        "een disclosure van een array-element staat in een object",
        "eine Disclosure eines Array-Elements steht in einem Objekt",
        "une disclosure d'élément de tableau figure dans un objet";
    /// A disclosure that would replace a claim (`claim` quoted).
    sd_disclosure_overwrites(claim)
        "a disclosure would overwrite the claim {claim}",
        "een disclosure zou de claim {claim} overschrijven",
        "eine Disclosure würde den Claim {claim} überschreiben",
        "une disclosure écraserait la revendication {claim}";

    // ── the credential's data model (parse.rs) ──
    /// JSON that is not an object.
    credential_not_object()
        "the JSON is not an object",
        "de JSON is geen object",
        "das JSON ist kein Objekt",
        "le JSON n'est pas un objet";
    /// An object with neither `@context` nor `type`.
    credential_no_context_or_type()
        "no @context and no type",
        "geen @context en geen type",
        "weder @context noch type",
        "ni @context ni type";
    /// A JAdES-sealed EDC (a build that does not read them).
    edc_sealed_unsupported()
        "a JAdES-sealed Europass Digital Credential (EDC); its eSeal is not verified by this version",
        "een met JAdES verzegeld Europass Digital Credential (EDC); deze versie controleert het elektronische zegel niet",
        "ein mit JAdES gesiegelter Europass Digital Credential (EDC); diese Version prüft sein elektronisches Siegel nicht",
        "un Europass Digital Credential (EDC) scellé en JAdES\u{a0}; cette version ne vérifie pas son cachet électronique";
    /// An Open Badges 2.0 assertion as an SD-JWT's claims.
    ob2_in_sd_jwt()
        "an Open Badges 2.0 assertion inside an SD-JWT",
        "een Open Badges 2.0-assertion in een SD-JWT",
        "eine Open-Badges-2.0-Assertion in einem SD-JWT",
        "une assertion Open Badges 2.0 dans un SD-JWT";
    /// A presentation where a credential was expected.
    presentation_unsupported()
        "a Verifiable Presentation; drop the credential itself",
        "een Verifiable Presentation; gebruik het credential zelf",
        "eine Verifiable Presentation; verwenden Sie den Nachweis selbst",
        "une Verifiable Presentation\u{a0}; déposez l'attestation elle-même";
    /// An EDC not sealed with JAdES.
    edc_unsupported()
        "a Europass Digital Credential (EDC)",
        "een Europass Digital Credential (EDC)",
        "ein Europass Digital Credential (EDC)",
        "un Europass Digital Credential (EDC)";
    /// The VC context, not first.
    context_base_not_first()
        "the base context must be the first @context entry",
        "de basiscontext moet het eerste item van @context zijn",
        "der Basiskontext muss der erste Eintrag von @context sein",
        "le contexte de base doit être la première entrée de @context";
    /// No VC context.
    context_base_missing()
        "@context must start with https://www.w3.org/ns/credentials/v2 or https://www.w3.org/2018/credentials/v1",
        "@context moet beginnen met https://www.w3.org/ns/credentials/v2 of https://www.w3.org/2018/credentials/v1",
        "@context muss mit https://www.w3.org/ns/credentials/v2 oder https://www.w3.org/2018/credentials/v1 beginnen",
        "@context doit commencer par https://www.w3.org/ns/credentials/v2 ou https://www.w3.org/2018/credentials/v1";
    /// `type` without `VerifiableCredential`.
    type_no_vc()
        "type must include VerifiableCredential",
        "type moet VerifiableCredential bevatten",
        "type muss VerifiableCredential enthalten",
        "type doit contenir VerifiableCredential";
    /// An issuer object without a usable `id`.
    issuer_id_not_url()
        "issuer.id must be a URL",
        "issuer.id moet een URL zijn",
        "issuer.id muss eine URL sein",
        "issuer.id doit être une URL";
    /// No usable `issuer`.
    issuer_missing()
        "issuer is required: a URL or an object with an id",
        "issuer is verplicht: een URL of een object met een id",
        "issuer ist Pflicht: eine URL oder ein Objekt mit einer id",
        "issuer est obligatoire\u{a0}: une URL ou un objet avec un id";
    /// No usable `credentialSubject`.
    subject_missing()
        "credentialSubject is required: an object or an array of objects",
        "credentialSubject is verplicht: een object of een array van objecten",
        "credentialSubject ist Pflicht: ein Objekt oder ein Array von Objekten",
        "credentialSubject est obligatoire\u{a0}: un objet ou un tableau d'objets";
    /// A VC 1.1 credential without `issuanceDate`.
    issuance_date_missing()
        "issuanceDate is required in VC 1.1",
        "issuanceDate is verplicht in VC 1.1",
        "issuanceDate ist in VC 1.1 Pflicht",
        "issuanceDate est obligatoire en VC 1.1";
    /// A `credentialStatus` entry without `type`.
    status_type_missing()
        "credentialStatus.type is required",
        "credentialStatus.type is verplicht",
        "credentialStatus.type ist Pflicht",
        "credentialStatus.type est obligatoire";
    /// An SD-JWT VC without `iss`.
    sd_jwt_vc_no_iss()
        "an SD-JWT VC names its issuer in iss",
        "een SD-JWT VC noemt zijn uitgever in iss",
        "ein SD-JWT VC nennt seinen Aussteller in iss",
        "un SD-JWT VC nomme son émetteur dans iss";
    /// An SD-JWT VC without `vct`.
    sd_jwt_vc_no_vct()
        "an SD-JWT VC states its type in vct",
        "een SD-JWT VC vermeldt zijn type in vct",
        "ein SD-JWT VC gibt seinen Typ in vct an",
        "un SD-JWT VC indique son type dans vct";
    /// A VC-JWT whose `vc` claim is not an object.
    jwt_vc_not_object()
        "the JWT's vc claim is not an object",
        "de claim vc van de JWT is geen object",
        "der Claim vc des JWT ist kein Objekt",
        "la revendication vc du JWT n'est pas un objet";
    /// A JWT that carries no credential.
    jwt_not_credential()
        "a JWT, but neither a vc claim nor a credential payload",
        "een JWT, maar zonder claim vc en zonder credential als payload",
        "ein JWT, aber weder mit einem Claim vc noch mit einem Nachweis als Payload",
        "un JWT, mais sans revendication vc ni attestation comme charge utile";

    // ── Open Badges 1.x / 2.0 (parse/ob2.rs) ──
    /// A member an assertion of this version requires.
    ob2_requires(version, member)
        "an Open Badges {version} assertion requires {member}",
        "een Open Badges {version}-assertion vereist {member}",
        "eine Open-Badges-{version}-Assertion verlangt {member}",
        "une assertion Open Badges {version} exige {member}";
    /// A hosted OB 2.0 assertion without its `id`.
    ob2_hosted_id_missing()
        "a hosted assertion states the URL it is hosted at in its id",
        "een gehoste assertion vermeldt in haar id de URL waar ze staat",
        "eine gehostete Assertion gibt in ihrer id die URL an, unter der sie liegt",
        "une assertion hébergée indique dans son id l'URL où elle est hébergée";
    /// A hosted OB 1.x assertion without `verify.url`.
    ob2_hosted_url_missing()
        "a hosted Open Badges 1.x assertion states its URL in verify.url",
        "een gehoste Open Badges 1.x-assertion vermeldt haar URL in verify.url",
        "eine gehostete Open-Badges-1.x-Assertion gibt ihre URL in verify.url an",
        "une assertion Open Badges 1.x hébergée indique son URL dans verify.url";
    /// A hosted assertion whose URL is not http(s) (`member`: `id` or `verify.url`; `url` quoted).
    ob2_hosted_not_http(member, url)
        "a hosted assertion is at the http(s) URL its {member} names, not {url}",
        "een gehoste assertion staat op de http(s)-URL die haar {member} noemt, niet op {url}",
        "eine gehostete Assertion liegt unter der http(s)-URL aus ihrem {member}, nicht unter {url}",
        "une assertion hébergée se trouve à l'URL http(s) que donne son {member}, pas à {url}";
    /// An OB 2.0 recipient that is not an object.
    ob2_recipient_not_identity()
        "recipient must be an IdentityObject",
        "recipient moet een IdentityObject zijn",
        "recipient muss ein IdentityObject sein",
        "recipient doit être un IdentityObject";
    /// An Open Badges date that is none of the forms allowed.
    ob2_date_invalid(field)
        "{field} is not a date",
        "{field} is geen datum",
        "{field} ist kein Datum",
        "{field} n'est pas une date";

    // ── the credential check and what was not reached (report.rs, validity.rs) ──
    /// What kind of credential: an SD-JWT VC of this type.
    sd_jwt_vc_kind(vct)
        "SD-JWT VC ({vct})",
        "SD-JWT VC ({vct})",
        "SD-JWT VC ({vct})",
        "SD-JWT VC ({vct})";
    /// What kind of credential: an Open Badges 1.x / 2.0 assertion.
    ob2_assertion_kind(version)
        "Open Badges {version} assertion",
        "Open Badges {version}-assertion",
        "Open-Badges-{version}-Assertion",
        "assertion Open Badges {version}";
    /// A hosted badge known by its URL only: nothing to read.
    ob2_url_only()
        "only the URL of a hosted badge: what it states is on the issuer's website",
        "alleen de URL van een gehoste badge: wat die vermeldt, staat op de website van de uitgever",
        "nur die URL eines gehosteten Badges: was es aussagt, steht auf der Website des Ausstellers",
        "seulement l'URL d'un badge hébergé\u{a0}: son contenu se trouve sur le site de l'émetteur";
    /// A hosted badge known by its URL only: no dates to judge.
    ob2_dates_hosted()
        "the badge's dates are on the issuer's website",
        "de datums van de badge staan op de website van de uitgever",
        "die Datumsangaben des Badges stehen auf der Website des Ausstellers",
        "les dates du badge se trouvent sur le site de l'émetteur";

    // ── the host's answers (wasm.rs) ──
    /// A signature the host checked, when it gave no words of its own.
    signature_host_answered()
        "answered by the host",
        "beantwoord door de host",
        "vom Host beantwortet",
        "réponse donnée par l'hôte";
}
