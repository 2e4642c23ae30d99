from engines.tracebacks import final_exception

CPYTHON = """Traceback (most recent call last):
  File "prog.py", line 4, in <module>
    raise E('boom')
E: boom
"""

CHAINED = """Traceback (most recent call last):
  File "prog.py", line 2, in <module>
    1 / 0
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "prog.py", line 4, in <module>
    raise KeyError('k')
KeyError: 'k'
"""

SYNTAX = """  File "/tmp/prog.py", line 1
    x = (
        ^
SyntaxError: '(' was never closed
"""

JYTHON = """Traceback (most recent call last):
  File "prog.py", line 4, in <module>
    raise E('boom')
__main__.E: boom
"""

GROUP = """  + Exception Group Traceback (most recent call last):
  |   File "prog.py", line 1, in <module>
  | ExceptionGroup: many (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | ValueError: a
    +---------------- 2 ----------------
    | TypeError: b
    +------------------------------------
"""


def test_the_last_line_of_a_traceback_gives_type_and_message():
    assert final_exception(CPYTHON) == ("E", "boom")


def test_a_chained_traceback_reports_the_last_exception():
    assert final_exception(CHAINED) == ("KeyError", "'k'")


def test_a_syntax_error_report_has_no_traceback_header():
    assert final_exception(SYNTAX) == ("SyntaxError", "'(' was never closed")


def test_jythons_main_module_prefix_is_dropped():
    assert final_exception(JYTHON) == ("E", "boom")


def test_an_exception_without_message():
    assert final_exception('Traceback (most recent call last):\n  File "p", line 1, in <module>\nStopIteration\n') \
        == ("StopIteration", None)


def test_other_module_names_are_kept():
    text = 'Traceback (most recent call last):\n  File "p", line 1, in <module>\njson.decoder.JSONDecodeError: x\n'
    assert final_exception(text)[0] == "json.decoder.JSONDecodeError"


def test_an_exception_group_reports_the_group_type():
    assert final_exception(GROUP) == ("ExceptionGroup", "many (2 sub-exceptions)")


def test_stderr_without_a_traceback_has_no_exception():
    assert final_exception("warning: something\n") == (None, None)
    assert final_exception("") == (None, None)
