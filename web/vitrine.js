// Vitrine in a web page: the <vitrine-viewer> element, and Vitrine.create() beneath it.
//
//   <script src="vitrine.js" defer></script>
//   <vitrine-viewer data="catalogue.json"></vitrine-viewer>
//
// Attributes: data (the catalogue's URL, resolved against the page like <img src>), query (a first
// search), product (opens one product), theme ('auto', the default: follows the page; 'light';
// 'dark'), routing ('none', the default: the page's address is left alone; 'hash': the viewer
// owns location.hash, so Back and reload work), same-origin (refuse a data URL on another site).
// Properties: ready (a Promise, resolved once the catalogue is on screen), state(), search(text),
// open(id), load(data, name) (data: text, a Uint8Array or an ArrayBuffer), theme(choice), canvas.
// Events, bubbling: vitrine-ready, vitrine-search (detail: { query, total }), vitrine-open (detail: { id }).
// Removing the element frees its memory and WebGL context; putting it back starts it again.
//
// One runtime per page: however many viewers a page holds, the code is fetched and compiled
// once, and the fonts and each catalogue URL are fetched once. Each viewer has its own canvas,
// WebGL context and ImGui context inside that one module.
//
// Vitrine.create(container, options) is the same viewer without the element: options are
// data, routing, theme ('auto' | 'system' | 'light' | 'dark'), sameOriginData, autofocus, query,
// product, base (where vitrine-viewer.js, .wasm and fonts/ live; default: beside this script).
(function () {
  'use strict';
  if (window.Vitrine) return;  // the script was included twice

  const scriptUrl = (document.currentScript && document.currentScript.src) || location.href;
  const defaultBase = new URL('.', scriptUrl).href;
  // The single-file build (vitrine-standalone.html) carries its files inline, by name.
  const inlineFiles = window.VitrineFiles || null;

  // --- fetching, once per page -------------------------------------------------------------

  // A download in progress: bytes received of those announced (0 when not announced).
  class Transfer {
    constructor() {
      this.received = 0;
      this.total = 0;
      this.done = false;
      this.listeners = new Set();
    }
    report() { this.listeners.forEach((listener) => listener()); }
  }

  const downloads = new Map();  // absolute URL → { transfer, pieces: Promise<Uint8Array[]>, bytes (joined) }

  function inlineBytes(url) {
    if (!inlineFiles) return null;
    const name = url.startsWith(defaultBase) ? url.slice(defaultBase.length) : url;
    const text = inlineFiles[name];
    if (text === undefined) return null;
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function gunzip(pieces) {
    const stream = new Blob(pieces).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // A body as the pieces it arrived in: a large catalogue is copied once, into the module, and
  // never first joined here.
  function joined(pieces) {
    if (pieces.length === 1) return pieces[0];
    const bytes = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    return bytes;
  }

  async function download(url, transfer) {
    try {
      const inline = inlineBytes(url);
      if (inline) return [inline];
      let response;
      try {
        response = await fetch(url);
      } catch (error) {
        throw new Error(location.protocol === 'file:'
          ? 'This page was opened from a file, and browsers do not let such pages fetch the viewer\'s files. ' +
            'Serve the folder with any web server (python3 -m http.server), or open vitrine-standalone.html, which works from disk.'
          : `could not load ${url}: ${error.message}`);
      }
      if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`);
      // Under Content-Encoding the announced length is the compressed size: good for progress only.
      transfer.total = Number(response.headers.get('Content-Length')) || 0;
      const chunks = [];
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        transfer.received += value.length;
        transfer.report();
      }
      const gzip = chunks.length > 0 && chunks[0][0] === 0x1f && chunks[0][1] === 0x8b;  // (a first chunk is never empty)
      if (/\.gz$/i.test(new URL(url).pathname) && gzip) return [await gunzip(chunks)];
      return chunks;
    } finally {
      transfer.done = true;
      transfer.report();
    }
  }

  function fetchOnce(url) {
    let entry = downloads.get(url);
    if (!entry) {
      const transfer = new Transfer();
      const pieces = download(url, transfer);
      entry = { transfer, pieces, get bytes() { return pieces.then(joined); } };
      downloads.set(url, entry);
    }
    return entry;
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(location.protocol === 'file:'
        ? 'This page was opened from a file, and browsers do not let such pages load the viewer\'s code. ' +
          'Serve the folder with any web server, or open vitrine-standalone.html, which works from disk.'
        : `could not load ${src}`));
      document.head.append(script);
    });
  }

  function ensureStyles(base) {
    if (inlineFiles || document.querySelector('link[data-vitrine]')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = base + 'vitrine.css';
    link.dataset.vitrine = '';
    document.head.append(link);
  }

  // What a person can do when the module cannot run here.
  function explain(error) {
    const text = String((error && error.message) || error);
    if (/Content.Security.Policy|unsafe-eval|CompileError/i.test(text)) {
      return 'This page\'s Content-Security-Policy does not allow WebAssembly, which the viewer runs on. ' +
        'Its script-src needs \'wasm-unsafe-eval\' (see the README, "Embedding").';
    }
    return text;
  }

  const fontUrl = (base, name) => `${base}fonts/${name}.ttf`;
  let runtimePromise = null;

  // The module, its code compiled once per page, with the regular font (all a first frame needs).
  function runtime(base) {
    if (!runtimePromise) {
      const wasm = fetchOnce(base + 'vitrine-viewer.wasm');
      const regular = fetchOnce(fontUrl(base, 'regular'));
      runtimePromise = (async () => {
        if (typeof createVitrineModule === 'undefined') await loadScript(base + 'vitrine-viewer.js');
        const module = await createVitrineModule({
          wasmBinary: await wasm.bytes,
          vitrineViewers: {},
          vitrineRequestFont: (name) => giveFont(module, base, name),
          printErr: (text) => console.warn('vitrine:', text),
        });
        handFont(module, 'regular', await regular.bytes);
        return module;
      })();
      runtimePromise.transfers = [wasm.transfer, regular.transfer];
    }
    return runtimePromise;
  }

  // What load() accepts: text, or the bytes of a file (a Uint8Array or an ArrayBuffer).
  function asBytes(data) {
    if (data instanceof Uint8Array) return data;
    if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new Uint8Array(data.buffer || data, data.byteOffset || 0, data.byteLength);
    return new TextEncoder().encode(String(data));
  }

  // Sizes cross into the module as 32-bit signed integers; no catalogue this large could be read
  // in the 4 GB the module may have anyway.
  const largestCopy = 2 ** 31 - 1;
  const lengthOf = (pieces) => pieces.reduce((n, piece) => n + piece.length, 0);
  // Copies the pieces, one after the other, into the module's memory; null (and nothing written)
  // when it has no room.
  function copyIn(module, pieces) {
    const length = lengthOf(pieces);
    if (length >= largestCopy) return null;
    const pointer = module._malloc(length + 1) >>> 0;  // pointers come back as signed numbers
    if (!pointer) return null;
    let at = pointer;
    for (const piece of pieces) {
      module.HEAPU8.set(piece, at);
      at += piece.length;
    }
    return pointer;
  }

  function handFont(module, name, bytes) {
    const pointer = copyIn(module, [bytes]);
    if (pointer) module.ccall('vitrine_font_arrived', null, ['string', 'number', 'number'], [name, pointer, bytes.length]);
  }

  const fontsGiven = new Set();
  function giveFont(module, base, name) {
    if (fontsGiven.has(name)) return;
    fontsGiven.add(name);
    const font = fetchOnce(fontUrl(base, name));
    viewers.forEach((viewer) => viewer.watch(font.transfer));
    font.bytes.then((bytes) => handFont(module, name, bytes), (error) => console.warn('vitrine:', error.message));
  }

  // --- the theme of the page around a viewer -------------------------------------------------

  function luminance(colour) {
    const parts = colour.match(/[\d.]+/g);
    if (!parts || parts.length < 3 || (parts.length > 3 && Number(parts[3]) < 0.5)) return null;
    const [r, g, b] = parts.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  // Whether the page shows the viewer's place dark: its color-scheme when it names one, else the
  // first opaque background behind it; null when the page says nothing (then the system decides).
  function pageLooksDark(element) {
    const words = (getComputedStyle(element).colorScheme || '').split(/\s+/);
    if (words.includes('dark') && !words.includes('light')) return true;
    if (words.includes('light') && !words.includes('dark')) return false;
    for (let e = element.parentElement; e; e = e.parentElement) {
      const l = luminance(getComputedStyle(e).backgroundColor);
      if (l !== null) return l < 0.2;
    }
    return null;
  }

  // The element's CSS custom properties: --vitrine-accent (a colour), --vitrine-radius and
  // --vitrine-font-size (lengths; the text size defaults to the page's own at the element).
  function cssPixels(element, length) {
    if (!length) return NaN;
    const probe = document.createElement('div');
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    probe.style.width = length;
    element.append(probe);
    const pixels = parseFloat(getComputedStyle(probe).width);
    probe.remove();
    return pixels;
  }

  let colourProbe = null;
  // A CSS colour as ImGui's 0xAABBGGRR; 0 when there is none or it does not parse.
  function cssColour(text) {
    if (!text) return 0;
    colourProbe = colourProbe || document.createElement('canvas').getContext('2d');
    colourProbe.fillStyle = '#000001';
    colourProbe.fillStyle = text;
    const value = colourProbe.fillStyle;
    if (value === '#000001') return 0;
    const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value) || [];
    if (!match.length) {
      const parts = value.match(/[\d.]+/g) || [];
      if (parts.length < 3) return 0;
      return ((Math.round((parts[3] === undefined ? 1 : Number(parts[3])) * 255) << 24) | (parts[2] << 16) | (parts[1] << 8) | Number(parts[0])) >>> 0;
    }
    return ((0xff << 24) | (parseInt(match[3], 16) << 16) | (parseInt(match[2], 16) << 8) | parseInt(match[1], 16)) >>> 0;
  }

  function readLook(element) {
    const style = getComputedStyle(element);
    const size = cssPixels(element, style.getPropertyValue('--vitrine-font-size').trim()) || parseFloat(style.fontSize) || 16;
    const radius = cssPixels(element, style.getPropertyValue('--vitrine-radius').trim());
    return { scale: size / 16, accent: cssColour(style.getPropertyValue('--vitrine-accent').trim()), radius: Number.isFinite(radius) ? radius : -1 };
  }

  // --- one viewer ------------------------------------------------------------------------------

  const viewers = new Set();
  let nextViewerId = 1;
  const modifiersOf = (e) => (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);

  function create(container, options = {}) {
    const base = options.base || defaultBase;
    ensureStyles(base);
    const id = nextViewerId++;
    const canvas = document.createElement('canvas');
    canvas.id = `vitrine-canvas-${id}`;
    canvas.tabIndex = 0;  // focusable: keys reach the viewer only while it has focus
    canvas.setAttribute('aria-label', 'Vitrine product catalogue');
    // The text agent: a real, visually hidden text field that holds the focus while a text field
    // of the viewer has the keyboard, placed at its caret, so that input methods, dictation,
    // dead keys and a phone's keyboard work (a canvas takes none of them).
    const agent = document.createElement('textarea');
    agent.className = 'vitrine-text-agent';
    agent.tabIndex = -1;  // not a stop of its own: Tab reaches the viewer through the canvas
    agent.setAttribute('aria-label', 'Search products');
    agent.autocomplete = 'off';
    agent.spellcheck = false;
    agent.setAttribute('autocapitalize', 'off');
    agent.setAttribute('autocorrect', 'off');
    // The semantic mirror: what the canvas shows, as DOM nodes with ARIA roles, kept over the
    // canvas but unseen, for screen readers, find-in-page and translation. The view's heading
    // comes first, then the search field (the text agent), then the rest in drawing order.
    const mirror = document.createElement('div');
    mirror.className = 'vitrine-mirror';
    mirror.setAttribute('role', 'region');
    mirror.setAttribute('aria-label', 'Product catalogue');
    const live = document.createElement('div');
    live.className = 'vitrine-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    mirror.append(agent, live);
    const progress = document.createElement('progress');
    progress.className = 'vitrine-progress';
    container.classList.add('vitrine');
    container.append(canvas, mirror, progress);
    const events = options.element || container;
    const announce = (name, detail) => events.dispatchEvent(new CustomEvent(`vitrine-${name}`, { bubbles: true, detail }));

    let module = null;
    let destroyed = false;
    let fatal = null;
    const pending = [];  // calls made before the module is up
    const call = (fn) => (module ? fn(module) : pending.push(fn));
    const cleanups = [];
    const listen = (target, type, handler, opts) => {
      target.addEventListener(type, handler, opts);
      cleanups.push(() => target.removeEventListener(type, handler, opts));
    };

    // The progress bar covers everything this viewer waits for, in bytes.
    const transfers = new Set();
    function showProgress() {
      let received = 0;
      let total = 0;
      let busy = false;
      transfers.forEach((t) => {
        if (t.done) return;
        busy = true;
        received += t.received;
        total += Math.max(t.total, t.received);
      });
      progress.hidden = !busy;
      if (busy && total > 0) {
        progress.max = total;
        progress.value = received;
      } else {
        progress.removeAttribute('value');
      }
    }
    function watch(transfer) {
      transfers.add(transfer);
      transfer.listeners.add(showProgress);
      showProgress();
    }

    function showFatal(message) {
      fatal = message;
      progress.hidden = true;
      const box = document.createElement('div');
      box.className = 'vitrine-fatal';
      box.setAttribute('role', 'alert');
      box.textContent = message;
      container.append(box);
    }

    // True when the file (its bytes in pieces) was read (its records loaded, or its problems
    // listed); false when refused.
    function loadBytes(m, pieces, name, replace = true) {
      const pointer = copyIn(m, pieces);
      const length = lengthOf(pieces);
      if (!pointer) {
        m.ccall('vitrine_report_load_error', null, ['number', 'string'],
          [id, `${name} (${length} bytes) does not fit in the memory the browser gives this page; the catalogue shown is unchanged`]);
        return false;
      }
      // The module frees the copy itself, as soon as it has read it (before indexing).
      const loaded = m.ccall('vitrine_load_file', 'number', ['number', 'number', 'number', 'string', 'number'], [id, pointer, length, name, replace ? 1 : 0]);
      return loaded === 1;
    }

    // Files dropped or picked together make one catalogue: the first file read replaces the one
    // shown, the others join it; a refused file leaves its message and takes no part.
    const beginLoad = (m) => m.ccall('vitrine_begin_load', null, ['number'], [id]);

    async function loadFiles(files) {
      call(beginLoad);
      let replace = true;
      for (const file of [...files]) {
        let bytes;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (error) {  // Chromium cannot read a file past what it keeps of blobs (about 1 GB here)
          call((m) => m.ccall('vitrine_report_load_error', null, ['number', 'string'],
            [id, `${file.name} (${file.size} bytes) could not be read by the browser (${error.name}); the catalogue shown is unchanged`]));
          continue;
        }
        call((m) => {
          if (loadBytes(m, [bytes], file.name, replace)) replace = false;
        });
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

    listen(container, 'dragover', (event) => {
      event.preventDefault();
      container.classList.add('vitrine-dropping');
    });
    listen(container, 'dragleave', () => container.classList.remove('vitrine-dropping'));
    listen(container, 'drop', (event) => {
      event.preventDefault();
      container.classList.remove('vitrine-dropping');
      if (event.dataTransfer.files.length) loadFiles(event.dataTransfer.files);
    });

    // The catalogue is asked for at once, beside the code, not after it.
    let catalogue = null;
    let catalogueError = null;
    const dataUrl = new URL(options.data || 'catalogue.json', document.baseURI);
    if (options.sameOriginData && dataUrl.origin !== location.origin) {
      catalogueError = `the catalogue ${options.data} is not on this site (${location.origin}); only catalogues from this site are opened`;
    } else {
      catalogue = fetchOnce(dataUrl.href);
      watch(catalogue.transfer);
    }
    const runtimeReady = runtime(base);
    runtimeReady.transfers.forEach(watch);

    // Input: what the viewer acts on stops here; everything else goes on to the page.
    function attachInput(m) {
      const sendKey = (event, textByInput) => m.ccall('vitrine_key', 'number', ['number', 'number', 'string', 'string', 'number', 'number'],
        [id, event.type === 'keydown' ? 1 : 0, event.key, event.code, modifiersOf(event), textByInput ? 1 : 0]);
      const onCanvasKey = (event) => {
        if (sendKey(event, false)) {
          event.preventDefault();
          event.stopPropagation();
        }
      };
      listen(canvas, 'keydown', onCanvasKey);
      listen(canvas, 'keyup', onCanvasKey);

      // In the text agent, characters arrive as input events (typed, composed, dictated, pasted,
      // AltGr, dead keys); its keys only edit and move. Keys an input method is composing with
      // are its own.
      let textWanted = false;
      const onAgentKey = (event) => {
        if (event.isComposing || event.keyCode === 229 || ['Process', 'Dead', 'Unidentified'].includes(event.key)) {
          event.stopPropagation();
          return;
        }
        const single = [...event.key].length === 1;
        // AltGr (Ctrl+Alt on Windows) types @, € or ą: a character, not a shortcut.
        if (single && (event.getModifierState('AltGraph') || (event.ctrlKey && event.altKey))) {
          event.stopPropagation();
          if (event.type === 'keydown') {
            event.preventDefault();
            m.ccall('vitrine_insert_text', null, ['number', 'string'], [id, event.key]);
          }
          return;
        }
        const printable = single && !event.ctrlKey && !event.metaKey;
        const used = sendKey(event, true);
        if (!used && event.key === 'Tab') canvas.focus({ preventScroll: true });  // Tab goes on from the viewer's place
        if (used || printable) event.stopPropagation();
        if (used && !printable) event.preventDefault();
      };
      listen(agent, 'keydown', onAgentKey);
      listen(agent, 'keyup', onAgentKey);
      const flush = () => {
        const text = agent.value;
        agent.value = '';
        if (text) m.ccall('vitrine_insert_text', null, ['number', 'string'], [id, text]);
      };
      listen(agent, 'input', (event) => { if (!event.isComposing) flush(); });
      listen(agent, 'compositionupdate', (event) => m.ccall('vitrine_composition', null, ['number', 'string'], [id, event.data || '']));
      listen(agent, 'compositionend', () => {
        m.ccall('vitrine_composition', null, ['number', 'string'], [id, '']);
        flush();
      });
      const hasFocus = () => container.contains(document.activeElement);
      m.vitrineViewers[id].textAgent = (wanted, x, y, height) => {
        textWanted = wanted;
        agent.style.left = `${x}px`;
        agent.style.top = `${y}px`;
        agent.style.height = `${Math.max(height, 1)}px`;
        if (wanted && hasFocus() && document.activeElement !== agent) agent.focus({ preventScroll: true });
        if (!wanted && document.activeElement === agent) canvas.focus({ preventScroll: true });
      };
      const focusFrom = (event) => { if (!container.contains(event.relatedTarget)) m._vitrine_focus(id, 1); };
      listen(canvas, 'focus', (event) => {
        // Told first: moving the focus on from here cancels this focus's focusin.
        focusFrom(event);
        if (textWanted) agent.focus({ preventScroll: true });
      });
      // Above a phone's keyboard the field stays in view.
      if (window.visualViewport) {
        listen(window.visualViewport, 'resize', () => { if (document.activeElement === agent) agent.scrollIntoView({ block: 'nearest' }); });
      }
      listen(container, 'focusin', focusFrom);
      listen(container, 'focusout', (event) => { if (!container.contains(event.relatedTarget)) m._vitrine_focus(id, 0); });

      const pointerTypes = { mousemove: 0, mousedown: 1, mouseup: 2, mouseleave: 3 };
      for (const type of Object.keys(pointerTypes)) {
        listen(canvas, type, (event) => m._vitrine_pointer(id, pointerTypes[type], event.offsetX, event.offsetY, event.button));
      }
      listen(canvas, 'wheel', (event) => {
        if (event.ctrlKey) return;  // the browser's zoom (and a touchpad's pinch)
        const unit = event.deltaMode === 0 ? 100 : event.deltaMode === 1 ? 3 : 1;
        if (m._vitrine_wheel(id, event.offsetX, event.offsetY, -event.deltaX / unit, -event.deltaY / unit)) {
          event.preventDefault();
          event.stopPropagation();
        }
      }, { passive: false });
      const touchTypes = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
      for (const type of Object.keys(touchTypes)) {
        listen(canvas, type, (event) => {
          const touch = event.changedTouches[0];
          const rect = canvas.getBoundingClientRect();
          const fingers = Math.max(event.touches.length, 1);
          if (m._vitrine_touch(id, touchTypes[type], fingers, touch.clientX - rect.left, touch.clientY - rect.top, event.timeStamp)) {
            if (event.cancelable) event.preventDefault();
            event.stopPropagation();
            // No emulated mousedown follows a handled tap, so the viewer takes the focus itself
            // (inside the gesture, which lets a phone open its keyboard for the text agent).
            if (type === 'touchend' && !container.contains(document.activeElement)) canvas.focus({ preventScroll: true });
          }
        }, { passive: false });
      }
      listen(document, 'paste', (event) => {
        if (document.activeElement !== canvas) return;  // the text agent takes its own paste as input
        m.ccall('vitrine_insert_text', null, ['number', 'string'], [id, event.clipboardData.getData('text/plain')]);
        event.preventDefault();
      });
    }

    // The mirror follows the nodes the viewer sends when its picture changed: each node keeps
    // its element (by key), and only what differs is written.
    const mirrored = new Map();  // key → { element, node JSON }
    const tags = { heading: 'h1', text: 'p', button: 'button', link: 'a', select: 'select', list: 'ul', article: 'article' };
    const ariaRoles = new Set(['checkbox', 'radio', 'table', 'row', 'rowheader', 'cell']);
    const containers = new Set(['list', 'table', 'row']);  // named by aria-label; their children are nodes
    let liveTimer = 0;
    let lastHeading = '';
    let lastCount = '';
    function elementFor(node) {
      const tag = node.role === 'heading' ? `h${Math.min(Math.max(node.level || 1, 1), 6)}` : tags[node.role] || (ariaRoles.has(node.role) ? 'div' : 'p');
      let element = document.createElement(tag);
      if (ariaRoles.has(node.role)) element.setAttribute('role', node.role);
      if (node.role === 'link') element.href = '#';
      if (node.action) element.tabIndex = -1;  // reached through the canvas, not as Tab stops of their own
      element.dataset.key = node.key;
      if (node.position) {
        const item = document.createElement('li');
        item.append(element);
        element = item;
      }
      return element;
    }
    // A select's options, and which is chosen, as the viewer's combo box has them.
    function fillSelect(select, node) {
      const labels = node.options || [];
      if (select.options.length !== labels.length || labels.some((label, i) => select.options[i].text !== label)) {
        select.replaceChildren(...labels.map((label) => new Option(label)));
      }
      select.selectedIndex = node.selected;
    }
    function place(element, node, parentRect) {
      const [x, y, w, h] = node.rect.map((v) => v * look.scale);
      const [px, py] = parentRect ? parentRect.map((v) => v * look.scale) : [0, 0];
      element.style.left = `${x - px}px`;
      element.style.top = `${y - py}px`;
      element.style.width = `${Math.max(w, 1)}px`;
      element.style.height = `${Math.max(h, 1)}px`;
    }
    function patchMirror(m, drawn) {
      const nodes = [...drawn.filter((n) => n.key === 'view-heading'), ...drawn.filter((n) => n.key !== 'view-heading')];
      const seen = new Set();
      const rects = new Map(nodes.map((n) => [n.key, n.rect]));
      const lastIn = new Map();  // parent element → the element placed last in it
      for (const node of nodes) {
        seen.add(node.key);
        let entry = mirrored.get(node.key);
        if (entry && entry.json === JSON.stringify(node)) {
          // unchanged: only its place in the order is checked below
        } else {
          if (!entry || entry.node.role !== node.role || Boolean(entry.node.position) !== Boolean(node.position)) {
            if (entry) entry.element.remove();
            entry = { element: elementFor(node) };
            mirrored.set(node.key, entry);
          }
          const target = node.position ? entry.element.firstChild : entry.element;
          if (node.role === 'select') {
            target.setAttribute('aria-label', node.name);
            fillSelect(target, node);
          } else if (containers.has(node.role)) {
            if (node.name) target.setAttribute('aria-label', node.name);
          } else if (target.textContent !== node.name) {
            target.textContent = node.name;
          }
          if (node.checked !== undefined) target.setAttribute('aria-checked', String(node.checked));
          if (node.position) {
            entry.element.setAttribute('aria-posinset', String(node.position));
            entry.element.setAttribute('aria-setsize', String(node.setSize));
          }
          place(entry.element, node, node.parent ? rects.get(node.parent) : null);
          entry.node = node;
          entry.json = JSON.stringify(node);
        }
        // The agent never moves (moving a focused field would take its focus): the heading goes
        // before it, everything else after it.
        const parent = (node.parent && mirrored.get(node.parent)?.element) || mirror;
        if (parent === mirror && node.key === 'view-heading') {
          if (entry.element.nextSibling !== agent) mirror.insertBefore(entry.element, agent);
          lastIn.set(mirror, agent);
        } else {
          const previous = lastIn.has(parent) ? lastIn.get(parent) : parent === mirror ? agent : null;
          const wanted = previous ? previous.nextSibling : parent.firstChild;
          if (entry.element !== wanted) parent.insertBefore(entry.element, wanted);
          lastIn.set(parent, entry.element);
        }
      }
      for (const [key, entry] of mirrored) {
        if (!seen.has(key)) {
          entry.element.remove();
          mirrored.delete(key);
        }
      }
      if (live.nextSibling) mirror.append(live);
      announceChanges(nodes);
    }
    // The live region says which view opened at once, and the count once typing pauses.
    function announceChanges(nodes) {
      const heading = (nodes.find((n) => n.key === 'view-heading') || {}).name || '';
      const count = (nodes.find((n) => n.key === 'count') || {}).name || '';
      if (heading !== lastHeading) {
        const opened = !heading.startsWith('All products') && !heading.startsWith('Products matching');
        lastHeading = heading;
        if (heading && options.routing === 'hash') document.title = `${heading} – Vitrine`;
        if (opened && heading) live.textContent = heading;
      }
      if (count !== lastCount) {
        lastCount = count;
        clearTimeout(liveTimer);
        liveTimer = setTimeout(() => { live.textContent = count; }, 700);
      }
    }
    listen(mirror, 'change', (event) => {
      const target = event.target.closest('select[data-key]');
      if (target && module) module.ccall('vitrine_choose', null, ['number', 'string', 'number'], [id, target.dataset.key, target.selectedIndex]);
    });
    listen(mirror, 'click', (event) => {
      const target = event.target.closest('[data-key]');
      if (!target || !module || target.tagName === 'SELECT' || !mirrored.get(target.dataset.key)?.node.action) return;  // text is not a control
      event.preventDefault();
      module.ccall('vitrine_activate', null, ['number', 'string'], [id, target.dataset.key]);
    });

    // Frames are drawn on demand; these say when the picture must change without input.
    function attachObservers(m) {
      const seen = new IntersectionObserver((entries) => {
        entries.forEach((entry) => m._vitrine_set_visible(id, entry.isIntersecting ? 1 : 0));
      });
      seen.observe(canvas);
      cleanups.push(() => seen.disconnect());
      const resized = new ResizeObserver(() => m._vitrine_request_frame(id));
      resized.observe(canvas);
      cleanups.push(() => resized.disconnect());
      let density = null;
      const followDensity = () => {
        density = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
        density.addEventListener('change', onDensity, { once: true });
      };
      const onDensity = () => {
        m._vitrine_request_frame(id);
        followDensity();
      };
      followDensity();
      cleanups.push(() => density.removeEventListener('change', onDensity));
    }

    // theme 'auto' follows the page around the viewer: its light/dark switch and, where it
    // says nothing, the system's setting. The accent, radius and text size follow its CSS.
    let themeChoice = options.theme || 'auto';
    let look = { scale: 1 };
    function followTheme(m) {
      const system = window.matchMedia('(prefers-color-scheme: dark)');
      const update = () => {
        const looks = themeChoice === 'auto' ? pageLooksDark(options.element || container) : null;
        m.ccall('vitrine_set_system_dark', null, ['number', 'number'], [id, (looks === null ? system.matches : looks) ? 1 : 0]);
        const next = readLook(options.element || container);
        if (next.scale !== look.scale || next.accent !== look.accent || next.radius !== look.radius) {
          look = next;
          m._vitrine_set_look(id, look.scale, look.accent, look.radius);
        }
      };
      listen(system, 'change', update);
      // High contrast (forced colours, or prefers-contrast: more) draws in the system's colours.
      const forced = window.matchMedia('(forced-colors: active)');
      const more = window.matchMedia('(prefers-contrast: more)');
      const followContrast = () => {
        const on = forced.matches || more.matches;
        const colours = ['Canvas', 'CanvasText', 'LinkText', 'Highlight', 'HighlightText', 'ButtonFace', 'ButtonText'].map(cssColour);
        m._vitrine_set_system_colours(id, on ? 1 : 0, ...colours);
      };
      listen(forced, 'change', followContrast);
      listen(more, 'change', followContrast);
      followContrast();
      const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
      const followMotion = () => m._vitrine_set_reduced_motion(id, motion.matches ? 1 : 0);
      listen(motion, 'change', followMotion);
      followMotion();
      const watcher = new MutationObserver(update);
      for (const node of [document.documentElement, document.body]) watcher.observe(node, { attributes: true });
      cleanups.push(() => watcher.disconnect());
      update();
      return update;
    }

    const ready = (async () => {
      let m;
      try {
        m = await runtimeReady;
      } catch (error) {
        if (!destroyed) showFatal(explain(error));
        return;
      }
      if (destroyed) return;
      m.vitrineViewers[id] = { routing: options.routing || 'none', pickFiles };
      if (!m.ccall('vitrine_create', 'number', ['number', 'string'], [id, '#' + canvas.id])) {
        showFatal('This browser cannot draw the viewer: WebGL 2 is not available.');
        return;
      }
      m.vitrineViewers[id].announce = announce;
      m.vitrineViewers[id].mirror = (nodes) => patchMirror(m, nodes);
      module = m;
      attachInput(m);
      attachObservers(m);
      const updateTheme = followTheme(m);
      const setTheme = (choice) => {
        themeChoice = choice;
        m.ccall('vitrine_set_theme', null, ['number', 'string'], [id, choice === 'auto' ? 'system' : choice]);
        updateTheme();
      };
      setTheme(themeChoice);
      handle.theme = (choice) => setTheme(String(choice));
      pending.splice(0).forEach((fn) => fn(m));
      if (options.routing === 'hash') {
        const follow = () => m.ccall('vitrine_apply_location_hash', null, ['number', 'string'], [id, location.hash]);
        follow();
        listen(window, 'hashchange', follow);
        listen(window, 'popstate', follow);
      }
      if (options.autofocus) canvas.focus();
      if (catalogueError) {
        m.ccall('vitrine_report_load_error', null, ['number', 'string'], [id, catalogueError]);
      } else {
        try {
          const pieces = await catalogue.pieces;
          // Viewers made together share one download; a large catalogue is not also kept in
          // JavaScript for viewers made later (they fetch it again, from the HTTP cache if any).
          if (lengthOf(pieces) > 8e6) downloads.delete(dataUrl.href);
          if (destroyed) return;
          loadBytes(m, pieces, decodeURIComponent(dataUrl.pathname.split('/').pop()) || 'catalogue.json');
        } catch (error) {
          if (destroyed) return;
          m.ccall('vitrine_report_load_error', null, ['number', 'string'], [id, String(error.message || error)]);
        }
      }
      if (options.query) m.ccall('vitrine_search', null, ['number', 'string'], [id, options.query]);
      if (options.product) m.ccall('vitrine_open', null, ['number', 'string'], [id, options.product]);
      giveFont(m, base, 'bold');  // the regular face stands in for it until it arrives
    })();

    function destroy() {
      if (destroyed) return;
      destroyed = true;
      viewers.delete(handle);
      cleanups.splice(0).forEach((cleanup) => cleanup());
      clearTimeout(liveTimer);
      transfers.forEach((t) => t.listeners.delete(showProgress));
      if (module) {
        module._vitrine_destroy(id);
        delete module.vitrineViewers[id];
        // Frees the GPU memory now instead of when the canvas is collected.
        const gl = canvas.getContext('webgl2');
        const lose = gl && gl.getExtension('WEBGL_lose_context');
        if (lose) lose.loseContext();
      }
      canvas.remove();
      mirror.remove();
      progress.remove();
      container.querySelectorAll(':scope > .vitrine-fatal').forEach((box) => box.remove());
    }

    const handle = {
      ready,
      canvas,
      watch,
      destroy,
      state: () => {
        if (!module) return { ready: false, errors: fatal ? [fatal] : [] };
        const s = JSON.parse(module.UTF8ToString(module._vitrine_state_json(id)));
        // The viewer lays out in CSS pixels divided by the text scale; callers get CSS pixels.
        if (s.layout) for (const name of Object.keys(s.layout)) s.layout[name] = s.layout[name].map((v) => v * look.scale);
        if (typeof s.resultsScroll === 'number') s.resultsScroll *= look.scale;
        s.memory = module.HEAPU8.byteLength;  // of the runtime every viewer of the page shares
        return s;
      },
      search: (text) => call((m) => m.ccall('vitrine_search', null, ['number', 'string'], [id, String(text)])),
      open: (productId) => call((m) => m.ccall('vitrine_open', null, ['number', 'string'], [id, String(productId)])),
      load: (data, name = 'catalogue.json') => call((m) => {
        beginLoad(m);
        loadBytes(m, [asBytes(data)], name);
      }),
      theme: (choice) => { themeChoice = String(choice); },
    };
    viewers.add(handle);
    return handle;
  }

  // --- the element -------------------------------------------------------------------------

  class VitrineViewer extends HTMLElement {
    static get observedAttributes() { return ['query', 'product', 'theme']; }

    constructor() {
      super();
      this._viewer = null;
      this._ready = null;
    }

    connectedCallback() {
      if (this._viewer) return;
      this._viewer = create(this, {
        element: this,
        data: this.getAttribute('data') || 'catalogue.json',
        sameOriginData: this.hasAttribute('same-origin'),
        routing: this.getAttribute('routing') || 'none',
        theme: this.getAttribute('theme') || 'auto',
        query: this.getAttribute('query'),
        product: this.getAttribute('product'),
        autofocus: this.hasAttribute('autofocus'),
      });
      this._ready = this._viewer.ready.then(() => {
        this.dispatchEvent(new CustomEvent('vitrine-ready', { bubbles: true }));
      });
    }

    disconnectedCallback() {
      if (!this._viewer) return;
      this._viewer.destroy();
      this._viewer = null;
    }

    attributeChangedCallback(name, before, value) {
      if (!this._viewer || before === value || value === null) return;
      if (name === 'query') this._viewer.search(value);
      if (name === 'product') this._viewer.open(value);
      if (name === 'theme') this._viewer.theme(value);
    }

    get ready() { return this._ready || Promise.resolve(); }
    get canvas() { return this._viewer && this._viewer.canvas; }
    state() { return this._viewer ? this._viewer.state() : { ready: false, errors: [] }; }
    search(text) { if (this._viewer) this._viewer.search(text); }
    open(id) { if (this._viewer) this._viewer.open(id); }
    load(text, name) { if (this._viewer) this._viewer.load(text, name); }
    theme(choice) { if (this._viewer) this._viewer.theme(choice); }
  }

  // viewerCount(): the viewers alive on the page (a removed element's viewer is gone).
  window.Vitrine = { create, viewerCount: () => viewers.size };
  if (!customElements.get('vitrine-viewer')) customElements.define('vitrine-viewer', VitrineViewer);
})();
