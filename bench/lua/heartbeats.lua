-- wrk: heartbeats cycling through every node id in BENCH_NODE_IDS (one per line), with X-Cluster-Token
local ids = {}
for line in io.lines(os.getenv("BENCH_NODE_IDS")) do ids[#ids + 1] = line end
local token = os.getenv("BENCH_CLUSTER_TOKEN")
local i = 0
request = function()
  i = i % #ids + 1
  local body = '{"nodeId":"' .. ids[i] .. '","stats":{"cpu":0.31,"txBitsPerSecond":120000000,"participants":40,"rooms":4,"cores":8}}'
  return wrk.format("POST", "/api/v1/cluster/heartbeat",
    {["Content-Type"] = "application/json", ["X-Cluster-Token"] = token}, body)
end
