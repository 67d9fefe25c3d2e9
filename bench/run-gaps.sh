#!/usr/bin/env bash
# Gap analytics benchmark (on demand, never in CI): the search suite's scratch database (full ESCO v1.1.1 import and N
# synthetic credentials through the real CatalogueImporter, shared code in bench/SkillsRegistry.Bench/BenchData.cs),
# kept under bench/work/gaps-N and reused by later runs (--fresh rebuilds it); then the gap index built in-process,
# skillGap for a fixed mix of ESCO occupations in-process, as one straightforward SQL query and over GraphQL/HTTP (the
# built API as a child process on 127.0.0.1) at concurrency 1 and 8, and coverage of every ESCO occupation x 10
# regions. Writes bench/results/<yyyy-MM-dd>-gaps.md.
# Usage: bench/run-gaps.sh [N=1000000] [extra options, e.g. --import-minutes 40 --seconds 10 --max-requests 2000 --fresh]
# Data: $SKILLSREGISTRY_FULL_DATA, else /work/shared/data (needs esco-v1.1.1/csv).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
shift || true
data="${SKILLSREGISTRY_FULL_DATA:-/work/shared/data}"
if [[ ! -d "$data/esco-v1.1.1/csv" ]]; then
  echo "ESCO v1.1.1 CSV release not found under $data/esco-v1.1.1/csv" >&2
  exit 2
fi
cd "$repo"
dotnet build src/SkillsRegistry.Api -c Release --nologo -v q
dotnet build bench/SkillsRegistry.Bench -c Release --nologo -v q
dotnet bench/SkillsRegistry.Bench/bin/Release/net10.0/SkillsRegistry.Bench.dll gaps --count "$n" --data "$data" \
  --api src/SkillsRegistry.Api/bin/Release/net10.0/SkillsRegistry.Api.dll "$@"
