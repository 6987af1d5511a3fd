// Product pictures load in the background into the gallery and the result rows; a picture that
// cannot load leaves its placeholder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndBrowse, newPage, waitForReady, screenshot, pixelsNear } from './harness.mjs';

// An 8×8 picture of one red (208, 32, 48), made for this test.
const redPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGO4oGCAFTEMLQkASmxIATY0D3MAAAAASUVORK5CYII=', 'base64');
const catalogue = JSON.stringify({
  schema: 'vitrine.catalogue/1',
  products: [
    { id: 'red', title: 'Red Kettle', images: [{ url: '/red.png', alt: 'a red kettle' }] },
    { id: 'gone', title: 'Missing Picture Kettle', images: [{ url: '/nowhere.png', alt: 'lost' }] },
  ],
});
const site = serveAndBrowse({ '/red.png': redPng, '/pictures.json': catalogue });

const redPixels = async (page, name) => pixelsNear(page, await screenshot(page, name), [208, 32, 48], 8);

test('a loadable picture appears in the row and in the gallery; a missing one keeps its placeholder', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/?data=pictures.json`);
  await waitForReady(page);
  await page.waitForTimeout(500);  // the pictures load in the background
  const inRows = await redPixels(page, 'pictures-rows');
  assert.ok(inRows > 56 * 56 * 0.8, `the row thumbnail shows the picture (${inRows} red pixels)`);
  await page.evaluate(() => window.vitrine.open('red'));
  await page.waitForTimeout(300);
  const inGallery = await redPixels(page, 'pictures-gallery');
  assert.ok(inGallery > 200 * 200, `the gallery shows the picture large (${inGallery} red pixels)`);
  await page.evaluate(() => window.vitrine.open('gone'));
  await page.waitForTimeout(300);
  assert.equal(await redPixels(page, 'pictures-missing'), 0);
  await page.context().close();
});

test('by keyboard, a picture opens large and closes again with Escape', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}/?data=pictures.json#/product/red`);
  await waitForReady(page);
  await page.waitForTimeout(500);
  for (let i = 0; i < 12 && !((await page.evaluate(() => window.vitrine.state().focus)) || '').startsWith('Show large'); i++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(50);
  }
  assert.match(await page.evaluate(() => window.vitrine.state().focus), /^Show large: Picture 1 of 1: a red kettle/);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const large = await redPixels(page, 'pictures-enlarged');
  assert.ok(large > 600 * 600, `the picture fills the view (${large} red pixels)`);
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('.vitrine-mirror h2')].some((h) => h.textContent === 'Picture 1 of 1: a red kettle')));
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  assert.ok(await redPixels(page, 'pictures-closed') < 600 * 600);
  assert.equal(await page.evaluate(() => window.vitrine.state().view), 'detail');
  await page.context().close();
});
