#!/usr/bin/env bash
# Local check (not run in CI): imports the full ESCO v1.1.1, O*NET 29.3 and Nesta crosswalk releases into a
# temporary SQLite database and asserts the published counts (3,007 / 13,896 / 123,855 relation rows of which 67 name an occupation missing from the release, and 1,016).
# Usage: bench/full-import-check.sh [path/to/shared/data]   (default: $SKILLSREGISTRY_FULL_DATA, else /work/shared/data)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-${SKILLSREGISTRY_FULL_DATA:-/work/shared/data}}"
if [[ ! -d "$data/esco-v1.1.1/csv" || ! -d "$data/onet-29.3" ]]; then
  echo "Full releases not found under $data" >&2
  exit 2
fi
export SKILLSREGISTRY_FULL_DATA="$(cd "$data" && pwd)"
cd "$repo"
time dotnet test bench/FullImportCheck \
  --logger "console;verbosity=detailed"
