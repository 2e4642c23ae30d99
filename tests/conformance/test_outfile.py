"""The .out format: stdout verbatim, then one trailer line."""
import pytest

from conformance.outfile import Expected, OutFileError, format_out, parse_out


@pytest.mark.parametrize("expected", [
    Expected(""), Expected("\n"), Expected("a\nb\n"), Expected("no newline"), Expected("x\n\n"),
    Expected("--- exit 0\n"), Expected("partial\n", exception="KeyError", exit=1), Expected("", exit=3),
])
def test_round_trip(expected):
    assert parse_out(format_out(expected)) == expected


def test_trailer_reads_like_the_outcome():
    assert format_out(Expected("hi\n")) == "hi\n--- exit 0\n"
    assert format_out(Expected("", exception="ValueError", exit=1)) == "--- exception ValueError\n"
    assert format_out(Expected("x")) == "x\n--- exit 0 (no newline at end of stdout)\n"


def test_missing_trailer_is_an_error():
    with pytest.raises(OutFileError):
        parse_out("just output\n")
