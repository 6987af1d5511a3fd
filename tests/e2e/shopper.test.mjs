// A shopper at the keyboard and mouse, in the real page: type a misspelt query, open the top
// result with Enter, reload, go Back, read the reviews and filter them by stars, drop a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndBrowse, newPage, waitForReady, state, screenshot, inkOf, frames } from './harness.mjs';

const site = serveAndBrowse();

// Clicks the middle of an item the viewer reports in state().layout.
async function clickItem(page, name) {
  const s = await state(page);
  assert.ok(s.layout[name], `the viewer shows "${name}" (layout: ${Object.keys(s.layout).join(', ')})`);
  const [x, y, w, h] = s.layout[name];
  const box = await page.evaluate(() => window.vitrine.canvas.getBoundingClientRect().toJSON());
  await page.mouse.click(box.x + x + w / 2, box.y + y + h / 2);
  await frames(page);
}

test('typing a misspelt query finds the product; Enter opens it; reload and Back keep the place', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  await page.keyboard.type('wireles headphnes', { delay: 20 });
  await frames(page);
  let s = await state(page);
  assert.equal(s.query, 'wireles headphnes');
  assert.equal(s.results[0], 'E-2001');
  await screenshot(page, 'shopper-search-typed');

  await page.keyboard.press('Enter');
  await frames(page);
  s = await state(page);
  assert.equal(s.view, 'detail');
  assert.equal(s.productId, 'E-2001');
  assert.equal(new URL(page.url()).hash, '#/product/E-2001');
  await screenshot(page, 'shopper-detail');

  await page.reload();
  await waitForReady(page);
  s = await state(page);
  assert.equal(s.view, 'detail', 'reload keeps the product open');
  assert.equal(s.productId, 'E-2001');

  await page.goBack();
  await frames(page);
  s = await state(page);
  assert.equal(s.view, 'search');
  assert.equal(s.query, 'wireles headphnes', 'Back returns to the search as it was');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('arrow keys choose a result, Esc comes back, / focuses the search box', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/#/search?q=garden');
  await waitForReady(page);
  const results = (await state(page)).results;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await frames(page);
  assert.equal((await state(page)).selected, 2);
  await page.keyboard.press('Enter');
  await frames(page);
  assert.equal((await state(page)).productId, results[2]);
  await page.keyboard.press('Escape');
  await frames(page);
  assert.equal((await state(page)).view, 'search');
  await page.keyboard.press('Enter');
  await frames(page);
  await page.keyboard.press('/');
  await frames(page);
  assert.equal((await state(page)).view, 'search', '/ leaves the product for the search box');
  await page.keyboard.type(' hose');
  await frames(page);
  assert.equal((await state(page)).query, 'garden hose');
  await page.context().close();
});

test('the reviews: the 5-star bar filters the list, and the URL says so', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/#/product/K-3001');
  await waitForReady(page);
  await clickItem(page, 'reviews-link');
  let s = await state(page);
  assert.equal(s.view, 'reviews');
  assert.equal(s.reviews.shown, 5);
  await clickItem(page, 'stars-5');
  s = await state(page);
  assert.equal(s.reviews.stars, 5);
  assert.equal(s.reviews.shown, 3);
  assert.equal(new URL(page.url()).hash, '#/product/K-3001/reviews?stars=5');
  await screenshot(page, 'shopper-reviews-5-stars');
  await clickItem(page, 'stars-5');
  assert.equal((await state(page)).reviews.shown, 5, 'clicking the chosen bar again shows all');
  await page.context().close();
});

test('a product page dropped on the viewer opens as the catalogue', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  const markdown = '---\nproduct_id: DROP-1\ntitle: Dropped Teapot\nprice: "£9.99"\ncurrency: GBP\nin_stock: true\n---\n\n# Dropped Teapot\n';
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'teapot.md', { type: 'text/markdown' }));
    const target = window.vitrine.canvas.parentElement;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, markdown);
  await page.waitForFunction(() => window.vitrine.state().products === 1);
  const s = await state(page);
  assert.deepEqual(s.results, ['DROP-1']);
  assert.deepEqual(s.errors, []);
  await page.context().close();
});

test('files dropped together make the catalogue; one too big for the page is refused and its message stays', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  const pages = ['KETTLE-1', 'KETTLE-2'].map((id) => `---\nproduct_id: ${id}\ntitle: Dropped Kettle ${id}\nprice: "£19.99"\ncurrency: GBP\n---\n\n# Kettle\n`);
  await page.evaluate((texts) => {
    const transfer = new DataTransfer();
    // Too big for the page: the browser cannot read it, or reading and indexing it would need more
    // memory than browsers give a page (which of the two depends on the browser's blob limits).
    transfer.items.add(new File([new Uint8Array(1600 * 2 ** 20)], 'big.json', { type: 'application/json' }));
    texts.forEach((text, i) => transfer.items.add(new File([text], `kettle-${i}.md`, { type: 'text/markdown' })));
    window.vitrine.canvas.parentElement.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, pages);
  await page.waitForFunction(() => window.vitrine.state().products === 2, null, { timeout: 30000 });
  const s = await state(page);
  assert.deepEqual([...s.results].sort(), ['KETTLE-1', 'KETTLE-2'], 'the two pages replace the bundled catalogue, together');
  assert.equal(s.errors.length, 1, JSON.stringify(s.errors));
  assert.match(s.errors[0], /^big\.json \((1677721600 bytes\) could not be read by the browser|1600 MB\) needs about \d+ MB of memory to open)/);
  await page.context().close();
});

test('the dark theme is a different look, and data problems are listed', async () => {
  const page = await newPage(site.browser, { colorScheme: 'dark' });
  await page.goto(site.url + '/');
  await waitForReady(page);
  assert.equal((await state(page)).theme, 'dark', 'prefers-color-scheme: dark is followed');
  const dark = await inkOf(page, await screenshot(page, 'theme-dark'));
  await page.evaluate(() => window.vitrine.theme('light'));
  await frames(page);
  assert.equal((await state(page)).theme, 'light');
  const light = await inkOf(page, await screenshot(page, 'theme-light'));
  assert.ok(dark.colours > 20 && light.colours > 20);

  await page.evaluate(() => window.vitrine.load('{"schema": "vitrine.catalogue/1", "products": [{"id": "a", "title": "Fine"}, {"title": "no id"}]}', 'mixed.json'));
  await frames(page);
  const s = await state(page);
  assert.equal(s.products, 1);
  assert.equal(s.errors.length, 1);
  assert.match(s.errors[0], /^mixed\.json:1:\d+: error: product 2 skipped/);
  await clickItem(page, 'problems');
  await screenshot(page, 'diagnostics-panel');
  await page.context().close();
});

test('with high contrast asked for (forced colours or prefers-contrast: more) the viewer draws in the system\'s colours', async () => {
  for (const media of [{ forcedColors: 'active' }, { contrast: 'more' }]) {
    const page = await newPage(site.browser);
    await page.emulateMedia(media);
    await page.goto(site.url + '/');
    await waitForReady(page);
    await frames(page, 3);
    assert.equal((await state(page)).theme, 'high-contrast', JSON.stringify(media));
    const name = `high-contrast-${Object.keys(media)[0]}`;
    const ink = await inkOf(page, await screenshot(page, name));
    assert.ok(ink.inkPixels > 5000, `${name}: something is drawn (${JSON.stringify(ink)})`);
    await page.context().close();
  }
});
