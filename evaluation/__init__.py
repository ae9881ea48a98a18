"""Evaluation harness of cronica: `python -m evaluation.run` (make eval), `python -m evaluation.bench` (make bench).

The shared data is read from ../shared/eval, relative to the repository root, straight from its
archives; nothing is written into the repository except QUALITY.md after a full run.
"""
