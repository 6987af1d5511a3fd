// What people who do not look at the canvas get from it: the accessibility tree (as a screen
// reader reads it, through CDP), a live region, the page title, find-in-page, and the whole way
// from a query to a product's reviews by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndBrowse, newPage, waitForReady, state, frames } from './harness.mjs';

const site = serveAndBrowse();
const seedTitle = 'Architecture Patterns with Python';

async function openViewer() {
  const page = await newPage(site.browser);
  await page.goto(site.url + '/');
  await waitForReady(page);
  await frames(page, 3);
  return page;
}

// What a screen reader meets, in tree order, as "role: name" ("role:" for nodes without a name
// of their own, such as articles, whose words are their text's).
async function spoken(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored && n.role).map((n) => `${n.role.value}:${n.name && n.name.value ? ` ${n.name.value}` : ''}`)
    .filter((line) => !line.endsWith(':') || /^(article|list|status):$/.test(line));
}

test('the accessibility tree holds the results on screen; after typing, the live region says the count', async () => {
  const page = await openViewer();
  const before = await spoken(page);
  assert.ok(before.includes('heading: All products'), 'the view has a heading');
  assert.ok(before.includes('textbox: Search products'), 'the search field is a labelled text box');
  assert.ok(before.some((line) => /^link: Pressure Cooker 5 L .*, in stock, rated 4\.3 out of 5 by 9861 people$/.test(line)), 'a result says title, price, stock and rating');
  assert.ok(before.some((line) => line.startsWith('checkbox: In stock only')));
  assert.ok(before.some((line) => line.startsWith('radio: 4 stars and up')));
  await page.keyboard.type('architecture patterns');
  await page.waitForFunction(() => document.querySelector('.vitrine-live').textContent === '1 product', null, { timeout: 5000 });
  const after = await spoken(page);
  assert.ok(after.some((line) => line.startsWith(`link: ${seedTitle}`)));
  assert.ok(after.includes('StaticText: 1 product'), 'the live region\'s words are in the tree');
  assert.equal(await page.evaluate(() => document.querySelector('.vitrine-live').getAttribute('aria-live')), 'polite');
  assert.equal(await page.title(), 'Products matching “architecture patterns” – Vitrine');
  console.log(`# a screen reader hears, after typing: ${after.filter((l) => /^(heading|textbox|status|link|list)/.test(l)).slice(0, 6).join(' | ')}`);
  await page.context().close();
});

test('find in page finds a title that is on the canvas', async () => {
  const page = await openViewer();
  assert.equal(await page.evaluate(() => window.find('Pressure Cooker')), true);
  assert.equal(await page.evaluate(() => window.find('no such words anywhere')), false);
  await page.context().close();
});

test('the keyboard alone reaches a product\'s reviews, filters them by 5 stars and comes back', async () => {
  const page = await openViewer();
  const focusName = async () => (await state(page)).focus || '';
  const tabTo = async (prefix) => {
    for (let i = 0; i < 40; i++) {
      if ((await focusName()).startsWith(prefix)) return true;
      await page.keyboard.press('Tab');
      await frames(page, 2);
    }
    return false;
  };
  await page.keyboard.type('architecture patterns');
  await page.waitForFunction(() => window.vitrine.state().total === 1);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.vitrine.state().view === 'detail');
  assert.ok(await tabTo('Read '), `Tab reaches "Read N reviews" (last focus: ${await focusName()})`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.vitrine.state().view === 'reviews');
  const spokenReviews = await spoken(page);
  assert.ok(spokenReviews.some((line) => line.startsWith(`heading: Reviews of ${seedTitle}`)));
  assert.ok(spokenReviews.includes('article:'), 'the reviews are articles');
  const firstReview = spokenReviews.find((line) => /^StaticText: \d out of 5 stars\. .*\. By /.test(line)) || '';
  assert.ok(firstReview, 'an article reads its rating, title, author and text');
  console.log(`# in the review view a screen reader hears: ${spokenReviews.filter((l) => /^heading/.test(l))[0]} | article: ${firstReview.slice(12, 140)}`);
  assert.ok(await tabTo('5 star'), `Tab reaches the 5-star bar (last focus: ${await focusName()})`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.vitrine.state().reviews?.stars === 5);
  assert.ok(new URL(page.url()).hash.includes('stars=5'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.vitrine.state().view === 'detail');
  assert.match(await page.title(), /^Architecture Patterns with Python/);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

// What an assistive technology does: finds a node of the accessibility tree by role and name
// and acts on its DOM element (a click is the default action; a field takes the focus).
async function axElement(page, role, name) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const node = nodes.find((n) => !n.ignored && n.role?.value === role && (n.name?.value || '').startsWith(name));
  assert.ok(node, `the tree has ${role} "${name}"`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
  return { cdp, object, name: node.name.value };
}
async function axAct(page, role, name, action = 'function() { this.click(); }') {
  const { cdp, object, name: spokenName } = await axElement(page, role, name);
  await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: action });
  await frames(page, 3);
  return spokenName;
}

test('through the mirror alone, as a screen reader acts: search, filter, sort, open a product, read its reviews, come back', async () => {
  const page = await openViewer();
  const heard = [];
  await page.evaluate(() => document.activeElement.blur());
  heard.push(await axAct(page, 'textbox', 'Search products', 'function() { this.focus(); }'));
  await page.keyboard.insertText('python');
  await page.waitForFunction(() => window.vitrine.state().query === 'python');
  heard.push(await axAct(page, 'checkbox', 'In stock only'));
  await page.waitForFunction(() => location.hash.includes('stock=1'));
  heard.push(await axAct(page, 'combobox', 'Sort by', `function() {
    this.selectedIndex = [...this.options].findIndex((o) => o.text === 'Customer rating');
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }`));
  await page.waitForFunction(() => location.hash.includes('sort=rating'));
  heard.push(await axAct(page, 'link', seedTitle));
  await page.waitForFunction(() => window.vitrine.state().view === 'detail');
  const detail = await spoken(page);
  assert.ok(detail.includes('table: Specifications'), 'the specifications are a table');
  assert.ok(detail.includes('rowheader: ISBN-13') && detail.includes('cell: 978-1492052203'), 'each line: a row header and its value');
  const detailHeading = detail.find((l) => l.startsWith('heading: '));
  assert.match(detailHeading, new RegExp(`^heading: ${seedTitle}`), 'the product view is named by its title');
  heard.push(detailHeading.slice(0, 60), ...detail.filter((l) => /^(StaticText: Price|rowheader: ISBN-13|cell: 978)/.test(l)));
  heard.push(await axAct(page, 'link', 'Read '));
  await page.waitForFunction(() => window.vitrine.state().view === 'reviews');
  heard.push(await axAct(page, 'button', '5 star'));
  await page.waitForFunction(() => window.vitrine.state().reviews?.stars === 5);
  const reviews = await spoken(page);
  heard.push(reviews.find((line) => /^StaticText: 5 out of 5 stars\./.test(line)).slice(0, 120));
  heard.push(await axAct(page, 'button', '← Back to product'));
  await page.waitForFunction(() => window.vitrine.state().view === 'detail');
  heard.push(await axAct(page, 'button', '← Back to results'));
  await page.waitForFunction(() => window.vitrine.state().view === 'search' && window.vitrine.state().query === 'python');
  console.log(`# acting on the mirror, a screen reader user hears: ${heard.join(' → ')}`);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});
