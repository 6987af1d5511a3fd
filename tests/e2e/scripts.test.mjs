// Titles in the scripts of shops across the Gulf, Israel, India, South-East Asia, the Caucasus
// and Ethiopia, and emoji: each script's font is fetched when a catalogue holds its characters,
// and only then, and its letters are drawn (no missing-glyph boxes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveAndBrowse, newPage, waitForReady, state, frames, screenshot, root } from './harness.mjs';

const site = serveAndBrowse();

const titles = {
  arabic: 'سماعات لاسلكية',
  hebrew: 'אוזניות אלחוטיות',
  devanagari: 'वायरलेस हेडफ़ोन',
  bengali: 'ওয়্যারলেস হেডফোন',
  tamil: 'கம்பியில்லா ஹெட்ஃபோன்',
  thai: 'หูฟังไร้สาย',
  lao: 'ຫູຟັງໄຮ້ສາຍ',
  khmer: 'កាសឥតខ្សែ',
  georgian: 'უსადენო ყურსასმენი',
  armenian: 'Անլար ականջակալներ',
  ethiopic: 'ገመድ አልባ የጆሮ ማዳመጫ',
  emoji: 'Headphones 🎧 🚀',
};

const catalogueOf = (names) => JSON.stringify({
  schema: 'vitrine.catalogue/1',
  products: names.map((name) => ({ id: name, title: titles[name] })),
});

const fontRequests = (page) => page.requested.filter((url) => url.includes('/fonts/')).map((url) => url.replace(/^.*\/fonts\//, ''));

test('a script font is fetched once, when a catalogue has its characters, and the titles are drawn in it', async () => {
  const page = await newPage(site.browser);
  page.requested = [];
  page.on('request', (request) => page.requested.push(request.url()));
  await page.goto(site.url + '/');
  await waitForReady(page);
  await frames(page, 5);
  const script = Object.keys(titles);
  const demoScripts = ['arabic.ttf', 'devanagari.ttf', 'hebrew.ttf', 'thai.ttf'];
  const scriptFonts = () => fontRequests(page).filter((font) => script.includes(font.replace('.ttf', '')));
  await page.waitForFunction((files) => files.every((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/fonts/${file}`))), demoScripts);
  assert.deepEqual([...scriptFonts()].sort(), demoScripts, 'the demo sells from Gulf, Israeli, Indian and Thai stores: their fonts, and no other');

  await page.evaluate((text) => window.vitrine.load(text, 'lao.json'), catalogueOf(['lao', 'arabic']));
  await page.waitForFunction(() => window.vitrine.state().products === 2);
  await frames(page, 5);
  assert.deepEqual([...scriptFonts()].sort(), [...demoScripts, 'lao.ttf'].sort(), 'Lao comes now; Arabic is not fetched again');

  await page.evaluate((text) => window.vitrine.load(text, 'world.json'), catalogueOf(script));
  await page.waitForFunction((n) => window.vitrine.state().products === n, script.length);
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/fonts/emoji.ttf')).length > 0);
  await frames(page, 10);
  assert.deepEqual([...scriptFonts()].sort(), script.map((name) => `${name}.ttf`).sort(), 'each once');
  await screenshot(page, 'scripts-titles');

  await page.evaluate((query) => window.vitrine.search(query), 'หูฟัง');
  await page.waitForFunction(() => window.vitrine.state().query === 'หูฟัง');
  assert.deepEqual((await state(page)).results, ['thai']);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('a catalogue.vitrine gets the fonts of its text once it is shown, and no font its other bytes might look like', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-fonts-'));
  fs.writeFileSync(path.join(dir, 'shop.json'), catalogueOf(['armenian', 'georgian']));
  execFileSync(path.join(root, 'build/native/vitrine'), ['pack', path.join(dir, 'shop.json'), '--format', 'binary', '-o', path.join(dir, 'shop.vitrine')]);
  const bytes = [...fs.readFileSync(path.join(dir, 'shop.vitrine'))];
  fs.rmSync(dir, { recursive: true });

  const page = await newPage(site.browser);
  page.requested = [];
  page.on('request', (request) => page.requested.push(request.url()));
  await page.goto(site.url + '/');
  await waitForReady(page);
  const demoScripts = ['arabic.ttf', 'devanagari.ttf', 'hebrew.ttf', 'thai.ttf'];
  await page.waitForFunction((files) => files.every((file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/fonts/${file}`))), demoScripts);
  const before = fontRequests(page).length;
  await page.evaluate((data) => window.vitrine.load(new Uint8Array(data), 'shop.vitrine'), bytes);
  await page.waitForFunction(() => window.vitrine.state().products === 2);
  await page.waitForFunction(() => ['armenian', 'georgian'].every((name) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/fonts/${name}.ttf`))));
  await frames(page, 10);
  assert.deepEqual(fontRequests(page).slice(before).sort(), ['armenian.ttf', 'georgian.ttf']);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});
