// The Digital Bazaar stack, as the vectors' reference_implementation ran it: jsonld-signatures
// verify with DataIntegrityProof + eddsa-rdfc-2022 and the assertionMethod purpose, with a static
// document loader (no network).
import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { documentLoader } from './common.mjs';

const { purposes: { AssertionProofPurpose } } = jsigs;

export async function verifyOnce(doc) {
  const suite = new DataIntegrityProof({ cryptosuite });
  const result = await jsigs.verify(doc, { suite, purpose: new AssertionProofPurpose(), documentLoader });
  if (!result.verified) throw new Error(JSON.stringify(result.error?.errors?.map((e) => e.message) ?? result.error));
  return result.verified;
}
