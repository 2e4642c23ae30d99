# ---
# features: [imports, modules, builtins]
# dialect: py3
# description: json dumps and loads round trip with sorted keys
# ---
import json
data = {"b": [1, 2.5, None, True], "a": "x\u00e9"}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data)
print(json.dumps("\u00e9", ensure_ascii=False))
