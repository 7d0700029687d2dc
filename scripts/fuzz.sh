#!/usr/bin/env bash
# Runs the fuzz targets built by `make fuzz` (in .build-fuzz) for a bounded time each.
#   scripts/fuzz.sh SECONDS [SEED]
# Seeds: the shipped editions, the test fixtures (valid and broken questionnaires, casebook answers) and
# the crash corpus in Tests/Fixtures/fuzz/. New inputs go to .build-fuzz/corpus/ (kept between runs);
# a crash or hang leaves an artifact in .build-fuzz/artifacts/ and makes this script fail: copy the
# artifact into Tests/Fixtures/fuzz/<loader|answers>/ and fix the code (`make test` replays that folder).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
seed=${2:-0}
bin=.build-fuzz/debug
mkdir -p .build-fuzz/corpus/loader .build-fuzz/corpus/answers .build-fuzz/artifacts \
         .build-fuzz/seeds/loader .build-fuzz/seeds/answers
cp Questionnaires/*.yaml Tests/Fixtures/valid/*.yaml Tests/Fixtures/invalid/*.yaml bench/menu.yaml \
   .build-fuzz/seeds/loader/
cp Tests/Fixtures/fuzz/loader/* .build-fuzz/seeds/loader/ 2>/dev/null || true
# The 50 MB and deep-nesting cases are covered by tests; keep seeds small so mutation stays fast.
find .build-fuzz/seeds/loader -size +200k -delete
cp Tests/Fixtures/casebook/*.json Tests/Fixtures/fuzz/answers/* .build-fuzz/seeds/answers/ 2>/dev/null || true
status=0
for target in loader answers; do
  exe=$bin/Fuzz$( [ $target = loader ] && echo Loader || echo Answers )
  echo "== fuzzing $target for ${seconds}s (seed $seed) =="
  # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: an input that needs 2 GB is a memory bomb.
  if ! "$exe" -max_total_time="$seconds" -seed="$seed" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/$target- \
      .build-fuzz/corpus/$target .build-fuzz/seeds/$target 2>.build-fuzz/$target.log; then
    status=1
    echo "FUZZ FAILURE in $target: see .build-fuzz/$target.log and .build-fuzz/artifacts/"
    grep -E "ERROR|SUMMARY|Test unit written|Fatal error|precondition" .build-fuzz/$target.log | head -20 || true
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^stat::new_units_added" .build-fuzz/$target.log || true
  tail -1 .build-fuzz/$target.log
done
exit $status
