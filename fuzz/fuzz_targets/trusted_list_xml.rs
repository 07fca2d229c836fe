//! EU trusted lists (`keurmerk trust-list import eidas`): the XML reader, exclusive and inclusive
//! canonicalization, the XML signature check and the national-list reader, on any bytes.
#![no_main]
use keurmerk::trust::import::{eidas, xmldsig, xmltree};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(root) = xmltree::parse(data) {
        let _ = xmltree::exc_c14n(&root, &root, root.elements().next());
        let _ = xmltree::c14n(&root, &root, None, xmltree::C14n::Inclusive);
        let _ = xmldsig::verify(&root, &[]);
    }
    let lotl = eidas::Lotl {
        scheme: eidas::Scheme {
            territory: "EU".into(),
            sequence: 1,
            issued: keurmerk_fuzz::now(),
            next_update: None,
            operator: String::new(),
            signer: Vec::new(),
        },
        pointers: Vec::new(),
    };
    let _ = eidas::national(data, &lotl, keurmerk_fuzz::now());
    let _ = eidas::lotl(data, &[]);
});
