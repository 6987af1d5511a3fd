#!/usr/bin/env bash
# The setup's own test: the README's two commands on a minimal Debian 12, as a newcomer runs them.
# Builds a `debootstrap --variant=minbase bookworm` system, adds what the issue's newcomer adds
# (git, make, ca-certificates), clones this repository's HEAD into it and, each in a new copy of
# that system, runs `make run` (until the page and its .wasm are served) and `make test`.
# Into the new system goes only what the host's network needs to reach the package registries:
# its resolv.conf, its extra CA certificates and apt's Acquire::* settings.
# Usage (as root): scripts/test-fresh.sh [run|test|both]    Logs: build/fresh/*.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
log_name=test-fresh
# shellcheck source=common.sh
. "$here/scripts/common.sh"
what=${1:-both}
case $what in run|test|both) ;; *) die "usage: scripts/test-fresh.sh [run|test|both]" ;; esac
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot and mounts): sudo make test-fresh"

work=$here/build/fresh
base=$work/base
system=$work/system
port=${PORT:-8765}
mkdir -p "$work"

# debootstrap's output is kept between runs: it holds nothing of Vitrine's dependencies.
make_base() {
  [ -f "$base/.complete" ] && return 0
  apt_install debootstrap
  log "debootstrap --variant=minbase bookworm (a few minutes)"
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" "$(debian_mirror)" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; die "debootstrap failed (log: $work/debootstrap.log)"; }
  touch "$base/.complete"
}

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true; done
  mounted=()
}

# rm -rf of a system with the host's /dev still bound inside would delete the host's devices.
remove_system() {
  if grep -q " $system/" /proc/mounts; then die "something is still mounted under $system; not removing it"; fi
  rm -rf "$system"
}
trap unmount_all EXIT

mount_into() { mount "$@"; mounted+=("${!#}"); }

# A new copy of the base with the host's network settings, the newcomer's three packages and a clone.
new_system() {
  unmount_all
  remove_system
  cp -a "$base" "$system"
  cp /etc/resolv.conf "$system/etc/resolv.conf"
  [ -d /usr/local/share/ca-certificates ] && cp -r /usr/local/share/ca-certificates/. "$system/usr/local/share/ca-certificates/"
  apt-config dump | grep '^Acquire::' > "$system/etc/apt/apt.conf.d/00host-network" || true
  mount_into -t proc proc "$system/proc"
  mount_into -t sysfs sys "$system/sys"
  mount_into --bind /dev "$system/dev"
  mount_into -t devpts devpts "$system/dev/pts"
  mount_into -t tmpfs tmpfs "$system/dev/shm"
  in_system 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git make ca-certificates >/dev/null' \
    || die "could not install git, make and ca-certificates in the new system"
  git clone -q "$here" "$system/root/vitrine"
  log "new system ready: $(git -C "$here" log -1 --format='%h %s')"
}

# Runs a shell command inside the new system with a newcomer's bare environment.
in_system() {
  chroot "$system" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$1"
}

served() { python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=5).read()" "$1" 2>/dev/null; }

check_run() {
  new_system
  log "make run (cold)"
  local start=$SECONDS
  setsid chroot "$system" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 PORT="$port" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c 'cd /root/vitrine && make run' \
    >"$work/make-run.log" 2>&1 &
  local runner=$!
  until served "http://127.0.0.1:$port/" && served "http://127.0.0.1:$port/vitrine-viewer.wasm"; do
    kill -0 $runner 2>/dev/null || { tail -30 "$work/make-run.log" >&2; die "make run stopped before serving (log: $work/make-run.log)"; }
    [ $((SECONDS - start)) -lt 3600 ] || die "make run did not serve within an hour"
    sleep 2
  done
  log "make run served / and the .wasm after $((SECONDS - start)) s"
  kill -- -"$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
}

check_test() {
  new_system
  log "make test (cold)"
  local start=$SECONDS
  if ! in_system 'cd /root/vitrine && make test' >"$work/make-test.log" 2>&1; then
    tail -40 "$work/make-test.log" >&2
    die "make test failed after $((SECONDS - start)) s (log: $work/make-test.log)"
  fi
  log "make test passed in $((SECONDS - start)) s; $(in_system 'node --version; cd /root/vitrine && node -p "\"playwright-core \" + require(\"playwright-core/package.json\").version"' | tr '\n' ' ')"
}

make_base
case $what in
  run) check_run ;;
  test) check_test ;;
  both) check_run; check_test ;;
esac
unmount_all
remove_system
log "done"
