#!/usr/bin/env bash
# bench/restore.sh: nuget:restore on a generated graph of 200 package ids (276 versions, depth 6, shared
# dependencies, three frameworks) pushed to Artipie on 127.0.0.1, cold (empty global packages folder) and warm
# (every package in it; with target/ kept that is NuGet's no-op restore), against the floor of curl fetching the same .nupkg files over 16 parallel connections.
#
#   bench/restore.sh [runs]        default: 3 runs of each
#
# Reports, per run: the goal's own time (its "Restored ... in N ms" line, Maven's start excluded), the wall time of
# the whole mvn and of a no-op mvn on the same project (-Dnuget.skip), peak RSS of the Maven JVM, and how many
# requests the feed received. Needs Java 17, curl, python3 and GNU time (apt-get install -y time curl). Builds the
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
  [ -n "${BENCH_WORK:-}" ] || rm -rf "$WORK"
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
# One mvn run: prints "<wall s> <peak RSS MiB> <goal ms> <requests>"; its log is kept in $WORK/last.log.
mvn_run() {
  local before after goal wall rss
  before=$(requests)
  /usr/bin/time -v -o "$WORK/time.txt" "${MVN[@]}" -f "$WORK/project/pom.xml" generate-resources "$@" >"$WORK/last.log" 2>&1 \
    || { cat "$WORK/last.log" >&2; exit 1; }
  after=$(requests)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
  goal=$(sed -n 's/.*\(Restored \|restore is up to date\).* in \([0-9]*\) ms$/\2/p' "$WORK/last.log" | tail -1)
  echo "$wall $rss ${goal:--} $((after - before))"
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); $(curl --version | head -1 | cut -d' ' -f1-2)"
mvn_run >/dev/null # Maven's own plugins resolved once, outside the measurements
rm -rf "$NUGET_PACKAGES" "$WORK/project/target"
read -r noop_wall noop_rss _ _ < <(mvn_run -Dnuget.skip=true)
echo "No-op build (-Dnuget.skip): $noop_wall s wall, $noop_rss MiB peak RSS"
echo
echo "| run | kind | goal's own time | mvn wall | mvn wall - no-op | peak RSS (mvn JVM) | requests to the feed | packages |"
echo "|---|---|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$NUGET_PACKAGES" "$WORK/project/target"
  read -r wall rss goal asked < <(mvn_run)
  summary=$(outcome)
  printf '| %s | cold | %s ms | %s s | %s s | %s MiB | %s | %s |\n' "$run" "$goal" "$wall" \
    "$(awk -v a="$wall" -v b="$noop_wall" 'BEGIN { printf "%.2f", a - b }')" "$rss" "$asked" "$summary"
  for kind in warm "warm, target/ cleaned"; do
    [ "$kind" = warm ] || rm -rf "$WORK/project/target"
    read -r wall rss goal asked < <(mvn_run)
    summary=$(outcome)
    printf '| %s | %s | %s ms | %s s | %s s | %s MiB | %s | %s |\n' "$run" "$kind" "$goal" "$wall" \
      "$(awk -v a="$wall" -v b="$noop_wall" 'BEGIN { printf "%.2f", a - b }')" "$rss" "$asked" "$summary"
  done
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
echo "Floor: curl fetching the same $files .nupkg files ($bytes MiB) over 16 parallel connections:"
for run in $(seq 1 "$RUNS"); do
  before=$(requests)
  /usr/bin/time -f '%e' -o "$WORK/curl-time.txt" curl -sf --parallel --parallel-max 16 -K "$WORK/curl.cfg"
  echo "  run $run: $(cat "$WORK/curl-time.txt") s, $(( $(requests) - before )) requests"
done
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
