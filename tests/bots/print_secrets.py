"""A careless bot: prints the secret key and the passphrase it was given, once whole and once
a character at a time (each character its own write), then exits 7. `run` must show only the
mask and pass the status on."""

import os
import sys

secret, passphrase = os.environ["OKX_SECRET_KEY"], os.environ["OKX_PASSPHRASE"]
print(f"secret={secret} passphrase={passphrase}", flush=True)
for ch in secret:
    sys.stdout.write(ch)
    sys.stdout.flush()
print(flush=True)
print(f"on stderr: {passphrase}", file=sys.stderr, flush=True)
print("api key ends " + os.environ["OKX_API_KEY"][-4:], flush=True)
sys.exit(7)
