#!/usr/bin/env bash
# Runs the benchmarks and prints their figures:
#   releng/benchmarks/run.sh [model] [--sizes 10000,100000,1000000]   model persistence, headless
#   releng/benchmarks/run.sh ui                                          the editor, trends and live UI in the workbench (Xvfb)
#   releng/benchmarks/run.sh liveui [--minutes N] [--zoom fit|1.0]       the live UI alone: 20k signals at 10 Hz on a 2,000-node diagram
#   releng/benchmarks/run.sh diagram                                     the diagram layer: open, pan, zoom, edit, overlays, arrange (Xvfb)
#   releng/benchmarks/run.sh live                                        the live pipeline against the virtual plant
#   releng/benchmarks/run.sh playback                                    seeking in a 1-hour recording of 20,000 signals (headless)
#   releng/benchmarks/run.sh recording [--recorded-seconds N]            the recording format: 20,000 signals at 10 Hz written compact and
#                                                                        in version 1, bytes a value, decoding speed of each stream (headless)
#   releng/benchmarks/run.sh events [--seconds N] [--recorded-seconds N] the event engine: 20,000 signals at 10 Hz live with 5,000 rule
#          [--engine-seconds N] [--long-seconds N]                       instances and drift (CPU, latency), a full-rate recording slice
#                                                                        analysed from its file (x real time), next to baselines; the
#                                                                        engine alone on N s of values in memory (old path, fast path,
#                                                                        split across two engines); the CPU a value per 60 s slice
#                                                                        of a long analysis (N s, default 600, no file)
#   releng/benchmarks/run.sh commissioning                               planning, report, evidence verification, demo campaign
#   releng/benchmarks/run.sh commissioningui [--seconds N]               the workbench's commissioning: checklist of 20k checks, badges on a
#                                                                        2,000-node diagram, a campaign against 20k live signals, planning (Xvfb)
#   releng/benchmarks/run.sh interop                                     NodeSet2 import (base+DI+PADIM, 100,000 nodes), export and merge of
#                                                                        the 100k-element plant, a 20,000-row CSV tag list, a served plant,
#                                                                        AutomationML import/export of a 100,000+-element CAEX file,
#                                                                        AAS export of 5,000 equipment (JSON and AASX)
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
    ui|liveui)
      mode=$1; shift
      benchargs=""; only=""
      while [ $# -gt 0 ]; do
        case "$1" in
          --minutes) benchargs="$benchargs -Dtwinworks.bench.minutes=$2"; shift 2 ;;
          --zoom) benchargs="$benchargs -Dtwinworks.bench.zoom=$2"; shift 2 ;;
          *) echo "unknown option for $mode: $1" >&2; exit 2 ;;
        esac
      done
      [ "$mode" = liveui ] && only="-Dtest=LiveUiBenchmark"
      cd "$root"
      xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B verify -Pbenchmarks $only "-Dtwinworks.bench.jvmargs=$benchargs" \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.live,bundles/org.twinworks.sparkplug,bundles/org.twinworks.gateway,bundles/org.twinworks.events,bundles/org.twinworks.sim,bundles/org.twinworks.interop,bundles/org.twinworks.interop.aas,bundles/org.twinworks.interop.server,bundles/org.twinworks.commissioning,bundles/org.twinworks.diagram,bundles/org.twinworks.diagram.ui,bundles/org.twinworks.pid,bundles/org.twinworks.ui,bundles/org.twinworks.ui.live,bundles/org.twinworks.commissioning.ui,bundles/org.twinworks.events.ui,bundles/org.twinworks.app,features/org.twinworks.feature,features/org.twinworks.thirdparty.feature,tests/org.twinworks.tests.harness,tests/org.twinworks.tests.live.harness,tests/org.twinworks.ui.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    diagram)
      cd "$root"
      xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B verify -Pbenchmarks \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.diagram,bundles/org.twinworks.diagram.ui,tests/org.twinworks.diagram.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    live)
      cd "$root"
      ./mvnw -B verify -Pbenchmarks \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.sim,tests/org.twinworks.tests.live.harness,tests/org.twinworks.live.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    playback)
      cd "$root"
      ./mvnw -B verify -Pbenchmarks -Dtest=SeekBenchmark \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.sim,tests/org.twinworks.tests.live.harness,tests/org.twinworks.live.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    recording)
      shift
      benchargs=""
      while [ $# -gt 0 ]; do
        case "$1" in
          --recorded-seconds) benchargs="$benchargs -Dtwinworks.bench.recordedSeconds=$2"; shift 2 ;;
          *) echo "unknown option for recording: $1" >&2; exit 2 ;;
        esac
      done
      cd "$root"
      ./mvnw -B verify -Pbenchmarks -Dtest=RecordingFormatBenchmark "-Dtwinworks.bench.jvmargs=$benchargs" \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.sim,tests/org.twinworks.tests.live.harness,tests/org.twinworks.live.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    events)
      shift
      benchargs=""
      while [ $# -gt 0 ]; do
        case "$1" in
          --seconds) benchargs="$benchargs -Dtwinworks.bench.seconds=$2"; shift 2 ;;
          --recorded-seconds) benchargs="$benchargs -Dtwinworks.bench.recordedSeconds=$2"; shift 2 ;;
          --engine-seconds) benchargs="$benchargs -Dtwinworks.bench.engineSeconds=$2"; shift 2 ;;
          --long-seconds) benchargs="$benchargs -Dtwinworks.bench.longSeconds=$2"; shift 2 ;;
          *) echo "unknown option for events: $1" >&2; exit 2 ;;
        esac
      done
      cd "$root"
      ./mvnw -B verify -Pbenchmarks "-Dtwinworks.bench.jvmargs=$benchargs" \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.events,bundles/org.twinworks.sim,tests/org.twinworks.tests.live.harness,tests/org.twinworks.events.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    commissioning)
      cd "$root"
      ./mvnw -B verify -Pbenchmarks \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.sim,bundles/org.twinworks.commissioning,tests/org.twinworks.tests.live.harness,tests/org.twinworks.commissioning.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    commissioningui)
      shift
      benchargs="-Xmx2g"
      while [ $# -gt 0 ]; do
        case "$1" in
          --seconds) benchargs="$benchargs -Dtwinworks.bench.seconds=$2"; shift 2 ;;
          *) echo "unknown option for commissioningui: $1" >&2; exit 2 ;;
        esac
      done
      cd "$root"
      # the benchmarks live in the commissioning UI test bundle (no *Test name, so the test run skips them)
      xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B verify "-Dtwinworks.test.jvmargs=$benchargs" \
        -Dtest='ChecklistBenchmark,CheckBadgesBenchmark,CampaignLoadBenchmark,PlanningBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.live,bundles/org.twinworks.sparkplug,bundles/org.twinworks.gateway,bundles/org.twinworks.events,bundles/org.twinworks.sim,bundles/org.twinworks.interop,bundles/org.twinworks.interop.aas,bundles/org.twinworks.interop.server,bundles/org.twinworks.commissioning,bundles/org.twinworks.diagram,bundles/org.twinworks.diagram.ui,bundles/org.twinworks.pid,bundles/org.twinworks.ui,bundles/org.twinworks.ui.live,bundles/org.twinworks.commissioning.ui,bundles/org.twinworks.events.ui,bundles/org.twinworks.app,features/org.twinworks.feature,features/org.twinworks.thirdparty.feature,tests/org.twinworks.tests.harness,tests/org.twinworks.tests.live.harness,tests/org.twinworks.commissioning.ui.tests \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    gateway)
      cd "$root"
      ./mvnw -B verify -Pbenchmarks \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.live,bundles/org.twinworks.sim,bundles/org.twinworks.sparkplug,bundles/org.twinworks.gateway,tests/org.twinworks.tests.live.harness,tests/org.twinworks.tests.mqtt.harness,tests/org.twinworks.gateway.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    interop)
      cd "$root"
      ./mvnw -B verify -Pbenchmarks \
        -pl target-platform,bundles/org.twinworks.logging,bundles/org.twinworks.core,bundles/org.twinworks.model,bundles/org.twinworks.model.edit,bundles/org.twinworks.milo,bundles/org.twinworks.sparkplug,bundles/org.twinworks.live,bundles/org.twinworks.events,bundles/org.twinworks.sim,bundles/org.twinworks.interop,bundles/org.twinworks.interop.aas,bundles/org.twinworks.interop.server,tests/org.twinworks.tests.live.harness,tests/org.twinworks.interop.benchmarks \
        | grep --line-buffered -E 'benchmark:|Tests run:|BUILD|ERROR'
      exit "${PIPESTATUS[0]}" ;;
    *) echo "usage: run.sh [model] [--sizes N,N,...] | run.sh ui | run.sh liveui [--minutes N] [--zoom fit|F] | run.sh diagram | run.sh live | run.sh playback | run.sh commissioning | run.sh commissioningui [--seconds N] | run.sh interop | run.sh gateway | run.sh events [--seconds N] [--recorded-seconds N] [--engine-seconds N] [--long-seconds N]" >&2; exit 2 ;;
  esac
done
"$root/mvnw" -q -B -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
for size in ${sizes//,/ }; do
  heap=2g; [ "$size" -gt 200000 ] && heap=6g
  "$JAVA_HOME/bin/java" -Xmx$heap -XX:+UseG1GC -cp "$cp" org.twinworks.benchmarks.ModelPersistenceBenchmark "$size"
done
