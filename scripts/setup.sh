#!/usr/bin/env bash
# Installs what Nianbao needs on a fresh Debian machine: the browsers for the end-to-end tests
# and the demo (with Chinese fonts for screenshots), then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
# xvfb + xdotool: the end-to-end test that presses the popup's keyboard shortcut for real.
if ! command -v chromium >/dev/null || ! command -v firefox-esr >/dev/null || ! fc-list 2>/dev/null | grep -qi wqy \
  || ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-l10n firefox-esr fonts-wqy-microhei xvfb xdotool >/dev/null
fi
npm ci --no-audit --no-fund
