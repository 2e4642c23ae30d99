# ---
# features: [control-flow, syntax]
# dialect: py2+3
# description: adjacent string literals are concatenated at compile time
# ---
s = "abc" 'def' """ghi"""
print(s)
