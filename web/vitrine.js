// Vitrine's JavaScript API. Vitrine.create(container, options) puts a viewer into `container`
// and returns its handle at once; handle.ready resolves when the catalogue is on screen.
//
// options: data      URL of a catalogue (vitrine.catalogue/1 JSON); default 'catalogue.json'
//          routing   'hash' (the viewer owns location.hash, Back/Forward work) or 'none' (embeds)
//          autofocus give the viewer the keyboard on load (default false)
//          base      where vitrine-viewer.js/.wasm/.data live; default: beside this script
//
// handle: state()    { ready, view, query, results, total, productId, errors, frameMs, ... }
//         search(text), open(id), load(text, name), ready (a Promise)
(function (global) {
  'use strict';

  const scriptBase = (() => {
    const src = document.currentScript && document.currentScript.src;
    return src ? src.slice(0, src.lastIndexOf('/') + 1) : '';
  })();
  let nextCanvasId = 1;

  async function fetchText(url, onProgress) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load the catalogue ${url}: HTTP ${response.status} ${response.statusText}`);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const bytes = new Uint8Array(total);
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.length > bytes.length) throw new Error(`the catalogue ${url} is larger than announced`);
      bytes.set(value, received);
      received += value.length;
      onProgress(received / total);
    }
    return bytes.subarray(0, received);
  }

  function create(container, options = {}) {
    const canvas = document.createElement('canvas');
    canvas.id = `vitrine-canvas-${nextCanvasId++}`;
    canvas.tabIndex = 0;  // focusable: keys reach the viewer only while it has focus
    canvas.setAttribute('aria-label', 'Vitrine product catalogue');
    const progress = document.createElement('progress');
    progress.className = 'vitrine-progress';
    progress.max = 1;
    container.append(canvas, progress);

    let module = null;
    const pending = [];  // calls made before the module is up
    const call = (fn) => (module ? fn(module) : pending.push(fn));

    function showFatal(message) {
      const box = document.createElement('div');
      box.className = 'vitrine-fatal';
      box.textContent = message;
      container.append(box);
    }

    function loadBytes(m, bytes, name) {
      const pointer = m._malloc(bytes.length + 1);
      m.HEAPU8.set(bytes, pointer);
      m.ccall('vitrine_load_catalogue', null, ['number', 'number', 'string'], [pointer, bytes.length, name]);
      m._free(pointer);
    }

    const base = options.base || scriptBase;
    const ready = createVitrineModule({
      arguments: ['#' + canvas.id],
      locateFile: (path) => base + path,
      vitrineRouting: options.routing || 'none',
      vitrineOnFatal: showFatal,
      printErr: (text) => console.warn('vitrine:', text),
    }).then(async (m) => {
      module = m;
      pending.splice(0).forEach((fn) => fn(m));
      if (options.routing === 'hash') {
        const follow = () => m.ccall('vitrine_apply_location_hash', null, ['string'], [location.hash]);
        follow();
        window.addEventListener('hashchange', follow);
        window.addEventListener('popstate', follow);
      }
      document.addEventListener('paste', (event) => {
        if (document.activeElement !== canvas) return;
        m.ccall('vitrine_paste', null, ['string'], [event.clipboardData.getData('text/plain')]);
        event.preventDefault();
      });
      if (options.autofocus) canvas.focus();
      const url = options.data || 'catalogue.json';
      try {
        const bytes = await fetchText(url, (fraction) => { progress.value = fraction; });
        loadBytes(m, bytes, url.split('/').pop());
      } catch (error) {
        m.ccall('vitrine_report_load_error', null, ['string'], [String(error.message || error)]);
      } finally {
        progress.hidden = true;
      }
    });

    return {
      ready,
      canvas,
      state: () => (module ? JSON.parse(module.UTF8ToString(module._vitrine_state_json())) : { ready: false, errors: [] }),
      search: (text) => call((m) => m.ccall('vitrine_search', null, ['string'], [String(text)])),
      open: (id) => call((m) => m.ccall('vitrine_open', null, ['string'], [String(id)])),
      load: (text, name = 'catalogue.json') => call((m) => loadBytes(m, new TextEncoder().encode(text), name)),
    };
  }

  global.Vitrine = { create };
})(window);
