# class: unexplained
# No choice of refvm's, no Python version and no documented difference accounts for
# this one: the program asks which implementation runs it (a stand-in for a real bug,
# which is what `unexplained` is for).
import platform

print(platform.python_implementation())
