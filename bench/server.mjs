// A static file server for the repository on 127.0.0.1 for the Chromium benchmarks. Pages are
// cross-origin isolated (COOP + COEP), which gives performance.now() 5 µs resolution instead of
// 100 µs and makes performance.measureUserAgentSpecificMemory() available. /pkg/ may be served
// from BENCH_PKG. Counts every request. `serve({ cache: true })` serves files cacheably (max-age,
// as a real site would: Chromium then keeps the compiled wasm in its code cache) instead of no-store.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PKG_DIR } from './common.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.jsonld': 'application/json', '.jwt': 'text/plain',
};

export async function serve({ cache = false } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const base = pathname.startsWith('/pkg/') ? PKG_DIR + sep : ROOT;
    const path = normalize(join(base, pathname.startsWith('/pkg/') ? pathname.slice(5) : pathname));
    if (!path.startsWith(base) || path.split(sep).includes('.git')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': cache ? 'public, max-age=3600' : 'no-store',
        'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}
