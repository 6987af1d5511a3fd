// Vitrine's core for Node, without the viewer: `import createVitrineCore from './vitrine-core.mjs'`.
//   const core = await createVitrineCore();
//   core.load(jsonText)            → { products, diagnostics }
//   core.search(query, options)    → { total, hits: [{ id, score }], facets }
//   core.searchIds(query, limit)   → { total, hits: Uint32Array of positions in the loaded catalogue }
// options: { filters: { currency, min_minor, max_minor, in_stock, min_rating, origins, regions,
//            categories }, sort: 'relevance'|'price-up'|'price-down'|'rating'|'reviews', limit, offset }
import { createRequire } from 'node:module';

const createCoreModule = createRequire(import.meta.url)('./vitrine-core-module.cjs');

export default async function createVitrineCore() {
  const m = await createCoreModule();
  const encoder = new TextEncoder();
  let ids = 0;  // a buffer in the module's memory for searchIds, grown as needed
  let idsCapacity = 0;
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
    searchIds(query, limit = 50) {
      if (limit > idsCapacity) {
        if (ids) m._free(ids);
        ids = m._malloc(limit * 4);
        idsCapacity = limit;
      }
      const total = m.ccall('vitrine_core_search_ids', 'number', ['string', 'number', 'number'], [String(query), limit, ids]);
      return { total, hits: m.HEAPU32.slice(ids >> 2, (ids >> 2) + Math.min(total, limit)) };
    },
  };
}
