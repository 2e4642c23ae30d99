# An exception in __del__ cannot propagate: "Exception ignored in: ..." on stderr.
import gc


class Bad:
    def __del__(self):
        raise ValueError("boom in del")


b = Bad()
del b
gc.collect()
print("still running")
