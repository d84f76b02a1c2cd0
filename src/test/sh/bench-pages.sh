#!/usr/bin/env bash
# The page benchmark: for each scale (default 0.01 and 1) it generates the organization once (see
# generate.sh), starts the application on it beside a bare 50-row PrimeFaces table page, and measures
# every main page at eight connections; the table goes to target/bench/pages.md.
# Usage: src/test/sh/bench-pages.sh [scales, comma-separated] [seconds per page]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -DskipTests package
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx3g" mvn -q -B exec:java -Dexec.mainClass=org.throughline.bench.PageBenchmark \
  -Dbench.scales="${1:-0.01,1}" -Dbench.seconds="${2:-10}"
