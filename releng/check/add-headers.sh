#!/usr/bin/env bash
# Adds the two-line licence header to every hand-written .java file that lacks it (bundles/*/src, tests/*/src,
# releng/; never src-gen/ or target/). Idempotent: a file that starts with the header is left alone.
# Checked by releng/check/headers.sh.
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
line1='// Copyright (c) 2026 Twinworks contributors.'
line2='// SPDX-License-Identifier: EPL-2.0'
cd "$root"
added=0
while IFS= read -r file; do
  if [ "$(sed -n 1p "$file")" != "$line1" ] || [ "$(sed -n 2p "$file")" != "$line2" ]; then
    { printf '%s\n%s\n' "$line1" "$line2"; cat "$file"; } > "$file.header-tmp"
    mv "$file.header-tmp" "$file"
    added=$((added + 1))
  fi
done < <(find bundles/*/src tests/*/src releng -type f -name '*.java' ! -path '*/src-gen/*' ! -path '*/target/*' | sort)
echo "add-headers: header added to $added file(s)"
