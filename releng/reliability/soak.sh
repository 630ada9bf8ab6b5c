#!/usr/bin/env bash
# The soaks of issue 19 (see run.sh): WorkbenchSoak (tests/org.twinworks.ui.benchmarks, under Xvfb) and PlantSoak
# (tests/org.twinworks.live.benchmarks), each for --minutes, sampled --samples times. Prints their "soak:" lines;
# exits non-zero when one failed (growth, or values stopped).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
minutes=60
samples=12
part=both
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --samples) samples=$2; shift 2 ;;
    --part) part=$2; shift 2 ;;
    *) echo "usage: run.sh soak [--minutes M] [--samples S] [--part workbench|plant|both]" >&2; exit 2 ;;
  esac
done
[[ $minutes =~ ^[0-9]+([.][0-9]+)?$ && $samples =~ ^[0-9]+$ && $samples -ge 2 ]] \
  || { echo "soak: --minutes must be a number and --samples at least 2" >&2; exit 2; }
# the test JVM may run the soak plus set-up: 20 minutes beyond it
timeout=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 + 1200 }')
props="-Dtwinworks.soak.minutes=$minutes -Dtwinworks.soak.samples=$samples"
common=target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.sim,tests/org.twinworks.tests.live.harness
cd "$root"
status=0
# each part's result is its Maven build's, not grep's
set +e +o pipefail
if [ "$part" = workbench ] || [ "$part" = both ]; then
  command -v xvfb-run >/dev/null || { echo "soak: installing xvfb" >&2; apt-get install -y -q xvfb xauth >/dev/null; }
  xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B verify -Pbenchmarks -Dtest=WorkbenchSoak \
    -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
    "-Dtwinworks.bench.jvmargs=$props" "-Dtwinworks.test.timeout=$timeout" \
    -pl $common,bundles/org.twinworks.gateway,bundles/org.twinworks.events,bundles/org.twinworks.interop,bundles/org.twinworks.interop.aas,bundles/org.twinworks.interop.server,bundles/org.twinworks.commissioning,bundles/org.twinworks.diagram,bundles/org.twinworks.diagram.ui,bundles/org.twinworks.pid,bundles/org.twinworks.ui,bundles/org.twinworks.ui.live,bundles/org.twinworks.commissioning.ui,bundles/org.twinworks.events.ui,bundles/org.twinworks.app,features/org.twinworks.feature,features/org.twinworks.thirdparty.feature,tests/org.twinworks.tests.harness,tests/org.twinworks.ui.benchmarks \
    | grep --line-buffered -E 'soak:|Tests run:|BUILD|ERROR|AssertionFailed|expected'
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi
if [ "$part" = plant ] || [ "$part" = both ]; then
  ./mvnw -B verify -Pbenchmarks -Dtest=PlantSoak -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
    "-Dtwinworks.bench.jvmargs=$props" "-Dtwinworks.test.timeout=$timeout" \
    -pl $common,tests/org.twinworks.live.benchmarks \
    | grep --line-buffered -E 'soak:|Tests run:|BUILD|ERROR|AssertionFailed|expected'
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi
exit $status
