-- wrk: POST a signed LiveKit webhook (body from BENCH_BODY_FILE, Authorization from BENCH_AUTH)
local f = assert(io.open(os.getenv("BENCH_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/webhook+json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
