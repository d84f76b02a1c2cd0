#!/usr/bin/env bash
# The failover check (see org.throughline.failover.FailoverCheck): three Throughline instances on
# 127.0.0.2-4 behind HAProxy (round robin, no stickiness), one embedded MariaDB. Kills instances and
# restarts the database under load and checks that no signed-in user, typed form or acknowledged save is
# lost. Needs root (it adds the loopback addresses); installs haproxy, chromium and chromium-driver when
# missing. Logs in target/failover/. About 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/../../.."
missing=()
command -v haproxy >/dev/null || missing+=(haproxy)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v ip >/dev/null || missing+=(iproute2)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
for address in 127.0.0.2 127.0.0.3 127.0.0.4; do
  ip -4 addr show dev lo | grep -q "inet $address/" || ip addr add "$address/32" dev lo
done
rm -rf target/failover
mkdir -p target/failover
mvn -q -B -DskipTests package
mvn -q -B exec:java -Dexec.mainClass=org.throughline.failover.FailoverCheck
