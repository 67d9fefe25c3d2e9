#!/usr/bin/env bash
# Search benchmark (on demand, never in CI): scratch SQLite database under bench/work/, full ESCO v1.1.1 import,
# N synthetic credentials through the real CatalogueImporter, Lucene RebuildAsync, then the query mix in-process and
# over GraphQL/HTTP (the built API as a child process on 127.0.0.1). Writes bench/results/<yyyy-MM-dd>-search.md.
# Usage: bench/run-search.sh [N=100000] [extra options, e.g. --seconds 8 --max-requests 4000 --no-http]
# Data: $SKILLSREGISTRY_FULL_DATA, else /work/shared/data (needs esco-v1.1.1/csv).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"
shift || true
data="${SKILLSREGISTRY_FULL_DATA:-/work/shared/data}"
if [[ ! -d "$data/esco-v1.1.1/csv" ]]; then
  echo "ESCO v1.1.1 CSV release not found under $data/esco-v1.1.1/csv" >&2
  exit 2
fi
cd "$repo"
dotnet build src/SkillsRegistry.Api -c Release --nologo -v q
dotnet build bench/SkillsRegistry.Bench -c Release --nologo -v q
dotnet bench/SkillsRegistry.Bench/bin/Release/net10.0/SkillsRegistry.Bench.dll search --count "$n" --data "$data" \
  --api src/SkillsRegistry.Api/bin/Release/net10.0/SkillsRegistry.Api.dll "$@"
