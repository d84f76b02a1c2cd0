#!/usr/bin/env bash
# The README's test command: installs what the tests need and this machine lacks (Debian's Chromium
# and its driver for the browser tests; axe-core and the Nu HTML checker from the npm registry for
# the accessibility test, into target/a11y/), then runs the whole suite. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/../../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q chromium chromium-driver
fi

A11Y=target/a11y
if [ ! -f "$A11Y/node_modules/axe-core/axe.min.js" ] || [ ! -f "$A11Y/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  mkdir -p "$A11Y"
  npm install --prefix "$A11Y" --no-save --no-audit --no-fund --loglevel=error axe-core@4.11.1 vnu-jar@26.9.27
fi

exec mvn -B verify "$@"
