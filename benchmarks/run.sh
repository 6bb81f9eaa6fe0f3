#!/usr/bin/env bash
# Runs the whole benchmark suite of benchmarks/README.md and prints a table of medians (min - max) with the SDK/raw
# and SDK/HAPI ratios, then the issue's targets and whether this run met them. About 7 minutes on 2 cores.
#
#   benchmarks/run.sh
#
# Maven runs offline (-o): the artifacts must already be in the local repository, as after `mvn verify`; the
# baselines' footprint also needs HAPI FHIR's full dependency tree, which `mvn -f benchmarks/footprint/pom.xml
# -P hapi dependency:resolve` fetches once. Nothing else leaves the machine: every server is on loopback.
#
# Settings, from the environment:
#   COLD_JVMS       fresh JVMs per side for the cold start (default 7)
#   READS           reads per thread per round of the throughput run (default 5000)
#   ROUNDS          measured rounds per side of the throughput run (default 5)
#   CODEC_PASSES    codec passes: one JMH fork per benchmark each, the side order rotating (default 3)
#   CODEC_ITERS     measured 2 s iterations per fork (default 3)
#   HARNESS_OPTS    extra JVM options for the harness's JVMs (e.g. -XX:StartFlightRecording=...)
# Output: benchmarks/target/run-<time>/ holds every log, results.tsv (one measurement a line) and summary.md.
set -euo pipefail

COLD_JVMS=${COLD_JVMS:-7}
READS=${READS:-5000}
ROUNDS=${ROUNDS:-5}
CODEC_PASSES=${CODEC_PASSES:-3}
CODEC_ITERS=${CODEC_ITERS:-3}
read -r -a HARNESS <<< "${HARNESS_OPTS:-}"

cd "$(dirname "$0")/.."
OUT="benchmarks/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$OUT/results.tsv"
JAR=benchmarks/target/benchmarks.jar
CLASSPATH_FILE=target/runtime-classpath.txt

step() { printf '\n== %s (%s, load average %s)\n' "$1" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
harness() { java "${HARNESS[@]}" -cp "$JAR" "dev.nhsapi.benchmarks.$1" "${@:2}"; }
# Appends the RESULT lines of a run to results.tsv and everything to the named log.
collect() { tee -a "$OUT/$1.log" | grep '^RESULT' >> "$RESULTS" || true; }

# Prints the footprint RESULT lines of a side from jar files.
footprint() {
  local side=$1
  shift
  stat -c %s "$@" | awk -v side="$side" '{ bytes += $1; jars++ }
    END { printf "RESULT\tfootprint.jars\t%s\t%d\nRESULT\tfootprint.mb\t%s\t%.6f\n", side, jars, side, bytes / 1e6 }'
}
classpath_jars() { tr ':' '\n' < "$1"; }

start=$(date +%s)
step "build (offline): SDK modules, benchmarks.jar and each module's runtime class path"
mkdir -p "$OUT"
: > "$RESULTS"
mvn -B -q -o package dependency:build-classpath -DskipTests -pl benchmarks -am \
  -DincludeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

step "footprint: runtime jars of nhsapi-fhir, of HAPI's client + R4 model, of OkHttp + Moshi"
mapfile -t sdk_jars < <(
  ls sdk-fhir/target/nhsapi-fhir-*.jar | grep -v -e '-sources' -e '-javadoc'
  classpath_jars "sdk-fhir/$CLASSPATH_FILE"
)
footprint sdk "${sdk_jars[@]}" | collect footprint
for side in hapi raw; do
  mvn -B -q -o -f benchmarks/footprint/pom.xml -P "$side" dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$PWD/$OUT/classpath-$side.txt"
  mapfile -t jars < <(classpath_jars "$OUT/classpath-$side.txt")
  footprint "$side" "${jars[@]}" | collect footprint
done

step "cold start: $COLD_JVMS fresh JVMs per side, the order rotating"
sides=(sdk raw hapi)
for ((i = 0; i < COLD_JVMS; i++)); do
  for ((j = 0; j < 3; j++)); do
    side=${sides[$(((i + j) % 3))]}
    t0=$(date +%s%N)
    harness ColdStart "$side" | collect coldstart
    t1=$(date +%s%N)
    printf 'RESULT\tcoldstart.process_ms\t%s\t%.3f\n' "$side" "$(((t1 - t0) / 1000))e-3" | collect coldstart
  done
done

step "read throughput: 4 threads x $READS reads, $ROUNDS rounds per side, one loopback server"
harness ReadThroughput "$READS" "$ROUNDS" | collect throughput

step "token-cache contention: 16 threads, 100,000 calls"
harness TokenContention | collect token

step "codec (JMH, -prof gc): $CODEC_PASSES passes of one fork per benchmark, $CODEC_ITERS iterations of 2 s"
harness CodecRun "$CODEC_PASSES" "$CODEC_ITERS" | collect codec

step "summary"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
echo "wall time: $(($(date +%s) - start)) s" >> "$OUT/machine.txt"
cat "$OUT/machine.txt"
echo
harness Summary "$RESULTS" | tee "$OUT/summary.md"
echo
echo "logs and results: $OUT"
