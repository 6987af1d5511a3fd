#!/usr/bin/env bash
# Installs what Vitrine needs to build, test and serve, and nothing that is already there.
# Idempotent: a second run checks and returns without touching the network.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and playwright-core)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
log_name=setup
# shellcheck source=common.sh
. "$here/scripts/common.sh"
# shellcheck source=versions.env
. "$here/scripts/versions.env"
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

# Catch2 v3 lives in bookworm-backports only.
ensure_backports() {
  local list=/etc/apt/sources.list.d/vitrine-backports.list
  grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
  log "adding bookworm-backports from $(debian_mirror)"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(debian_mirror) bookworm-backports main" \
    | sudo_if_needed tee "$list" >/dev/null
  apt_updated=0
}

ensure_catch2() {
  if dpkg --compare-versions "$(dpkg-query -W -f='${Version}' libcatch2-dev 2>/dev/null || echo 0)" ge "$CATCH2_MIN_VERSION"; then return 0; fi
  ensure_backports
  apt_update_once
  log "installing libcatch2-dev from bookworm-backports"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -t bookworm-backports libcatch2-dev >/dev/null
}

# The upstream part of a Debian version: 1.92.2b+ds-1 → 1.92.2b, 2.8.0-1 → 2.8.0.
upstream_of() { local v=${1#*:}; v=${v%-*}; printf '%s\n' "${v%%+*}"; }

# Sources of a Debian source package, unpacked into the ignored third_party/<name> folder.
# `accepts VERSION` (a shell function) says whether an upstream version will do; the newest
# upload in the suite is taken, so a new upload within the accepted range needs no change here.
ensure_source_package() {
  local name=$1 suite=$2 accepts=$3 dest="$here/third_party/$1"
  if [ -f "$dest/.version" ] && "$accepts" "$(upstream_of "$(cat "$dest/.version")")"; then return 0; fi
  local d; d=$(mktemp -d); chmod 755 "$d"; mkdir -p "$d/lists/partial" "$d/src"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(debian_mirror) $suite main" > "$d/sources.list"
  local O=(-o "Dir::Etc::SourceList=$d/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$d/lists")
  apt-get "${O[@]}" -qq update 2>"$d/log" || { cat "$d/log" >&2; die "could not read the $suite source index from $(debian_mirror)"; }
  local version
  version=$(apt-cache "${O[@]}" showsrc "$name" 2>/dev/null | sed -n 's/^Version: //p' | sort -V | tail -1)
  [ -n "$version" ] || die "Debian $suite has no source package '$name'"
  "$accepts" "$(upstream_of "$version")" \
    || die "Debian $suite now has $name $version, outside what Vitrine is written for (scripts/versions.env): update the code and the pin together"
  log "fetching the $name $version source package from $suite"
  (cd "$d/src" && apt-get "${O[@]}" -qq source --download-only "$name=$version" 2>>"$d/log" || true)
  if ls "$d/src/${name}"_*.dsc >/dev/null 2>&1; then
    (cd "$d/src" && dpkg-source -x --skip-debianization "${name}"_*.dsc "$name" >/dev/null 2>>"$d/log") \
      || { cat "$d/log" >&2; die "could not unpack the $name $version source package"; }
  elif ls "$d/src/${name}"_*.orig.tar.* >/dev/null 2>&1; then
    # Some mirrors serve a new upload's tarballs before its .dsc. apt has checked the upstream
    # tarball against the suite's Sources index all the same, and it is all the build uses.
    mkdir "$d/src/$name" && tar -xf "$d/src/${name}"_*.orig.tar.* -C "$d/src/$name" --strip-components=1 2>>"$d/log" \
      || { cat "$d/log" >&2; die "could not unpack the $name $version upstream tarball"; }
  else
    cat "$d/log" >&2; die "could not fetch the $name $version source package"
  fi
  rm -rf "$dest"; mkdir -p "$here/third_party"; mv "$d/src/$name" "$dest"
  echo "$version" > "$dest/.version"
  rm -rf "$d"
}
imgui_accepts() { case $1 in "$IMGUI_SERIES" | "$IMGUI_SERIES".*) return 0 ;; *) return 1 ;; esac; }
harfbuzz_accepts() { [ "${1%%.*}" = "$HARFBUZZ_SERIES" ]; }
sheenbidi_accepts() { [ "${1%%.*}" = "$SHEENBIDI_SERIES" ]; }
utf8proc_accepts() { [ "${1%%.*}" = "${UTF8PROC_MIN_VERSION%%.*}" ] && dpkg --compare-versions "$1" ge "$UTF8PROC_MIN_VERSION"; }

# Node.js: keep one that is there (emcc is pointed at Debian's modules through NODE_PATH), else
# Debian's (18 on Debian 12). Either way it must be as new as the locked npm packages ask.
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  local problem
  problem=$(cd "$here" && node -e '
    const have = process.versions.node.split(".").map(Number);
    for (const [where, entry] of Object.entries(require("./package-lock.json").packages)) {
      const wanted = /^>=\s*(\d+)(?:\.(\d+))?/.exec(entry.engines?.node ?? "");
      if (wanted && (have[0] < +wanted[1] || (have[0] === +wanted[1] && have[1] < +(wanted[2] ?? 0))))
        console.log(`${where.replace("node_modules/", "") || "vitrine"} needs Node.js ${entry.engines.node}`);
    }')
  [ -z "$problem" ] || die "$(command -v node) is Node.js $(node --version), but ${problem%%$'\n'*}: remove it (Debian 12's nodejs is 18) or put a newer one first in PATH"
}

ensure_chromium() {
  apt_install chromium
  /usr/bin/chromium --version >/dev/null 2>&1 \
    || die "/usr/bin/chromium does not start ($(/usr/bin/chromium --version 2>&1 | head -1)); reinstall Debian's chromium package"
}

# playwright-core (browser tests), MiniSearch and FlexSearch (benchmark peers), from the lockfile.
ensure_node_modules() {
  local stamp="$here/node_modules/.vitrine-lock"
  local want; want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  log "installing the npm packages pinned in package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error --engine-strict) \
    || die "npm ci failed (above); check that this machine reaches the npm registry"
  echo "$want" > "$stamp"
}

apt_install build-essential cmake ninja-build pkg-config dpkg-dev ca-certificates python3 python3-babel iso-codes xz-utils \
  clang libclang-rt-14-dev emscripten nlohmann-json3-dev fonts-dejavu-core fonts-droid-fallback fonts-nanum fonts-noto-core fonts-symbola fonttools
ensure_node
ensure_catch2
ensure_source_package imgui "$IMGUI_SUITE" imgui_accepts
ensure_source_package utf8proc "$UTF8PROC_SUITE" utf8proc_accepts
ensure_source_package harfbuzz "$HARFBUZZ_SUITE" harfbuzz_accepts
ensure_source_package sheenbidi "$SHEENBIDI_SUITE" sheenbidi_accepts
if [ $want_browser = 1 ]; then
  ensure_chromium
  # The documentation generators the embedding tests build real sites with.
  apt_install mkdocs mkdocs-material python3-sphinx furo
  ensure_node_modules
fi
