#!/usr/bin/env bash
# The benchmark's data generator: an organization of the given scale (0.001 to 1, default 1) in its
# own database — the embedded MariaDB in target/bench-org/mariadb (one database per scale), or the
# server of DB_URL, DB_USER and DB_PASSWORD when DB_URL is set. A database that already holds the same
# scale is kept as it is; one that holds anything else is refused.
# Usage: src/test/sh/generate.sh [scale]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -DskipTests package
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx3g" mvn -q -B exec:java -Dexec.mainClass=org.throughline.bench.Generator \
  -Dexec.args="--scale ${1:-1}"
