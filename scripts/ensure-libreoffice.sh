#!/usr/bin/env bash
# The document tests convert generated Word files with LibreOffice (soffice --headless). Installs
# Debian's libreoffice-writer-nogui once, when soffice is missing; does nothing when it is there.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "LibreOffice is missing (soffice) and this user cannot install it; run: apt-get install -y libreoffice-writer-nogui" >&2
  exit 1
fi
echo "Installing Debian's libreoffice-writer-nogui for the document tests…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
command -v soffice >/dev/null
