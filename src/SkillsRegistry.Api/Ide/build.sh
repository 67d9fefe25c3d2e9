#!/usr/bin/env bash
# Rebuilds the offline GraphiQL bundle into Ide/dist (committed; embedded into the API assembly).
# Needs Node.js 20+ and npm 11 (vite 8); the .NET build never runs this. See docs/ide.md.
set -euo pipefail
cd "$(dirname "$0")/client"
npm ci --no-audit --no-fund
npm run build
echo "Bundle: $(find ../dist -type f | wc -l) files, $(du -sh ../dist | cut -f1)"
