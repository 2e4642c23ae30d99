# ---
# features: [float, numbers, comparisons]
# dialect: py3
# description: every ordering comparison with nan is False
# ---
nan = float("nan")
print(nan < 1, nan > 1, nan <= nan, nan >= nan, nan != nan)
