// Vitrine-in-WebAssembly against MiniSearch and FlexSearch, in one Node process, on the same
// generated catalogues and the same keystroke log (every prefix of each query, one search per
// keystroke). Prints figures; asserts nothing. Run by scripts/bench.sh, which makes the inputs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'build', 'bench');
const { default: createVitrineCore } = await import(path.join(root, 'dist', 'vitrine-core.mjs'));
const vitrineCore = await createVitrineCore();
const LIMIT = 50;
const BOOSTS = { title: 5, categories: 3, specs: 2, description: 1, reviews: 0.5 };

function documentsOf(products) {
  return products.map((p) => ({
    id: p.id,
    title: p.title,
    categories: p.ranks.map((r) => r.category).join(' '),
    specs: p.specs.map((s) => s.value).join(' '),
    description: p.description,
    reviews: p.reviews.map((r) => `${r.title} ${r.body}`).join(' '),
  }));
}

function keystrokes(queries) {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function memoryMb() {
  global.gc?.();
  return process.memoryUsage().rss / 1e6;
}

function measure(name, build, search, log) {
  const before = memoryMb();
  const t0 = performance.now();
  const index = build();
  const buildMs = performance.now() - t0;
  const memory = memoryMb() - before;
  for (const q of log.slice(0, 200)) search(index, q);  // warm up the JIT
  const times = [];
  for (const q of log) {
    const t = performance.now();
    search(index, q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { name, buildMs, memory, median: at(0.5), p99: at(0.99), index };
}

const fmt = (n, d = 3) => n.toFixed(d).padStart(9);

for (const size of [10000, 100000]) {
  const jsonText = fs.readFileSync(path.join(work, `catalogue-${size}.json`), 'utf8');
  const queries = fs.readFileSync(path.join(work, `queries-${size}.txt`), 'utf8').split('\n').filter(Boolean);
  const log = keystrokes(queries);
  const docs = documentsOf(JSON.parse(jsonText).products);
  const fields = Object.keys(BOOSTS);

  const results = [
    measure('vitrine-wasm', () => {
      vitrineCore.load(jsonText);
      return vitrineCore;
    }, (core, q) => core.search(q, { limit: LIMIT }), log),
    measure('minisearch', () => {
      const mini = new MiniSearch({ fields, storeFields: [], searchOptions: { boost: BOOSTS, prefix: true, fuzzy: 0.2 } });
      mini.addAll(docs);
      return mini;
    }, (mini, q) => mini.search(q).slice(0, LIMIT), log),
    measure('flexsearch', () => {
      const flex = new FlexSearch.Document({ document: { id: 'id', index: fields }, tokenize: 'forward' });
      for (const d of docs) flex.add(d);
      return flex;
    }, (flex, q) => flex.search(q, { limit: LIMIT }), log),
  ];
  const vitrine = results[0];
  console.log(`\n${size} products, ${queries.length} queries, ${log.length} keystrokes, top ${LIMIT}`);
  console.log('engine        |  build ms |    mem MB | median ms |    p99 ms | median vs vitrine');
  for (const r of results) {
    const ratio = r === vitrine ? '' : `vitrine/${r.name} = ${(vitrine.median / r.median).toFixed(2)}`;
    console.log(`${r.name.padEnd(13)} | ${fmt(r.buildMs, 0)} | ${fmt(r.memory, 0)} | ${fmt(r.median)} | ${fmt(r.p99)} | ${ratio}`);
  }
}
