"""A bot's first call, with the real ccxt package: reads the key from the environment that
`okx-key-assistant run LABEL -- python3 ccxt_config.py` sets (the generic profile), makes one
signed, read-only request (GET /api/v5/account/config) and prints OKX's answer code and the
key's label as one JSON line. Never prints a credential."""

import json
import os

import ccxt

# ccxt has one class per OKX site; OKX TR has none, so it uses okx with TR's host.
CLASSES = {"global": ccxt.okx, "eea": ccxt.myokx, "us": ccxt.okxus, "tr": ccxt.okx}

exchange = CLASSES[os.environ["OKX_SITE"]](
    {
        "apiKey": os.environ["OKX_API_KEY"],
        "secret": os.environ["OKX_SECRET_KEY"],
        # ccxt calls the API passphrase "password" (it is not the OKX login password).
        "password": os.environ["OKX_PASSPHRASE"],
        "hostname": os.environ["OKX_API_HOST"],
    }
)
if os.environ["OKX_DEMO"] == "1":
    # Demo Trading keys: ccxt then sends x-simulated-trading: 1.
    exchange.set_sandbox_mode(True)
# The real host, or the practice simulator on loopback when okx-key-assistant was pointed there.
exchange.urls["api"]["rest"] = os.environ["OKX_API_BASE_URL"]

# An implicit (raw) endpoint call: signed like every private call, without loading markets.
answer = exchange.private_get_account_config()
print(json.dumps({"code": answer["code"], "label": answer["data"][0]["label"], "client": "ccxt"}), flush=True)
