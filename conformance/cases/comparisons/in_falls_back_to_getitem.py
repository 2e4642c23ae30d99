# ---
# features: [comparisons, comparisons, containers]
# dialect: py2+3
# description: without __contains__ or __iter__, `in` uses __getitem__ with 0, 1, 2... until IndexError
# ---
class G(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in G())
print(25 in G())
