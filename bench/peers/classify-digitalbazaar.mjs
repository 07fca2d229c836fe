// The Digital Bazaar stack's answer as valid / invalid / error, shared by its Ed25519 and ECDSA
// assemblies (digitalbazaar.mjs, digitalbazaar-ecdsa.mjs). No imports, so a bundle of either keeps
// only its own suites.
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
