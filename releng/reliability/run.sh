#!/usr/bin/env bash
# Runs the reliability harnesses of issue 19 and prints their figures (README, "Reliability"):
#   releng/reliability/run.sh crash [--trials 1000] [--seed 1] [--minutes 60] [--window-ms 300] [--elements 20000]
#       kill -9 at random moments while the product saves each kind of file (plant model, notation, recording,
#       audit log), then check every file is one of its versions, loads, and leaves no temporary file behind.
#   releng/reliability/run.sh fuzz [--minutes 10] [--seed 1] [--parsers plant,notation,recording,auditlog,nodeset,csv,aml]
#       [--limit-ms 1000] [--max-hangs 3]   (or: fuzz --replay 1, to read the kept inputs again)
#       hostile files: mutates small valid files of each kind and reads them in-process with a 1 s watchdog; prints
#       per parser executions, outcomes, defects by kind, hangs, the slowest input and the peak heap, and keeps each
#       defect's input under releng/reliability/regressions/<parser>/.
# Builds this plain Maven module first (it compiles the product's own sources, see pom.xml).
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
  *) echo "usage: run.sh crash [--trials N] [--seed S] [--minutes M] [--window-ms W] [--elements E]" >&2
     echo "       run.sh fuzz [--minutes M] [--seed S] [--parsers a,b] [--replay 1]" >&2; exit 2 ;;
esac
"$root/mvnw" -q -B -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
cd "$here"
exec "$JAVA_HOME/bin/java" "$heap" -XX:+UseG1GC -cp "$cp" "$main" "$@"
