// Cold start in Chromium: navigation → the first frame showing results of a catalogue, for a
// page embedding one <vitrine-viewer> with data="catalogue-N.json" and with "catalogue-N.vitrine",
// beside a page that only fetches the JSON and runs JSON.parse on it (what any viewer built on
// JSON must do at least). Files are served gzip-compressed from memory (compressed once, before
// timing), the cache disabled, two runs each. Also the WebAssembly memory each viewer ends with.
// Prints figures; asserts nothing. Usage: node bench/cold-start.mjs [size...] (default 100000),
// after make web and scripts/bench.sh has made build/bench/catalogue-N.{json,vitrine}.
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, dist, root } from '../tests/e2e/harness.mjs';
import { watchForResults } from './results-watch.mjs';

const work = path.join(root, 'build', 'bench');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.ttf': 'font/ttf' };
const gzipped = new Map();  // path → gzip bytes, made once
function fileFor(name) {
  const inWork = path.join(work, name);
  return fs.existsSync(inWork) ? inWork : path.join(dist, name);
}
function pageFor(name) {
  const match = /^\/(viewer|parse)-(.+)\.html$/.exec(name);
  if (!match) return null;
  if (match[1] === 'viewer') {
    return `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script src="vitrine.js" defer></script>` +
      `<vitrine-viewer id="v" data="${match[2]}" style="display:block;width:1000px;height:700px"></vitrine-viewer>`;
  }
  return `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script>
    fetch('${match[2]}').then((r) => r.text()).then((text) => { const d = JSON.parse(text); window.parsedAt = performance.now(); window.parsedProducts = d.products.length; });
  </script>`;
}
function bodyOf(name) {
  if (!gzipped.has(name)) {
    const page = pageFor(name);
    gzipped.set(name, zlib.gzipSync(page !== null ? Buffer.from(page) : fs.readFileSync(fileFor(name.slice(1))), { level: 6 }));
  }
  return gzipped.get(name);
}
const server = http.createServer((request, response) => {
  const name = new URL(request.url, 'http://x').pathname;
  const body = bodyOf(name);
  response.writeHead(200, { 'Content-Type': types[path.extname(name)] || 'application/octet-stream', 'Content-Encoding': 'gzip', 'Content-Length': body.length });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();

// Compresses everything a page will ask for before the clock starts.
function warm(names) { names.forEach(bodyOf); }

async function timePage(url, done) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(watchForResults);
  await page.goto(url);
  await page.waitForFunction(done, null, { timeout: 600000, polling: 50 });
  const result = await page.evaluate(() => ({ at: window.catalogueAt || window.parsedAt, memory: window.memory, total: window.total || window.parsedProducts }));
  await context.close();
  return result;
}

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [100000];
const mb = (bytes) => (bytes / 1e6).toFixed(0);
for (const size of sizes) {
  const json = `catalogue-${size}.json`;
  const binary = `catalogue-${size}.vitrine`;
  warm([`/${json}`, `/${binary}`, '/vitrine.js', '/vitrine-viewer.js', '/vitrine-viewer.wasm']);
  const jsonBytes = fs.statSync(fileFor(json)).size;
  console.log(`\ncold start in Chromium, ${size} products (JSON ${mb(jsonBytes)} MB, ${mb(gzipped.get(`/${json}`).length)} MB gzip; ` +
    `catalogue.vitrine ${mb(fs.statSync(fileFor(binary)).size)} MB, ${mb(gzipped.get(`/${binary}`).length)} MB gzip), navigation → first frame with results`);
  console.log('run | fetch + JSON.parse |   viewer, JSON (memory)   | viewer, binary (memory)');
  for (let run = 1; run <= 2; run++) {
    const parse = await timePage(`${base}/parse-${json}.html`, () => window.parsedAt);
    const fromJson = await timePage(`${base}/viewer-${json}.html`, () => window.catalogueAt);
    const fromBinary = await timePage(`${base}/viewer-${binary}.html`, () => window.catalogueAt);
    const cell = (r) => `${(r.at / 1000).toFixed(2)} s (${mb(r.memory)} MB, ${(r.memory / jsonBytes).toFixed(2)}x JSON)`.padStart(25);
    console.log(`${String(run).padStart(3)} | ${(parse.at / 1000).toFixed(2).padStart(16)} s | ${cell(fromJson)} | ${cell(fromBinary)}`);
  }
}
await browser.close();
server.close();
