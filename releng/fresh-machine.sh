#!/usr/bin/env bash
# Runs the README's test command as a fresh machine would: a clone of the committed HEAD in a temporary
# folder, an empty home (HOME and Java's user.home, which Java takes from the password file, not from
# HOME), an empty Maven local repository, no Maven wrapper distribution and no ~/.twinworks.
# Prints the total time and the result; exits with the test command's status.
#   releng/fresh-machine.sh [--keep] [-- extra arguments for ./twinworks test]
# Debian packages are the one thing it cannot take away: it lists those the project would install
# that this machine already has, so a missing install step is not hidden silently.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=true; shift ;;
    --) shift; break ;;
    *) echo "usage: releng/fresh-machine.sh [--keep] [-- args for ./twinworks test]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /tmp/twinworks-fresh.XXXXXX)
cleanup() { if $keep; then echo "fresh-machine: kept $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT
fake_home="$work/home"
mkdir -p "$fake_home"

rev=$(git -C "$here" rev-parse --short HEAD)
if [ -n "$(git -C "$here" status --porcelain --untracked-files=no)" ]; then
  echo "fresh-machine: note: uncommitted changes are NOT tested; this runs the committed HEAD ($rev)" >&2
fi
git clone -q --no-hardlinks "$here" "$work/twinworks"
git -C "$work/twinworks" checkout -q "$(git -C "$here" rev-parse HEAD)"

already=()
for p in maven unzip xvfb xauth libgtk-3-0 libgtk-3-0t64 mosquitto openssl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' && already+=("$p")
done
echo "fresh-machine: $rev in $work/twinworks, home $fake_home (empty)"
echo "fresh-machine: Debian packages already on this machine (not removed): ${already[*]:-none}"

start=$(date +%s)
set +e
(
  cd "$work/twinworks"
  # Every JVM (the bootstrap mvn, Maven, forked test runtimes, the product) sees the empty home.
  export HOME="$fake_home"
  export JAVA_TOOL_OPTIONS="-Duser.home=$fake_home -Dmaven.repo.local=$fake_home/.m2/repository"
  unset MAVEN_OPTS MAVEN_ARGS MAVEN_USER_HOME TWINWORKS_WORKSPACE TWINWORKS_CLI_WORKSPACE M2_HOME
  ./twinworks test "$@"
) > "$work/test.log" 2>&1
status=$?
elapsed=$(( $(date +%s) - start ))
if [ $status -ne 0 ]; then keep=true; fi   # the log matters most when the build failed early
tail -n 40 "$work/test.log"
tests=$(grep -hoE 'Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$work/test.log" \
  | awk -F'[:,] *' '{t+=$2; f+=$4; e+=$6; s+=$8} END {printf "%d tests, %d failures, %d errors, %d skipped", t, f, e, s}')
downloads=$(find "$fake_home/.m2/repository" -type f -name '*.jar' 2>/dev/null | wc -l)
repo_size=$(du -sh "$fake_home/.m2/repository" 2>/dev/null | cut -f1)
echo
echo "fresh-machine: $rev: $([ $status -eq 0 ] && echo PASSED || echo "FAILED (exit $status)") in $((elapsed / 60)) min $((elapsed % 60)) s;" \
  "${tests:-no test summary}; local repository $repo_size, $downloads jars"
if [ $status -ne 0 ]; then echo "fresh-machine: full log: $work/test.log" >&2; fi
exit $status
