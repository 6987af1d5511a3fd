// Text the way people enter it beyond a Latin keyboard: input-method composition, inserted text
// (dictation, handwriting, emoji pickers), dead keys, AltGr, and a phone's on-screen keyboard,
// all through the browser's own input channels (CDP), into the viewer's search box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndBrowse, newPage, waitForReady, state, frames, screenshot, finger } from './harness.mjs';

// A viewer low on a phone's page: where an on-screen keyboard covers its search box.
const site = serveAndBrowse({
  '/low.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Low viewer</title><script src="/vitrine.js" defer></script></head>
    <body style="margin:0"><div style="height:560px">Intro</div><vitrine-viewer id="v" style="height:600px"></vitrine-viewer><div style="height:800px"></div></body></html>`,
});

async function openViewer(options) {
  const page = await newPage(site.browser, options);
  await page.goto(site.url + '/');
  await waitForReady(page);
  await frames(page, 3);
  return page;
}

const activeIsTextField = (page) => page.evaluate(() => ['TEXTAREA', 'INPUT'].includes(document.activeElement.tagName));

test('an input method composes のいず and commits ノイズ: the composition shows in the box, the commit finds the product', async () => {
  const page = await openViewer();
  assert.ok(await activeIsTextField(page), 'the search box has a real text field behind it');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'のいず', selectionStart: 3, selectionEnd: 3 });
  await frames(page, 3);
  assert.equal((await state(page)).query, '', 'composing is not yet typing');
  await screenshot(page, 'ime-composing');
  await cdp.send('Input.insertText', { text: 'ノイズ' });
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.query, 'ノイズ');
  assert.ok(s.total >= 1, 'the Japanese product is found');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('inserted text (dictation, handwriting, emoji pickers) reaches the query, accents and CJK included', async () => {
  const page = await openViewer();
  await page.keyboard.insertText('東京');
  await page.keyboard.insertText(' é');
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await frames(page, 2);
  assert.equal((await state(page)).query, '東京 é');
  await page.context().close();
});

test('an Arabic query reads from the right in the box: the arrow keys step through it in reading order and the product is found', async () => {
  const page = await openViewer();
  const word = 'العود';
  await page.keyboard.type(word);
  await frames(page, 3);
  assert.equal((await state(page)).query, word);
  // The caret is after the last letter, at the left end: the right arrow steps back over one letter.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('ن');
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.query, word.slice(0, -1) + 'ن' + word.slice(-1));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await frames(page, 3);
  assert.equal((await state(page)).query, word.slice(0, -1), 'the left arrow stepped forward past the last letter');
  assert.ok((await state(page)).results.includes('AE-8101'), 'the oud perfume is found');
  await screenshot(page, 'search-arabic-query');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('a dead key then a letter gives crème; AltGr (Ctrl+Alt on Windows) gives @ and €', async () => {
  const page = await openViewer();
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.type('cr');
  // A dead key sends no character; the system's composition then inserts è.
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Dead', code: 'BracketLeft', windowsVirtualKeyCode: 219 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'BracketLeft', windowsVirtualKeyCode: 219 });
  await cdp.send('Input.insertText', { text: 'è' });
  await page.keyboard.type('me ');
  for (const [text, code] of [['@', 'KeyQ'], ['€', 'KeyE']]) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', modifiers: 3, key: text, code, text, unmodifiedText: text });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 3, key: text, code });
  }
  await frames(page, 2);
  assert.equal((await state(page)).query, 'crème @€');
  await page.context().close();
});

test('on a phone a tap on the search box puts the focus in a real text field, so the keyboard opens', async () => {
  const page = await openViewer({ viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await page.evaluate(() => document.activeElement.blur());
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  const box = (await state(page)).layout['search-box'];
  await (await finger(page)).tap(box[0] + 40, box[1] + box[3] / 2);
  await frames(page, 4);
  assert.ok(await activeIsTextField(page), `the focus is in a text field (${await page.evaluate(() => document.activeElement.tagName)})`);
  await page.keyboard.insertText('kettle');
  await frames(page, 2);
  assert.equal((await state(page)).query, 'kettle');
  await page.context().close();
});

test('on a phone the search field stays in view above the on-screen keyboard (visualViewport)', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await page.goto(site.url + '/low.html');
  await waitForReady(page, 'document.getElementById("v")');
  await frames(page, 3);
  const box = (await state(page, 'document.getElementById("v")')).layout['search-box'];
  await (await finger(page, 'document.getElementById("v").canvas')).tap(box[0] + 40, box[1] + box[3] / 2);
  await frames(page, 4);
  assert.ok(await activeIsTextField(page));
  // The keyboard opens: the visual viewport shrinks to the upper half, over the field.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 340, deviceScaleFactor: 2, mobile: true });
  await page.waitForFunction(() => window.visualViewport.height < 400);
  await frames(page, 4);
  const field = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, visible: window.visualViewport.height };
  });
  assert.ok(field.top >= 0 && field.bottom <= field.visible, `the field (${field.top}–${field.bottom}) is inside the visible ${field.visible} px`);
  await page.keyboard.insertText('kettle');
  await page.waitForFunction(() => document.getElementById('v').state().query === 'kettle');
  await page.context().close();
});
