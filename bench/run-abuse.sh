#!/usr/bin/env bash
# Abuse (on demand, never in CI): normal keyed traffic alone, then under anonymous attacks (deep nesting, aliases, fragment cycles, huge batches, introspection storms, oversized bodies, slow clients), then after. Needs nothing from ../shared.
# Writes bench/results/<yyyy-MM-dd>-abuse.md.
# Usage: bench/run-abuse.sh [options, e.g. --seconds 30 --normal-concurrency 4 --attackers-per-kind 1 --slow-clients 100]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dotnet build src/SkillsRegistry.Api -c Release --nologo -v q
dotnet build bench/SkillsRegistry.Bench -c Release --nologo -v q
dotnet bench/SkillsRegistry.Bench/bin/Release/net10.0/SkillsRegistry.Bench.dll abuse "$@"
