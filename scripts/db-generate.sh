#!/usr/bin/env bash
# Regenerates the schema migration from server/db/schema. Until the first release every table lives in
# one squashed migration; after it, replace this with plain `drizzle-kit generate` (incremental files).
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock /tmp/village-pledge-migrate.lock sh -c 'rm -rf server/db/migrations && npx drizzle-kit generate --name schema'
