// Vitrine's shaping beside Chromium's: for each script, a product's title, description and a
// review drawn by the viewer on the left, and the same strings in the page's own DOM, in the
// same font files, on the right. The screenshots (build/e2e/shaping-*.png) are for a person to
// compare; the test itself checks what can be told without eyes: both sides drew, the viewer's
// text is mirrored for assistive technology, nothing failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndBrowse, newPage, frames, screenshot } from './harness.mjs';

const products = [
  {
    id: 'arabic', title: 'سماعات لاسلكية WH-1000XM4 بخاصية إلغاء الضوضاء', price: '1,299.00 د.إ', amount: 1299, currency: 'AED',
    description: 'سماعات رأس لاسلكية فوق الأذن مع ميكروفون مدمج، بطارية تدوم 30 ساعة (USB-C)، وشحن سريع: 10 دقائق تمنحك 5 ساعات من التشغيل.',
    review: { title: 'صوت رائع', body: 'اشتريتها في 2023 وما زالت تعمل بشكل ممتاز، العزل ممتاز في الطائرة.' },
  },
  {
    id: 'hebrew', title: 'אוזניות אלחוטיות עם ביטול רעשים', price: '₪549', amount: 549, currency: 'ILS',
    description: 'אוזניות Bluetooth 5.3 עם סוללה ל-30 שעות, מיקרופון מובנה ותיק נשיאה.',
    review: { title: 'מעולות', body: 'הסאונד נקי, והן נוחות גם אחרי שלוש שעות של טיסה.' },
  },
  {
    id: 'hindi', title: 'वायरलेस हेडफ़ोन, शोर रद्द करने वाले', price: '₹2,499', amount: 2499, currency: 'INR',
    description: 'क्षमता: 30 घंटे की बैटरी, त्वरित चार्जिंग और अंतर्निहित माइक्रोफ़ोन के साथ हल्के हेडफ़ोन।',
    review: { title: 'बहुत अच्छा', body: 'आवाज़ साफ़ है और कीमत के हिसाब से गुणवत्ता शानदार है।' },
  },
  {
    id: 'thai', title: 'หูฟังไร้สายตัดเสียงรบกวน', price: '฿1,990', amount: 1990, currency: 'THB',
    description: 'หูฟังครอบหูแบบไร้สาย แบตเตอรี่ใช้งานได้นานถึง 30 ชั่วโมง พร้อมไมโครโฟนในตัว',
    review: { title: 'เสียงดีมาก', body: 'ใส่สบาย เสียงเบสแน่น คุ้มค่ากับราคาที่จ่ายไป' },
  },
  {
    id: 'emoji', title: 'Party box 🎧 🎉 🚀 ⭐', price: '£19.99', amount: 19.99, currency: 'GBP',
    description: 'Everything for a party 🎈🎂 in one box 📦, delivered tomorrow 🚚.',
    review: { title: 'Loved it 😍', body: 'The kids 👧👦 had a great time 👍.' },
  },
];

const catalogue = JSON.stringify({
  schema: 'vitrine.catalogue/1',
  products: products.map((p) => ({
    id: p.id, title: p.title, price: { amount: p.amount, currency: p.currency, text: p.price }, description: p.description,
    reviews: [{ rating: 5, title: p.review.title, author: 'A. Customer', date: '2024-03-01', body: p.review.body }],
  })),
});

// The faces the viewer fetches from fonts/, declared for the DOM side under the same files.
const faces = ['regular', 'bold', 'arabic', 'hebrew', 'devanagari', 'thai', 'emoji', 'dejavu'];
const fontFaces = faces.map((name) => `@font-face { font-family: "V-${name}"; src: url(/fonts/${name}.ttf); }`).join('\n');
const stack = (first) => [first, ...faces.filter((f) => f !== 'regular' && f !== 'bold')].map((f) => `"V-${f}"`).join(', ');

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Shaping compared</title>
<link rel="stylesheet" href="/vitrine.css"><script src="/vitrine.js" defer></script>
<style>${fontFaces}
body { margin: 0; display: flex; background: #fff; color: #1f2328; }
vitrine-viewer { width: 680px; height: 800px; flex: none; }
#dom { width: 560px; padding: 12px 16px; font: 16px/1.35 ${stack('V-regular')}; border-left: 3px solid #d0d7de; }
#dom h1 { font: 24px/1.3 ${stack('V-bold')}; margin: 0 0 8px; }
#dom h2 { font: 16px/1.3 ${stack('V-bold')}; margin: 12px 0 4px; }
#dom p { margin: 0 0 6px; }
#dom small { color: #57606a; }
</style></head><body>
<vitrine-viewer id="viewer" data="/world.json" routing="hash"></vitrine-viewer>
<div id="dom" aria-hidden="true"><small>Chromium, same fonts</small><div id="strings"></div></div>
</body></html>`;

const site = serveAndBrowse({ '/compare.html': page, '/world.json': catalogue });

// Shows `product` in the viewer (its detail, or its reviews) and its strings in the DOM.
async function show(tab, product, view) {
  await tab.evaluate(([id, reviews]) => { location.hash = `#/product/${id}${reviews ? '/reviews' : ''}`; }, [product.id, view === 'reviews']);
  await tab.waitForFunction(([id, view]) => {
    const state = document.getElementById('viewer').state();
    return state.productId === id && state.view === view;
  }, [product.id, view]);
  await tab.evaluate(([p, view]) => {
    const strings = document.getElementById('strings');
    strings.replaceChildren();
    const add = (tag, text) => { const e = document.createElement(tag); e.dir = 'auto'; e.textContent = text; strings.append(e); };
    add('h1', p.title);
    if (view === 'detail') {
      add('p', p.price);
      add('p', p.description);
    } else {
      add('h2', p.review.title);
      add('p', `by A. Customer on 2024-03-01`);
      add('p', p.review.body);
    }
  }, [product, view]);
  await tab.evaluate(() => document.fonts.ready);
  await frames(tab, 8);
}

test('each script, drawn by the viewer and by Chromium side by side, in the same fonts', async () => {
  const tab = await newPage(site.browser);
  await tab.goto(site.url + '/compare.html');
  await tab.waitForFunction(() => document.getElementById('viewer').state().products === 5);
  // Every script's font has come before the pictures are taken.
  await tab.waitForFunction(() => ['arabic', 'hebrew', 'devanagari', 'thai', 'emoji']
    .every((f) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/fonts/${f}.ttf`))));
  for (const product of products) {
    for (const view of ['detail', 'reviews']) {
      await show(tab, product, view);
      await screenshot(tab, `shaping-${product.id}-${view}`);
      // What the canvas shows is in its mirror too, in logical order, for screen readers and find-in-page.
      const mirrored = await tab.evaluate(() => document.getElementById('viewer').textContent);
      assert.ok(mirrored.includes(product.title), `${product.id} ${view}: the mirror holds the title`);
    }
  }
  assert.deepEqual(tab.consoleErrors, []);
  await tab.context().close();
});
