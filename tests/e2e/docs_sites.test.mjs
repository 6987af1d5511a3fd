// The viewer inside documentation sites as real generators build them, from Debian's packages:
// MkDocs with the Material theme (instant navigation on) and Sphinx with Furo. The sites come
// from tests/e2e/sites/ with the viewer's files copied in, as the README's "Embedding" says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newPage, frames, screenshot, root, dist } from './harness.mjs';

const work = path.join(root, 'build', 'e2e-sites');
const sources = path.join(root, 'tests', 'e2e', 'sites');
// What a site needs of dist/ (the README lists the same files).
const viewerFiles = ['vitrine.js', 'vitrine.css', 'vitrine-viewer.js', 'vitrine-viewer.wasm', 'fonts', 'catalogue.json'];

function copyViewer(destination) {
  fs.mkdirSync(destination, { recursive: true });
  for (const file of viewerFiles) fs.cpSync(path.join(dist, file), path.join(destination, file), { recursive: true });
}

// Material's instant navigation takes over only links to its own site_url, so the MkDocs site
// is built for the address it is served at.
function buildSites(address) {
  const mkdocs = path.join(work, 'mkdocs-source');
  fs.cpSync(path.join(sources, 'mkdocs'), mkdocs, { recursive: true });
  fs.appendFileSync(path.join(mkdocs, 'mkdocs.yml'), `site_url: ${address}/mkdocs/\n`);
  copyViewer(path.join(mkdocs, 'docs', 'vitrine'));
  execFileSync('/usr/bin/mkdocs', ['build', '--quiet', '--config-file', path.join(mkdocs, 'mkdocs.yml'), '--site-dir', path.join(work, 'mkdocs')]);
  const sphinx = path.join(work, 'sphinx-source');
  fs.cpSync(path.join(sources, 'sphinx'), sphinx, { recursive: true });
  copyViewer(path.join(sphinx, '_static', 'vitrine'));
  execFileSync('/usr/bin/sphinx-build', ['-q', '-b', 'html', sphinx, path.join(work, 'sphinx')]);
}

let server;
let browser;
before(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  server = await startServer({}, work);
  buildSites(server.url);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const viewer = (p, id) => p.evaluate((i) => document.getElementById(i).state(), id);
const ready = (p, id) => p.waitForFunction((i) => document.getElementById(i)?.state().ready, id, { timeout: 30000 });

async function openSite(address, options) {
  const p = await newPage(browser, options);
  p.requestsMade = [];
  p.on('request', (request) => p.requestsMade.push(new URL(request.url()).pathname));
  await p.goto(server.url + address);
  await ready(p, 'all');
  await ready(p, 'kettles');
  await frames(p, 3);
  return p;
}

// Clicks into the viewer's search box (it is at the top of the viewer), types, and waits until
// the viewer has the text or 5 s have passed.
async function typeIntoViewer(p, id, text) {
  const box = await p.locator(`#${id} canvas`).boundingBox();
  await p.mouse.click(box.x + box.width / 2, box.y + 70);
  await p.keyboard.type(text);
  await p.waitForFunction(([i, t]) => document.getElementById(i).state().query === t, [id, text], { timeout: 5000 }).catch(() => {});
}

async function tabUntilOutside(p, id) {
  for (let presses = 1; presses <= 40; presses++) {
    await p.keyboard.press('Tab');
    if (!(await p.evaluate((i) => document.getElementById(i).contains(document.activeElement), id))) return presses;
  }
  return Infinity;
}

async function wheelScrollsPage(p, id) {
  await p.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'center' }), id);
  const box = await p.locator(`#${id} canvas`).boundingBox();
  await p.mouse.move(box.x + box.width * 0.7, box.y + box.height - 40);
  const before = await p.evaluate(() => window.scrollY);
  for (let i = 0; i < 10; i++) await p.mouse.wheel(0, 100);
  await p.waitForTimeout(300);
  return (await p.evaluate(() => window.scrollY)) > before;
}

