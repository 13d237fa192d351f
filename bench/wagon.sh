#!/usr/bin/env bash
# bench/wagon.sh: Maven resolving nupkg dependencies through the wagon (with NuGet's rules: the mediation resolves
# the graph with nuget-core's resolver first) against the same Maven resolving the same POMs and packages from a
# plain Maven repository, side by side on the restore benchmark's generated graph (bench/RestoreBench.java: 200 ids,
# 276 versions, depth 6, cousins), for the same ten direct dependencies.
#
#   bench/wagon.sh [runs]        default: 3 runs of each kind
#
# The wagon's feed is Artipie on 127.0.0.1; the plain repository is the POMs and .nupkg files the wagon produced
# (both the versions NuGet's rules choose and those Maven's own mediation chooses), served as static files over HTTP
# on 127.0.0.1 by python3's http.server. Each build is `mvn dependency:resolve` (collect the graph, download every
# artifact). Rows: cold (empty local repository and, for the wagon, empty global packages folder), warm (both as
# the cold run left them). Wall time and CPU of the whole mvn, and requests the wagon's feed received.
# Builds the plugin into a local repository of its own (BENCH_M2) reading the rest from ~/.m2, which is never written.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
RUNS=${1:-3}
WORK=${BENCH_WORK:-$(mktemp -d /tmp/nuget-wagon-bench.XXXXXX)}
M2=${BENCH_M2:-$WORK/m2}
MVN=("$REPO/mvnw" -B -Dmaven.repo.local.tail="$HOME/.m2/repository")
FEED_PID=
PLAIN_PID=
cleanup() {
  [ -n "$FEED_PID" ] && touch "$WORK/feed/stop" && wait "$FEED_PID" 2>/dev/null || true
  [ -n "$PLAIN_PID" ] && kill "$PLAIN_PID" 2>/dev/null || true
  [ -n "${BENCH_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
TRASHED=0
clear_out() { # moved aside, not deleted just before a run (see bench/restore.sh on journal-less ext4)
  local path
  for path in "$@"; do
    [ -e "$path" ] || continue
    TRASHED=$((TRASHED + 1)); mkdir -p "$WORK/trash/$TRASHED"; mv "$path" "$WORK/trash/$TRASHED/"
  done
}

if [ -z "${BENCH_PREBUILT:-}" ]; then # BENCH_PREBUILT=1 with the BENCH_WORK of an earlier run: its build and graph again
  echo "Building the plugin into $M2 ..." >&2
  "${MVN[@]}" -q -Dmaven.repo.local="$M2" install -DskipTests -pl nuget-maven-plugin -am >&2
  "${MVN[@]}" -q -Dmaven.repo.local="$M2" -pl nuget-testing dependency:build-classpath -Dmdep.outputFile="$WORK/testing.cp" >&2
  "${MVN[@]}" -q -Dmaven.repo.local="$M2" -pl nuget-core dependency:build-classpath -Dmdep.outputFile="$WORK/core.cp" >&2
  javac -d "$WORK/classes" -cp "nuget-core/target/classes:$(cat "$WORK/core.cp")" bench/RestoreBench.java
  java -cp "nuget-core/target/classes:$WORK/classes:$(cat "$WORK/core.cp")" RestoreBench "$WORK/packages" "$WORK/generated" >&2
  rm -rf "$WORK/testing-classes" && cp -r nuget-testing/target/classes "$WORK/testing-classes" # the feed's own copy
fi
rm -rf "$WORK/feed" "$WORK/seed-repo" "$WORK/plain-repo" "$WORK/trash"

mkdir -p "$WORK/feed"
java -cp "$WORK/testing-classes:$(cat "$WORK/testing.cp")" io.nugetbridge.testing.ArtipieServerMain \
  --storage "$WORK/feed/storage" --request-log "$WORK/feed/requests.log" --ready-file "$WORK/feed/ready" \
  --stop-file "$WORK/feed/stop" --max-minutes 30 >"$WORK/feed/out.log" 2>&1 &
FEED_PID=$!
for _ in $(seq 1 300); do [ -s "$WORK/feed/ready" ] && break; sleep 0.2; done
INDEX=$(cat "$WORK/feed/ready")
echo "Pushing $(ls "$WORK/packages" | wc -l) packages to $INDEX ..." >&2
ls "$WORK/packages"/*.nupkg | xargs -I{} curl -sf -o /dev/null --retry 3 -X PUT -F "package=@{}" "${INDEX%/index.json}/package"

# The ten direct references of the restore benchmark's project, as nupkg dependencies.
DEPS=$(sed -n 's|.*<PackageReference Include="\([^"]*\)" Version="\([^"]*\)".*|<dependency><groupId>nuget</groupId><artifactId>\1</artifactId><version>\2</version><type>nupkg</type></dependency>|p' "$WORK/generated/Bench.csproj")
project() { # folder, repository URL, extra build XML
  mkdir -p "$1"
  cat >"$1/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>wagon-bench</artifactId><version>1.0</version><packaging>pom</packaging>
  <repositories><repository><id>bench-repo</id><url>$2</url></repository></repositories>
  <dependencies>$DEPS</dependencies>
  <build><plugins>$3
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.11.0</version></plugin>
  </plugins></build>
</project>
XML
}
EXT='<plugin><groupId>io.nugetbridge</groupId><artifactId>nuget-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version><extensions>true</extensions></plugin>'
project "$WORK/wagon" "nuget+$INDEX" "$EXT"

# Each run's local repository reads Maven's own plugins from $M2 (tail), so only the graph's artifacts are resolved.
run() { # kind, project folder, local repository, extra args...
  local kind=$1 folder=$2 local=$3; shift 3
  local before after
  before=$(wc -l <"$WORK/feed/requests.log" 2>/dev/null || echo 0)
  /usr/bin/time -v -o "$WORK/time.txt" "$REPO/mvnw" -B -Dmaven.repo.local="$local" \
    -Dmaven.repo.local.tail="$M2,$HOME/.m2/repository" -f "$folder/pom.xml" dependency:resolve "$@" >"$WORK/last.log" 2>&1 \
    || { cat "$WORK/last.log" >&2; exit 1; }
  after=$(wc -l <"$WORK/feed/requests.log" 2>/dev/null || echo 0)
  local wall cpu count
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$WORK/time.txt")
  count=$(grep -c ':nupkg:' "$WORK/last.log" || true)
  echo "$kind $wall $cpu $((after - before)) $count"
}

# The plain repository: what the wagon made under both mediations, without Resolver's bookkeeping files.
export NUGET_PACKAGES="$WORK/global-packages"
run seed "$WORK/wagon" "$WORK/seed-repo" >/dev/null
run seed "$WORK/wagon" "$WORK/seed-repo" -Dnuget.mavenMediation=true >/dev/null
mkdir -p "$WORK/plain-repo"
cp -r "$WORK/seed-repo/nuget" "$WORK/plain-repo/"
find "$WORK/plain-repo" \( -name '_remote.repositories' -o -name '*.lastUpdated' -o -name 'resolver-status.properties' \) -delete
(cd "$WORK/plain-repo" && exec python3 -m http.server 0 --bind 127.0.0.1 >"$WORK/plain.log" 2>&1) &
PLAIN_PID=$!
for _ in $(seq 1 100); do grep -q 'port' "$WORK/plain.log" && break; sleep 0.1; done
PLAIN_PORT=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$WORK/plain.log" | head -1)
project "$WORK/plain" "http://127.0.0.1:$PLAIN_PORT/" ""
clear_out "$NUGET_PACKAGES"

echo "Machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo
echo "| run | kind | wagon: mvn wall | wagon: CPU | requests to the feed | plain: mvn wall | plain: CPU | wall wagon / plain |"
echo "|---|---|---|---|---|---|---|---|"
for i in $(seq 1 "$RUNS"); do
  clear_out "$WORK/local-wagon" "$WORK/local-plain" "$NUGET_PACKAGES"
  read -r _ ww wc wr _ <<<"$(run cold "$WORK/wagon" "$WORK/local-wagon")"
  read -r _ pw pc _ _ <<<"$(run cold "$WORK/plain" "$WORK/local-plain")"
  echo "| $i | cold | $ww s | $wc s | $wr | $pw s | $pc s | $(awk -v a="$ww" -v b="$pw" 'BEGIN { printf "%.2f", a / b }') |"
  read -r _ ww wc wr _ <<<"$(run warm "$WORK/wagon" "$WORK/local-wagon")"
  read -r _ pw pc _ _ <<<"$(run warm "$WORK/plain" "$WORK/local-plain")"
  echo "| $i | warm | $ww s | $wc s | $wr | $pw s | $pc s | $(awk -v a="$ww" -v b="$pw" 'BEGIN { printf "%.2f", a / b }') |"
done
echo
echo "Packages resolved: wagon $(find "$WORK/local-wagon/nuget" -name '*.nupkg' | wc -l), plain $(find "$WORK/local-plain/nuget" -name '*.nupkg' | wc -l)"
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
