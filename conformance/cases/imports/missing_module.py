# ---
# features: [imports, modules, exceptions]
# dialect: py3
# description: importing a missing module raises ModuleNotFoundError
# negative: {type: ModuleNotFoundError}
# ---
import conf_no_such_module_anywhere
