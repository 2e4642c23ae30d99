# class: message-only
# Both engines raise TypeError; CPython 3.11 says "a real number", PyPy 3.9 "a number".
int(None)
