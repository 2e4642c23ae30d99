"""reports: the static HTML site, summary.md and report.json over the findings store
(see docs/reports.md).  `collect` gathers the data once; `html`, `markdown` and `jsonout`
lay it out; `history` records conformance runs and benchmark figures into the store."""
