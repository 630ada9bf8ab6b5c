#!/usr/bin/env bash
# Runs the headless benchmarks and prints their figures:
#   releng/benchmarks/run.sh [model] [--sizes 10000,100000,1000000]
# Each size runs in a fresh JVM so heap figures do not mix; compare with ../shared/PERF-BASELINES.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/releng/benchmarks"
. "$root/.mvn/wrapper/java-home.sh"
twinworks_find_java
sizes=10000,100000,1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    model) shift ;;
    *) echo "usage: run.sh [model] [--sizes N,N,...]" >&2; exit 2 ;;
  esac
done
"$root/mvnw" -q -B -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
for size in ${sizes//,/ }; do
  heap=2g; [ "$size" -gt 200000 ] && heap=6g
  "$JAVA_HOME/bin/java" -Xmx$heap -XX:+UseG1GC -cp "$cp" org.twinworks.benchmarks.ModelPersistenceBenchmark "$size"
done
