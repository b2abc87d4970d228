#!/usr/bin/env bash
# Smoke-tests a built CJK PostgreSQL image: starts it as the operand user (uid 26) with a fresh
# UTF-8 cluster, runs the Discourse init SQL twice (it must be idempotent; its last steps are
# the Chinese, Japanese and Korean match tests, which fail the run on a miss), then checks the
# extensions it created and the python3 the restore drill runs on.
#   scripts/postgres_image_smoke.sh IMAGE INIT_SQL
set -euo pipefail
image="$1"
sql="$2"
name="postgres-cjk-smoke-$$"
cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT

docker run -d --name "$name" --user 26 "$image" bash -c \
  'initdb -D /tmp/pgdata -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null &&
   exec postgres -D /tmp/pgdata -c listen_addresses= -c unix_socket_directories=/tmp' >/dev/null
for _ in $(seq 1 60); do
  if docker exec "$name" pg_isready -q -h /tmp -U postgres; then break; fi
  sleep 1
done

psql_in() { docker exec -i "$name" psql -h /tmp -U postgres -v ON_ERROR_STOP=1 "$@"; }
psql_in -q -f - < "$sql"
psql_in -q -f - < "$sql"
extensions="$(psql_in -d discourse -tAc "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension")"
for wanted in hstore pg_cjk_parser pg_trgm unaccent vector; do
  case ",$extensions," in
    *",$wanted,"*) ;;
    *) echo "extension $wanted missing (have: $extensions)" >&2; exit 1 ;;
  esac
done
docker exec "$name" python3 -c 'import json, subprocess, urllib.request' || { echo "python3 missing" >&2; exit 1; }
test "$(docker exec "$name" id -u)" = 26
echo "smoke tests passed: $extensions"
