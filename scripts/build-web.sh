#!/usr/bin/env bash
# Builds the WebAssembly viewer and assembles the static site in dist/.
# Expects the native `vitrine` packer to be built: `make web` sees to that.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

cmake --preset web >/dev/null
cmake --build --preset web -j "$(nproc)"

# The site is put together beside the build and moved into place whole, so that an interrupted
# build leaves the last dist/ as it was and nothing outside build/.
staging=build/dist.staging
trap 'rm -rf "$staging"' EXIT
rm -rf "$staging" && mkdir -p "$staging"
# The bundled catalogue is packed at build time: the page loads ready JSON, never parses Markdown;
# catalogue.vitrine beside it has the same products with their search index built.
for format in json vitrine; do
  if ! build/native/vitrine pack assets/catalogue --format "$([ $format = json ] && echo json || echo binary)" -o "$staging/catalogue.$format"; then
    echo "build-web: the bundled catalogue in assets/catalogue has problems (listed above)" >&2
    exit 1
  fi
done
cp web/index.html web/default-page.css web/default-page.js web/vitrine.js web/vitrine.css web/vitrine-core.mjs "$staging"/
cp build/web/vitrine-core-module.cjs "$staging"/
cp build/web/vitrine-viewer.js build/web/vitrine-viewer.wasm "$staging"/
cp -r build/web/fonts "$staging"/
node scripts/make-standalone.mjs "$staging"
rm -rf dist && mv "$staging" dist
echo "build-web: dist/ is ready ($(du -sh dist | cut -f1))"
