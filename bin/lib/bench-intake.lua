-- wrk script of `bin/fairpact bench intake` (bin/lib/bench-intake.sh), one run per point.
-- FAIRPACT_BENCH_MODE=upload: POST multipart/form-data with one part "file", the PDF of
-- FAIRPACT_BENCH_PDF made unique per request by a comment line after its %%EOF (the bytes, and so
-- the SHA-256, differ; the document is still a valid PDF). FAIRPACT_BENCH_MODE=ping: GET the URL.
-- Every request carries FAIRPACT_BENCH_TOKEN. At the end one line "FAIRPACT-WRK {json}" with the
-- counts, answers other than 2xx and latency percentiles (microseconds).

local mode = os.getenv("FAIRPACT_BENCH_MODE") or "ping"
local token = os.getenv("FAIRPACT_BENCH_TOKEN") or ""
local pdf_path = os.getenv("FAIRPACT_BENCH_PDF")
local run = os.getenv("FAIRPACT_BENCH_RUN") or tostring(os.time())

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- per thread (each wrk thread has its own Lua state): the request count and the non-2xx answers
sent = 0
non2xx = 0
local head, tail

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. token
  if mode == "upload" then
    local file = assert(io.open(pdf_path, "rb"))
    local pdf = file:read("*a")
    file:close()
    local boundary = "fairpact-bench-" .. run
    head = "--" .. boundary .. "\r\n"
      .. 'Content-Disposition: form-data; name="file"; filename="umowa.pdf"\r\n'
      .. "Content-Type: application/pdf\r\n\r\n" .. pdf
    tail = "\r\n--" .. boundary .. "--\r\n"
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  else
    wrk.method = "GET"
  end
end

function request()
  if mode ~= "upload" then
    return wrk.format()
  end
  sent = sent + 1
  local unique = "\n%fairpact-bench " .. run .. "-" .. thread_id .. "-" .. sent .. "\n"
  return wrk.format(nil, nil, nil, head .. unique .. tail)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local other = 0
  for _, thread in ipairs(threads) do
    other = other + (thread:get("non2xx") or 0)
  end
  local errors = summary.errors
  io.write(string.format(
    'FAIRPACT-WRK {"requests":%d,"duration_us":%d,"non2xx":%d,"connect_errors":%d,'
      .. '"read_errors":%d,"write_errors":%d,"timeouts":%d,"p50_us":%d,"p95_us":%d,'
      .. '"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, other, errors.connect, errors.read, errors.write,
    errors.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
