#!/usr/bin/env bash
# The README's test command: installs what the tests need and this machine lacks (Debian's Chromium
# and its driver for the browser tests), then runs the whole suite. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/../../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q chromium chromium-driver
fi

exec mvn -B verify "$@"
