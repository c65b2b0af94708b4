#!/usr/bin/env bash
# Until the first release there is one migration, regenerated from the schema after each change,
# so parallel work on several domains never produces clashing migrations. Once a database exists
# that must be kept, stop using this and add migrations with `npm run db:migrate`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=prisma/migrations/20261127000000_init/migration.sql
tmp=$(mktemp)
DATABASE_URL= PGLITE_DATA_DIR="$(mktemp -d)" npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema --script 2>/dev/null > "$tmp"
grep -q "CREATE TABLE" "$tmp" || { echo "schema diff failed"; cat "$tmp"; exit 1; }
mv "$tmp" "$out"
npx prisma generate >/dev/null
echo "regenerated $out and the Prisma client"
