#!/usr/bin/env bash
# Soak test of the workbench's start, live demo and exit: launches `./twinworks` on the demo N times, each on its
# own Xvfb display and in a new workspace, and reports JVM crashes with their native frames.
#
#   releng/soak/launch.sh N
#
# Each launch: a fresh workspace under the output folder; for launches 1, 1+W, 1+2W, ... the product's OSGi
# configuration area is put back to what a fresh build has (a first launch); every L-th launch runs while all CPUs
# are busy (stress-ng, or shell busy loops), from before the start until after the exit. The JVM gets
# -XX:ErrorFile=<launch>/hs_err_%p.log and glibc's heap checks (MALLOC_CHECK_=3 with libc_malloc_debug.so preloaded:
# since glibc 2.34 MALLOC_CHECK_ does nothing without it; MALLOC_PERTURB_ with a random byte per launch; GLib's
# slices through malloc, G_SLICE=always-malloc G_DEBUG=gc-friendly, so GTK's frees are checked too). The
# launch waits until the embedded virtual plant has connected (the CONNECTED line the app logs), stays live for
# SOAK_SECONDS with screenshots proving the diagram's values change, then exits cleanly through File > Exit
# (Alt+F, X via xdotool: Ctrl+Q is not bound to Exit on GTK), falling back to SIGTERM and then SIGKILL (counted).
# The embedded server binds 127.0.0.1 and Xvfb listens on no TCP port: nothing leaves the machine.
#
# Settings (environment): SOAK_SECONDS (30) live time per launch, SOAK_WIPE_EVERY (3), SOAK_LOAD_EVERY (2),
# SOAK_CONNECT_TIMEOUT (180 s), SOAK_OUT (a new folder under /tmp), SOAK_VMARGS (extra JVM options).
# Prints one line per launch and `soak: N launches, C crashes, ...`; exits 1 on any crash, 3 when some launch never
# connected or showed no moving values (so the soak did not test what it should), else 0.
set -euo pipefail

