"""A bot's first call, with the real python-okx package: reads the key from the environment
that `okx-key-assistant run LABEL -- python3 python_okx_config.py` sets (the generic profile),
makes one signed, read-only request (GET /api/v5/account/config) and prints OKX's answer code
and the key's label as one JSON line. Never prints a credential."""

import json
import os

import okx.Account as Account

api = Account.AccountAPI(
    os.environ["OKX_API_KEY"],
    os.environ["OKX_SECRET_KEY"],
    os.environ["OKX_PASSPHRASE"],
    None,  # use_server_time: deprecated and ignored by python-okx
    # python-okx's flag: "1" demo, "0" live (its default is demo: always pass it).
    flag="1" if os.environ["OKX_DEMO"] == "1" else "0",
    # The site's API host (https://eea.okx.com for EEA, ...), or the practice simulator.
    domain=os.environ["OKX_API_BASE_URL"],
    debug=False,
)
answer = api.get_account_config()
print(json.dumps({"code": answer["code"], "label": answer["data"][0]["label"], "client": "python-okx"}), flush=True)
