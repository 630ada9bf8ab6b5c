#!/usr/bin/env bash
# Checks that running the built product writes nothing into its installation folder (which may be shared and
# read-only) and that a headless command's log lands in its workspace's .metadata/.log: runs a command that logs
# (a read from a port nobody listens on) with a fresh CLI workspace and looks for files the run changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
product_dir="$root/releng/org.twinworks.repository/target/products/org.twinworks.app.product/linux/gtk/x86_64/twinworks"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/twinworks" version >/dev/null   # builds the product first if its sources changed, and warms the user's configuration
stamp="$work/stamp"
touch "$stamp"
sleep 1   # file times have a resolution; anything the run writes is strictly newer than the stamp
TWINWORKS_CLI_WORKSPACE="$work/cli-workspace" "$root/twinworks" read opc.tcp://127.0.0.1:9/closed "nsu=urn:none;s=x" \
  >"$work/out.txt" 2>&1 && { echo "installation check: a read from a closed port succeeded?"; cat "$work/out.txt"; exit 1; }
find "$product_dir" -newer "$stamp" >"$work/written.txt"
if [ -s "$work/written.txt" ]; then
  echo "installation check: FAILED, the run wrote into the product folder $product_dir:"
  head -n 20 "$work/written.txt"
  exit 1
fi
if [ ! -s "$work/cli-workspace/.metadata/.log" ]; then
  echo "installation check: FAILED, no log in the CLI workspace's .metadata/.log"
  ls -la "$work/cli-workspace/.metadata" 2>&1 || true
  exit 1
fi
echo "installation check: the product folder was not written; the headless log is in the CLI workspace ($(wc -l < "$work/cli-workspace/.metadata/.log") lines)"
