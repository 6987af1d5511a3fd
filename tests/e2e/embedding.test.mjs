// The viewer as a part of someone else's page: <vitrine-viewer> elements on plain HTML pages,
// driven the way a reader uses them (keyboard, wheel, Tab), with the page's own listeners
// watching what reaches them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveAndBrowse, newPage, state, frames, screenshot, dist, finger, pixelsNear } from './harness.mjs';

const products = JSON.parse(fs.readFileSync(path.join(dist, 'catalogue.json'), 'utf8')).products.length;

const strictPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:";
const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/icon.png">
  <title>A documentation page</title>${head}<script src="/vitrine.js" defer></script></head><body>${body}</body></html>`;
// A page's own keyboard shortcuts, as documentation themes have them (n: next page, s and /: search).
const shortcuts = `<script src="/shortcuts.js"></script>`;

const site = serveAndBrowse({
  '/shortcuts.js': `window.pageKeys = [];
    document.addEventListener('keydown', (event) => window.pageKeys.push(event.key));`,
  '/two.html': page(`<script src="/vitrine.js" defer></script><h1>Two viewers</h1><button id="before">before</button>
    <vitrine-viewer id="one" data="/catalogue.json" style="height:420px"></vitrine-viewer>
    <button id="middle">middle</button>
    <vitrine-viewer id="two" data="catalogue.json" query="kettle" style="height:420px"></vitrine-viewer>
    <button id="after">after</button><div style="height:2000px"></div>`, shortcuts),
  '/styled.css': 'vitrine-viewer { height: 500px; } #big { font-size: 20px; --vitrine-accent: #c2185b; --vitrine-radius: 0; }',
  '/styled.html': page(`<vitrine-viewer id="plain"></vitrine-viewer><vitrine-viewer id="big"></vitrine-viewer>`,
    '<link rel="stylesheet" href="/styled.css">'),
  '/icon.png': { body: '', headers: { 'Content-Type': 'image/png' } },
  '/strict.css': 'vitrine-viewer { height: 500px; }',
  '/strict.html': {
    body: page('<vitrine-viewer id="v"></vitrine-viewer>', '<link rel="stylesheet" href="/strict.css">'),
    headers: { 'Content-Security-Policy': strictPolicy },
  },
  '/no-wasm.html': {
    body: page('<vitrine-viewer id="v" style="height:500px"></vitrine-viewer>'),
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
  },
});

const ready = (p, selector) => p.waitForFunction((s) => document.querySelector(s)?.state().ready, selector, { timeout: 30000 });
const viewerState = (p, selector) => p.evaluate((s) => document.querySelector(s).state(), selector);

async function openTwo() {
  const p = await newPage(site.browser);
  p.requestsMade = [];
  p.on('request', (request) => p.requestsMade.push(new URL(request.url()).pathname));
  await p.goto(site.url + '/two.html');
  await ready(p, '#one');
  await ready(p, '#two');
  await frames(p, 3);
  return p;
}

test('two viewers on a page fetch the code, the fonts and their shared catalogue once, and keep their own state', async () => {
  const p = await openTwo();
  const count = (name) => p.requestsMade.filter((r) => r === name).length;
  for (const file of ['/vitrine.js', '/vitrine-viewer.js', '/vitrine-viewer.wasm', '/fonts/regular.ttf', '/catalogue.json', '/vitrine.css']) {
    assert.equal(count(file), 1, `${file} is requested once (requests: ${p.requestsMade.join(' ')})`);
  }
  // The demo sells from Chinese, Japanese, Korean, Gulf, Israeli, Indian and Thai stores: each
  // script's font comes once, after the catalogue asked for it.
  for (const font of ['cjk', 'hangul', 'arabic', 'hebrew', 'devanagari', 'thai']) {
    assert.equal(count(`/fonts/${font}.ttf`), 1, `/fonts/${font}.ttf is requested once (requests: ${p.requestsMade.join(' ')})`);
  }
  console.log(`# requests for a page with two viewers: ${p.requestsMade.join(' ')}`);
  assert.equal((await viewerState(p, '#one')).query, '');
  assert.equal((await viewerState(p, '#two')).query, 'kettle');
  await p.evaluate(() => document.querySelector('#one').search('python'));
  assert.equal((await viewerState(p, '#one')).query, 'python');
  assert.equal((await viewerState(p, '#two')).query, 'kettle', 'the other viewer keeps its search');
  assert.deepEqual(p.consoleErrors, []);
  await screenshot(p, 'embedding-two-viewers');
  await p.context().close();
});

