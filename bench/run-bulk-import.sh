#!/usr/bin/env bash
# Bulk-import benchmark (on demand, never in CI): N synthetic credentials (the search benchmark's generator, full ESCO
# v1.1.1) imported into fresh seeded SQLite databases through CredentialFileImporter as catalogue JSON and as CSV, a raw
# prepared-statement insert of the same rows in the same run, the tracked (EF change tracker) path on a smaller file, a
# re-import, then the search index catch-up (outbox drain and RebuildAsync). Writes bench/results/<yyyy-MM-dd>-bulk-import.md.
# Usage: bench/run-bulk-import.sh [N=100000] [extra options, e.g. --tracked-count 20000 --catch-up-minutes 10 --seed 20261123]
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
dotnet build bench/SkillsRegistry.Bench -c Release --nologo -v q
dotnet bench/SkillsRegistry.Bench/bin/Release/net10.0/SkillsRegistry.Bench.dll bulk-import --count "$n" --data "$data" "$@"
