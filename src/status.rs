//! Stage 6, status: revocation and suspension from status lists the host supplies. A missing list
//! means "not checked", never "not revoked".

use serde_json::Value;

use crate::codes::Code;
use crate::parse::{as_list, Credential};

/// The status check's code and facts. Status lists themselves are read by a later version: until
/// then every credential that names one is reported as [`Code::StatusNotChecked`].
pub fn check(cred: &Credential) -> (Code, String) {
    let types: Vec<&str> = as_list(cred.doc.get("credentialStatus"))
        .filter_map(|s| s.get("type").and_then(Value::as_str))
        .collect();
    if matches!(cred.doc.get("credentialStatus"), None | Some(Value::Null)) {
        (
            Code::StatusNone,
            "the credential has no credentialStatus".to_owned(),
        )
    } else {
        (
            Code::StatusNotChecked,
            format!(
                "credentialStatus {types:?}: no status list was checked, so revocation is unknown"
            ),
        )
    }
}
