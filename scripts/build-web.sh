#!/usr/bin/env bash
# Builds the WebAssembly viewer and assembles the static site in dist/.
# Expects the native build (for the `vitrine` packer) to be done: `make web` sees to that.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

cmake --preset web >/dev/null
cmake --build --preset web -j "$(nproc)"

rm -rf dist.tmp && mkdir -p dist.tmp
# The bundled catalogue is packed at build time: the page loads ready JSON, never parses Markdown.
if ! build/native/vitrine pack assets/catalogue -o dist.tmp/catalogue.json; then
  echo "build-web: the bundled catalogue in assets/catalogue has problems (listed above)" >&2
  exit 1
fi
cp web/index.html web/vitrine.js web/vitrine.css web/vitrine-core.mjs dist.tmp/
cp build/web/vitrine-core-module.cjs dist.tmp/
cp build/web/vitrine-viewer.js build/web/vitrine-viewer.wasm dist.tmp/
[ -f build/web/vitrine-viewer.data ] && cp build/web/vitrine-viewer.data dist.tmp/
rm -rf dist && mv dist.tmp dist
echo "build-web: dist/ is ready ($(du -sh dist | cut -f1))"
