#!/usr/bin/env bash
# Install what nonpro needs from Debian's packages: by default a PostgreSQL server and Chromium for the tests.
set -euo pipefail

# With arguments, install just those packages (e.g. npm for `make run`); without, what the tests need.
need=()
if [ $# -gt 0 ]; then
    need=("$@")
else
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "installing Debian packages: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
    command -v sudo >/dev/null || { echo "error: need root (or sudo) to install ${need[*]}" >&2; exit 1; }
else
    SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
