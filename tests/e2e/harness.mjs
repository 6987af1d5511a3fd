// Shared pieces of the browser tests: a static server for dist/, Debian's Chromium driven by
// playwright-core, and helpers that look at the page the way a person would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');
export const screenshots = path.join(root, 'build', 'e2e');
fs.mkdirSync(screenshots, { recursive: true });

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8', '.ttf': 'font/ttf',
};

// Serves dist/ (or `folder`), plus extra in-memory pages for fixtures such as embedding pages:
// path → text, or path → { body, headers }.
export function startServer(extra = {}, folder = dist) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname in extra) {
      const entry = extra[url.pathname];
      const page = typeof entry === 'string' || Buffer.isBuffer(entry) ? { body: entry } : entry;
      response.writeHead(200, { 'Content-Type': types[path.extname(url.pathname)] || 'text/html; charset=utf-8', ...page.headers });
      response.end(page.body);
      return;
    }
    let file = path.join(folder, decodeURIComponent(url.pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404);
      response.end('not found');
      return;
    }
    const bytes = fs.readFileSync(file);
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': bytes.length });
    response.end(bytes);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  })));
}

// The static server (with `extra` pages) and Chromium, started before a test file's tests and
// stopped after them. Returns { url, browser }, filled in once they run.
export function serveAndBrowse(extra = {}, folder = dist) {
  const site = {};
  let server;
  before(async () => {
    server = await startServer(extra, folder);
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A page whose console errors and uncaught exceptions are collected for the test to assert on.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  page.consoleErrors = [];
  // Product pictures live on other hosts, which this sandbox cannot reach: their failures are the
  // placeholder path, not page errors. Everything served from the test server must load cleanly.
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url || '';
    if (source && !source.startsWith('http://127.0.0.1')) return;
    page.consoleErrors.push(`${message.text()} (${source})`);
  });
  page.on('pageerror', (error) => page.consoleErrors.push(String(error)));
  return page;
}

// Waits for `count` animation frames, so what the viewer's state says is also drawn.
export const frames = (page, count = 2) => page.evaluate((n) => new Promise((resolve) => {
  const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
}), count);

export async function waitForReady(page, handle = 'window.vitrine') {
  await page.waitForFunction(`${handle} && ${handle}.state().ready`, null, { timeout: 30000 });
  await frames(page);
}

export const state = (page, handle = 'window.vitrine') => page.evaluate(`${handle}.state()`);

export async function screenshot(page, name) {
  await frames(page);
  const file = path.join(screenshots, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Runs `count(data, width)` in the page over the RGBA pixels of the screenshot `pngFile` (all of
// it, or `box`: { x, y, width, height } in pixels), where the browser decodes PNG. The call is
// built as one expression, so pages whose CSP forbids eval run it too.
async function countInScreenshot(page, pngFile, box, count) {
  const src = 'data:image/png;base64,' + fs.readFileSync(pngFile).toString('base64');
  return page.evaluate(`(async () => {
    const image = new Image();
    image.src = ${JSON.stringify(src)};
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const area = ${JSON.stringify(box)} || { x: 0, y: 0, width: image.width, height: image.height };
    const { data } = context.getImageData(area.x, area.y, area.width, Math.min(area.height, image.height - area.y));
    return (${count})(data, image.width, image.height);
  })()`);
}

// How many pixels of the screenshot `pngFile` are within `tolerance` of `rgb`, inside `box`
// ({ x, y, width, height } in pixels) or over the whole picture.
export async function pixelsNear(page, pngFile, rgb, tolerance, box = null) {
  return countInScreenshot(page, pngFile, box, `(data) => {
    let near = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - ${rgb[0]}) < ${tolerance} && Math.abs(data[i + 1] - ${rgb[1]}) < ${tolerance} && Math.abs(data[i + 2] - ${rgb[2]}) < ${tolerance}) near++;
    }
    return near;
  }`);
}

// How many distinct colours the picture has, and how many pixels are not the background:
// a blank canvas has one colour.
export async function inkOf(page, pngFile) {
  return countInScreenshot(page, pngFile, null, `(data, width, height) => {
    const colours = new Set();
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      colours.add(key);
      if (key !== ((data[0] << 16) | (data[1] << 8) | data[2])) ink++;
    }
    return { colours: colours.size, inkPixels: ink, width, height };
  }`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One finger on the touch screen, through the browser's own input pipeline (CDP), so the page
// receives trusted touchstart/touchmove/touchend events as from a phone. Each event carries the
// time a phone would give it (moves about 16 ms apart): headless Chromium on a busy machine may
// take far longer to hand each one over, and the flick speed is measured from these times.
// `canvas` names the viewer's canvas in the page (a JavaScript expression); positions are on it.
export async function finger(page, canvas = 'window.vitrine.canvas') {
  const cdp = await page.context().newCDPSession(page);
  const box = await page.evaluate(`${canvas}.getBoundingClientRect().toJSON()`);
  let clock = 0;  // seconds since the epoch, as CDP wants them
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
    type, timestamp: clock, touchPoints: points.map(([x, y]) => ({ x: box.x + x, y: box.y + y, id: 1 })),
  });
  const startGesture = () => { clock = Math.max(clock + 0.1, Date.now() / 1000); };
  return {
    // Drags from (x, fromY) to (x, toY) in `steps` moves `stepMs` apart, then rests `restMs`
    // before lifting: a resting finger means "stop here", a lift while moving is a flick.
    async drag(x, fromY, toY, { steps, stepMs = 16, restMs = 0 }) {
      startGesture();
      await touch('touchStart', [[x, fromY]]);
      for (let i = 1; i <= steps; ++i) {
        clock += stepMs / 1000;
        await touch('touchMove', [[x, fromY + ((toY - fromY) * i) / steps]]);
      }
      clock += (restMs || stepMs) / 1000;
      if (restMs > 0) await sleep(restMs);
      await touch('touchEnd', []);
    },
    async tap(x, y) {
      startGesture();
      await touch('touchStart', [[x, y]]);
      clock += 0.06;
      await touch('touchEnd', []);
    },
  };
}
