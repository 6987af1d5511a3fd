// Vitrine-in-WebAssembly against MiniSearch and FlexSearch, in one Node process, on the same
// generated catalogues and the same keystroke log (every prefix of each query, one search per
// keystroke), and found@10: the share of queries that find, once typed whole, the product they
// were made from among their first ten results. MiniSearch takes about 100 ms a keystroke at
// 100,000 products (seconds for one letter), so above 20,000 it is timed on the keystrokes of
// every fifteenth query, 20 of 300 (its found@10 is still over all of them). Prints figures; asserts nothing. Run by scripts/bench.sh,
// which makes the inputs (queries as "product index<TAB>query" lines).
// Usage: node --expose-gc bench/search-bench.mjs [size...]   (default: 10000 100000)
// VITRINE_CORE_MJS=path picks another build of the core than dist/vitrine-core.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'build', 'bench');
const LIMIT = 50;
// The fields Vitrine's search reads, with its boosts: the peers index the same text (reviews are
// searched in each product's reviews view, not by product search).
const BOOSTS = { title: 5, categories: 3, specs: 2, description: 1 };

// The WebAssembly core is built by `make web`; without it the two peers still run.
async function loadVitrine() {
  const file = path.resolve(process.env.VITRINE_CORE_MJS || path.join(root, 'dist', 'vitrine-core.mjs'));
  if (!fs.existsSync(file)) {
    console.log(`(${path.relative(root, file)} is missing: run make web to include Vitrine)`);
    return null;
  }
  const { default: createVitrineCore } = await import(file);
  return createVitrineCore();
}

function documentsOf(products) {
  return products.map((p) => ({
    id: p.id,
    title: p.title,
    categories: p.ranks.map((r) => r.category).join(' '),
    specs: p.specs.map((s) => s.value).join(' '),
    description: p.description,
  }));
}

function keystrokes(queries) {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

// Each engine's first ten ids for a query, as product indices.
function foundAt10(queries, firstTen) {
  let found = 0;
  for (const { target, text } of queries) if (firstTen(text).includes(target)) found++;
  return found;
}

function memoryMb() {
  global.gc?.();
  return process.memoryUsage().rss / 1e6;
}

// Build time, memory growth, per-keystroke times and found@10 of one engine; the index is
// dropped after, so that the next engine is measured in the same room.
function measure(name, build, search, log, queries, firstTen) {
  const before = memoryMb();
  const t0 = performance.now();
  let index = build();
  const buildMs = performance.now() - t0;
  const memory = memoryMb() - before;
  // Warms up the JIT: 200 searches, or 2 seconds of them for an engine that takes long.
  const warmUntil = performance.now() + 2000;
  for (const q of log.slice(0, 200)) {
    search(index, q);
    if (performance.now() > warmUntil) break;
  }
  const times = [];
  for (const q of log) {
    const t = performance.now();
    search(index, q);
    times.push(performance.now() - t);
  }
  const found = foundAt10(queries, (q) => firstTen(index, q));
  index = null;
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { name, buildMs, memory, median: at(0.5), p99: at(0.99), found: (100 * found) / queries.length, foundCount: found, keystrokes: log.length };
}

const fmt = (n, d = 3) => n.toFixed(d).padStart(9);
const vitrineCore = await loadVitrine();

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10000, 100000];
for (const size of sizes) {
  const jsonText = fs.readFileSync(path.join(work, `catalogue-${size}.json`), 'utf8');
  const queries = fs.readFileSync(path.join(work, `queries-${size}.txt`), 'utf8').split('\n').filter(Boolean).map((line) => {
    const tab = line.indexOf('\t');
    return { target: Number(line.slice(0, tab)), text: line.slice(tab + 1) };
  });
  const log = keystrokes(queries.map((q) => q.text));
  const miniLog = size > 20000 ? keystrokes(queries.filter((_, i) => i % 15 === 0).map((q) => q.text)) : log;
  const products = JSON.parse(jsonText).products;
  const indexOf = new Map(products.map((p, i) => [p.id, i]));
  const docs = documentsOf(products);
  const fields = Object.keys(BOOSTS);
  const results = [];

  if (vitrineCore) {
    // searchIds (product indices, no facets in the reply) is the like-for-like call: the peers
    // return ids only. Without it, search() also pays for the JSON of facets and hits.
    const lean = typeof vitrineCore.searchIds === 'function';
    results.push(measure(lean ? 'vitrine-wasm' : 'vitrine-json', () => {
      vitrineCore.load(jsonText);
      return vitrineCore;
    }, lean ? (core, q) => core.searchIds(q, LIMIT) : (core, q) => core.search(q, { limit: LIMIT }), log, queries,
    lean ? (core, q) => [...core.searchIds(q, 10).hits] : (core, q) => core.search(q, { limit: 10 }).hits.map((h) => indexOf.get(h.id))));
  }
  results.push(measure('minisearch', () => {
    const mini = new MiniSearch({ fields, storeFields: [], searchOptions: { boost: BOOSTS, prefix: true, fuzzy: 0.2 } });
    mini.addAll(docs);
    return mini;
  }, (mini, q) => mini.search(q).slice(0, LIMIT), miniLog, queries, (mini, q) => mini.search(q).slice(0, 10).map((r) => indexOf.get(r.id))));
  results.push(measure('flexsearch', () => {
    const flex = new FlexSearch.Document({ document: { id: 'id', index: fields }, tokenize: 'forward' });
    for (const d of docs) flex.add(d);
    return flex;
  }, (flex, q) => flex.search(q, { limit: LIMIT }), log, queries, (flex, q) => {
    // One list per field: the first ten distinct ids, the fields taken in the order of their boosts.
    const ids = [];
    for (const field of fields) {
      for (const id of (flex.search(q, { limit: 10, index: field })[0] || { result: [] }).result) if (!ids.includes(id) && ids.length < 10) ids.push(id);
    }
    return ids.map((id) => indexOf.get(id));
  }));

  console.log(`\n${size} products, ${queries.length} queries, ${log.length} keystrokes, top ${LIMIT}`);
  console.log('engine        |  build ms |    mem MB | median ms |    p99 ms | found@10 | keystrokes timed');
  for (const r of results) {
    console.log(`${r.name.padEnd(13)} | ${fmt(r.buildMs, 0)} | ${fmt(r.memory, 0)} | ${fmt(r.median)} | ${fmt(r.p99)} | ${r.found.toFixed(1).padStart(6)} % | ${r.keystrokes}`);
  }
  if (vitrineCore) {
    const [vitrine, mini, flex] = results;
    const verdict = (ok) => (ok ? 'met' : 'NOT met');
    console.log(`targets: median <= minisearch/3 ${verdict(vitrine.median <= mini.median / 3)} ` +
                `(${(mini.median / vitrine.median).toFixed(1)}x faster), median <= flexsearch ${verdict(vitrine.median <= flex.median)} ` +
                `(${(flex.median / vitrine.median).toFixed(2)}x), p99 < 4 ms ${verdict(vitrine.p99 < 4)}, ` +
                `found@10 >= minisearch + 5 ${verdict(100 * (vitrine.foundCount - mini.foundCount) >= 5 * queries.length)}`);
  }
}
