# Shell helpers shared by scripts/setup.sh and scripts/test-fresh.sh (sourced, not run).

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf '%s: %s\n' "${log_name:-vitrine}" "$*" >&2; }
die() { log "$*"; exit 1; }

# The Debian mirror this system already uses (deb822 or one-line format), so that no registry
# host name is ever written into the project.
debian_mirror() {
  local m=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    m=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources | head -1 | awk '{print $1}')
  fi
  if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
    m=$(awk '$1=="deb" && $0 ~ /bookworm/ {for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$m" ] || die "cannot find the Debian mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/debian.sources"
  printf '%s\n' "$m"
}

apt_updated=0
apt_update_once() {
  [ $apt_updated = 1 ] && return 0
  sudo_if_needed apt-get update -qq
  apt_updated=1
}

# Installs the Debian packages among "$@" that are not installed yet.
apt_install() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  apt_update_once
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
