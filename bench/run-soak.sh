#!/usr/bin/env bash
# Soak (on demand, never in CI): the built API seeded with the demonstration catalogue under a steady mixed read/write load for N minutes (default 10); latency per minute, errors, memory, lost writes. Needs nothing from ../shared.
# Writes bench/results/<yyyy-MM-dd>-soak.md.
# Usage: bench/run-soak.sh [options, e.g. --minutes 10 --reads-per-second 40 --writes-per-second 2]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dotnet build src/SkillsRegistry.Api -c Release --nologo -v q
dotnet build bench/SkillsRegistry.Bench -c Release --nologo -v q
dotnet bench/SkillsRegistry.Bench/bin/Release/net10.0/SkillsRegistry.Bench.dll soak "$@"
