//! Detail lines of JCS, JSON-LD expansion and contexts, N-Quads, RDF canonicalisation: why such an input was refused, in four languages (see
//! [`crate::lines`] for how a line is declared and said).

lines! {
    // ── N-Quads (canon/nquads.rs): each names the line of the document ──
    /// A statement whose subject is neither an IRI nor a blank node.
    nquads_subject(line)
        "N-Quads line {line}: a subject must be an IRI or a blank node",
        "N-Quads-regel {line}: een subject moet een IRI of een blank node zijn",
        "N-Quads-Zeile {line}: ein Subjekt muss eine IRI oder ein leerer Knoten sein",
        "ligne N-Quads {line}\u{a0}: un sujet doit être une IRI ou un nœud anonyme";
    /// A statement whose predicate is not an IRI.
    nquads_predicate(line)
        "N-Quads line {line}: a predicate must be an IRI",
        "N-Quads-regel {line}: een predicaat moet een IRI zijn",
        "N-Quads-Zeile {line}: ein Prädikat muss eine IRI sein",
        "ligne N-Quads {line}\u{a0}: un prédicat doit être une IRI";
    /// A statement whose object is not an IRI, a blank node or a literal.
    nquads_object(line)
        "N-Quads line {line}: an object must be an IRI, a blank node or a literal",
        "N-Quads-regel {line}: een object moet een IRI, een blank node of een literal zijn",
        "N-Quads-Zeile {line}: ein Objekt muss eine IRI, ein leerer Knoten oder ein Literal sein",
        "ligne N-Quads {line}\u{a0}: un objet doit être une IRI, un nœud anonyme ou un littéral";
    /// A statement that does not end in a full stop.
    nquads_no_full_stop(line)
        "N-Quads line {line}: expected '.' at the end of the statement",
        "N-Quads-regel {line}: aan het eind van de uitspraak ontbreekt '.'",
        "N-Quads-Zeile {line}: am Ende der Aussage fehlt '.'",
        "ligne N-Quads {line}\u{a0}: '.' manque à la fin de l'énoncé";
    /// Text after a statement's full stop (other than a comment).
    nquads_trailing_text(line)
        "N-Quads line {line}: unexpected text after the statement",
        "N-Quads-regel {line}: onverwachte tekst na de uitspraak",
        "N-Quads-Zeile {line}: unerwarteter Text nach der Aussage",
        "ligne N-Quads {line}\u{a0}: texte inattendu après l'énoncé";
    /// An IRI without its closing `>`.
    nquads_iri_unterminated(line)
        "N-Quads line {line}: unterminated IRI",
        "N-Quads-regel {line}: een IRI zonder afsluitende '>'",
        "N-Quads-Zeile {line}: eine IRI ohne schließendes '>'",
        "ligne N-Quads {line}\u{a0}: une IRI sans '>' final";
    /// A `\u` escape in an IRI for a character an IRI may not hold.
    nquads_iri_escape_forbidden(line)
        "N-Quads line {line}: an escape in an IRI stands for a forbidden character",
        "N-Quads-regel {line}: een escape in een IRI staat voor een verboden teken",
        "N-Quads-Zeile {line}: eine Escape-Sequenz in einer IRI steht für ein verbotenes Zeichen",
        "ligne N-Quads {line}\u{a0}: une séquence d'échappement dans une IRI représente un caractère interdit";
    /// A character an IRI may not hold.
    nquads_iri_character(line)
        "N-Quads line {line}: a character not allowed in an IRI",
        "N-Quads-regel {line}: een teken dat niet in een IRI mag staan",
        "N-Quads-Zeile {line}: ein Zeichen, das in einer IRI nicht erlaubt ist",
        "ligne N-Quads {line}\u{a0}: un caractère interdit dans une IRI";
    /// A relative IRI.
    nquads_iri_relative(line)
        "N-Quads line {line}: a relative IRI (N-Quads needs absolute IRIs)",
        "N-Quads-regel {line}: een relatieve IRI (N-Quads vereist absolute IRI's)",
        "N-Quads-Zeile {line}: eine relative IRI (N-Quads verlangt absolute IRIs)",
        "ligne N-Quads {line}\u{a0}: une IRI relative (N-Quads exige des IRI absolues)";
    /// An escape other than `\u` or `\U` in an IRI.
    nquads_escape_kind(line)
        "N-Quads line {line}: only \\u and \\U escapes are allowed here",
        "N-Quads-regel {line}: hier zijn alleen \\u- en \\U-escapes toegestaan",
        "N-Quads-Zeile {line}: hier sind nur \\u- und \\U-Escape-Sequenzen erlaubt",
        "ligne N-Quads {line}\u{a0}: seules les séquences d'échappement \\u et \\U sont permises ici";
    /// A `\u` escape without its hexadecimal digits.
    nquads_escape_digits(line)
        "N-Quads line {line}: a \\u escape needs hexadecimal digits",
        "N-Quads-regel {line}: een \\u-escape vereist hexadecimale cijfers",
        "N-Quads-Zeile {line}: eine \\u-Escape-Sequenz braucht hexadezimale Ziffern",
        "ligne N-Quads {line}\u{a0}: une séquence \\u exige des chiffres hexadécimaux";
    /// A `\u` escape for a surrogate or a number beyond Unicode.
    nquads_escape_scalar(line)
        "N-Quads line {line}: a \\u escape that is not a Unicode scalar value",
        "N-Quads-regel {line}: een \\u-escape die geen Unicode-scalaire waarde is",
        "N-Quads-Zeile {line}: eine \\u-Escape-Sequenz, die kein Unicode-Skalarwert ist",
        "ligne N-Quads {line}\u{a0}: une séquence \\u qui n'est pas une valeur scalaire Unicode";
    /// A blank node that does not start with `_:`.
    nquads_blank_prefix(line)
        "N-Quads line {line}: a blank node starts with '_:'",
        "N-Quads-regel {line}: een blank node begint met '_:'",
        "N-Quads-Zeile {line}: ein leerer Knoten beginnt mit '_:'",
        "ligne N-Quads {line}\u{a0}: un nœud anonyme commence par '_:'";
    /// A blank node label that is empty or starts with a character it may not.
    nquads_blank_label(line)
        "N-Quads line {line}: an empty or invalid blank node label",
        "N-Quads-regel {line}: een leeg of ongeldig label van een blank node",
        "N-Quads-Zeile {line}: eine leere oder ungültige Bezeichnung eines leeren Knotens",
        "ligne N-Quads {line}\u{a0}: une étiquette de nœud anonyme vide ou non valide";
    /// A string literal without its closing quote.
    nquads_string_unterminated(line)
        "N-Quads line {line}: unterminated string",
        "N-Quads-regel {line}: een tekst zonder afsluitend aanhalingsteken",
        "N-Quads-Zeile {line}: eine Zeichenkette ohne schließendes Anführungszeichen",
        "ligne N-Quads {line}\u{a0}: une chaîne sans guillemet final";
    /// An escape a string literal may not hold.
    nquads_escape_unknown(line)
        "N-Quads line {line}: an unknown escape in a string",
        "N-Quads-regel {line}: een onbekende escape in een tekst",
        "N-Quads-Zeile {line}: eine unbekannte Escape-Sequenz in einer Zeichenkette",
        "ligne N-Quads {line}\u{a0}: une séquence d'échappement inconnue dans une chaîne";
    /// A literal's datatype that is not an IRI.
    nquads_datatype(line)
        "N-Quads line {line}: a datatype must be an IRI",
        "N-Quads-regel {line}: een datatype moet een IRI zijn",
        "N-Quads-Zeile {line}: ein Datentyp muss eine IRI sein",
        "ligne N-Quads {line}\u{a0}: un type de données doit être une IRI";
    /// A language tag with an empty subtag (`en--gb`).
    nquads_subtag_empty(line)
        "N-Quads line {line}: an empty language subtag",
        "N-Quads-regel {line}: een lege subtag in een taaltag",
        "N-Quads-Zeile {line}: ein leeres Subtag in einem Sprachtag",
        "ligne N-Quads {line}\u{a0}: une sous-étiquette de langue vide";
    /// A language tag that is empty or malformed.
    nquads_language_tag(line)
        "N-Quads line {line}: an empty or invalid language tag",
        "N-Quads-regel {line}: een lege of ongeldige taaltag",
        "N-Quads-Zeile {line}: ein leeres oder ungültiges Sprachtag",
        "ligne N-Quads {line}\u{a0}: une étiquette de langue vide ou non valide";

    // ── RDF canonicalisation (canon/rdfc.rs) ──
    /// More quads than canonicalisation takes.
    rdfc_too_many_quads(quads, limit)
        "{quads} quads; the canonicalisation limit is {limit} (MAX_RDFC_QUADS)",
        "{quads} quads; de grens voor canonicalisatie is {limit} (MAX_RDFC_QUADS)",
        "{quads} Quads; die Grenze der Kanonisierung ist {limit} (MAX_RDFC_QUADS)",
        "{quads} quads\u{a0}; la limite de la canonicalisation est {limit} (MAX_RDFC_QUADS)";
    /// A dataset over the size limit, as N-Quads.
    rdfc_too_many_bytes(limit)
        "the dataset is over {limit} bytes of N-Quads (MAX_RDFC_NQUADS_BYTES)",
        "de dataset is als N-Quads groter dan {limit} bytes (MAX_RDFC_NQUADS_BYTES)",
        "der Datensatz ist als N-Quads größer als {limit} Byte (MAX_RDFC_NQUADS_BYTES)",
        "le jeu de données dépasse {limit} octets en N-Quads (MAX_RDFC_NQUADS_BYTES)";
    /// More blank nodes than canonicalisation takes.
    rdfc_too_many_blank_nodes(limit)
        "more than {limit} blank nodes (MAX_RDFC_BLANK_NODES)",
        "meer dan {limit} blank nodes (MAX_RDFC_BLANK_NODES)",
        "mehr als {limit} leere Knoten (MAX_RDFC_BLANK_NODES)",
        "plus de {limit} nœuds anonymes (MAX_RDFC_BLANK_NODES)";
    /// Canonicalisation stopped at its work limit.
    rdfc_work_steps(limit)
        "canonicalisation went over {limit} work steps (MAX_RDFC_WORK_STEPS): blank nodes arranged to make RDFC-1.0 run for too long",
        "de canonicalisatie ging over {limit} werkstappen heen (MAX_RDFC_WORK_STEPS): blank nodes zo geordend dat RDFC-1.0 te lang zou duren",
        "die Kanonisierung überschritt {limit} Arbeitsschritte (MAX_RDFC_WORK_STEPS): leere Knoten so angeordnet, dass RDFC-1.0 zu lange liefe",
        "la canonicalisation a dépassé {limit} étapes de travail (MAX_RDFC_WORK_STEPS)\u{a0}: des nœuds anonymes disposés pour faire durer RDFC-1.0 trop longtemps";
    /// Canonicalisation stopped at its limit of Hash N-Degree Quads calls.
    rdfc_n_degree_calls(limit)
        "canonicalisation went over {limit} Hash N-Degree Quads calls (MAX_RDFC_N_DEGREE_CALLS): blank nodes arranged to make RDFC-1.0 run for too long",
        "de canonicalisatie ging over {limit} aanroepen van Hash N-Degree Quads heen (MAX_RDFC_N_DEGREE_CALLS): blank nodes zo geordend dat RDFC-1.0 te lang zou duren",
        "die Kanonisierung überschritt {limit} Aufrufe von Hash N-Degree Quads (MAX_RDFC_N_DEGREE_CALLS): leere Knoten so angeordnet, dass RDFC-1.0 zu lange liefe",
        "la canonicalisation a dépassé {limit} appels de Hash N-Degree Quads (MAX_RDFC_N_DEGREE_CALLS)\u{a0}: des nœuds anonymes disposés pour faire durer RDFC-1.0 trop longtemps";
    /// Hash N-Degree Quads recursed deeper than its limit.
    rdfc_too_deep(limit)
        "Hash N-Degree Quads recursed deeper than {limit} (MAX_RDFC_DEPTH)",
        "Hash N-Degree Quads ging dieper dan {limit} niveaus (MAX_RDFC_DEPTH)",
        "Hash N-Degree Quads ging tiefer als {limit} Ebenen (MAX_RDFC_DEPTH)",
        "Hash N-Degree Quads est descendu à plus de {limit} niveaux (MAX_RDFC_DEPTH)";
    /// A blank node left without a canonical identifier (a fault of Keurmerk, never expected).
    rdfc_unlabelled()
        "internal error: a blank node was left without a canonical identifier",
        "interne fout: een blank node kreeg geen canonieke identifier",
        "interner Fehler: ein leerer Knoten erhielt keinen kanonischen Bezeichner",
        "erreur interne\u{a0}: un nœud anonyme est resté sans identifiant canonique";
    /// A quad that is not RDF (a literal or blank node where an IRI must be).
    rdfc_not_rdf()
        "not an RDF quad: the subject and graph name must be IRIs or blank nodes, the predicate an IRI",
        "geen RDF-quad: subject en graafnaam moeten IRI's of blank nodes zijn, het predicaat een IRI",
        "kein RDF-Quad: Subjekt und Graphname müssen IRIs oder leere Knoten sein, das Prädikat eine IRI",
        "pas un quad RDF\u{a0}: le sujet et le nom de graphe doivent être des IRI ou des nœuds anonymes, le prédicat une IRI";

    // ── JSON-LD contexts (canon/jsonld/context.rs): a term is named as JSON, in quotes ──
    /// Contexts that include each other too deeply.
    jsonld_contexts_too_deep()
        "contexts nest too deeply",
        "contexten zijn te diep genest",
        "Kontexte sind zu tief verschachtelt",
        "les contextes sont imbriqués trop profondément";
    /// A null context where protected terms are defined.
    jsonld_null_context()
        "a null context would remove protected term definitions",
        "een null-context zou beschermde termdefinities verwijderen",
        "ein null-Kontext würde geschützte Begriffsdefinitionen entfernen",
        "un contexte null supprimerait des définitions de termes protégés";
    /// A context neither bundled nor supplied, where contexts are processed (its URL, at most 200
    /// characters).
    jsonld_context_not_bundled(context)
        "the context {context} is not bundled and was not supplied (it would have to be fetched)",
        "de context {context} is niet ingebouwd en niet meegegeven (hij zou opgehaald moeten worden)",
        "der Kontext {context} ist weder eingebaut noch mitgegeben (er müsste abgerufen werden)",
        "le contexte {context} n'est ni intégré ni fourni (il faudrait le télécharger)";
    /// A context document without `@context`.
    jsonld_context_empty(context)
        "{context} has no @context",
        "{context} heeft geen @context",
        "{context} hat keinen @context",
        "{context} n'a pas de @context";
    /// A context that is neither an object, a URL nor null.
    jsonld_context_kind()
        "a context must be an object, a URL or null",
        "een context moet een object, een URL of null zijn",
        "ein Kontext muss ein Objekt, eine URL oder null sein",
        "un contexte doit être un objet, une URL ou null";
    /// An `@version` other than 1.1.
    jsonld_version()
        "@version must be 1.1",
        "@version moet 1.1 zijn",
        "@version muss 1.1 sein",
        "@version doit valoir 1.1";
    /// A context with `@import`.
    jsonld_import()
        "@import is not supported",
        "@import wordt niet ondersteund",
        "@import wird nicht unterstützt",
        "@import n'est pas pris en charge";
    /// An `@vocab` that is neither a string nor null.
    jsonld_vocab()
        "@vocab must be a string or null",
        "@vocab moet een tekst of null zijn",
        "@vocab muss ein Text oder null sein",
        "@vocab doit être un texte ou null";
    /// A context's `@language` that is neither a string nor null.
    jsonld_context_language()
        "@language must be a string or null",
        "@language moet een tekst of null zijn",
        "@language muss ein Text oder null sein",
        "@language doit être un texte ou null";
    /// Term definitions that depend on each other too deeply.
    jsonld_definitions_too_deep(limit)
        "term definitions depend on each other more than MAX_DEFINITION_DEPTH ({limit}) deep",
        "termdefinities hangen dieper dan MAX_DEFINITION_DEPTH ({limit}) van elkaar af",
        "Begriffsdefinitionen hängen tiefer als MAX_DEFINITION_DEPTH ({limit}) voneinander ab",
        "des définitions de termes dépendent les unes des autres sur plus de MAX_DEFINITION_DEPTH ({limit}) niveaux";
    /// A term whose definition depends on itself.
    jsonld_definition_cyclic(term)
        "cyclic definition of {term}",
        "cyclische definitie van {term}",
        "zyklische Definition von {term}",
        "définition cyclique de {term}";
    /// An attempt to redefine `@type` beyond what JSON-LD 1.1 allows.
    jsonld_keywords_redefined()
        "keywords cannot be redefined",
        "sleutelwoorden kunnen niet opnieuw gedefinieerd worden",
        "Schlüsselwörter können nicht neu definiert werden",
        "les mots-clés ne peuvent pas être redéfinis";
    /// An attempt to redefine a keyword.
    jsonld_keyword_redefined(keyword)
        "keyword {keyword} cannot be redefined",
        "het sleutelwoord {keyword} kan niet opnieuw gedefinieerd worden",
        "das Schlüsselwort {keyword} kann nicht neu definiert werden",
        "le mot-clé {keyword} ne peut pas être redéfini";
    /// A term definition that is neither a string, an object nor null.
    jsonld_definition_invalid(term)
        "invalid definition of {term}",
        "ongeldige definitie van {term}",
        "ungültige Definition von {term}",
        "définition non valide de {term}";
    /// A term definition's `@type` that is not a string.
    jsonld_type_not_text(term)
        "@type of {term}",
        "het @type van {term} is geen tekst",
        "der @type von {term} ist kein Text",
        "le @type de {term} n'est pas un texte";
    /// A term's type mapping that is neither a keyword it may be nor an absolute IRI.
    jsonld_type_mapping(term)
        "invalid type mapping for {term}",
        "ongeldige typekoppeling voor {term}",
        "ungültige Typzuordnung für {term}",
        "correspondance de type non valide pour {term}";
    /// A term's `@container` that is not a string, an array or null.
    jsonld_container(term)
        "invalid @container of {term}",
        "ongeldige @container van {term}",
        "ungültiger @container von {term}",
        "@container non valide pour {term}";
    /// A term's `@reverse` that is not a string.
    jsonld_reverse()
        "invalid @reverse",
        "ongeldige @reverse",
        "ungültiges @reverse",
        "@reverse non valide";
    /// A term defined as an alias of `@context`.
    jsonld_context_alias()
        "@context cannot be aliased",
        "@context kan geen alias krijgen",
        "@context kann keinen Alias erhalten",
        "@context ne peut pas recevoir d'alias";
    /// A term whose `@id` is neither a keyword, an absolute IRI nor a blank node.
    jsonld_iri_mapping(term)
        "invalid IRI mapping for {term}",
        "ongeldige IRI-koppeling voor {term}",
        "ungültige IRI-Zuordnung für {term}",
        "correspondance d'IRI non valide pour {term}";
    /// A term whose `@id` is not a string or null.
    jsonld_definition_id(term)
        "invalid @id of {term}",
        "ongeldige @id van {term}",
        "ungültige @id von {term}",
        "@id non valide pour {term}";
    /// A term that maps to no IRI (no `@id`, no prefix, no `@vocab`).
    jsonld_no_iri_mapping(term)
        "{term} has no IRI mapping",
        "{term} is aan geen IRI gekoppeld",
        "{term} ist keiner IRI zugeordnet",
        "{term} ne correspond à aucune IRI";
    /// A protected term given another definition.
    jsonld_protected_redefined(term)
        "the protected term {term} is redefined",
        "de beschermde term {term} wordt opnieuw gedefinieerd",
        "der geschützte Begriff {term} wird neu definiert",
        "le terme protégé {term} est redéfini";

    // ── JSON-LD expansion and toRdf (canon/jsonld/expand.rs, to_rdf.rs); most are about a JSON pointer ──
    /// More objects to expand than the limit.
    jsonld_too_many_steps(limit)
        "more than MAX_EXPANSION_STEPS ({limit}) objects to expand",
        "meer dan MAX_EXPANSION_STEPS ({limit}) objecten om te expanderen",
        "mehr als MAX_EXPANSION_STEPS ({limit}) zu expandierende Objekte",
        "plus de MAX_EXPANSION_STEPS ({limit}) objets à développer";
    /// A language, index, id or type map.
    jsonld_maps_unsupported()
        "language, index, id and type maps are not supported",
        "taal-, index-, id- en typemaps worden niet ondersteund",
        "Sprach-, Index-, ID- und Typ-Maps werden nicht unterstützt",
        "les maps de langue, d'index, d'id et de type ne sont pas prises en charge";
    /// A reverse property whose values are not node objects.
    jsonld_reverse_values()
        "a reverse property needs node objects",
        "een omgekeerde eigenschap vereist knoopobjecten",
        "eine umgekehrte Eigenschaft braucht Knotenobjekte",
        "une propriété inverse exige des objets nœuds";
    /// An `@id` that is not a string.
    jsonld_id_not_text()
        "@id must be a string",
        "@id moet een tekst zijn",
        "@id muss ein Text sein",
        "@id doit être un texte";
    /// An `@type` value that is not a string.
    jsonld_types_not_text()
        "@type values must be strings",
        "waarden van @type moeten teksten zijn",
        "Werte von @type müssen Texte sein",
        "les valeurs de @type doivent être des textes";
    /// An `@language` that is not a string.
    jsonld_language_not_text()
        "@language must be a string",
        "@language moet een tekst zijn",
        "@language muss ein Text sein",
        "@language doit être un texte";
    /// An `@reverse` that is not an object.
    jsonld_reverse_not_object()
        "@reverse must be an object",
        "@reverse moet een object zijn",
        "@reverse muss ein Objekt sein",
        "@reverse doit être un objet";
    /// A keyword Keurmerk does not take where it stands (`@nest`, an `@context` it cannot process).
    jsonld_keyword_here(keyword)
        "{keyword} is not supported here",
        "{keyword} wordt hier niet ondersteund",
        "{keyword} wird hier nicht unterstützt",
        "{keyword} n'est pas pris en charge ici";
    /// A value object with several `@type`s.
    jsonld_value_types()
        "a value object has one @type",
        "een waardeobject heeft één @type",
        "ein Wertobjekt hat einen einzigen @type",
        "un objet valeur a un seul @type";
    /// An `@value` that is an object or an array.
    jsonld_value_not_scalar()
        "a @value must be a scalar",
        "een @value moet een enkelvoudige waarde zijn",
        "ein @value muss ein einfacher Wert sein",
        "une @value doit être une valeur scalaire";
    /// A typed value whose datatype is not an absolute IRI.
    jsonld_value_datatype()
        "a typed value needs an absolute datatype IRI",
        "een getypeerde waarde vereist een absolute datatype-IRI",
        "ein typisierter Wert braucht eine absolute Datentyp-IRI",
        "une valeur typée exige une IRI de type de données absolue";
    /// A document that yields more statements than the limit.
    jsonld_too_many_quads(limit)
        "more than MAX_QUADS ({limit}) statements",
        "meer dan MAX_QUADS ({limit}) uitspraken",
        "mehr als MAX_QUADS ({limit}) Aussagen",
        "plus de MAX_QUADS ({limit}) énoncés";
}