usage() {
  echo "usage: releng/soak/launch.sh N    (N launches; see the comment at the top for SOAK_* settings)" >&2
}
[ $# -eq 1 ] && [[ $1 =~ ^[1-9][0-9]*$ ]] || { usage; exit 2; }
launches=$1

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
product="$root/releng/org.twinworks.repository/target/products/org.twinworks.app.product/linux/gtk/x86_64/twinworks"
seconds=${SOAK_SECONDS:-30}
wipe_every=${SOAK_WIPE_EVERY:-3}
load_every=${SOAK_LOAD_EVERY:-2}
connect_timeout=${SOAK_CONNECT_TIMEOUT:-180}
out=${SOAK_OUT:-$(mktemp -d /tmp/twinworks-soak.XXXXXX)}
mkdir -p "$out"
# what Tycho's product build writes into configuration/ (checked on a fresh build); launches add the rest
fresh_files=(config.ini org.eclipse.equinox.simpleconfigurator/bundles.info org.eclipse.update/platform.xml)
crash_pattern='SIGSEGV|SIGBUS|SIGILL|SIGABRT|malloc\(\)|free\(\)|double free|corrupted|munmap_chunk|A fatal error has been detected|realloc\(\)'

say() { printf 'soak: %s\n' "$*"; }

for tool in Xvfb xdotool xwd; do
  command -v "$tool" >/dev/null || { say "missing $tool: apt-get install -y xvfb xdotool x11-apps"; exit 2; }
done
[ -d "$product/configuration" ] || { say "no product at $product: run ./twinworks build first"; exit 2; }
# ./twinworks rebuilds when sources are newer than the build (the same test): never inside a timed launch
if [ ! -f "$root/target/.twinworks-built" ] || [ -n "$(find "$root/pom.xml" "$root/bundles" "$root/features" \
    "$root/releng" "$root/target-platform" -newer "$root/target/.twinworks-built" -type f ! -path '*/target/*' \
    ! -path '*/bin/*' ! -path '*/lib/*' ! -path "$root/releng/soak/*" -print -quit)" ]; then
  say "the product is older than the sources: run ./twinworks build first"
  exit 2
fi
malloc_debug=$(ls /lib/x86_64-linux-gnu/libc_malloc_debug.so.0 /usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0 \
  2>/dev/null | head -n1 || true)
[ -n "$malloc_debug" ] || say "no libc_malloc_debug.so.0: MALLOC_CHECK_ has no effect on this glibc"

# the fresh build's configuration files, copied once, put back before each "first launch"
pristine="$out/pristine-configuration"
if [ ! -d "$pristine" ]; then
  for f in "${fresh_files[@]}"; do
    [ -f "$product/configuration/$f" ] || { say "the product's configuration lacks $f"; exit 2; }
    mkdir -p "$pristine/$(dirname "$f")"
    cp -p "$product/configuration/$f" "$pristine/$f"
  done
fi

wipe_configuration() {
  rm -rf "$product/configuration"
  mkdir -p "$product/configuration"
  cp -a "$pristine/." "$product/configuration/"
}

# process ids of what this script started, for the cleanup on exit
app_pid="" xvfb_pid="" load_pids=()
stop_load() {
  local p
  for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${load_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  load_pids=()
}
cleanup() {
  [ -n "$app_pid" ] && kill -KILL "$app_pid" 2>/dev/null || true
  stop_load
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_load() {
  local span=$1 n
  n=$(nproc)
  if command -v stress-ng >/dev/null; then
    stress-ng --cpu "$n" --timeout "${span}s" --quiet &
    load_pids+=($!)
  else
    for _ in $(seq "$n"); do
      timeout "${span}s" sh -c 'while :; do :; done' &
      load_pids+=($!)
    done
  fi
}

alive() { kill -0 "$app_pid" 2>/dev/null; }

screen_hash() { DISPLAY=":$1" xwd -root -silent 2>/dev/null | md5sum | cut -d' ' -f1; }

# Exit through the File menu; true when the app ended by itself within 60 s.
close_window() {
  local display=$1 i
  DISPLAY=":$display" xdotool key --clearmodifiers alt+f >/dev/null 2>&1 || true
  sleep 1
  DISPLAY=":$display" xdotool key x >/dev/null 2>&1 || true
  for i in $(seq 60); do
    alive || return 0
    sleep 1
  done
  return 1
}

# the JVM's own report: problematic frame and the first native frames
native_frames() {
  local hs=$1
  grep -m1 -A1 '^# Problematic frame' "$hs" | sed -n 2p | sed 's/^/      /'
  awk '/^Native frames:/ {on=1; n=0; next} on && NF==0 {exit} on && n++ < 14 {print "      " $0}' "$hs"
}

crashes=0 hs_total=0 wiped=0 loaded=0 moving=0 unconnected=0 unclean=0 late_jobs=0
start_all=$(date +%s)
printf 'launch\twiped\tloaded\tperturb\tconnect_s\tmoving\tshutdown\texit\tcrash\n' >"$out/launches.tsv"
say "$launches launches of $seconds s, output in $out"

for i in $(seq "$launches"); do
  dir="$out/launch-$i"
  mkdir -p "$dir"
  wipe=no load=no
  if [ $(((i - 1) % wipe_every)) -eq 0 ]; then wipe=yes; wiped=$((wiped + 1)); wipe_configuration; fi
  if [ $((i % load_every)) -eq 0 ]; then load=yes; loaded=$((loaded + 1)); fi
  perturb=$((RANDOM % 255 + 1))

  # a display of our own: -displayfd picks a free number; no TCP listener
  : >"$dir/display"
  Xvfb -displayfd 9 -screen 0 1280x1024x24 -nolisten tcp 9>"$dir/display" >"$dir/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$dir/display" ] && break; sleep 0.1; done
  display=$(head -n1 "$dir/display")
  [ -n "$display" ] || { say "Xvfb did not start (see $dir/xvfb.log)"; exit 2; }

  [ "$load" = yes ] && start_load $((connect_timeout + seconds + 90))
  launched=$(date +%s)
  (
    cd "$dir"
    exec env DISPLAY=":$display" TWINWORKS_WORKSPACE="$dir/workspace" \
      TWINWORKS_VMARGS="-XX:ErrorFile=$dir/hs_err_%p.log ${SOAK_VMARGS:-}" \
      MALLOC_CHECK_=3 MALLOC_PERTURB_="$perturb" ${malloc_debug:+LD_PRELOAD="$malloc_debug"} \
      G_SLICE=always-malloc G_DEBUG=gc-friendly \
      "$root/twinworks" -consoleLog >"$dir/stdout.log" 2>"$dir/stderr.log"
  ) &
  app_pid=$!

  connected=""
  while alive && [ $(($(date +%s) - launched)) -lt "$connect_timeout" ]; do
    if grep -q 'CONNECTED opc.tcp://127.0.0.1' "$dir/stdout.log" 2>/dev/null; then
      connected=$(($(date +%s) - launched))
      break
    fi
    sleep 1
  done

  shutdown=none hashes=()
  if alive; then
    # live for $seconds: three screenshots; values move when they differ
    for t in $(seq "$seconds"); do
      alive || break
      if [ "$t" -eq 5 ] || [ "$t" -eq $((seconds / 2 + 2)) ] || [ "$t" -eq "$seconds" ]; then
        hashes+=("$(screen_hash "$display")")
      fi
      sleep 1
    done
  fi
  if alive; then
    if close_window "$display"; then
      shutdown=menu
    else
      shutdown=SIGTERM
      kill -TERM "$app_pid" 2>/dev/null || true
      for _ in $(seq 20); do alive || break; sleep 1; done
      if alive; then shutdown=SIGKILL; kill -KILL "$app_pid" 2>/dev/null || true; fi
      unclean=$((unclean + 1))
    fi
  fi
  rc=0
  wait "$app_pid" || rc=$?
  app_pid=""
  stop_load
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""

  distinct=$(printf '%s\n' "${hashes[@]:-}" | sort -u | grep -c . || true)
  is_moving=no
  [ -n "$connected" ] && [ "$distinct" -ge 2 ] && { is_moving=yes; moving=$((moving + 1)); }
  [ -n "$connected" ] || unconnected=$((unconnected + 1))

  # a crash: a signal exit we did not send, a JVM error report, or glibc/JVM fatal messages in the output
  hs_files=("$dir"/hs_err_*.log)
  [ -e "${hs_files[0]}" ] || hs_files=()
  hs_total=$((hs_total + ${#hs_files[@]}))
  crash=no
  case "$shutdown:$rc" in
    SIGTERM:143 | SIGKILL:137) ;;
    *:134 | *:139 | *:13[0-9] | *:1[4-9][0-9]) crash=yes ;;
  esac
  [ "$shutdown" = none ] && crash=yes   # it ended before we asked it to
  [ ${#hs_files[@]} -gt 0 ] && crash=yes
  grep -Eq "$crash_pattern" "$dir/stdout.log" "$dir/stderr.log" 2>/dev/null && crash=yes
  [ "$crash" = yes ] && crashes=$((crashes + 1))

  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$wipe" "$load" "$perturb" "${connected:--}" "$is_moving" \
    "$shutdown" "$rc" "$crash" >>"$out/launches.tsv"
  shown_connect=never
  [ -n "$connected" ] && shown_connect="${connected}s"
  say "launch $i/$launches: wiped=$wipe loaded=$load connected=$shown_connect moving=$is_moving shutdown=$shutdown exit=$rc crash=$crash"
  if [ "$crash" = yes ]; then
    grep -Eh "$crash_pattern" "$dir/stdout.log" "$dir/stderr.log" 2>/dev/null | head -n 5 | sed 's/^/    /' || true
    for hs in "${hs_files[@]}"; do
      echo "    $hs"
      native_frames "$hs"
    done
  fi
  # live jobs that outlived the platform: the exit order (sessions closed before the servers stop) was broken
  if grep -q 'Job found still running after platform shutdown.*twinworks' "$dir/stdout.log" 2>/dev/null; then
    late_jobs=$((late_jobs + 1))
    say "  launch $i: a live connection job was still running after the platform shut down"
  fi
  errors=$(grep -c '^!ENTRY .* [24] ' "$dir/workspace/.metadata/.log" 2>/dev/null || true)
  [ "${errors:-0}" -gt 0 ] && say "  launch $i logged $errors warnings or errors: $dir/workspace.log"
  # keep what a failed launch left; a good one only needs its logs
  cp "$dir/workspace/.metadata/.log" "$dir/workspace.log" 2>/dev/null || true
  [ "$crash" = no ] && [ "$is_moving" = yes ] && rm -rf "$dir/workspace"
done

elapsed=$(($(date +%s) - start_all))
say "$launches launches, $crashes crashes, $hs_total hs_err files, $wiped with a wiped configuration, $loaded loaded," \
  "$moving with moving values, $unconnected never connected, $unclean closed by signal, $late_jobs with jobs" \
  "outliving the platform, $((elapsed / 60)) min $((elapsed % 60)) s ($out)"
[ "$crashes" -eq 0 ] || exit 1
[ "$moving" -eq "$launches" ] || exit 3
exit 0