test('MkDocs Material: n, p, s, f and / typed into the viewer stay in it; the page neither moves nor navigates', async () => {
  const p = await openSite('/mkdocs/catalogue/');
  const address = p.url();
  const scroll = await p.evaluate(() => window.scrollY);
  await typeIntoViewer(p, 'all', 'fps/n python');
  assert.equal((await viewer(p, 'all')).query, 'fps/n python');
  assert.equal(p.url(), address, 'Material\'s n (next page) did not fire');
  assert.equal(await p.evaluate(() => document.querySelector('.md-search__input').value), '', 'nothing reached Material\'s search');
  assert.ok(await p.evaluate(() => document.getElementById('all').contains(document.activeElement)), 'the focus stayed in the viewer');
  assert.equal(await p.evaluate(() => window.scrollY), scroll);
  assert.equal((await viewer(p, 'kettles')).query, 'kettle', 'the other viewer keeps its own search');
  assert.deepEqual(p.consoleErrors, []);
  await p.context().close();
});

test('MkDocs Material: the wheel over a list with nothing more to show scrolls the page, and Tab leaves the viewer', async () => {
  const p = await openSite('/mkdocs/catalogue/');
  assert.ok(await wheelScrollsPage(p, 'kettles'), 'the page scrolled');
  await p.locator('#all canvas').focus();
  assert.ok(await tabUntilOutside(p, 'all') < 40, 'Tab left the viewer');
  await p.context().close();
});

test('MkDocs Material: the palette toggle turns the viewers dark and back', async () => {
  const p = await openSite('/mkdocs/catalogue/');
  assert.equal((await viewer(p, 'all')).theme, 'light');
  await screenshot(p, 'mkdocs-light');
  await p.click('[title="Switch to dark mode"]');
  await p.waitForFunction(() => document.getElementById('all').state().theme === 'dark');
  assert.equal((await viewer(p, 'kettles')).theme, 'dark');
  await screenshot(p, 'mkdocs-dark');
  await p.click('[title="Switch to light mode"]');
  await p.waitForFunction(() => document.getElementById('all').state().theme === 'light');
  await p.context().close();
});

test('MkDocs Material with instant navigation: away and back three times leaves one live viewer per element', async () => {
  const p = await openSite('/mkdocs/catalogue/');
  for (let round = 0; round < 3; round++) {
    await p.click('a.md-nav__link[href="../other/"]');
    await p.waitForFunction(() => location.pathname.endsWith('/other/') && !document.getElementById('all'));
    assert.equal(await p.evaluate(() => Vitrine.viewerCount()), 0, 'the viewers left with their page');
    await p.goBack();
    await ready(p, 'all');
    await ready(p, 'kettles');
  }
  assert.equal(await p.evaluate(() => Vitrine.viewerCount()), 2);
  assert.equal(await p.evaluate(() => document.querySelectorAll('vitrine-viewer canvas').length), 2);
  assert.ok((await viewer(p, 'all')).total > 50, 'back on the page, the catalogue is shown');
  assert.equal(p.requestsMade.filter((r) => r.endsWith('/vitrine-viewer.wasm')).length, 1, 'the code was fetched once');
  assert.deepEqual(p.consoleErrors, []);
  await p.context().close();
});

test('Sphinx Furo: usb/c and the other shortcut keys stay in the viewer; the wheel and Tab go on to the page; the theme follows Furo\'s', async () => {
  const p = await openSite('/sphinx/catalogue.html');
  await typeIntoViewer(p, 'all', 'usb/c fns');
  assert.equal((await viewer(p, 'all')).query, 'usb/c fns');
  assert.equal(await p.evaluate(() => document.querySelector('input[name="q"]')?.value ?? ''), '', 'nothing reached the search box');
  assert.ok(await wheelScrollsPage(p, 'kettles'), 'the page scrolled');
  await p.locator('#all canvas').focus();
  assert.ok(await tabUntilOutside(p, 'all') < 40, 'Tab left the viewer');
  await screenshot(p, 'sphinx-light');
  // Furo's dark mode is body[data-theme="dark"]. Its toggle button sets it from furo.js, which
  // Debian's furo 2022.12.07 ships as an ES module loaded as a classic script (it fails with
  // "Cannot use import statement outside a module"), so here the page sets what the toggle would.
  await p.evaluate(() => { document.body.dataset.theme = 'dark'; });
  await p.waitForFunction(() => document.getElementById('all').state().theme === 'dark');
  assert.equal((await viewer(p, 'kettles')).theme, 'dark');
  await screenshot(p, 'sphinx-dark');
  await p.evaluate(() => { document.body.dataset.theme = 'light'; });
  await p.waitForFunction(() => document.getElementById('all').state().theme === 'light');
  assert.deepEqual(p.consoleErrors.filter((e) => /vitrine/i.test(e)), [], 'the site\'s own errors aside, none from the viewer');
  await p.context().close();
});
