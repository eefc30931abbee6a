#!/usr/bin/env python3
"""Prints a LiveKit webhook Authorization value for a body: an HS256 JWT with iss=key and
sha256 = base64(SHA-256(body)), valid for one hour. Usage: sign-webhook.py KEY SECRET BODY_FILE"""
import base64, hashlib, hmac, json, sys, time

key, secret, path = sys.argv[1:4]
body = open(path, "rb").read()
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
now = int(time.time())
header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"iss": key, "nbf": now - 5, "exp": now + 3600,
                         "sha256": base64.b64encode(hashlib.sha256(body).digest()).decode()}).encode())
signature = b64(hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest())
print(f"{header}.{claims}.{signature}")