test('keys typed into a viewer stay in it; the page\'s shortcuts and fields keep theirs', async () => {
  const p = await openTwo();
  const scrollBefore = await p.evaluate(() => window.scrollY);
  await p.click('#one canvas', { position: { x: 300, y: 70 } });
  await p.keyboard.type('nps/f usb');
  await p.waitForFunction(() => document.querySelector('#one').state().query === 'nps/f usb', null, { timeout: 5000 }).catch(() => {});
  assert.equal((await viewerState(p, '#one')).query, 'nps/f usb');
  assert.deepEqual(await p.evaluate(() => window.pageKeys), [], 'no key reached the page\'s listeners');
  assert.equal(await p.evaluate(() => window.scrollY), scrollBefore, 'the page did not move (Space is typed, not scrolled)');
  await p.click('#after');
  await p.keyboard.type('n');
  assert.deepEqual(await p.evaluate(() => window.pageKeys), ['n'], 'outside the viewer the page hears its keys');
  assert.equal((await viewerState(p, '#one')).query, 'nps/f usb');
  await p.context().close();
});

test('Tab leaves the viewer after its last control, and Shift+Tab before its first', async () => {
  const p = await openTwo();
  await p.focus('#before');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.closest('vitrine-viewer')?.id), 'one');
  let presses = 0;
  while (presses < 40 && (await p.evaluate(() => document.activeElement.id)) !== 'middle') {
    await p.keyboard.press('Tab');
    presses++;
  }
  assert.equal(await p.evaluate(() => document.activeElement.id), 'middle', `Tab reached the next button (${presses} presses)`);
  await p.keyboard.press('Shift+Tab');
  presses = 0;
  while (presses < 40 && (await p.evaluate(() => document.activeElement.id)) !== 'before') {
    await p.keyboard.press('Shift+Tab');
    presses++;
  }
  assert.equal(await p.evaluate(() => document.activeElement.id), 'before', `Shift+Tab reached the button before (${presses} presses)`);
  await p.context().close();
});

test('the wheel scrolls the list under the pointer, and the page where the list cannot move', async () => {
  const p = await openTwo();
  // Viewer two shows one result for "kettle": nothing to scroll, so the page scrolls.
  await p.evaluate(() => document.querySelector('#two').scrollIntoView({ block: 'center' }));
  const box = await p.locator('#two canvas').boundingBox();
  await p.mouse.move(box.x + box.width * 0.6, box.y + 250);
  const before = await p.evaluate(() => window.scrollY);
  for (let i = 0; i < 5; i++) await p.mouse.wheel(0, 100);
  await p.waitForFunction((y) => window.scrollY > y, before);
  await p.waitForTimeout(500);  // the page's smooth scrolling comes to rest
  // Viewer one lists every product: the wheel scrolls its list, not the page, until the list's end.
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.waitForFunction(() => window.scrollY === 0);
  const list = await p.locator('#one canvas').boundingBox();
  await p.mouse.move(list.x + list.width * 0.6, list.y + 250);
  await p.mouse.wheel(0, 300);
  await frames(p, 3);
  assert.equal(await p.evaluate(() => window.scrollY), 0, 'the page stays while the list scrolls');
  assert.ok((await viewerState(p, '#one')).resultsScroll > 0, 'the list scrolled');
  for (let i = 0; i < 80 && (await p.evaluate(() => window.scrollY)) === 0; i++) {
    await p.mouse.wheel(0, 400);
    await frames(p, 1);
  }
  assert.ok(await p.evaluate(() => window.scrollY) > 0, 'at the end of the list the page scrolls');
  await p.context().close();
});

