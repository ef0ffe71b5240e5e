#!/usr/bin/env bash
# Settlement benchmark (not a test; never run by CI). Seeds 1,000 due questions with 1,000 answers each
# (1,000,000 answers, 10,000 members) into the test database, settles them all through the persistence
# adapter (ApplySettlementPort) in a JVM limited to 256 MB, then times a plain JDBC batch writing the
# same rows (the floor). Last line:
#   settlement votes=1000 choices=1000000 seconds=S floor_seconds=F ratio=R
# The database is the tests' (WHALING_TEST_DB_URL / _USER / _PASSWORD, see TestDatabase); the benchmark
# empties the application's tables before and after, so give it a database nobody else is using, e.g.
#   WHALING_TEST_DB_URL=jdbc:mysql://127.0.0.1:3306/whaling_bench benchmarks/settlement.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Maven's output only when it fails, so that the benchmark's result stays the last line.
BUILD_LOG="$(mktemp)"
trap 'rm -f "$BUILD_LOG"' EXIT
if ! { mvn -B -q -pl adapter-persistence test-compile \
        && mvn -B -q -pl adapter-persistence dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile=target/benchmark-classpath.txt; } >"$BUILD_LOG" 2>&1; then
    cat "$BUILD_LOG" >&2
    exit 1
fi
CLASSPATH="adapter-persistence/target/test-classes:adapter-persistence/target/classes:$(cat adapter-persistence/target/benchmark-classpath.txt)"
java -Xmx256m -cp "$CLASSPATH" kr.co.whaling.adapter.out.persistence.SettlementBenchmark
