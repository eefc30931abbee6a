#!/usr/bin/env bash
# One placement decision over 10,000 candidate nodes (JMH, sample time: p50/p99), next to a
# one-pass scan of the same registry as the baseline, same JVM, same run.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
[ -f "$HOME/.m2/repository/io/streamhub/domain/0.1.0-SNAPSHOT/domain-0.1.0-SNAPSHOT.jar" ] || mvn -B -q -pl domain install -DskipTests
mvn -B -q -f bench/jmh/pom.xml package
stamp=$(date -u +%Y%m%dT%H%M%SZ)
raw="$BENCH_RESULTS/placement-jmh-$stamp.txt"
java -jar bench/jmh/target/benchmarks.jar PlacementBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1 | tee "$raw"
report="$BENCH_RESULTS/placement-jmh-$stamp.md"
awk '
  /PlacementBenchmark.decide:p0.50/ {d50=$(NF-1)} /PlacementBenchmark.decide:p0.99 / {d99=$(NF-1)}
  /PlacementBenchmark.baselineScan:p0.50/ {b50=$(NF-1)} /PlacementBenchmark.baselineScan:p0.99 / {b99=$(NF-1)}
  END {
    printf "# placement over 10,000 nodes\n\n| | p50 us | p99 us |\n|---|---|---|\n"
    printf "| decide | %s | %s |\n| baseline scan | %s | %s |\n\n", d50, d99, b50, b99
    printf "decide p50 / baseline p50 = %.1f\n", d50 / b50
  }' "$raw" | tee "$report"
