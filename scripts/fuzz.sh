#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang-14 (ASan + UBSan, coverage-instrumented project libraries) in
# build/fuzz and runs each for a bounded time on a scratch copy of its committed seed corpus (fuzz/corpus/<target>);
# nothing is written back into the repository. Prints, per target, the executions, executions per second and new
# coverage; exits non-zero on any crash, leak, timeout or sanitizer report, keeping the input that caused it under
# build/fuzz/findings/<target>/.
#
# Usage: scripts/fuzz.sh [seconds-per-target] [target...]   (targets: the names after fuzz_, default all)
# Environment: SYNCSITES_FUZZ_SECONDS  seconds per target when no argument is given (default 30); 0 skips fuzzing
#                                      (scripts/test.sh passes it through: SYNCSITES_FUZZ_SECONDS=0 scripts/test.sh)
#              SYNCSITES_FUZZ_JOBS     build parallelism (default: the number of cores)
# A finding is replayed with: build/fuzz/fuzz/fuzz_<target> build/fuzz/findings/<target>/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${SYNCSITES_FUZZ_SECONDS:-30}}"
[ $# -gt 0 ] && shift
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "fuzz: seconds per target must be a whole number, not '$seconds'" >&2
  exit 2
fi
if [ "$seconds" -eq 0 ]; then
  echo "fuzz: skipped (0 seconds per target)"
  exit 0
fi

build=build/fuzz
all_targets=(topology_json wire_messages sync_bodies gzip http_parts http_server)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

start=$(date +%s)
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debug keeps Q_ASSERT and the project's own checks; -O1 and line tables keep the build short and stacks readable.
CXX=clang++-14 cmake -S . -B "$build" -G Ninja "${launcher[@]}" \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DSYNCSITES_BUILD_FUZZ=ON -DSYNCSITES_BUILD_TESTS=OFF -DSYNCSITES_BUILD_GUI=OFF -DSYNCSITES_BUILD_BENCH=OFF \
  -DSYNCSITES_WERROR=OFF >/dev/null
cmake --build "$build" -j "${SYNCSITES_FUZZ_JOBS:-$(nproc)}" --target $(printf 'fuzz_%s ' "${targets[@]}")
built=$(date +%s)
echo "fuzz: built in $((built - start)) s"

# Leaks are findings (libFuzzer checks after every input that allocated more than it freed); the suppressions file
# names the known one-time allocations of libraries we do not build, each with its reason.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1}"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=()
summary=()
for target in "${targets[@]}"; do
  program="$build/fuzz/fuzz_$target"
  scratch="$build/scratch/$target"
  findings="$build/findings/$target"
  log="$build/logs/$target.log"
  rm -rf "$scratch"
  mkdir -p "$scratch" "$findings" "$(dirname "$log")"
  [ -d "fuzz/corpus/$target" ] && cp -r "fuzz/corpus/$target/." "$scratch/"
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1
        -artifact_prefix="$findings/")
  [ -f "fuzz/$target.dict" ] && args+=(-dict="fuzz/$target.dict")
  echo "fuzz: $target for $seconds s"
  status=0
  "$program" "${args[@]}" "$scratch" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  added=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -n 1)
  cov_start=$(grep -m 1 -o 'INITED cov: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov_end=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || true)
  line=$(printf '%-14s %9s runs %7s exec/s  %4s new inputs  coverage %s -> %s' "$target" "${runs:-?}" \
    "${rate:-?}" "${added:-?}" "${cov_start:-?}" "${cov_end:-?}")
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    line="$line  FAILED (exit $status)"
    echo "fuzz: $target failed; the end of $log:" >&2
    tail -n 60 "$log" >&2
    for f in "$findings"/*; do
      [ -e "$f" ] && echo "fuzz: kept input $f (replay: $program $f)" >&2
    done
  fi
  summary+=("$line")
done

echo "fuzz: $seconds s per target, total $(( $(date +%s) - start )) s including the build"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
