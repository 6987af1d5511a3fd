// Vitrine's JavaScript API. Vitrine.create(container, options) puts a viewer into `container`
// and returns its handle at once; handle.ready resolves when the catalogue is on screen.
//
// options: data      URL of a catalogue (vitrine.catalogue/1 JSON); default 'catalogue.json'
//          sameOriginData  refuse a `data` URL on another site (the default page sets it, since
//                    its ?data= comes from whoever wrote the link)
//          routing   'hash' (the viewer owns location.hash, Back/Forward work) or 'none' (embeds)
//          autofocus give the viewer the keyboard on load (default false)
//          base      where vitrine-viewer.js/.wasm/.data live; default: beside this script
//
//          theme     'system' (follows prefers-color-scheme), 'light' or 'dark'
//
// handle: state()    { ready, view, query, results, total, productId, errors, frameMs, layout, ... }
//         search(text), open(id), load(text, name), theme(choice), ready (a Promise)
// Files dropped on the viewer, or chosen with its "Open catalogue…" button, replace the catalogue:
// one .json catalogue, or any number of .md product pages.
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

    function loadBytes(m, bytes, name, replace = true) {
      const pointer = m._malloc(bytes.length + 1);
      m.HEAPU8.set(bytes, pointer);
      m.ccall('vitrine_load_file', null, ['number', 'number', 'string', 'number'], [pointer, bytes.length, name, replace ? 1 : 0]);
      m._free(pointer);
    }

    async function loadFiles(files) {
      const list = [...files];
      for (let i = 0; i < list.length; i++) {
        const bytes = new Uint8Array(await list[i].arrayBuffer());
        call((m) => loadBytes(m, bytes, list[i].name, i === 0));
      }
    }

    function pickFiles() {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.accept = '.json,.md,.markdown,.txt';
      input.addEventListener('change', () => loadFiles(input.files));
      input.click();
    }

    container.addEventListener('dragover', (event) => {
      event.preventDefault();
      container.classList.add('vitrine-dropping');
    });
    container.addEventListener('dragleave', () => container.classList.remove('vitrine-dropping'));
    container.addEventListener('drop', (event) => {
      event.preventDefault();
      container.classList.remove('vitrine-dropping');
      if (event.dataTransfer.files.length) loadFiles(event.dataTransfer.files);
    });

    const base = options.base || scriptBase;
    const ready = createVitrineModule({
      arguments: ['#' + canvas.id],
      locateFile: (path) => base + path,
      vitrineRouting: options.routing || 'none',
      vitrineOnFatal: showFatal,
      vitrinePickFiles: pickFiles,
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
      const scheme = window.matchMedia('(prefers-color-scheme: dark)');
      scheme.addEventListener('change', () => m.ccall('vitrine_set_system_dark', null, ['number'], [scheme.matches ? 1 : 0]));
      if (options.theme) m.ccall('vitrine_set_theme', null, ['string'], [options.theme]);
      if (options.autofocus) canvas.focus();
      const url = options.data || 'catalogue.json';
      try {
        const where = new URL(url, location.href);
        if (options.sameOriginData && where.origin !== location.origin) {
          throw new Error(`the catalogue ${url} is not on this site (${location.origin}); only catalogues from this site are opened`);
        }
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
      theme: (choice) => call((m) => m.ccall('vitrine_set_theme', null, ['string'], [String(choice)])),
    };
  }

  global.Vitrine = { create };
})(window);