test('an idle viewer draws nothing, nor one that is off screen; drawing resumes when it is seen', async () => {
  const p = await openTwo();
  await p.waitForTimeout(1500);
  const session = await p.context().newCDPSession(p);
  await session.send('Performance.enable');
  const taskTime = async () => (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const frameCounts = () => p.evaluate(() => ['#one', '#two'].map((s) => document.querySelector(s).state().frameMs.count));
  const framesBefore = await frameCounts();
  const busyBefore = await taskTime();
  await p.waitForTimeout(3000);
  const busy = (await taskTime()) - busyBefore;
  assert.deepEqual(await frameCounts(), framesBefore, 'no frame in 3 s of idling');
  console.log(`# idle main-thread time with two viewers: ${(busy * 1000 / 3).toFixed(1)} ms per second`);
  assert.ok(busy < 0.3, `the page is idle (${busy.toFixed(3)} s of tasks in 3 s)`);

  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await p.waitForTimeout(300);
  const offScreen = (await frameCounts())[0];
  await p.evaluate(() => document.querySelector('#one').search('tomato'));
  await p.waitForTimeout(500);
  assert.equal((await frameCounts())[0], offScreen, 'a viewer out of view does not draw');
  await p.evaluate(() => document.querySelector('#one').scrollIntoView());
  await p.waitForFunction((n) => document.querySelector('#one').state().frameMs.count > n, offScreen);
  await p.context().close();
});

test('the element announces searches and opened products, and comes back after it is removed and put back', async () => {
  const p = await openTwo();
  await p.evaluate(() => {
    window.heard = [];
    document.addEventListener('vitrine-search', (e) => window.heard.push(['search', e.detail.query, e.detail.total]));
    document.addEventListener('vitrine-open', (e) => window.heard.push(['open', e.detail.id]));
  });
  await p.evaluate(() => document.querySelector('#one').search('architecture patterns python'));
  await frames(p, 3);
  await p.evaluate(() => document.querySelector('#one').open('208027396'));
  await frames(p, 3);
  const heard = await p.evaluate(() => window.heard);
  assert.deepEqual(heard[0].slice(0, 2), ['search', 'architecture patterns python']);
  assert.ok(heard[0][2] >= 1);
  assert.deepEqual(heard.at(-1), ['open', '208027396']);

  const wasmRequests = p.requestsMade.filter((r) => r === '/vitrine-viewer.wasm').length;
  await p.evaluate(() => {
    window.removed = document.querySelector('#one');
    window.removed.remove();
  });
  assert.equal(await p.evaluate(() => window.removed.state().ready), false, 'a removed viewer is gone');
  assert.equal(await p.evaluate(() => document.querySelectorAll('canvas').length), 1, 'its canvas went with it');
  await p.evaluate(() => document.body.prepend(window.removed));
  await ready(p, '#one');
  await frames(p, 3);
  assert.equal((await viewerState(p, '#one')).total, products, 'put back, it shows the whole catalogue again');
  assert.equal(p.requestsMade.filter((r) => r === '/vitrine-viewer.wasm').length, wasmRequests, 'the code is not fetched again');
  assert.deepEqual(p.consoleErrors, []);
  await p.context().close();
});

test('under a strict Content-Security-Policy the viewer works; without wasm-unsafe-eval it says what to do', async () => {
  const p = await newPage(site.browser);
  await p.goto(site.url + '/strict.html');
  await ready(p, '#v');
  await p.evaluate(() => document.querySelector('#v').search('pressure cooker'));
  assert.ok((await viewerState(p, '#v')).total >= 1);
  assert.deepEqual(p.consoleErrors, [], 'no policy violation');
  await p.context().close();

  const refused = await newPage(site.browser);
  await refused.goto(site.url + '/no-wasm.html');
  await refused.waitForSelector('vitrine-viewer .vitrine-fatal', { timeout: 30000 });
  const message = await refused.textContent('vitrine-viewer .vitrine-fatal');
  assert.match(message, /wasm-unsafe-eval/);
  await screenshot(refused, 'embedding-csp-refused');
  await refused.context().close();
});

test('the standalone file opens from disk and works without the network', async () => {
  const p = await newPage(site.browser);
  const fetched = [];
  p.on('request', (request) => { if (request.url().startsWith('http://127.0.0.1')) fetched.push(request.url()); });
  await p.goto(`file://${path.join(dist, 'vitrine-standalone.html')}`);
  await p.waitForFunction(() => window.vitrine && window.vitrine.state().ready, null, { timeout: 30000 });
  await frames(p, 3);
  await p.keyboard.type('pressure cooker');
  await p.waitForFunction(() => window.vitrine.state().query === 'pressure cooker' && window.vitrine.state().total > 0, null, { timeout: 10000 })
    .catch(async () => assert.fail(`typing reached the viewer: ${JSON.stringify(await state(p)).slice(0, 300)}`));
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => window.vitrine.state().view === 'detail', null, { timeout: 10000 });
  const s = await state(p);
  await p.evaluate((id) => { location.hash = `#/product/${id}/reviews`; }, s.productId);
  await p.waitForFunction(() => window.vitrine.state().view === 'reviews');
  assert.deepEqual(fetched, []);
  await screenshot(p, 'standalone-reviews');
  await p.context().close();
});

