// The three ECDSA cryptosuites of the Digital Bazaar stack, for verifying: ecdsa-rdfc-2019,
// ecdsa-jcs-2019 and ecdsa-sd-2023 (derived proofs). A module of its own so that a bundle with
// ecdsa-rdfc-2019 alone (browser-digitalbazaar-ecdsa-rdfc.mjs) leaves the other two out.
import { cryptosuite as rdfc } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createVerifyCryptosuite as jcs } from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import { createVerifyCryptosuite as sd } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';

export const ecdsaCryptosuites = () => [rdfc, jcs(), sd()];
