// A small eddsa-jcs-2022 signer for the browser tests (W3C vc-di-eddsa, "eddsa-jcs-2022"), so a test
// can sign credentials it makes up (hostile text, many variants) with a did:key issuer, without the CLI.
// JCS (RFC 8785) is JSON.stringify with member names sorted by UTF-16 code units (ECMAScript number
// and string serialisation are what RFC 8785 prescribes).
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58btc(bytes) {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; }
  for (const b of bytes) { if (b !== 0) break; out = `1${out}`; }
  return out;
}

export function jcs(value) {
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${jcs(value[k])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('jcs: numbers must be finite');
  return JSON.stringify(value);
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();

/** An Ed25519 key from a 32-byte seed, with its did:key. */
export function keyFromSeed(seed) {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed)]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const raw = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x, 'base64url');
  const multikey = `z${base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
  const did = `did:key:${multikey}`;
  return { privateKey, did, vm: `${did}#${multikey}` };
}

/** Signs `credential` (without proof) with eddsa-jcs-2022; returns the secured credential. */
export function signJcs(credential, key, created = '2026-07-01T12:00:00Z') {
  const proof = {
    type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created,
    verificationMethod: key.vm, proofPurpose: 'assertionMethod', '@context': credential['@context'],
  };
  const hashData = Buffer.concat([sha256(jcs(proof)), sha256(jcs(credential))]);
  const signature = sign(null, hashData, key.privateKey);
  return { ...credential, proof: { ...proof, proofValue: `z${base58btc(signature)}` } };
}
