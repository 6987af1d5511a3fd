// Vitrine's core for Node, without the viewer: `import createVitrineCore from './vitrine-core.mjs'`.
//   const core = await createVitrineCore();
//   core.load(jsonText)            → { products, diagnostics }
//   core.search(query, options)    → { total, hits: [{ id, score }], facets }
// options: { filters: { currency, min_minor, max_minor, in_stock, min_rating, origins, regions,
//            categories }, sort: 'relevance'|'price-up'|'price-down'|'rating'|'reviews', limit, offset }
import { createRequire } from 'node:module';

const createCoreModule = createRequire(import.meta.url)('./vitrine-core-module.cjs');

export default async function createVitrineCore() {
  const m = await createCoreModule();
  const encoder = new TextEncoder();
  return {
    load(jsonText) {
      const bytes = encoder.encode(jsonText);
      const pointer = m._malloc(bytes.length + 1);
      m.HEAPU8.set(bytes, pointer);
      const reply = m.ccall('vitrine_core_load', 'number', ['number', 'number'], [pointer, bytes.length]);
      m._free(pointer);
      return JSON.parse(m.UTF8ToString(reply));
    },
    search(query, options = {}) {
      const reply = m.ccall('vitrine_core_search', 'number', ['string', 'string'], [String(query), JSON.stringify(options)]);
      return JSON.parse(m.UTF8ToString(reply));
    },
  };
}
