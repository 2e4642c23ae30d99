import signal

from engines.classify import RawRun, classify

TB = b'Traceback (most recent call last):\n  File "p.py", line 1, in <module>\nZeroDivisionError: division by zero\n'


def status(**kw):
    return classify(RawRun(**kw), "e").status


def test_exit_zero_is_ok():
    assert status(exit=0, stdout=b"hi\n") == "ok"


def test_sys_exit_with_a_code_and_no_traceback_is_ok_with_that_exit():
    o = classify(RawRun(exit=3), "e")
    assert (o.status, o.exit) == ("ok", 3)


def test_an_uncaught_exception_is_exception_with_its_type():
    o = classify(RawRun(exit=1, stderr=TB), "e")
    assert (o.status, o.exception, o.message) == ("exception", "ZeroDivisionError", "division by zero")


def test_a_signal_is_a_crash():
    o = classify(RawRun(signal=signal.SIGSEGV), "e")
    assert o.status == "crash" and "SIGSEGV" in o.detail


def test_the_wall_timeout_and_sigxcpu_are_timeouts():
    assert status(timed_out=True, signal=signal.SIGKILL) == "timeout"
    assert status(signal=signal.SIGXCPU) == "timeout"


def test_a_full_output_stream_or_sigxfsz_is_output_limit():
    assert status(exit=0, truncated=True) == "output-limit"
    assert status(signal=signal.SIGXFSZ) == "output-limit"


def test_memory_error_and_engine_oom_reports_are_memory_limit():
    tb = b'Traceback (most recent call last):\n  File "p", line 1, in <module>\nMemoryError\n'
    assert status(exit=1, stderr=tb) == "memory-limit"
    assert status(exit=1, stderr=b"Exception in thread main java.lang.OutOfMemoryError: Java heap space\n") \
        == "memory-limit"
    assert status(signal=signal.SIGABRT, stderr=b"Fatal RPython error: MemoryError\n") == "memory-limit"


def test_a_fatal_interpreter_error_is_a_crash_even_with_an_exit_status():
    assert status(exit=134, stderr=b"Fatal Python error: Segmentation fault\n") == "crash"


def test_engine_reported_unsupported_and_internal_errors_win():
    assert status(exit=3, unsupported="async def (line 1)") == "unsupported"
    assert status(exit=70, internal="refvm internal error: KeyError") == "internal-error"


def test_binary_garbage_is_kept_visible_not_dropped():
    o = classify(RawRun(exit=0, stdout=b"a\xff\xfeb"), "e")
    assert o.stdout == "a\\xff\\xfeb"
