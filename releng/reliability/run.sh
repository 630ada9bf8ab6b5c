#!/usr/bin/env bash
# Runs the reliability harnesses of issue 19 and prints their figures (README, "Reliability"):
#   releng/reliability/run.sh crash [--trials 1000] [--seed 1] [--minutes 60] [--window-ms 300] [--elements 20000]
#       kill -9 at random moments while the product saves each kind of file (plant model, notation, recording,
#       audit log), then check every file is one of its versions, loads, and leaves no temporary file behind.
#   releng/reliability/run.sh soak [--minutes 60] [--samples 12] [--part workbench|plant|both]
#       the workbench live on a 20,000-signal plant at 10 Hz (WorkbenchSoak, under Xvfb), then the virtual plant
#       under the live benchmark's 10 Hz load (PlantSoak), each for the minutes given: heap after GC, threads, file
#       descriptors (and SWT resources in the workbench) sampled, failing on growth or when values stop.
#   releng/reliability/run.sh certificates [--minutes 30]
#       the certificate matrix: a virtual plant on 127.0.0.1 per case (untrusted, expired, not yet valid, wrong
#       application URI, wrong host name, revoked by CRL, issuer missing, RSA 1024, SHA-1, and two valid controls),
#       connected through the live core, `twinworks check` and the workbench (Xvfb); prints case | CLI | workbench |
#       logged | reason shown. Runs the Tycho build of the modules involved with -Dtest=CertificateMatrix*.
# `crash` builds this plain Maven module first (it compiles the product's own sources, see pom.xml); the others
# build the product's bundles and run their test bundles.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/releng/reliability"
. "$root/.mvn/wrapper/java-home.sh"
twinworks_find_java
harness=${1:-}
[ $# -gt 0 ] && shift
case "$harness" in
  crash) main=org.twinworks.reliability.CrashDuringSave ;;
  soak) exec "$here/soak.sh" "$@" ;;
  certificates) exec "$here/certificates.sh" "$@" ;;
  *) echo "usage: run.sh crash [--trials N] [--seed S] [--minutes M] [--window-ms W] [--elements E]" >&2
     echo "       run.sh certificates [--minutes M]" >&2
     echo "       run.sh soak [--minutes M] [--samples S] [--part workbench|plant|both]" >&2; exit 2 ;;
esac
"$root/mvnw" -q -B -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
cd "$here"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseG1GC -cp "$cp" "$main" --folder "$here/target/crash-during-save" "$@"
