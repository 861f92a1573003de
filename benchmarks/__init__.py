"""`make bench`: how close dixa-async runs to Dixa's physical limits. Run `python -m benchmarks.run`."""
