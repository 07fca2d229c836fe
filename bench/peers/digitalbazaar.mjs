// The Digital Bazaar stack as an integrator would assemble it: @digitalbazaar/vc verifyCredential
// (issuer ↔ key binding, dates) with the three Ed25519 suites, Bitstring and StatusList2021 status
// checks, and the offline document loader over the bundled contexts. Browser-safe (no node:*).
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as rdfc } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createVerifyCryptosuite as jcsSuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import * as bitstring from '@digitalbazaar/vc-bitstring-status-list';
import * as statusList2021 from '@digitalbazaar/vc-status-list';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { staticLoader } from './loader.mjs';
import { classify } from './classify-digitalbazaar.mjs';

export { classify };

export const name = 'Digital Bazaar stack';

/** Status checking by entry type, as the two status packages split it. */
async function checkStatus(options) {
  const entries = [options.credential.credentialStatus].flat();
  const types = new Set(entries.map((e) => e?.type));
  if (types.has('BitstringStatusListEntry')) return bitstring.checkStatus(options);
  if (types.has('StatusList2021Entry')) return statusList2021.checkStatus(options);
  return { verified: false, error: new Error(`unsupported credentialStatus type ${[...types].join(', ')}`) };
}

/** @returns {{verify(doc: object, opts: {now: string}): Promise<object>}} */
export function makeVerifier({ contexts, resolution }) {
  const documentLoader = staticLoader({ contexts, resolution, multikeys: { z6Mk: Ed25519Multikey.from } });
  const suite = [
    new DataIntegrityProof({ cryptosuite: rdfc }),
    new DataIntegrityProof({ cryptosuite: jcsSuite() }),
    new Ed25519Signature2020(),
  ];
  return {
    /** The library's own result object. */
    verify: (credential, { now }) => vc.verifyCredential({ credential, suite, documentLoader, checkStatus, now }),
    classify,
  };
}
