#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Installs it once, when it
# is missing; does nothing when it is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Chromium is missing (/usr/bin/chromium) and this user cannot install it; run: apt-get install -y chromium" >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x /usr/bin/chromium
