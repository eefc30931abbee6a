#!/usr/bin/env python3
"""Prints a LiveKit webhook Authorization value for a body (see lkwebhook.py).
Usage: sign-webhook.py KEY SECRET BODY_FILE"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lkwebhook import sign  # noqa: E402

key, secret, path = sys.argv[1:4]
print(sign(key, secret, open(path, "rb").read()))
