#!/usr/bin/env bash
# Settlement benchmark (not a test; never run by CI). Seeds 1,000 due questions with 1,000 answers each
# (1,000,000 answers, 10,000 members) into the test database, settles them all through the persistence
# adapter (ApplySettlementPort) in a JVM limited to 256 MB, then seeds the same data again and times the
# floor: the same row changes written the fastest plain JDBC way (per question: rows getting the same change
# updated by primary key in one statement, the ledger rows in one multi-row INSERT), everything known in
# advance. Last line (see SettlementBenchmark and the README's "Benchmarks" section):
#   settlement votes=1000 answers=1000000 seconds=S floor_seconds=F ratio=R statements_per_vote=N
#     heap_used_max_mb=H heap_after_gc_max_mb=L heap_limit_mb=256
# The database is the tests' (WHALING_TEST_DB_URL / _USER / _PASSWORD, see TestDatabase; the default is
# jdbc:mysql://127.0.0.1:3306/whaling_test). The benchmark empties the application's tables before and
# after, so give it a database nobody else is using at the same time, e.g.
#   WHALING_TEST_DB_URL=jdbc:mysql://127.0.0.1:3306/whaling_bench benchmarks/settlement.sh
# BENCH_SETTLEMENT_VOTES=20 settles fewer questions (a quick check of the benchmark itself).
# Maven builds the module and the modules it depends on inside the reactor (-am, never `mvn install`),
# so it runs on a fresh clone; offline when the local repository already holds everything, online otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

MODULE=adapter-persistence
CLASSPATH_FILE="$MODULE/target/benchmark-classpath.txt"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
VOTES="${BENCH_SETTLEMENT_VOTES:-1000}"
[[ "$VOTES" =~ ^[1-9][0-9]*$ ]] || { echo "settlement.sh: BENCH_SETTLEMENT_VOTES is not a positive number" >&2; exit 1; }

# Maven's output only when it fails, so that the benchmark's result stays the last line.
BUILD_LOG="$(mktemp)"
trap 'rm -f "$BUILD_LOG"' EXIT

# test-compile in every module of -am (the reactor hands the module its siblings' target/classes), and
# the class path file in each; the adapter's is the one used.
build() {
    timeout 1800 mvn -B -q "$@" -pl "$MODULE" -am test-compile dependency:build-classpath \
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
# Two hours at most: the full run takes a few minutes on the development machine.
exec timeout 7200 "$JAVA" -Xmx256m -Dwhaling.bench.votes="$VOTES" -cp "$CLASSPATH" \
    kr.co.whaling.adapter.out.persistence.SettlementBenchmark
