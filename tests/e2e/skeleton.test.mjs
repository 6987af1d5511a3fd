// The page as a newcomer first sees it: it loads, draws, answers its JS API, stays sharp and
// keeps the host page's keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveAndBrowse, startServer, newPage, waitForReady, state, screenshot, inkOf, frames, dist } from './harness.mjs';

const seedId = '208027396';
const catalogue = JSON.parse(fs.readFileSync(path.join(dist, 'catalogue.json'), 'utf8'));
const site = serveAndBrowse({
    '/embed.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="vitrine.css">
      <input id="host-search" value="abc">
      <div id="viewer" class="vitrine" style="width:640px;height:400px"></div>
      <script src="vitrine-viewer.js"></script><script src="vitrine.js"></script>
      <script>window.embedded = Vitrine.create(document.getElementById('viewer'), { routing: 'none' });</script>`,
    '/empty.json': '',
    // As most hosts send JSON: compressed on the way, Content-Length the compressed size.
    '/compressed.json': {
      body: zlib.gzipSync(fs.readFileSync(path.join(dist, 'catalogue.json'))),
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
    },
    // A file compressed ahead of time, served as it is.
    '/catalogue.json.gz': { body: zlib.gzipSync(fs.readFileSync(path.join(dist, 'catalogue.json'))), headers: { 'Content-Type': 'application/gzip' } },
  });

test('the page loads the bundled catalogue with no console errors and draws it', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  const s = await state(page);
  assert.equal(s.view, 'search');
  assert.equal(s.total, catalogue.products.length);
  assert.ok(s.results.includes(seedId), 'the seed product is listed');
  assert.deepEqual(s.errors, []);
  const ink = await inkOf(page, await screenshot(page, 'search-view'));
  assert.ok(ink.colours > 50 && ink.inkPixels > 20000, `the canvas shows something (${JSON.stringify(ink)})`);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('search() and open() drive the viewer and the URL follows', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  await page.evaluate(() => window.vitrine.search('architecture patterns python'));
  let s = await state(page);
  assert.equal(s.query, 'architecture patterns python');
  assert.equal(s.results[0], seedId);
  await page.evaluate((id) => window.vitrine.open(id), seedId);
  s = await state(page);
  assert.equal(s.view, 'detail');
  assert.equal(s.productId, seedId);
  assert.equal(new URL(page.url()).hash, `#/product/${seedId}`);
  await screenshot(page, 'detail-view');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('at devicePixelRatio 2 the canvas backing store has twice the CSS pixels', async () => {
  const page = await newPage(site.browser, { deviceScaleFactor: 2 });
  await page.goto(site.url + '/');
  await waitForReady(page);
  const size = await page.evaluate(() => {
    const canvas = window.vitrine.canvas;
    return { width: canvas.width, height: canvas.height, css: canvas.getBoundingClientRect().width };
  });
  assert.equal(size.width, size.css * 2);
  await screenshot(page, 'search-view-dpr2');
  await page.setViewportSize({ width: 900, height: 600 });
  await frames(page);
  const resized = await page.evaluate(() => window.vitrine.canvas.width);
  assert.equal(resized, 1800, 'the canvas follows a window resize');
  await page.context().close();
});

test('an embedded viewer leaves the host page keyboard alone', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/embed.html');
  await waitForReady(page, 'window.embedded');
  await page.click('#host-search');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('x');
  assert.equal(await page.inputValue('#host-search'), 'abx');
  assert.equal((await state(page, 'window.embedded')).query, '', 'keys typed in the host page do not reach the viewer');
  assert.equal(new URL(page.url()).hash, '', 'an embed does not touch the address bar');
  await page.evaluate(() => window.embedded.open('E-2001'));
  await frames(page);
  const opened = await state(page, 'window.embedded');
  assert.equal(opened.view, 'detail');
  assert.equal(opened.layout['copy-link'], undefined, 'no "Copy link": the host page\'s address would not open the product');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('a missing or empty catalogue gives a readable message and an error in state()', async () => {
  for (const data of ['missing.json', 'empty.json']) {
    const page = await newPage(site.browser);
    await page.goto(`${site.url}/?data=${data}`);
    await waitForReady(page);
    const s = await state(page);
    assert.ok(s.errors.length > 0, `${data}: state().errors names the problem`);
    assert.match(s.errors[0], new RegExp(data.replace('.', '\\.')));
    const ink = await inkOf(page, await screenshot(page, `bad-catalogue-${data.replace('.json', '')}`));
    assert.ok(ink.inkPixels > 500, `${data}: the message is drawn on the canvas`);
    await page.context().close();
  }
});

test('?data= on another site is refused with a message, not fetched', async () => {
  const other = await startServer({ '/elsewhere.json': '{"schema":"vitrine.catalogue/1","products":[]}' });
  const page = await newPage(site.browser);
  try {
    let fetchedElsewhere = false;
    page.on('request', (request) => { if (request.url().startsWith(other.url)) fetchedElsewhere = true; });
    await page.goto(`${site.url}/?data=${encodeURIComponent(other.url + '/elsewhere.json')}`);
    await waitForReady(page);
    const s = await state(page);
    assert.equal(fetchedElsewhere, false, 'nothing is fetched from the other site');
    assert.match(s.errors[0] || '', /not on this site/);
  } finally {
    await page.context().close();
    await other.close();  // an open server would keep the test run alive
  }
});

test('a catalogue sent gzip-compressed, and a catalogue.json.gz file, both open', async () => {
  for (const data of ['compressed.json', 'catalogue.json.gz']) {
    const page = await newPage(site.browser);
    await page.goto(`${site.url}/?data=${data}`);
    await waitForReady(page);
    const s = await state(page);
    assert.deepEqual(s.errors, [], data);
    assert.equal(s.total, catalogue.products.length, `${data}: every product`);
    await page.context().close();
  }
});

test('a file too big for the memory is refused with a message; the catalogue shown stays and keeps answering', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/`);
  await waitForReady(page);
  const total = (await state(page)).total;
  // 2 GB of zeros (never touched, so never really allocated): past what a module's 32-bit sizes
  // can take. Chromium 150 (Debian 12's) cannot make an array that large at all, and then no
  // page can hand one over: that step is for the browsers that can.
  const made = await page.evaluate(() => {
    try {
      window.vitrine.load(new Uint8Array(2 ** 31), 'huge.json');
      return true;
    } catch (error) {
      return false;
    }
  });
  await frames(page, 3);
  let s = await state(page);
  if (made) assert.match(s.errors[0] || '', /huge\.json \(2147483648 bytes\) does not fit in the memory/);
  assert.equal(s.total, total, 'the catalogue shown is unchanged');
  // Fits as bytes, but reading and indexing it would need more than browsers give a page.
  await page.evaluate(() => window.vitrine.load(new Uint8Array(1600 * 2 ** 20), 'big.json'));
  await frames(page, 3);
  s = await state(page);
  assert.match(s.errors.find((e) => e.startsWith('big.json')) || '', /^big\.json \(1600 MB\) needs about \d+ MB of memory to open/);
  await page.evaluate(() => window.vitrine.search('kettle'));
  await page.waitForFunction(() => window.vitrine.state().total > 0 && window.vitrine.state().query === 'kettle');
  await screenshot(page, 'refused-file');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});
