"""The hand-written charts and colour scales."""
import re

from reports.charts import engine_colour, line_chart, nice_ticks, rate_colour, sparkline


def test_a_chart_without_points_is_nothing():
    assert line_chart([{"name": "a", "colour": "#000", "points": [(1.0, None)]}], "t") == ""
    assert sparkline([None, 0.5]) == ""


def test_every_point_is_a_circle_with_a_tooltip_and_the_line_goes_through_them():
    svg = str(line_chart([{"name": "pypy", "colour": "#d9822b", "points": [(0, 10), (3600, 20), (7200, 15)]}],
                         "throughput", unit="programs/s"))
    assert svg.count("<circle") == 3 and svg.count("<polyline") == 1
    assert "<title>pypy: 20 programs/s at 01:00:00</title>" in svg
    assert len(re.search(r'points="([^"]+)"', svg).group(1).split()) == 3


def test_a_step_chart_holds_each_value_until_the_next_point():
    svg = str(line_chart([{"name": "n", "colour": "#000", "points": [(0, 1), (10, 2)]}], "t", step=True))
    assert len(re.search(r'points="([^"]+)"', svg).group(1).split()) == 3


def test_ticks_cover_the_range_and_counts_get_whole_numbers():
    assert nice_ticks(0, 100) == [0, 25, 50, 75, 100]
    assert nice_ticks(0, 1, integer=True) == [0, 1]
    assert all(float(t).is_integer() for t in nice_ticks(0, 7, integer=True))


def test_percent_ticks_show_the_decimals_a_narrow_range_needs():
    svg = str(line_chart([{"name": "a", "colour": "#000", "points": [(0, 0.996), (1, 1.0)]}], "t", percent=True,
                         y_min=None, y_max=1.0))
    labels = re.findall(r'text-anchor="end">([\d.]+%)</text>', svg)
    assert len(set(labels)) == len(labels) and "100.0%" in labels


def test_matrix_colours_green_only_at_100_percent_and_alarm_on_gate_failures():
    assert rate_colour(1.0) != rate_colour(0.99)
    assert rate_colour(0.99, bad=1) == rate_colour(1.0, bad=2) == "#f6b3b3"
    hues = [int(re.match(r"hsl\((\d+)", rate_colour(r)).group(1)) for r in (0.4, 0.6, 0.8, 0.95, 1.0)]
    assert hues == sorted(hues) and hues[0] == 0
    assert rate_colour(None) == "#e5e7eb"


def test_known_engines_keep_their_colour_and_others_get_a_stable_one():
    assert engine_colour("pypy") == engine_colour("pypy:gc=x") == "#d9822b"
    assert engine_colour("ironpython") == engine_colour("ironpython")
