// A shopper on a touch screen, in the real page: a finger drags the result list, a flick keeps it
// gliding after the finger lifts, a tap opens a product. Then "Copy link" puts an address on the
// system clipboard that opens the same product when pasted into another tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveAndBrowse, newPage, waitForReady, state, screenshot, screenshots, frames, finger } from './harness.mjs';

const site = serveAndBrowse();

// Waits until the result list has not moved for `quietFrames` frames, and says where it is.
async function settledScroll(page, quietFrames = 10) {
  let last = (await state(page)).resultsScroll, quiet = 0;
  for (let frame = 0; frame < 600 && quiet < quietFrames; ++frame) {
    await frames(page, 1);
    const now = (await state(page)).resultsScroll;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

async function touchPage() {
  const page = await newPage(site.browser, { hasTouch: true, isMobile: false });
  await page.goto(site.url + '/');
  await waitForReady(page);
  const s = await state(page);
  assert.ok(s.total > 40, `the bundled catalogue has enough products to scroll (${s.total})`);
  assert.equal(s.resultsScroll, 0);
  return page;
}

// Where to put the finger: over the result list, in the middle of its visible rows.
async function overTheList(page) {
  const { layout } = await state(page);
  const [x, y, w] = layout['row-3'];
  return { x: x + w / 2, y };
}

test('a finger dragged up the result list scrolls it by the distance dragged, and it stays there', async () => {
  const page = await touchPage();
  const { x, y } = await overTheList(page);
  await (await finger(page)).drag(x, y + 300, y, { steps: 30, restMs: 200 });
  const scrolled = await settledScroll(page);
  console.log(`# dragged 300 px, the list scrolled ${scrolled} px`);
  assert.ok(Math.abs(scrolled - 300) <= 10, `the list follows the finger: dragged 300 px, scrolled ${scrolled} px`);
  await screenshot(page, 'touch-dragged');

  await (await finger(page)).drag(x, y, y + 120, { steps: 12, restMs: 200 });
  const back = await settledScroll(page);
  assert.ok(Math.abs(back - 180) <= 10, `dragging down scrolls back: expected about 180 px, at ${back} px`);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('a flick keeps the list gliding after the finger lifts, then it stops', async () => {
  const page = await touchPage();
  const { x, y } = await overTheList(page);
  await (await finger(page)).drag(x, y + 200, y, { steps: 5 });
  // Where the list stops, not where it was at some frame: the glide's length hardly depends on
  // how often frames come, its position at a given moment does.
  const stopped = await settledScroll(page);
  console.log(`# flicked 200 px in ${5 * 16} ms: stopped at ${stopped} px (${stopped - 200} px beyond the finger)`);
  assert.ok(stopped > 200 + 150, `the list glides on well past the 200 px the finger moved (stopped at ${stopped} px)`);
  assert.ok(stopped < (await state(page)).total * 72, 'and slows to a stop before the end of the list');
  await screenshot(page, 'touch-flicked');
  await frames(page, 30);
  assert.equal((await state(page)).resultsScroll, stopped, 'once stopped it stays put');
  await page.context().close();
});

test('with prefers-reduced-motion a flick stops where the finger lifts', async () => {
  const page = await touchPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await frames(page, 2);
  const { x, y } = await overTheList(page);
  await (await finger(page)).drag(x, y + 200, y, { steps: 5 });
  const stopped = await settledScroll(page);
  assert.ok(Math.abs(stopped - 200) < 20, `the list moved with the finger and no further (stopped at ${stopped} px)`);
  await page.context().close();
});

test('a tap on a result row opens that product', async () => {
  const page = await touchPage();
  const { x, y } = await overTheList(page);
  await (await finger(page)).drag(x, y + 250, y, { steps: 25, restMs: 200 });
  await settledScroll(page);
  const s = await state(page);
  // The first row wholly inside the visible list, now that the list has scrolled.
  const rows = Object.keys(s.layout).filter((name) => name.startsWith('row-')).map((name) => Number(name.slice(4)));
  const row = Math.min(...rows) + 2;
  const [rx, ry, rw, rh] = s.layout[`row-${row}`];
  await (await finger(page)).tap(rx + rw / 2, ry + rh / 2);
  await frames(page, 4);
  const opened = await state(page);
  assert.equal(opened.view, 'detail', 'the tap opened a product');
  assert.equal(opened.productId, s.results[row], `the tapped row (${row}) is the product opened`);
  assert.equal(new URL(page.url()).hash, `#/product/${s.results[row]}`);
  await screenshot(page, 'touch-tapped-detail');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('a touch on a gliding list stops it where it is, and opens nothing', async () => {
  const page = await touchPage();
  const { x, y } = await overTheList(page);
  const hand = await finger(page);
  await hand.drag(x, y + 200, y, { steps: 5 });
  await frames(page, 2);
  const gliding = (await state(page)).resultsScroll;
  await frames(page, 1);
  assert.ok((await state(page)).resultsScroll > gliding, 'the list is still gliding');
  await hand.tap(x, y + 100);
  const touched = (await state(page)).resultsScroll;
  const caught = await settledScroll(page);
  const s = await state(page);
  console.log(`# touched the gliding list at ${touched} px, it stopped at ${caught} px`);
  assert.equal(s.view, 'search', 'the touch that stopped the list did not open a product');
  assert.ok(caught - touched <= 50, `the list stopped at the touch (${touched} px → ${caught} px)`);
  await page.context().close();
});

// Pinch-zoom cannot be driven in headless Chromium (its visual viewport stays at scale 1 even on a
// plain page), so this covers browser zoom, which reaches the page as a new devicePixelRatio and a
// smaller CSS viewport while the viewer is running (skeleton.test.mjs starts at ratio 2 instead).
test('zooming the browser to 200% while the viewer runs keeps the canvas at full resolution', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
  await frames(page, 3);
  const size = await page.evaluate(() => ({
    ratio: devicePixelRatio, width: window.vitrine.canvas.width, css: window.vitrine.canvas.getBoundingClientRect().width,
  }));
  assert.equal(size.ratio, 2);
  assert.equal(size.css, 640);
  assert.equal(size.width, 1280, 'one canvas pixel per screen pixel: text stays sharp');
  const { layout } = await state(page);
  assert.ok(layout['search-box'][2] <= 640, 'the views are laid out for the zoomed, narrower window');
  // Through CDP: Playwright's own screenshot would put back the viewport it emulates.
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  fs.writeFileSync(path.join(screenshots, 'browser-zoom-200.png'), Buffer.from(data, 'base64'));
  await page.context().close();
});

test('"Copy link" puts the product\'s full address on the system clipboard, and it opens the product', async () => {
  const page = await newPage(site.browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.goto(site.url + '/#/product/E-2001');
  await waitForReady(page);
  const { layout } = await state(page);
  assert.ok(layout['copy-link'], `the viewer shows "Copy link" (layout: ${Object.keys(layout).join(', ')})`);
  const [x, y, w, h] = layout['copy-link'];
  await page.mouse.click(x + w / 2, y + h / 2);
  await frames(page);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${site.url}/#/product/E-2001`);

  const pasted = await page.context().newPage();
  await pasted.goto(copied);
  await waitForReady(pasted);
  const s = await state(pasted);
  assert.equal(s.view, 'detail', 'the pasted link opens a product');
  assert.equal(s.productId, 'E-2001');
  await page.context().close();
});

test('on a phone-sized screen the results take the whole width and the filters wait behind a button', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, hasTouch: true });
  await page.goto(site.url + '/');
  await waitForReady(page);
  let s = await state(page);
  assert.ok(s.layout['filters-toggle'], 'a button shows the filters');
  assert.equal(s.layout.facets, undefined, 'the facet panel is not squeezed beside the results');
  assert.ok(s.layout['row-0'][2] > 330, `a result row is nearly the screen's width (${s.layout['row-0'][2]} px)`);
  await screenshot(page, 'phone-search');

  const [x, y, w, h] = s.layout['filters-toggle'];
  await (await finger(page)).tap(x + w / 2, y + h / 2);
  await frames(page, 3);
  s = await state(page);
  assert.ok(s.layout.facets, 'the tap shows the facet panel');
  await screenshot(page, 'phone-filters');
  await page.context().close();
});
