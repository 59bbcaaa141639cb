-- wrk script for tests/bench/api-bench.sh: adds the x-api-key header when API_KEY is set and, at
-- the end, prints one machine-readable line:
--   BENCH <requests/s> <p50 us> <p99 us> <non-2xx/3xx> <socket errors> <requests>
local key = os.getenv("API_KEY")
if key and key ~= "" then
    wrk.headers["x-api-key"] = key
end

function done(summary, latency, requests)
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format("BENCH %.1f %d %d %d %d %d\n",
        summary.requests / seconds,
        latency:percentile(50), latency:percentile(99),
        e.status, e.connect + e.read + e.write + e.timeout,
        summary.requests))
end
