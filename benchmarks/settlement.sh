#!/usr/bin/env bash
# Settlement benchmark (not a test; never run by CI). Seeds 1,000 due questions with 1,000 answers each
# (1,000,000 answers, 10,000 members) into the test database, settles them all through the persistence
# adapter (ApplySettlementPort) in a JVM limited to 256 MB, then seeds the same data again and times the
# floor: the same row changes written the fastest plain JDBC way (per question: rows getting the same change
# updated by primary key in one statement, the ledger rows in one multi-row INSERT), everything known in
# advance. Last line:
#   settlement votes=1000 choices=1000000 seconds=S floor_seconds=F ratio=R
# The database is the tests' (WHALING_TEST_DB_URL / _USER / _PASSWORD, see TestDatabase; the default is
# jdbc:mysql://127.0.0.1:3306/whaling_test). The benchmark empties the application's tables before and
# after, so give it a database nobody else is using at the same time, e.g.
#   WHALING_TEST_DB_URL=jdbc:mysql://127.0.0.1:3306/whaling_bench benchmarks/settlement.sh
# Maven builds the module offline when the local repository already holds everything, online otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

MODULE=adapter-persistence
CLASSPATH_FILE="$MODULE/target/benchmark-classpath.txt"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Maven's output only when it fails, so that the benchmark's result stays the last line.
BUILD_LOG="$(mktemp)"
trap 'rm -f "$BUILD_LOG"' EXIT

build() {
    mvn -B -q "$@" -pl "$MODULE" test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
}

rm -f "$CLASSPATH_FILE"
if ! build --offline >"$BUILD_LOG" 2>&1; then
    if ! build >>"$BUILD_LOG" 2>&1; then
        cat "$BUILD_LOG" >&2
        echo "settlement.sh: building $MODULE failed (log above)" >&2
        exit 1
    fi
fi
if [[ ! -s "$CLASSPATH_FILE" ]]; then
    echo "settlement.sh: Maven wrote no classpath to $CLASSPATH_FILE" >&2
    exit 1
fi

echo "settlement.sh: database ${WHALING_TEST_DB_URL:-(TestDatabase default)}" >&2
CLASSPATH="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CLASSPATH_FILE")"
exec "$JAVA" -Xmx256m -cp "$CLASSPATH" kr.co.whaling.adapter.out.persistence.SettlementBenchmark
