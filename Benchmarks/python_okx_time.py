"""python-okx against the simulator, whose clock is off by a known skew: how many signed
requests succeed. python-okx 0.4.4 signs with the local clock (its `use_server_time` is
deprecated and ignored; when it was honoured it fetched https://www.okx.com/api/v5/public/time
before every request, whatever `domain` said).
Usage: python_okx_time.py BASE_URL N KEY SECRET PASSPHRASE — prints one JSON line."""
import json, sys
import okx.Account as Account

base, n, key, secret, passphrase = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
api = Account.AccountAPI(key, secret, passphrase, flag="0", domain=base, debug=False)
codes = {}
for _ in range(n):
    code = api.get_account_balance().get("code")
    codes[code] = codes.get(code, 0) + 1
print(json.dumps({"requests": n, "codes": codes}))
