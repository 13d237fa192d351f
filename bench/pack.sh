#!/usr/bin/env bash
# bench/pack.sh: nuget:pack's engine (nuget-core's NuspecPacker) against `zip -r -6` on the same payload:
# wall time and peak memory (RSS) of each, three runs each, page cache warm, plus one run on a payload
# ten times smaller to show that memory does not grow with the payload.
#
#   bench/pack.sh [files] [megabytes]        defaults: 2000 files, 200 MB
#
# Needs Java 17, GNU time (/usr/bin/time) and zip. On Debian or Ubuntu, if missing:
#   apt-get install -y zip time
# Build nuget-core first (the script runs its classes, without Maven):
#   ./mvnw -B -pl nuget-core -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${1:-2000}
MEGABYTES=${2:-200}
CLASSES=nuget-core/target/classes
WORK=${BENCH_WORK:-$(mktemp -d /tmp/nuget-pack-bench.XXXXXX)}
trap 'rm -rf "$WORK"' EXIT

for tool in java javac zip /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y zip time)" >&2; exit 1; }
done
[ -d "$CLASSES/io/nugetbridge/core/packaging" ] || { echo "bench: build nuget-core first: ./mvnw -B -pl nuget-core -am package -DskipTests" >&2; exit 1; }

javac -d "$WORK/classes" -cp "$CLASSES" bench/PackBench.java
run_java() { java -cp "$CLASSES:$WORK/classes" PackBench "$@"; }

# One measured command: prints "<wall seconds> <peak RSS MiB>".
measure() {
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/out.txt"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
  echo "$wall $rss"
}

report() { # name, payload folder, files, megabytes, runs, extra JVM options, compression threads
  local name=$1 project=$2 files=$3 mb=$4 runs=$5 jvm=${6:-} threads=${7:-0}
  [ -d "$project" ] || run_java generate "$project" "$files" "$mb"
  cat "$project"/payload/*/* >/dev/null # warm the page cache for both tools alike
  for run in $(seq 1 "$runs"); do
    rm -rf "$WORK/out" "$WORK/payload.zip"
    # shellcheck disable=SC2086 # $jvm is a list of options
    read -r pack_wall pack_rss < <(measure java $jvm -cp "$CLASSES:$WORK/classes" PackBench pack "$project/Bench.Payload.nuspec" "$WORK/out" "$threads")
    pack_inner=$(awk '/pack-ms/ {print $2/1000}' "$WORK/out.txt")
    pack_heap=$(awk '/pack-ms/ {print $6}' "$WORK/out.txt")
    pack_size=$(du -m "$WORK/out/Bench.Payload.1.0.0.nupkg" | cut -f1)
    read -r zip_wall zip_rss < <(cd "$project" && measure zip -q -r -6 "$WORK/payload.zip" payload)
    zip_size=$(du -m "$WORK/payload.zip" | cut -f1)
    ratio=$(awk -v a="$pack_wall" -v b="$zip_wall" 'BEGIN { printf "%.2f", a / b }')
    printf '| %s | %s | %s | %s s (%s s in the JVM) | %s MiB (heap %s MiB) | %s MiB | %s s | %s MiB | %s MiB | %sx |\n' \
      "$name${jvm:+, $jvm}$( [ "$threads" = 0 ] || echo ", $threads thread")" "$files x $((mb * 1024 / files)) KiB" "$run" \
      "$pack_wall" "$pack_inner" "$pack_rss" "$pack_heap" "$pack_size" "$zip_wall" "$zip_rss" "$zip_size" "$ratio"
  done
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); zip: $(zip -v | sed -n 2p | xargs)"
echo
echo "| payload | files | run | nuget pack: wall | peak RSS (peak Java heap used) | .nupkg | zip -r -6: wall | peak RSS | .zip | pack / zip |"
echo "|---|---|---|---|---|---|---|---|---|---|"
report "${MEGABYTES} MB" "$WORK/big" "$FILES" "$MEGABYTES" 3
# One compressing thread, as on a single-core agent.
report "${MEGABYTES} MB" "$WORK/big" "$FILES" "$MEGABYTES" 1 "" 1
report "$((MEGABYTES / 10)) MB" "$WORK/small" "$((FILES / 10))" "$((MEGABYTES / 10))" 1
# The same two payloads in a JVM held to a small heap: both fit, so memory does not follow payload size.
report "${MEGABYTES} MB" "$WORK/big" "$FILES" "$MEGABYTES" 1 "-Xmx48m"
report "$((MEGABYTES / 10)) MB" "$WORK/small" "$((FILES / 10))" "$((MEGABYTES / 10))" 1 "-Xmx48m"
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
