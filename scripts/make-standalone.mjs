// Writes dist/vitrine-standalone.html: the default page with its code, fonts and the bundled
// catalogue inside, so that it opens from disk (file://) with no network. web/vitrine.js reads
// the files from window.VitrineFiles (base64, by the names it would fetch) instead of fetching.
// Usage: node scripts/make-standalone.mjs DIST_FOLDER
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2];
const read = (name) => fs.readFileSync(path.join(dist, name));
const files = {};
for (const name of ['vitrine-viewer.wasm', 'catalogue.json', ...fs.readdirSync(path.join(dist, 'fonts')).map((f) => `fonts/${f}`)]) {
  files[name] = read(name).toString('base64');
}
// A script's text must not close its own <script> element.
const inline = (text) => String(text).replace(/<\/script/gi, '<\\/script');

// The default page itself, its stylesheets and scripts put inline (the page's own markup is
// kept, so the two cannot drift apart).
const index = read('index.html').toString();
const shell = index
  .replace(/<link rel="stylesheet" href="([^"]+)">\n?/g, (_, href) => `<style>\n${read(href)}</style>\n`)
  .replace(/<script src="[^"]+" defer><\/script>\n?/g, '');
if (/<script src=|rel="stylesheet"/.test(shell)) throw new Error('make-standalone: index.html links a file this script does not inline');
const page = shell.replace('</body>', `<script>window.VitrineFiles = ${JSON.stringify(files)};</script>
<script>
${inline(read('vitrine-viewer.js'))}
</script>
<script>
${inline(read('default-page.js'))}
</script>
<script>
${inline(read('vitrine.js'))}
</script>
</body>`);
fs.writeFileSync(path.join(dist, 'vitrine-standalone.html'), page);
console.log(`make-standalone: vitrine-standalone.html, ${(page.length / 1e6).toFixed(1)} MB`);
