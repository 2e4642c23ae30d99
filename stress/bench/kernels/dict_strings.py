# description: dicts and string methods: count the words of a generated text, then sort by frequency
# dialect: py2+3

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
TEXT = " ".join(WORDS[(i * 7 + i // 3) % 10] + ("," if i % 5 == 0 else "") for i in range(600))


def run():
    counts = {}
    for word in TEXT.split():
        word = word.strip(",").upper()
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "-".join("%s:%d" % kv for kv in ranked)