test('the text size, accent colour and corner radius follow the page\'s CSS', async () => {
  const p = await newPage(site.browser);
  await p.goto(site.url + '/styled.html');
  await ready(p, '#plain');
  await ready(p, '#big');
  await frames(p, 3);
  const plain = (await viewerState(p, '#plain')).layout['search-box'];
  const big = (await viewerState(p, '#big')).layout['search-box'];
  assert.ok(Math.abs(big[3] / plain[3] - 1.25) < 0.02, `20 px text makes the viewer 1.25 times as large (${plain[3]} → ${big[3]})`);
  const accentPixels = async (selector) => {
    const file = await screenshot(p, `styled-${selector.slice(1)}`);
    return pixelsNear(p, file, [194, 24, 91], 12, await p.locator(`${selector} canvas`).boundingBox());
  };
  await p.locator('#big').scrollIntoViewIfNeeded();
  assert.ok(await accentPixels('#big') > 500, 'prices and links are drawn in the page\'s accent');
  await p.locator('#plain').scrollIntoViewIfNeeded();
  assert.equal(await accentPixels('#plain'), 0, 'a viewer without the property keeps its own');
  await p.context().close();
});

test('on a phone a swipe over a list scrolls it, and over a list with nothing more to show it scrolls the page', async () => {
  const p = await newPage(site.browser, { viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await p.goto(site.url + '/two.html');
  await ready(p, '#one');
  await ready(p, '#two');
  await p.evaluate(() => document.querySelector('#one').scrollIntoView());
  await frames(p, 3);
  const top = await p.evaluate(() => window.scrollY);
  const one = await finger(p, "document.querySelector('#one').canvas");
  await one.drag(200, 350, 150, { steps: 12, restMs: 150 });
  await frames(p, 5);
  assert.ok((await viewerState(p, '#one')).resultsScroll > 100, 'the full list followed the finger');
  assert.equal(await p.evaluate(() => window.scrollY), top, 'the page stayed');

  await p.evaluate(() => document.querySelector('#two').scrollIntoView());
  await frames(p, 3);
  const before = await p.evaluate(() => window.scrollY);
  const two = await finger(p, "document.querySelector('#two').canvas");
  await two.drag(200, 330, 130, { steps: 12, restMs: 150 });
  await p.waitForTimeout(300);
  assert.ok(await p.evaluate(() => window.scrollY) > before + 50, 'the page scrolled under a list with one product');
  assert.equal((await viewerState(p, '#two')).resultsScroll, 0);
  await p.context().close();
});
