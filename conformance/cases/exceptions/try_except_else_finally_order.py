# ---
# features: [exceptions, control-flow]
# dialect: py2+3
# description: else runs when no exception, finally always last
# ---
def f(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f(False))
print(f(True))
