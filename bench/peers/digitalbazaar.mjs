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
import { staticLoader } from './loader.mjs';

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
  const documentLoader = staticLoader({ contexts, resolution });
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

const errorsOf = (r) => {
  const e = r?.error;
  if (!e) return [];
  return [e, ...(e.errors ?? []), ...(e.errors ?? []).map((x) => x.cause).filter(Boolean), e.cause].filter(Boolean);
};

/**
 * The library's answer as valid / invalid / error (could not check), with a short reason.
 * The libraries have no verdict model: this reads their errors the way an integrator would have to.
 */
export function classify(r) {
  const status = r?.statusResult;
  if (r?.verified) {
    const set = (status?.results ?? []).filter((s) => s.status === true);
    if (set.length) return { cls: 'invalid', why: `status set (${set.map((s) => s.credentialStatus?.statusPurpose ?? '?').join(', ')})` };
    return { cls: 'valid', why: 'verified' };
  }
  const text = errorsOf(r).map((e) => `${e.name ?? ''}: ${e.message ?? e}`).join(' | ');
  const proofsOk = (r?.results ?? []).length > 0 && r.results.every((p) => p.verified);
  // could not check: a document it could not load, a proof or status type it has no code for, a
  // status list it would not use, or a crash on unexpected input
  if (proofsOk && status && !status.verified) return { cls: 'error', why: `status: ${short(status.error?.message ?? text)}` };
  if (/not available offline|Could not load|Dereferencing a URL|No matching proofs|Did not verify any proofs|unsupported credentialStatus|"publicKeyMultibase" property is required|Cannot read properties/i.test(text)) {
    return { cls: 'error', why: short(text) };
  }
  // everything else is the library rejecting the credential: signature, binding, dates, shape
  return { cls: 'invalid', why: short(text) };
}

const short = (s) => String(s).replace(/\s+/g, ' ').slice(0, 160);
