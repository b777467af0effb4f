#!/usr/bin/env python3
"""Where the miner loses lines on the sixteenth blind set (the counter is bench/logs/blindset_losses.py; read its help).

Usage: losses16.py PRED_DIR [--show SYSTEM] [--kinds KINDS_TSV]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindset_losses  # noqa: E402

if __name__ == "__main__":
    blindset_losses.main(HERE)
