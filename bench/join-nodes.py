#!/usr/bin/env python3
"""Joins N nodes to a core (keep-alive HTTP on loopback) and prints their ids, one per line.
Usage: join-nodes.py PORT CLUSTER_TOKEN N"""
import http.client, json, sys

port, token, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("127.0.0.1", port)
for i in range(count):
    body = json.dumps({"name": f"bench-node-{i}", "ip": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}",
                       "region": ["eu", "us", "ap"][i % 3]})
    conn.request("POST", "/api/v1/cluster/join", body, {"Content-Type": "application/json", "X-Cluster-Token": token})
    response = conn.getresponse()
    data = json.loads(response.read())
    if response.status not in (200, 201):
        sys.exit(f"join {i} failed: {response.status} {data}")
    print(data["data"]["nodeId"])
