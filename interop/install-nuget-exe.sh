#!/usr/bin/env bash
# Installs the real NuGet client the interop suite (nuget-interop/) runs beside this project: Debian's Mono
# runtime with the class libraries NuGet.exe 5.8 loads for restore, pack, push and install, and NuGet.exe 5.8
# itself from the npm package `nuget-exe`. Idempotent; needs root for apt-get (as on CI).
#
# Where it puts NuGet.exe: $NUGET_EXE if set, else ~/.cache/nuget-bridge/nuget-5.8.0.exe (where the interop
# tests look when -Dnuget.exe is not given).
set -euo pipefail

NUGET_EXE="${NUGET_EXE:-$HOME/.cache/nuget-bridge/nuget-5.8.0.exe}"

# The smallest set that runs NuGet.exe 5.8's commands on Mono 6.8 (found by loading each command until no
# assembly was missing); mono-complete would bring ~200 MB more.
MONO_PACKAGES=(
  mono-runtime
  libmono-microsoft-csharp4.0-cil
  libmono-microsoft-build-utilities-v4.0-4.0-cil
  libmono-system-componentmodel-composition4.0-cil
  libmono-system-componentmodel-dataannotations4.0-cil
  libmono-system-data4.0-cil
  libmono-system-data-services-client4.0-cil
  libmono-system-io-compression4.0-cil
  libmono-system-io-compression-filesystem4.0-cil
  libmono-system-net-http4.0-cil
  libmono-system-runtime-serialization4.0-cil
  libmono-system-security4.0-cil
  libmono-system-servicemodel4.0a-cil
  libmono-system-xml-linq4.0-cil
  libmono-windowsbase4.0-cil
)

missing=()
for p in "${MONO_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -s "$NUGET_EXE" ]; then
  mkdir -p "$(dirname "$NUGET_EXE")"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent nuget-exe@5.8.0 >/dev/null && tar xzf nuget-exe-5.8.0.tgz)
  cp "$work/package/nuget-5.8.0.exe" "$NUGET_EXE.tmp"
  mv "$NUGET_EXE.tmp" "$NUGET_EXE"
fi

help_text="$(mono "$NUGET_EXE" help)"
echo "${help_text%%$'\n'*} at $NUGET_EXE"
