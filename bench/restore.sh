#!/usr/bin/env bash
# bench/restore.sh: nuget:restore on a generated graph of 200 package ids (276 versions, depth 6, shared
# dependencies, three frameworks) pushed to Artipie on 127.0.0.1, cold (empty global packages folder) and warm
# (every package in it; with target/ kept that is NuGet's no-op restore), against the floor of curl fetching the same .nupkg files over 16 parallel connections.
#
#   bench/restore.sh [runs]        default: 3 runs of each
#
# Reports, per run: the goal's own time (its "Restored ... in N ms" line, Maven's start excluded), the wall time of
# the whole mvn and of a no-op mvn on the same project (-Dnuget.skip), the CPU time of the Maven JVM and of the feed,
# peak RSS of the Maven JVM, and how many requests the feed received. Then the floors: curl fetching the cold
# restore's .nupkg files, curl sending every request the cold restore sent, and cp -r writing the files it wrote.
#
# Folders a run starts without are moved into $WORK/trash, which is deleted at the end, not deleted just before the
# run: on a journal-less ext4 (as on the machines this was written on) the kernel will not reuse an inode freed in
# the last minute or more and scans past each one when creating a file, so thousands of files deleted a moment
# earlier make creating the next thousands several times dearer in system time. BENCH_DELETE=1 deletes them
# instead, to see that cost. MAVEN_OPTS is passed to Maven, as always. Needs Java 17, curl, python3 and GNU time (apt-get install -y time curl). Builds the
# plugin into a local repository of its own (BENCH_M2, default a temporary folder) that reads the rest from
# ~/.m2 (Maven 3.9's maven.repo.local.tail), so ~/.m2 is never written.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
RUNS=${1:-3}
WORK=${BENCH_WORK:-$(mktemp -d /tmp/nuget-restore-bench.XXXXXX)}
M2=${BENCH_M2:-$WORK/m2}
MVN=("$REPO/mvnw" -B -Dmaven.repo.local="$M2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
FEED_PID=
cleanup() {
  [ -n "$FEED_PID" ] && touch "$WORK/feed/stop" && wait "$FEED_PID" 2>/dev/null || true
  if [ -n "${BENCH_WORK:-}" ]; then rm -rf "$WORK/trash"; else rm -rf "$WORK"; fi
}
# Takes folders out of the way for the next run: moved into the trash (see above), or deleted with BENCH_DELETE=1.
TRASHED=0
clear_out() {
  local path
  for path in "$@"; do
    [ -e "$path" ] || continue
    if [ -n "${BENCH_DELETE:-}" ]; then rm -rf "$path"; else
      TRASHED=$((TRASHED + 1)); mkdir -p "$WORK/trash/$TRASHED"; mv "$path" "$WORK/trash/$TRASHED/"
    fi
  done
}
trap cleanup EXIT

for tool in java javac curl python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y time curl python3)" >&2; exit 1; }
done

echo "Building the plugin into $M2 ..." >&2
"${MVN[@]}" -q install -DskipTests -pl nuget-maven-plugin -am >&2
"${MVN[@]}" -q -pl nuget-testing dependency:build-classpath -Dmdep.outputFile="$WORK/testing.cp" >&2
"${MVN[@]}" -q -pl nuget-core dependency:build-classpath -Dmdep.outputFile="$WORK/core.cp" >&2
javac -d "$WORK/classes" -cp "nuget-core/target/classes:$(cat "$WORK/core.cp")" bench/RestoreBench.java
java -cp "nuget-core/target/classes:$WORK/classes:$(cat "$WORK/core.cp")" RestoreBench "$WORK/packages" "$WORK/project" >&2

# The feed, a process of its own, logging every request it receives.
mkdir -p "$WORK/feed"
java -cp "nuget-testing/target/classes:$(cat "$WORK/testing.cp")" io.nugetbridge.testing.ArtipieServerMain \
  --storage "$WORK/feed/storage" --request-log "$WORK/feed/requests.log" --ready-file "$WORK/feed/ready" \
  --stop-file "$WORK/feed/stop" --max-minutes 30 >"$WORK/feed/out.log" 2>&1 &
