#!/usr/bin/env bash
# Adds an incremental migration for what changed in server/db/schema since the last one:
#   npm run db:generate -- <name>      (e.g. npm run db:generate -- poll_option_kinds)
# Released databases keep their data across upgrades, so never delete or regenerate an existing
# migration; server/db/upgrade/upgrade.test.ts migrates an older database to the current schema.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run db:generate -- <name_of_the_change>}
exec flock /tmp/village-pledge-migrate.lock npx drizzle-kit generate --name "$name"
