// Time from navigation to a viewer's first frame and to its catalogue on screen, on a page
// embedding one <vitrine-viewer>, served gzip-compressed as a web host would, on localhost and
// with the network throttled (CDP Network.emulateNetworkConditions). Prints the figures.
// Usage: node bench/first-frame.mjs   (after make web)
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, dist } from '../tests/e2e/harness.mjs';
import { watchForResults } from './results-watch.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.ttf': 'font/ttf' };
const page = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script src="vitrine.js" defer></script><vitrine-viewer id="v"></vitrine-viewer>';
const bytesSent = { total: 0 };
const server = http.createServer((request, response) => {
  const name = new URL(request.url, 'http://x').pathname;
  const body = name === '/embed.html' ? Buffer.from(page) : fs.readFileSync(path.join(dist, name));
  const gz = zlib.gzipSync(body, { level: 6 });
  bytesSent.total += gz.length;
  response.writeHead(200, { 'Content-Type': types[path.extname(name)] || 'application/octet-stream', 'Content-Encoding': 'gzip', 'Content-Length': gz.length });
  response.end(gz);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/embed.html`;
const browser = await launchBrowser();

async function measure(label, throughputMbit) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throughputMbit) {
    const bytesPerSecond = (throughputMbit * 1e6) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  }
  await p.addInitScript(watchForResults);
  bytesSent.total = 0;
  await p.goto(url);
  await p.waitForFunction(() => window.catalogueAt, null, { timeout: 120000 });
  const [first, shown] = await p.evaluate(() => [window.firstFrameAt, window.catalogueAt]);
  console.log(`${label.padEnd(22)} first frame ${first.toFixed(0).padStart(6)} ms   catalogue on screen ${shown.toFixed(0).padStart(6)} ms   (${(bytesSent.total / 1e3).toFixed(0)} kB gzip sent)`);
  await context.close();
}

for (let run = 0; run < 2; run++) {
  await measure('localhost', 0);
  await measure('10 Mbit/s, 40 ms', 10);
}
await browser.close();
server.close();
