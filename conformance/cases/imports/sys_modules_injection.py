# ---
# features: [imports, modules]
# dialect: py2+3
# description: an object placed in sys.modules is what import returns
# ---
import sys
class Fake(object):
    answer = "injected"
sys.modules["conf_fake"] = Fake()
import conf_fake
print(conf_fake.answer)
