"""LiveKit webhook signing for the benchmarks: the Authorization value LiveKit sends, an HS256 JWT
with iss=key and sha256 = base64(SHA-256(body)), valid for one hour."""
import base64, hashlib, hmac, json, time


def _b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def sign(key, secret, body):
    now = int(time.time())
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = _b64(json.dumps({"iss": key, "nbf": now - 5, "exp": now + 3600,
                              "sha256": base64.b64encode(hashlib.sha256(body).digest()).decode()}).encode())
    signature = _b64(hmac.new(secret.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest())
    return f"{header}.{claims}.{signature}"
