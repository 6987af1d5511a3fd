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
