#!/usr/bin/env bash
# Benchmark of the purge on a generated organization: how many records a second it anonymises, and how
# pages answer meanwhile. Generates the organization afresh into a database of its own (embedded, under
# target/bench-org/, or DB_URL), starts the application on a free port (its log under target/bench/),
# writes the figures to target/bench/purge.md.
# Usage: src/test/sh/purge-benchmark.sh [scale]   (0.001 to 1, default 1)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -DskipTests package
MAVEN_OPTS="${MAVEN_OPTS:--Xmx3g}" mvn -q -B exec:java -Dexec.mainClass=org.throughline.bench.PurgeBenchmark \
    -Dexec.args="--scale ${1:-1}"
