# ---
# features: [complex, numbers, hashing]
# dialect: py2+3
# description: a complex with zero imaginary part hashes like its real part
# ---
print(hash(complex(5, 0)) == hash(5))
print(hash(complex(2.5, 0)) == hash(2.5))
