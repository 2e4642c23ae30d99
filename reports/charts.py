"""Inline SVG charts, hand-written: a time-series line chart and a sparkline.

Bar charts are plain HTML (a div whose width is the share) and live in the templates:
they stay crisp and readable at any width.  Line charts are SVG with a viewBox close to a
phone's width, so text is legible there and scales up moderately on a desktop (the CSS
caps their width).  Every point carries a <title>, which browsers show on hover.
"""
from __future__ import annotations

import datetime
import math
from html import escape

from markupsafe import Markup

ENGINE_COLOURS = {"cpython": "#2f6fb3", "pypy": "#d9822b", "jython": "#b53a3a", "pyodide": "#7b4fb3",
                  "refvm": "#1f8f7a", "grumpy": "#7a5a3a"}
_FALLBACK = ("#5d6d7e", "#c0398b", "#3a8f3a", "#8f8f1f", "#1f6f8f", "#8f3a1f")


def engine_colour(label: str) -> str:
    base = label.split(":", 1)[0]
    if base in ENGINE_COLOURS:
        return ENGINE_COLOURS[base]
    return _FALLBACK[sum(map(ord, label)) % len(_FALLBACK)]


def rate_colour(rate: float | None, bad: int = 0) -> str:
    """The matrix's colour scale: green at 100%; below it yellow (~95%) through orange to red
    (50% and less), since a suite sits near 100% and every missing case matters; grey when
    nothing ran; pink when something fails the gate."""
    if rate is None:
        return "#e5e7eb"
    if bad:
        return "#f6b3b3"
    if rate >= 1:
        return "hsl(130, 52%, 82%)"
    hue = 85 * max(0.0, (rate - 0.5) / 0.5) ** 1.5
    return f"hsl({hue:.0f}, 80%, 78%)"


def nice_ticks(lo: float, hi: float, count: int = 4, integer: bool = False) -> list[float]:
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    if integer:
        step = max(1, math.ceil(step))
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 0.5:
        ticks.append(round(v, 10))
        v += step
    return ticks


def fmt_num(v: float) -> str:
    if v == 0:
        return "0"
    if abs(v) >= 1000:
        return f"{v / 1000:.1f}k".replace(".0k", "k")
    if abs(v) >= 10 or float(v).is_integer():
        return f"{v:.0f}"
    return f"{v:.2g}"


def _time_label(t: float, span: float) -> str:
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    if span < 3600:
        return d.strftime("%H:%M:%S")
    return d.strftime("%H:%M") if span < 2 * 86400 else d.strftime("%m-%d")


def line_chart(series: list[dict], title: str, unit: str = "", y_min: float | None = 0.0,
               y_max: float | None = None, percent: bool = False, width: int = 420, height: int = 200,
               step: bool = False, integer: bool = False) -> Markup:
    """series: [{"name", "colour", "points": [(t, value), ...]}], t in epoch seconds."""
    pts = [(t, v) for s in series for t, v in s["points"] if v is not None]
    if not pts:
        return Markup("")
    left, right, top, bottom = 44, 10, 10, 26
    t0, t1 = min(t for t, _ in pts), max(t for t, _ in pts)
    if t1 == t0:
        t0, t1 = t0 - 1800, t1 + 1800
    lo = min(v for _, v in pts) if y_min is None else y_min
    hi = max(v for _, v in pts) if y_max is None else y_max
    if y_min is None:
        lo -= (hi - lo) * 0.1 or abs(hi) * 0.1 or 1
    ticks = nice_ticks(lo, hi, integer=integer)
    lo, hi = min(ticks[0], lo), max(ticks[-1], hi)
    pw, ph = width - left - right, height - top - bottom

    def x(t):
        return left + (t - t0) / (t1 - t0) * pw

    def y(v):
        return top + ph - (v - lo) / (hi - lo) * ph

    tick_step = ticks[1] - ticks[0] if len(ticks) > 1 else 1
    decimals = 0 if tick_step * 100 >= 1 else 1 if tick_step * 100 >= 0.1 else 2

    def label(v):
        return f"{v * 100:.{decimals}f}%" if percent else fmt_num(v)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>"]
    for tv in ticks:
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(tv):.1f}" y2="{y(tv):.1f}"/>'
                   f'<text class="tick" x="{left - 4}" y="{y(tv) + 4:.1f}" text-anchor="end">{label(tv)}</text>')
    span = t1 - t0
    shown = None
    for i in range(4):
        tt = t0 + span * i / 3
        text = _time_label(tt, span)
        if text == shown:                  # points close together: one label says it all
            continue
        shown = text
        anchor = "start" if i == 0 else "end" if i == 3 else "middle"
        out.append(f'<text class="tick" x="{x(tt):.1f}" y="{height - 8}" text-anchor="{anchor}">{text}</text>')
    for s in series:
        ps = [(t, v) for t, v in s["points"] if v is not None]
        if not ps:
            continue
        coords = []
        for i, (t, v) in enumerate(ps):
            if step and i:
                coords.append(f"{x(t):.1f},{y(ps[i - 1][1]):.1f}")
            coords.append(f"{x(t):.1f},{y(v):.1f}")
        colour = s["colour"]
        out.append(f'<polyline class="line" points="{" ".join(coords)}" stroke="{colour}"/>')
        for t, v in ps[-60:]:
            tip = f'{s["name"]}: {label(v)}{(" " + unit) if unit and not percent else ""} at {_time_label(t, 0)}'
            out.append(f'<circle cx="{x(t):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}">'
                       f"<title>{escape(tip)}</title></circle>")
    out.append("</svg>")
    return Markup("".join(out))


def sparkline(values: list, width: int = 64, height: int = 16) -> Markup:
    """Pass rates (0..1, None where the cell did not exist) across runs."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(known) < 2:
        return Markup("")
    n = len(values) - 1

    def px(i):
        return 1 + i / n * (width - 2)

    # from a little under the lowest rate to 100%: a drop from 100% to 90% must show
    lo = max(0.0, min(v for _, v in known) - 0.05)
    lo = min(lo, 0.9)

    def py(v):
        return 1 + (1 - v) / (1 - lo) * (height - 2)

    coords = " ".join(f"{px(i):.1f},{py(v):.1f}" for i, v in known)
    last_i, last_v = known[-1]
    return Markup(f'<svg class="spark" viewBox="0 0 {width} {height}" aria-hidden="true">'
                  f'<polyline points="{coords}"/><circle cx="{px(last_i):.1f}" cy="{py(last_v):.1f}" r="1.8"/></svg>')
