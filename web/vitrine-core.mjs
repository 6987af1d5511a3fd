// Vitrine's core for Node, without the viewer: `import createVitrineCore from './vitrine-core.mjs'`.
//   const core = await createVitrineCore({ maximumMemory })  // bytes; default and at most 4 GB
//   core.load(data)                → { products, diagnostics }; data: JSON text, or the bytes of a
//                                      JSON catalogue or a catalogue.vitrine (Uint8Array, ArrayBuffer)
//   core.search(query, options)    → { total, hits: [{ id, score }], facets }
//   core.searchIds(query, limit)   → { hits: Uint32Array of positions in the loaded catalogue, best
//                                      first; total: the matches, counted when first read, or
//                                      '10,000+' beyond that many }
// options: { filters: { currency, min_minor, max_minor, in_stock, min_rating, origins, regions,
//            categories }, sort: 'relevance'|'price-up'|'price-down'|'rating'|'reviews', limit, offset }
// load() throws a RangeError, and keeps the catalogue loaded before, when the text would not fit
// in the memory; searchIds() throws one for a limit that is not an integer from 0 to 2^24.
import { createRequire } from 'node:module';

const createCoreModule = createRequire(import.meta.url)('./vitrine-core-module.cjs');

const page = 65536;
const initialMemory = 16 * 1024 * 1024;  // Emscripten's default, which the module was linked for
const largestMemory = 4 * 1024 * 1024 * 1024;
const largestLimit = 2 ** 24;
const totalCap = 10000;  // searchIds().total counts this many matches at most

export default async function createVitrineCore({ maximumMemory = largestMemory } = {}) {
  if (typeof maximumMemory !== 'number' || !(maximumMemory >= initialMemory)) {
    throw new RangeError(`maximumMemory must be a number of bytes of at least ${initialMemory}, not ${maximumMemory}`);
  }
  const pages = Math.floor(Math.min(largestMemory, maximumMemory) / page);
  const maximum = pages * page;
  const wasmMemory = new WebAssembly.Memory({ initial: initialMemory / page, maximum: pages });
  const m = await createCoreModule({ wasmMemory });
  m.ccall('vitrine_core_set_memory_maximum', null, ['number'], [maximum]);
  const encoder = new TextEncoder();
  let ids = 0;  // a buffer in the module's memory for searchIds, grown as needed
  let idsCapacity = 0;
  const megabytes = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
  return {
    load(data) {
      const bytes = typeof data === 'string' ? encoder.encode(data)
        : data instanceof ArrayBuffer ? new Uint8Array(data)
          : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
            : encoder.encode(String(data));
      // Sizes cross into the module as 32-bit signed integers; pointers come back signed.
      const pointer = bytes.length < 2 ** 31 - 1 ? m._malloc(bytes.length + 1) >>> 0 : 0;
      if (!pointer) {
        throw new RangeError(`the catalogue (${megabytes(bytes.length)}) does not fit in the core's memory ` +
          `(at most ${megabytes(maximum)}); the catalogue loaded before is kept`);
      }
      m.HEAPU8.set(bytes, pointer);
      // The module frees the copy itself, as soon as it has read it (before indexing).
      const reply = JSON.parse(m.UTF8ToString(m.ccall('vitrine_core_load', 'number', ['number', 'number'], [pointer, bytes.length])));
      if (reply.refused) throw new RangeError(reply.refused);
      return reply;
    },
    search(query, options = {}) {
      const reply = m.ccall('vitrine_core_search', 'number', ['string', 'string'], [String(query), JSON.stringify(options)]);
      return JSON.parse(m.UTF8ToString(reply));
    },
    searchIds(query, limit = 50) {
      if (!Number.isInteger(limit) || limit < 0 || limit > largestLimit) {
        throw new RangeError(`searchIds: limit must be an integer from 0 to ${largestLimit}, not ${limit}`);
      }
      if (limit > idsCapacity) {
        const grown = m._malloc(limit * 4) >>> 0;
        if (!grown) throw new RangeError(`searchIds: no memory for ${limit} ids`);
        if (ids) m._free(ids);
        ids = grown;
        idsCapacity = limit;
      }
      const text = String(query);
      const found = m.ccall('vitrine_core_search_ids', 'number', ['string', 'number', 'number'], [text, limit, ids]);
      const hits = m.HEAPU32.slice(ids >>> 2, (ids >>> 2) + found);
      // Counting every match costs more than ranking the best ones: done once, when asked.
      let total;
      return {
        hits,
        get total() {
          if (total === undefined) {
            const counted = m.ccall('vitrine_core_count', 'number', ['string', 'number'], [text, totalCap]);
            total = counted < 0 ? `${totalCap.toLocaleString('en')}+` : counted;
          }
          return total;
        },
      };
    },
  };
}
