#!/usr/bin/env bash
# Runs the reliability harnesses of issue 19 and prints their figures (README, "Reliability"):
#   releng/reliability/run.sh crash [--trials 1000] [--seed 1] [--minutes 60] [--window-ms 300] [--elements 20000]
#       kill -9 at random moments while the product saves each kind of file (plant model, notation, commissioning
#       record, recording, audit log), then check every file is one of its versions, loads, and leaves no temporary file behind.
#   releng/reliability/run.sh soak [--minutes 60] [--samples 12] [--part workbench|plant|both]
#       the workbench live on a 20,000-signal plant at 10 Hz (WorkbenchSoak, under Xvfb), then the virtual plant
#       under the live benchmark's 10 Hz load (PlantSoak), each for the minutes given: heap after GC, threads, file
#       descriptors (and SWT resources in the workbench) sampled, failing on growth or when values stop.
#   releng/reliability/run.sh certificates [--minutes 30]
#       the certificate matrix: a virtual plant on 127.0.0.1 per case (untrusted, expired, not yet valid, wrong
#       application URI, wrong host name, revoked by CRL, issuer missing, RSA 1024, SHA-1, and two valid controls),
#       connected through the live core, `twinworks check` and the workbench (Xvfb); prints case | CLI | workbench |
#       logged | reason shown. Runs the Tycho build of the modules involved with -Dtest=CertificateMatrix*.
#   releng/reliability/run.sh network [--restarts 50] [--minutes 30]
#       a LiveSession feeding a ValueStore from the demo plant's virtual plant through server restarts, servers dying
#       with no goodbye, network cuts (3 s to 150 s) and loss bursts; prints per fault the seconds until every item
#       shows stale and until every item is fresh again, and silently dead items. Needs root: it runs in a network
#       namespace of its own (only its own loopback; iptables rules there never touch the host's interfaces).
#   releng/reliability/run.sh fuzz [--minutes 10] [--seed 1] [--parsers plant,notation,recording,auditlog,nodeset,csv,aml]
#       [--limit-ms 1000] [--max-hangs 3]   (or: fuzz --replay 1, to read the kept inputs again)
#       hostile files: mutates small valid files of each kind and reads them in-process with a 1 s watchdog; prints
#       per parser executions, outcomes, defects by kind, hangs, the slowest input and the peak heap, and keeps each
#       defect's input under releng/reliability/regressions/<parser>/.
# `crash` and `fuzz` build this plain Maven module first (it compiles the product's own sources, see pom.xml);
# the others build the product's bundles and run their test bundles.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/releng/reliability"
. "$root/.mvn/wrapper/java-home.sh"
twinworks_find_java
harness=${1:-}
[ $# -gt 0 ] && shift
case "$harness" in
  crash) main=org.twinworks.reliability.CrashDuringSave; heap=-Xmx2g
    set -- --folder "$here/target/crash-during-save" "$@" ;;
  # a modest heap, so an input that makes a parser allocate without bound shows as an OutOfMemoryError
  fuzz) main=org.twinworks.reliability.hostile.HostileFiles; heap=-Xmx512m
    set -- --folder "$here/target/hostile-files" --repository "$root" --regressions "$here/regressions" "$@" ;;
  network)
    restarts=50; minutes=30
    while [ $# -gt 0 ]; do
      case "$1" in
        --restarts) restarts=$2; shift 2 ;;
        --minutes) minutes=$2; shift 2 ;;
        *) echo "unknown option for network: $1" >&2; exit 2 ;;
      esac
    done
    [ "$(id -u)" -eq 0 ] || { echo "run.sh network needs root (a network namespace and iptables rules in it)" >&2; exit 2; }
    # tc netem is not in every kernel (not in this machine's); iptables DROP and statistic rules do the cuts and losses
    command -v iptables >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends iptables >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends iptables >/dev/null; }; }
    netns=twinworks-faults-$$
    ip netns add "$netns"
    trap 'ip netns del "$netns" 2>/dev/null || true' EXIT
    ip netns exec "$netns" ip link set lo up
    cd "$root"
    # the build runs offline in the namespace (it has no other interface); the client and the plant share its loopback
    set +e
    TWINWORKS_NETNS=$netns ip netns exec "$netns" ./mvnw -B -o verify -Pbenchmarks -Dtest=NetworkFaultsHarness \
      -Dsurefire.failIfNoSpecifiedTests=false \
      "-Dtwinworks.bench.jvmargs=-Dtwinworks.faults.restarts=$restarts -Dtwinworks.faults.minutes=$minutes" \
      -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.sim,tests/org.twinworks.tests.live.harness,tests/org.twinworks.live.benchmarks \
      | grep --line-buffered -E 'network:|Tests run:|BUILD|ERROR'
    exit "${PIPESTATUS[0]}" ;;
  soak) exec "$here/soak.sh" "$@" ;;
  certificates) exec "$here/certificates.sh" "$@" ;;
  *) echo "usage: run.sh crash [--trials N] [--seed S] [--minutes M] [--window-ms W] [--elements E]" >&2
     echo "       run.sh fuzz [--minutes M] [--seed S] [--parsers a,b] [--replay 1]" >&2
     echo "       run.sh certificates [--minutes M]" >&2
     echo "       run.sh network [--restarts N] [--minutes M]" >&2
     echo "       run.sh soak [--minutes M] [--samples S] [--part workbench|plant|both]" >&2; exit 2 ;;
esac
"$root/mvnw" -q -B -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
cd "$here"
exec "$JAVA_HOME/bin/java" "$heap" -XX:+UseG1GC -cp "$cp" "$main" "$@"
