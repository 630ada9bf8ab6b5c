#!/usr/bin/env bash
# Fails (exit 1, one line per file) when a hand-written .java file lacks the licence header as its first two lines:
#   // Copyright (c) 2026 Twinworks contributors.
#   // SPDX-License-Identifier: EPL-2.0
# Hand-written: under bundles/*/src, tests/*/src and releng/, never src-gen/ (generated) or target/.
# releng/check/add-headers.sh adds the header where it is missing.
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
line1='// Copyright (c) 2026 Twinworks contributors.'
line2='// SPDX-License-Identifier: EPL-2.0'

hand_written_java() {
  cd "$root"
  find bundles/*/src tests/*/src releng -type f -name '*.java' ! -path '*/src-gen/*' ! -path '*/target/*' 2>/dev/null | sort
}

missing=0
while IFS= read -r file; do
  if [ "$(sed -n 1p "$root/$file")" != "$line1" ] || [ "$(sed -n 2p "$root/$file")" != "$line2" ]; then
    echo "missing licence header: $file"
    missing=$((missing + 1))
  fi
done < <(hand_written_java)
if [ "$missing" -gt 0 ]; then
  echo "headers: $missing file(s) without the licence header; add it with releng/check/add-headers.sh"
  exit 1
fi
echo "headers: every hand-written .java file has the licence header"
