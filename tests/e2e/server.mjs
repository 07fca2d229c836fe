// A static file server for the repository root on 127.0.0.1, for the browser tests: it serves
// .wasm as application/wasm, can add a Content-Security-Policy header, and logs every request.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.jwt': 'text/plain',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

export async function serve({ csp } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const path = normalize(join(ROOT, pathname));
    if (!path.startsWith(ROOT) || path.split(sep).includes('.git')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}