FEED_PID=$!
for _ in $(seq 1 300); do [ -s "$WORK/feed/ready" ] && break; sleep 0.2; done
INDEX=$(cat "$WORK/feed/ready")
BASE=${INDEX%/index.json}
echo "Pushing $(ls "$WORK/packages" | wc -l) packages to $INDEX ..." >&2
ls "$WORK/packages"/*.nupkg | xargs -I{} curl -sf -o /dev/null --retry 3 -X PUT -F "package=@{}" "$BASE/package" # one at a time: Artipie fails some parallel pushes

cat >"$WORK/project/nuget.config" <<XML
<configuration><packageSources><clear/><add key="bench" value="$INDEX" /></packageSources></configuration>
XML
cat >"$WORK/project/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>restore-bench</artifactId><version>1.0</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.nugetbridge</groupId><artifactId>nuget-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <executions><execution><goals><goal>restore</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
XML
export NUGET_PACKAGES="$WORK/global-packages"

# What the goal said it did: "Restored N packages (D downloaded)", or NuGet's no-op.
outcome() {
  sed -n -e 's/.*\(Restored [0-9]* packages ([0-9]* downloaded)\).*/\1/p' \
    -e 's/.*restore is up to date.*), \([0-9]*\) packages.*/up to date (no-op restore), \1 packages/p' "$WORK/last.log" | tail -1
}
requests() { [ -f "$WORK/feed/requests.log" ] && wc -l <"$WORK/feed/requests.log" || echo 0; }
TICKS=$(getconf CLK_TCK)
# CPU time the feed's process has used so far, in ms (user + system, from /proc).
feed_cpu() { awk -v t="$TICKS" '{printf "%.0f", ($14 + $15) * 1000 / t}' "/proc/$FEED_PID/stat"; }
# One mvn run: prints "<wall s> <peak RSS MiB> <goal ms> <requests> <mvn CPU s> <feed CPU s>"; its log is kept in
# $WORK/last.log and the requests it sent in $WORK/last-requests.log.
mvn_run() {
  local before after goal wall rss cpu feed0 feed
  before=$(requests)
  feed0=$(feed_cpu)
  /usr/bin/time -v -o "$WORK/time.txt" "${MVN[@]}" -f "$WORK/project/pom.xml" generate-resources "$@" >"$WORK/last.log" 2>&1 \
    || { cat "$WORK/last.log" >&2; exit 1; }
  after=$(requests)
  feed=$(awk -v a="$(feed_cpu)" -v b="$feed0" 'BEGIN { printf "%.2f", (a - b) / 1000 }')
  tail -n +"$((before + 1))" "$WORK/feed/requests.log" 2>/dev/null | head -n "$((after - before))" >"$WORK/last-requests.log" || true
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$WORK/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
  goal=$(sed -n 's/.*\(Restored \|restore is up to date\).* in \([0-9]*\) ms$/\2/p' "$WORK/last.log" | tail -1)
  echo "$wall $rss ${goal:--} $((after - before)) $cpu $feed"
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); $(curl --version | head -1 | cut -d' ' -f1-2)"
mvn_run >/dev/null # Maven's own plugins resolved once, outside the measurements
clear_out "$NUGET_PACKAGES" "$WORK/project/target"
measured=$(mvn_run -Dnuget.skip=true)
read -r noop_wall noop_rss _ _ noop_cpu _ <<<"$measured"
echo "No-op build (-Dnuget.skip): $noop_wall s wall, $noop_cpu s CPU, $noop_rss MiB peak RSS"
echo
echo "| run | kind | goal's own time | mvn wall | mvn wall - no-op | CPU: mvn JVM - no-op | CPU: feed | peak RSS (mvn JVM) | requests to the feed | packages |"
echo "|---|---|---|---|---|---|---|---|---|---|"
row() { # run, kind, then mvn_run's output
  local run=$1 kind=$2 wall=$3 rss=$4 goal=$5 asked=$6 cpu=$7 feed=$8
  printf '| %s | %s | %s ms | %s s | %s s | %s s | %s s | %s MiB | %s | %s |\n' "$run" "$kind" "$goal" "$wall" \
    "$(awk -v a="$wall" -v b="$noop_wall" 'BEGIN { printf "%.2f", a - b }')" \
    "$(awk -v a="$cpu" -v b="$noop_cpu" 'BEGIN { printf "%.2f", a - b }')" "$feed" "$rss" "$asked" "$(outcome)"
}
for run in $(seq 1 "$RUNS"); do
  clear_out "$NUGET_PACKAGES" "$WORK/project/target"
  measured=$(mvn_run) # a failed build ends the script here (set -e), with its log
  row "$run" cold $measured
  cp "$WORK/last-requests.log" "$WORK/cold-requests.log"
  measured=$(mvn_run)
  row "$run" warm $measured
  clear_out "$WORK/project/target"
  measured=$(mvn_run)
  row "$run" "warm, target/ cleaned" $measured
