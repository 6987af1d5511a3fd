// Frame times of the real viewer in headless Chromium with a large generated catalogue: typing
// a query key by key, then scrolling the result list with the mouse wheel. Prints figures from
// state().frameMs (time spent building each frame in the WebAssembly viewer); asserts nothing.
// The clock is the wall clock, and headless Chromium renders with SwiftShader on the same cores,
// so one frame now and then is stretched by the renderer taking the CPU: the query is typed
// several times and each keystroke's figure is its median over the runs (the single worst frame
// is printed too). With "scripts" after the size, every title starts with a word in Arabic,
// Hebrew, Hindi or Thai, so that every row in view goes through the shaper.
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newPage, waitForReady, frames, root } from '../tests/e2e/harness.mjs';

const size = Number(process.argv[2] || 100000);
const scripts = process.argv[3] === 'scripts';
const file = path.join(root, 'build', 'bench', `catalogue-${size}.json`);
let bytes = fs.readFileSync(file);
if (scripts) {
  const words = ['سماعات', 'אוזניות', 'हेडफ़ोन', 'หูฟัง'];
  const catalogue = JSON.parse(bytes);
  catalogue.products.forEach((product, i) => { product.title = `${words[i % words.length]} ${product.title}`; });
  bytes = Buffer.from(JSON.stringify(catalogue));
}
const server = await startServer({ [`/bench-${size}.json`]: bytes });
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

const query = 'wireless headphones';
const runs = 5;
const perKey = [...query].map(() => []);
let total = 0;
for (let run = 0; run < runs; run++) {
  for (let i = 0; i < query.length; i++) {
    const before = await frameMs();
    await page.keyboard.type(query[i]);
    await frames(page);
    perKey[i].push(await worstSince(before));
  }
  total = (await page.evaluate(() => window.vitrine.state().total));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await frames(page);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const typing = perKey.map(median);
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
console.log(`${size} products${scripts ? ', every title shaped' : ''}: loaded in ${loadSeconds.toFixed(1)} s (fetch, parse, index)`);
console.log(`typing "${query}" ${runs} times (${total} hits at the end): worst frame of each keystroke, median of the runs: ${stats(typing)}; single worst frame ${Math.max(...perKey.flat()).toFixed(2)} ms`);
console.log(`  per keystroke (ms): ${[...query].map((key, i) => `${key === ' ' ? '␣' : key} ${typing[i].toFixed(1)}`).join(' · ')}`);
console.log(`scrolling ${all} rows by wheel: worst frame of each step ${stats(scrolling)}`);
await browser.close();
await server.close();
