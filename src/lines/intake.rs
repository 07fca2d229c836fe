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
    /// A number JSON allows but no reader can hold (the parser's words).
    json_number_out_of_range(error)
        "{error}",
        "getal buiten bereik: {error}",
        "Zahl außerhalb des Bereichs: {error}",
        "nombre hors limites\u{a0}: {error}";
    /// Text that is not JSON (the parser's words: what it expected, line and column).
    json_syntax(error)
        "{error}",
        "geen geldige JSON: {error}",
        "kein gültiges JSON: {error}",
        "JSON non valide\u{a0}: {error}";
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
}