done

# The closure: per framework from the summary, and every .nupkg the cold restore installed.
python3 - "$WORK/project/target/nuget/summary/Bench.csproj.json" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
print()
print("Closure per framework: " + ", ".join(f"{f['framework']} {len(f['packages'])}" for f in summary["frameworks"]))
PY
find "$NUGET_PACKAGES" -name '*.nupkg' | sed "s|^$NUGET_PACKAGES/\([^/]*\)/\([^/]*\)/.*|url = \"$BASE/content/\1/\2/\1.\2.nupkg\"\noutput = \"/dev/null\"|" >"$WORK/curl.cfg"
files=$(grep -c '^url' "$WORK/curl.cfg")
bytes=$(find "$NUGET_PACKAGES" -name '*.nupkg' -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1048576}')
curl_floor() { # what, curl config
  local run before
  echo "$1"
  for run in $(seq 1 "$RUNS"); do
    before=$(requests); feed0=$(feed_cpu)
    /usr/bin/time -f '%e' -o "$WORK/curl-time.txt" curl -sf --parallel --parallel-max 16 -K "$2"
    echo "  run $run: $(cat "$WORK/curl-time.txt") s, $(( $(requests) - before )) requests, feed CPU" \
      "$(awk -v a="$(feed_cpu)" -v b="$feed0" 'BEGIN { printf "%.2f", (a - b) / 1000 }') s"
  done
}
curl_floor "Floor: curl fetching the same $files .nupkg files ($bytes MiB) over 16 parallel connections:" "$WORK/curl.cfg"
sed -n "s|^GET \(.*\)|url = \"$BASE\1\"\noutput = \"/dev/null\"|p" "$WORK/cold-requests.log" >"$WORK/curl-all.cfg"
curl_floor "Every request of the last cold restore ($(grep -c '^url' "$WORK/curl-all.cfg"): service index, version lists, packages), all at once by curl over 16 parallel connections:" "$WORK/curl-all.cfg"
entries=$(find "$NUGET_PACKAGES" "$WORK/project/target" | wc -l)
echo "Writing the files a cold restore writes: cp -r of its global packages folder and target/ ($entries files and folders):"
for run in $(seq 1 "$RUNS"); do
  mkdir -p "$WORK/trash/cp-$run"
  /usr/bin/time -f '%e s, %S s system time' -o "$WORK/cp-time.txt" \
    sh -c 'cp -r "$1" "$3/g" && cp -r "$2" "$3/t"' cp "$NUGET_PACKAGES" "$WORK/project/target" "$WORK/trash/cp-$run"
  echo "  run $run: $(cat "$WORK/cp-time.txt")"
done
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
