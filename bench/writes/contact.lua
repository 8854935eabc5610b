-- wrk script for make bench's concurrent writes: each request records a presentation with three issues on an
-- open case picked at random from the file named by BENCH_CASES (one case id a line), as the bench worker.
-- Environment: BENCH_CASES, BENCH_TOKEN, BENCH_BODY (the JSON body; the case is in the path).
-- At the end it prints one line: "requests ok status-409 status-4xx status-5xx errors p50-ms p99-ms seconds".

-- a global, so that done() can read each thread's copy with thread:get
counts = { ok = 0, s409 = 0, s4xx = 0, s5xx = 0 }
local threads = {}
local cases = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_CASES")) do
    if #line > 0 then table.insert(cases, line) end
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  wrk.body = os.getenv("BENCH_BODY")
end

function request()
  local case = cases[math.random(#cases)]
  return wrk.format(nil, "/api/cases/" .. case .. "/interactions")
end

function response(status, headers, body)
  if status >= 200 and status < 300 then counts.ok = counts.ok + 1
  elseif status == 409 then counts.s409 = counts.s409 + 1
  elseif status >= 500 then counts.s5xx = counts.s5xx + 1
  else counts.s4xx = counts.s4xx + 1 end
end

function done(summary, latency, requests)
  local total = { ok = 0, s409 = 0, s4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    total.ok = total.ok + thread:get("counts").ok
    total.s409 = total.s409 + thread:get("counts").s409
    total.s4xx = total.s4xx + thread:get("counts").s4xx
    total.s5xx = total.s5xx + thread:get("counts").s5xx
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %.1f %.1f %.1f\n", summary.requests, total.ok, total.s409,
    total.s4xx, total.s5xx, e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.duration / 1e6))
end
