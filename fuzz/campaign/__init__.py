"""Campaigns: generate, run, compare, confirm, bucket, reduce, store.  See docs/campaigns.md."""
