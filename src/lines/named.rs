//! Detail lines of formats Keurmerk recognises and does not verify, files that hold no
//! credential, and presentations: in four languages (see [`crate::lines`]).

lines! {
    // ── files that hold no credential ──
    /// A status list at the top level (`kind`: its `type` or JWT `typ`).
    status_list_file(kind)
        "a status list ({kind})",
        "een statuslijst ({kind})",
        "eine Statusliste ({kind})",
        "une liste de statut ({kind})";
    /// A document of a type that holds no credential (`format`: the named format's id).
    document_type_named(found, format)
        "type {found}: {format}",
        "type {found}: {format}",
        "Typ {found}: {format}",
        "type {found}\u{a0}: {format}";
    /// A DID document, by its DID.
    did_document_file(did)
        "the DID document of {did}",
        "het DID-document van {did}",
        "das DID-Dokument von {did}",
        "le document DID de {did}";
    /// A JSON Web Key (or key set).
    jwk_file()
        "a JSON Web Key",
        "een JSON Web Key",
        "ein JSON Web Key",
        "une clé JSON Web Key";
    /// SD-JWT VC type metadata.
    type_metadata_file()
        "SD-JWT VC type metadata",
        "SD-JWT VC-typemetadata",
        "SD-JWT-VC-Typmetadaten",
        "des métadonnées de type SD-JWT VC";
    /// An Open Badges 0.5 badge, with nothing to check it by.
    open_badges_0_5_unverifiable()
        "an Open Badges 0.5 badge: no signature and no hosted URL",
        "een Open Badges 0.5-badge: geen handtekening en geen gehoste URL",
        "ein Open-Badges-0.5-Badge: keine Signatur und keine gehostete URL",
        "un badge Open Badges 0.5\u{a0}: ni signature ni URL hébergée";

    // ── proofs Keurmerk names and does not check ──
    /// A proof type or cryptosuite Keurmerk names and does not check.
    proof_named_not_checked(name)
        "{name}: not checked, not rejected",
        "{name}: niet gecontroleerd, niet afgewezen",
        "{name}: nicht geprüft, nicht abgelehnt",
        "{name}\u{a0}: non contrôlé, non rejeté";
    /// A bbs-2023 base proof (the issuer's copy for the holder).
    bbs_base_proof()
        "bbs-2023 (base proof): not checked, not rejected",
        "bbs-2023 (basisbewijs): niet gecontroleerd, niet afgewezen",
        "bbs-2023 (Base Proof): nicht geprüft, nicht abgelehnt",
        "bbs-2023 (preuve de base)\u{a0}: non contrôlé, non rejeté";
    /// A bbs-2023 derived proof (the copy the holder shared).
    bbs_derived_proof()
        "bbs-2023 (derived proof): not checked, not rejected",
        "bbs-2023 (afgeleid bewijs): niet gecontroleerd, niet afgewezen",
        "bbs-2023 (Derived Proof): nicht geprüft, nicht abgelehnt",
        "bbs-2023 (preuve dérivée)\u{a0}: non contrôlé, non rejeté";
    /// After a proof's line: the signed document, of the types it states, is no W3C credential.
    signed_document_not_credential(types)
        "the document, of type {types}, is not a W3C verifiable credential",
        "het document, van het type {types}, is geen verifieerbaar W3C-credential",
        "das Dokument vom Typ {types} ist kein verifizierbarer W3C-Nachweis",
        "le document, de type {types}, n'est pas une attestation vérifiable W3C";
    /// After a proof's line: the signed document states no type and is no W3C credential.
    signed_document_untyped()
        "the document states no type and is not a W3C verifiable credential",
        "het document vermeldt geen type en is geen verifieerbaar W3C-credential",
        "das Dokument nennt keinen Typ und ist kein verifizierbarer W3C-Nachweis",
        "le document n'indique aucun type et n'est pas une attestation vérifiable W3C";

    // ── Blockcerts ──
    /// A Blockcerts certificate (`version`: "Blockcerts v2 (MerkleProof2017)" …) anchored on the
    /// chain its proof names (`chain`: `bitcoin_testnet`, `mocknet` …).
    blockcerts_anchored(version, chain)
        "{version}, anchored on {chain}: not checked, not rejected",
        "{version}, verankerd op {chain}: niet gecontroleerd, niet afgewezen",
        "{version}, verankert auf {chain}: nicht geprüft, nicht abgelehnt",
        "{version}, ancré sur {chain}\u{a0}: non contrôlé, non rejeté";
    /// A Blockcerts certificate whose proof names no chain.
    blockcerts_anchored_unnamed(version)
        "{version}, anchored on a chain the proof does not name: not checked, not rejected",
        "{version}, verankerd op een blockchain die het bewijs niet noemt: niet gecontroleerd, niet afgewezen",
        "{version}, verankert auf einer Blockchain, die der Nachweis nicht nennt: nicht geprüft, nicht abgelehnt",
        "{version}, ancré sur une blockchain que la preuve ne nomme pas\u{a0}: non contrôlé, non rejeté";

    // ── presentations ──
    /// A presentation whose holder's signature (`securing`: `jwt:ES384`, a suite) is not checked.
    presentation_signature_unchecked(securing)
        "the holder's signature ({securing}) was not checked",
        "de handtekening van de houder ({securing}) is niet gecontroleerd",
        "die Signatur des Inhabers ({securing}) wurde nicht geprüft",
        "la signature du titulaire ({securing}) n'a pas été vérifiée";
    /// A presentation without a holder's signature.
    presentation_unsigned()
        "the presentation carries no holder's signature",
        "de presentatie heeft geen handtekening van de houder",
        "die Präsentation trägt keine Signatur des Inhabers",
        "la présentation ne porte pas de signature du titulaire";
    /// After a presentation's line: how many entries were not opened.
    presentation_not_opened(count)
        "entries not opened: {count}",
        "niet geopende items: {count}",
        "nicht geöffnete Einträge: {count}",
        "entrées non ouvertes\u{a0}: {count}";
}
