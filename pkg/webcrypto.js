// The platform's half of the two-pass verification: the core verifies Ed25519 and lists every other
// signature as `asked` (`verifyDeferred`); this answers them with WebCrypto (`crypto.subtle`), so the
// wasm carries no ECDSA or RSA code. Nothing here touches the network.
//   asked:  { id, alg: 'ES256'|'ES384'|'RS256'|'PS256'|'EdDSA', key, message, signature }, key
//           { kty: 'EC', crv, sec1 } | { kty: 'RSA', n, e } | { kty: 'OKP', crv: 'Ed25519', x }, bytes
//           as Uint8Array; ECDSA signatures r ‖ s, as JOSE, Data Integrity and WebCrypto have them
//   answer: { id, result, detail?, line?, args? }: valid; invalid (does not verify); key_invalid (a
//           point off its curve, a key WebCrypto refuses); unavailable (no WebCrypto here, or not
//           this algorithm: the core reports it not checked and the verdict is indeterminate). Why, as
//           a line of Keurmerk's catalogue (`line`, `args`: src/lines/keys.rs, said in the reader's
//           language) and in English (`detail`, for a host's own answerer).

// y² = x³ − 3x + b over GF(p); both primes are 3 mod 4, so a square root is a power (p+1)/4.
const CURVES = {
  'P-256': {
    size: 32,
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  'P-384': {
    size: 48,
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
};

// What each algorithm asks of WebCrypto: the key's import parameters and the verify parameters.
const ALGORITHMS = {
  ES256: { kty: 'EC', crv: 'P-256', key: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } },
  ES384: { kty: 'EC', crv: 'P-384', key: { name: 'ECDSA', namedCurve: 'P-384' }, verify: { name: 'ECDSA', hash: 'SHA-384' } },
  RS256: { kty: 'RSA', key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  PS256: { kty: 'RSA', key: { name: 'RSA-PSS', hash: 'SHA-256' }, verify: { name: 'RSA-PSS', saltLength: 32 } },
  EdDSA: { kty: 'OKP', crv: 'Ed25519', key: { name: 'Ed25519' }, verify: { name: 'Ed25519' } },
};

const MAX_KEYS = 256; // imported keys kept per answerer; the cache starts over when full

// An answer that did not verify: its result, why as a line of the catalogue and in English.
const why = (result, line, args, detail) => ({ result, line, args, detail });

/** Answers the checks the core leaves to the platform, with WebCrypto. Keeps imported keys. */
export class WebCrypto {
  #subtle;
  #keys = new Map(); // `${alg} ${key bytes}` → Promise<CryptoKey | answer without id>

  /** `subtle`: the WebCrypto to use; by default `globalThis.crypto.subtle`, looked up at each call. */
  constructor({ subtle } = {}) {
    this.#subtle = subtle;
  }

  /** Answers every check, concurrently: `[{ id, result, detail? }]` in the order asked. */
  answer(asked) {
    return Promise.all(asked.map((check) => this.#answer(check)));
  }

  async #answer(check) {
    const { id, alg } = check;
    const subtle = this.#subtle === undefined ? globalThis.crypto?.subtle : this.#subtle;
    if (!subtle) {
      return {
        id,
        ...(globalThis.isSecureContext === false
          ? why('unavailable', 'webcrypto_insecure', {}, 'no WebCrypto in this page: it needs a secure context (https or localhost)')
          : why('unavailable', 'webcrypto_missing', {}, 'no WebCrypto (crypto.subtle) on this platform')),
      };
    }
    const a = ALGORITHMS[alg];
    if (!a || a.kty !== check.key?.kty || (a.crv && a.crv !== check.key.crv)) {
      const key = String(check.key?.crv ?? check.key?.kty);
      return { id, ...why('unavailable', 'webcrypto_not_for_key', { alg, key }, `${alg} with a ${key} key is not checked here`) };
    }
    const key = await this.#key(subtle, alg, a, check.key);
    if (key.result) return { id, ...key };
    try {
      const ok = await subtle.verify(a.verify, key, check.signature, check.message);
      return ok ? { id, result: 'valid' } : { id, ...why('invalid', 'webcrypto_not_verified', { alg }, `the ${alg} signature does not verify (WebCrypto)`) };
    } catch (err) {
      const error = errorName(err);
      return { id, ...why('unavailable', 'webcrypto_failed', { alg, error }, `WebCrypto could not check the ${alg} signature (${error})`) };
    }
  }

  // The imported key, or the answer for a key that cannot be imported. Each key is imported once.
  #key(subtle, alg, a, key) {
    const bytes = key.kty === 'RSA' ? [key.n, key.e] : [key.sec1 ?? key.x];
    const name = `${alg} ${bytes.map(hex).join(' ')}`;
    let imported = this.#keys.get(name);
    if (!imported) {
      if (this.#keys.size >= MAX_KEYS) this.#keys.clear();
      imported = importKey(subtle, alg, a, key);
      this.#keys.set(name, imported);
    }
    return imported;
  }
}

async function importKey(subtle, alg, a, key) {
  let format = 'raw';
  let data;
  if (key.kty === 'EC') {
    data = uncompressed(key.crv, key.sec1);
    if (!data) return why('key_invalid', 'webcrypto_off_curve', { curve: key.crv }, `the ${key.crv} key is not a point on the curve`);
  } else if (key.kty === 'RSA') {
    format = 'jwk';
    data = { kty: 'RSA', n: base64url(key.n), e: base64url(key.e) };
  } else {
    data = key.x;
  }
  try {
    return await subtle.importKey(format, data, a.key, false, ['verify']);
  } catch (err) {
    const error = errorName(err);
    const kind = String(key.crv ?? key.kty);
    return error === 'NotSupportedError'
      ? why('unavailable', 'webcrypto_not_offered', { alg, error }, `WebCrypto here does not offer ${alg} (${error})`)
      : why('key_invalid', 'webcrypto_key_refused', { key: kind, error }, `WebCrypto refused the ${kind} key (${error})`);
  }
}

/**
 * A SEC1 point of `curve` ('P-256' or 'P-384'), compressed (0x02/0x03 ‖ x) or uncompressed
 * (0x04 ‖ x ‖ y), as the uncompressed point WebCrypto imports; null when it is not on the curve.
 */
export function uncompressed(curve, sec1) {
  const c = CURVES[curve];
  if (!c || !(sec1 instanceof Uint8Array)) return null;
  const { size, p, b } = c;
  const x = toBigInt(sec1.subarray(1, 1 + size));
  const rhs = mod(x * x * x - 3n * x + b, p);
  if (sec1.length === 2 * size + 1 && sec1[0] === 4) {
    const y = toBigInt(sec1.subarray(1 + size));
    return x < p && y < p && mod(y * y, p) === rhs ? sec1 : null;
  }
  if (sec1.length !== size + 1 || (sec1[0] !== 2 && sec1[0] !== 3) || x >= p) return null;
  let y = power(rhs, (p + 1n) / 4n, p);
  if (mod(y * y, p) !== rhs) return null; // x³ − 3x + b has no square root: no point has this x
  if (Number(y & 1n) !== sec1[0] - 2) y = p - y;
  const out = new Uint8Array(2 * size + 1);
  out[0] = 4;
  out.set(sec1.subarray(1), 1);
  out.set(toBytes(y, size), 1 + size);
  return out;
}

const mod = (a, p) => ((a % p) + p) % p;

function power(base, exponent, p) {
  let result = 1n;
  for (let b = base % p, e = exponent; e > 0n; e >>= 1n, b = (b * b) % p) {
    if (e & 1n) result = (result * b) % p;
  }
  return result;
}

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const toBigInt = (bytes) => BigInt(`0x${hex(bytes) || '0'}`);

function toBytes(n, size) {
  const out = new Uint8Array(size);
  for (let i = size - 1; i >= 0; i -= 1, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
}

function base64url(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const errorName = (err) => (typeof err?.name === 'string' ? err.name : 'Error');
