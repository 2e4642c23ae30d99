# ---
# features: [iteration, protocols]
# dialect: py2+3
# description: without __iter__, iteration uses __getitem__ from 0 until IndexError
# ---
class G(object):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(G()))
