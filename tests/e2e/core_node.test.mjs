// The core built for JavaScript: it loads in Node with a plain import, and answers exactly as
// the native build does (the `vitrine search --json` command) for the same queries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { root, dist } from './harness.mjs';

const catalogueFile = path.join(dist, 'catalogue.json');
const queries = ['headphnes', 'garden', 'usb-c charger', 'Οδύσσεια', 'самовар', '富士山', 'crème', 'pyth', '', '!!!'];

test('the Node build gives the same hits and facets as native', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore();
  const loaded = core.load(fs.readFileSync(catalogueFile, 'utf8'));
  assert.deepEqual(loaded.diagnostics, []);
  assert.ok(loaded.products >= 40);
  for (const query of queries) {
    const wasm = core.search(query, { limit: 20 });
    const native = JSON.parse(execFileSync(path.join(root, 'build/native/vitrine'),
      ['search', catalogueFile, query, '--limit', '20', '--json'], { encoding: 'utf8' }));
    assert.equal(wasm.total, native.total, `total for "${query}"`);
    assert.deepEqual(wasm.hits.map((h) => h.id), native.hits.map((h) => h.id), `order for "${query}"`);
    assert.deepEqual(wasm.facets, native.facets, `facets for "${query}"`);
  }
});

test('filters and sorts pass through the JS API', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore();
  core.load(fs.readFileSync(catalogueFile, 'utf8'));
  const cheapest = core.search('', { sort: 'price-up', filters: { currency: 'GBP', in_stock: true }, limit: 50 });
  const catalogue = JSON.parse(fs.readFileSync(catalogueFile, 'utf8')).products;
  const byId = new Map(catalogue.map((p) => [p.id, p]));
  const prices = cheapest.hits.map((h) => byId.get(h.id).price.amount);
  assert.deepEqual(prices, [...prices].sort((a, b) => a - b));
  assert.ok(cheapest.hits.every((h) => byId.get(h.id).in_stock && byId.get(h.id).price.currency === 'GBP'));
  assert.equal(cheapest.total, catalogue.filter((p) => p.in_stock && p.price.currency === 'GBP').length);
  assert.deepEqual(core.search('kettle', { filters: 'nonsense', sort: 42 }).hits.length >= 0, true);
  const lean = core.searchIds('headphnes', 5);
  const full = core.search('headphnes', { limit: 5 });
  assert.equal(lean.total, full.total);
  assert.deepEqual([...lean.hits].map((i) => catalogue[i].id), full.hits.map((h) => h.id));
});

test('a message about a non-ASCII byte is valid UTF-8, so load() answers instead of throwing', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore();
  for (const text of ['{"products":[é]}', '{"products":[{"id":"1","title":"x"}, ½]}', '{"produ€']) {
    const loaded = core.load(text);
    assert.ok(loaded.diagnostics.length > 0, `a problem is reported for ${text}`);
    assert.ok(loaded.diagnostics.every((d) => typeof d === 'string' && !d.includes('\uFFFD\uFFFD\uFFFD')), loaded.diagnostics.join('; '));
  }
});

test('searchIds refuses a limit that would overflow its buffer, and keeps answering', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore();
  core.load(fs.readFileSync(catalogueFile, 'utf8'));
  for (const limit of [2 ** 30, 2 ** 32 + 5, -1, 1.5, NaN]) {
    assert.throws(() => core.searchIds('', limit), RangeError, `limit ${limit}`);
  }
  assert.ok(core.searchIds('', 10).hits.length === 10);
});

test('a catalogue too big for the memory is refused with the size it needs, and the one loaded before stays', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore({ maximumMemory: 64 * 2 ** 20 });
  core.load(fs.readFileSync(catalogueFile, 'utf8'));
  const before = core.search('kettle').total;
  assert.ok(before > 0);
  // Larger than the memory itself: the copy cannot be made.
  assert.throws(() => core.load('€'.repeat(30e6)), /does not fit in the core's memory \(at most 64 MB\)/);
  // Fits as text, but reading and indexing it would need several times more.
  const product = (i) => `{"id":"g${i}","title":"Garden hose number ${i}","price":{"amount":9.99,"currency":"GBP"}}`;
  const big = `{"schema":"vitrine.catalogue/1","products":[${Array.from({ length: 150000 }, (_, i) => product(i)).join(',')}]}`;
  assert.throws(() => core.load(big), /needs about \d+ MB of memory to open/);
  assert.equal(core.search('kettle').total, before, 'the catalogue loaded before still answers');
  assert.equal(core.searchIds('kettle', 5).total, before);
});

test('a catalogue that fits is not refused: the check asks for about twice its bytes, not several times', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore({ maximumMemory: 512 * 2 ** 20 });
  // 80 MB of long descriptions: opening it takes about 200 MB, which a 512 MB core has.
  const description = 'A quiet kettle with a long cord and a clear gauge. '.repeat(800);
  const product = (i) => `{"id":"k${i}","title":"Kettle ${i}","description":"${description}"}`;
  const text = `{"schema":"vitrine.catalogue/1","products":[${Array.from({ length: 2000 }, (_, i) => product(i)).join(',')}]}`;
  assert.ok(text.length > 80e6);
  assert.deepEqual(core.load(text), { products: 2000, diagnostics: [] });
  assert.equal(core.search('gauge').total, 2000);
});

test('searchIds counts the matches only when total is read, and beyond 10,000 says "10,000+"', async () => {
  const { default: createVitrineCore } = await import(path.join(dist, 'vitrine-core.mjs'));
  const core = await createVitrineCore();
  const product = (i) => `{"id":"g${i}","title":"Garden hose ${i % 3 ? 'green' : 'yellow'} ${i}"}`;
  core.load(`{"schema":"vitrine.catalogue/1","products":[${Array.from({ length: 12000 }, (_, i) => product(i)).join(',')}]}`);
  const every = core.searchIds('garden hose', 10);
  assert.equal(every.hits.length, 10);
  assert.equal(every.total, '10,000+');
  const yellow = core.searchIds('garden yellow', 10);
  assert.equal(yellow.total, 4000);
  assert.equal(yellow.total, core.search('garden yellow', { limit: 0 }).total);
});
