#!/usr/bin/env bash
# Benchmark of the purge: how many records a second it anonymises, and how a page answers meanwhile.
# Starts its own database and server on free ports (under target/bench/, Payara's log in
# target/bench/payara.log); prints the figures.
# Usage: src/test/sh/purge-benchmark.sh [records]   (default 20000)
set -euo pipefail
cd "$(dirname "$0")/../../.."
rm -rf target/bench
mkdir -p target/bench
mvn -q -B -DskipTests package
mvn -q -B exec:java -Dexec.mainClass=org.throughline.devserver.PurgeBenchmark -Dbench.records="${1:-20000}"
