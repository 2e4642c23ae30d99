# ---
# features: [imports, modules]
# dialect: py3
# description: import a.b binds the name a
# ---
import xml.dom
print(xml.__name__)
print(xml.dom.__name__)
