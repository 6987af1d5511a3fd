#!/usr/bin/env bash
# Installs what Vitrine needs to build, test and serve, and nothing that is already there.
# Idempotent: a second run checks and returns without touching the network.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and playwright-core)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=versions.env
. "$here/scripts/versions.env"
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf 'setup: %s\n' "$*" >&2; }

# The Debian mirror this system already uses; no registry host is written into the project.
debian_mirror() {
  local m=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    m=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources | head -1 | awk '{print $1}')
  fi
  if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
    m=$(awk '$1=="deb" && $0 ~ /bookworm/ {for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$m" ] || { log "cannot find the Debian mirror in /etc/apt"; exit 1; }
  printf '%s\n' "$m"
}

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  if [ $apt_updated = 0 ]; then sudo_if_needed apt-get update -qq; apt_updated=1; fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

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
  if [ $apt_updated = 0 ]; then sudo_if_needed apt-get update -qq; apt_updated=1; fi
  log "installing libcatch2-dev from bookworm-backports"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -t bookworm-backports libcatch2-dev >/dev/null
}

# Sources from a Debian source package (sid), unpacked into the ignored third_party/<name> folder.
ensure_source_package() {
  local name=$1 version=$2 dest="$here/third_party/$1"
  [ -f "$dest/.version" ] && [ "$(cat "$dest/.version")" = "$version" ] && return 0
  log "fetching the $name $version source package"
  local d; d=$(mktemp -d); chmod 755 "$d"; mkdir -p "$d/lists/partial" "$d/src"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(debian_mirror) sid main" > "$d/sources.list"
  local O=(-o "Dir::Etc::SourceList=$d/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$d/lists")
  apt-get "${O[@]}" -qq update 2>"$d/log" || { cat "$d/log" >&2; exit 1; }
  (cd "$d/src" && apt-get "${O[@]}" -qq source --download-only "$name=$version" 2>>"$d/log" \
     && dpkg-source -x --skip-debianization "${name}"_*.dsc "$name" >/dev/null 2>>"$d/log") || { cat "$d/log" >&2; exit 1; }
  rm -rf "$dest"; mkdir -p "$here/third_party"; mv "$d/src/$name" "$dest"
  echo "$version" > "$dest/.version"
  rm -rf "$d"
}

# Node.js: keep one that is there (and point it at Debian's modules for emcc), else Debian's.
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  apt_install nodejs npm
}

# playwright-core (browser tests), MiniSearch and FlexSearch (benchmark peers), from the lockfile.
ensure_node_modules() {
  local stamp="$here/node_modules/.vitrine-lock"
  local want; want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  log "installing the npm packages pinned in package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
}

apt_install build-essential cmake ninja-build pkg-config dpkg-dev ca-certificates python3 xz-utils \
  clang libclang-rt-14-dev emscripten nlohmann-json3-dev fonts-dejavu-core fonts-droid-fallback fonts-nanum
ensure_node
ensure_catch2
ensure_source_package imgui "$IMGUI_DEBIAN_VERSION"
ensure_source_package utf8proc "$UTF8PROC_DEBIAN_VERSION"
if [ $want_browser = 1 ]; then
  apt_install chromium
  ensure_node_modules
fi
