#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on 127.0.0.1, its URL in NONPRO_TEST_POSTGRES_URL.
# The cluster lives in a temporary folder and is stopped and removed when the command ends.
set -euo pipefail

initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$initdb" ]; then
    if [ "${CI:-}" = "true" ]; then echo "error: no PostgreSQL server installed (run make system-deps)" >&2; exit 1; fi
    echo "warning: no PostgreSQL server installed; PostgreSQL tests will be skipped" >&2
    exec "$@"
fi
bindir=$(dirname "$initdb")
port=${NONPRO_TEST_PG_PORT:-$(( 55000 + RANDOM % 5000 ))}
root=$(mktemp -d /tmp/nonpro-pg.XXXXXX)
chmod 755 "$root"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$root" postgres
    chown postgres "$root"
    as_pg=(runuser -u postgres --)
fi

cleanup() {
    "${as_pg[@]}" "$bindir/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$root"
}
trap cleanup EXIT

"${as_pg[@]}" "$bindir/initdb" -D "$root/data" -U nonpro --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$bindir/pg_ctl" -D "$root/data" -l "$root/log" -w \
    -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U nonpro nonpro

export NONPRO_TEST_POSTGRES_URL="postgresql://nonpro@127.0.0.1:$port/nonpro"
set +e
"$@"
status=$?
set -e
exit $status
