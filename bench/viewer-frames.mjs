// Frame times of the real viewer in headless Chromium with a large generated catalogue: typing
// a query key by key, then scrolling the result list with the mouse wheel. Prints figures from
// state().frameMs (CPU time of each frame in the WebAssembly viewer); asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newPage, waitForReady, frames, root } from '../tests/e2e/harness.mjs';

const size = Number(process.argv[2] || 100000);
const file = path.join(root, 'build', 'bench', `catalogue-${size}.json`);
const server = await startServer({ [`/bench-${size}.json`]: fs.readFileSync(file) });
const browser = await launchBrowser();
const page = await newPage(browser);
const t0 = Date.now();
await page.goto(`${server.url}/?data=bench-${size}.json`);
await waitForReady(page);
const loadSeconds = (Date.now() - t0) / 1000;
const frameMs = () => page.evaluate(() => window.vitrine.state().frameMs);
// The worst of the frames drawn since `before` (a frameMs reading): the frames an event caused,
// not idle ones from before it.
const worstSince = async (before) => {
  const after = await frameMs();
  const fresh = Math.min(after.count - before.count, after.recent.length);
  return Math.max(...after.recent.slice(after.recent.length - fresh));
};

const typing = [];
for (const key of 'wireless headphones') {
  const before = await frameMs();
  await page.keyboard.type(key);
  await frames(page);
  typing.push(await worstSince(before));
}
const total = (await page.evaluate(() => window.vitrine.state().total));
await page.keyboard.press('Control+A');
await page.keyboard.press('Backspace');
await frames(page);
const box = await page.evaluate(() => window.vitrine.canvas.getBoundingClientRect().toJSON());
await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
const scrolling = [];
for (let i = 0; i < 60; i++) {
  const before = await frameMs();
  await page.mouse.wheel(0, 400);
  await frames(page);
  scrolling.push(await worstSince(before));
}
const all = (await page.evaluate(() => window.vitrine.state().total));
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms`;
};
console.log(`${size} products: loaded in ${loadSeconds.toFixed(1)} s (fetch, parse, index)`);
console.log(`typing "wireless headphones" (${total} hits at the end): worst frame of each keystroke ${stats(typing)}`);
console.log(`  per keystroke (ms): ${[...'wireless headphones'].map((key, i) => `${key === ' ' ? '␣' : key} ${typing[i].toFixed(1)}`).join(' · ')}`);
console.log(`scrolling ${all} rows by wheel: worst frame of each step ${stats(scrolling)}`);
await browser.close();
await server.close();
