#!/usr/bin/env bash
# Codec throughput: ours (codec_bench) against the reference client's encoder/decoder, same corpus,
# same run. Builds codec_bench in an optimised build dir first.
#   tests/bench/codec-bench.sh [build-dir] [seconds-per-measurement]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/bench-codec}
seconds=${2:-2}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DWAMULTI_WA_ONLY=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target codec_bench >/dev/null
if [[ ! -d "$root/tests/interop/node_modules" ]]; then
    (cd "$root/tests/interop" && npm ci --silent)
fi
echo "build type: $(grep -E '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2), node $(node --version), $(nproc) cpus"
exec node "$here/codec-bench.mjs" "$build/tests/bench/codec_bench" "$seconds"
