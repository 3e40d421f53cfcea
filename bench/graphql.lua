-- wrk script for bench/load-test.sh: POSTs one GraphQL request body, or a template with __ID__
-- rotated over a list of ids, and counts answers that are not 200 or that carry GraphQL "errors".
-- Usage: wrk ... -s graphql.lua URL -- BODY_FILE [IDS_FILE]

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  local template = file:read("*a")
  file:close()
  bodies = {}
  if args[2] then
    for id in io.lines(args[2]) do
      local safe = id:gsub("%%", "%%%%")
      table.insert(bodies, (template:gsub("__ID__", safe)))
    end
  else
    bodies = { template }
  end
  sent = 0
  graphql_errors = 0
  not_ok = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

function request()
  sent = sent + 1
  return wrk.format(nil, nil, nil, bodies[(sent % #bodies) + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  elseif body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local graphql, status = 0, 0
  for _, thread in ipairs(threads) do
    graphql = graphql + thread:get("graphql_errors")
    status = status + thread:get("not_ok")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f not_200=%d graphql_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    status, graphql, e.connect + e.read + e.write + e.timeout))
end
