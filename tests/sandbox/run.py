"""Runs one test module of tests/sandbox verbosely (ctest entry point): puts this folder on
sys.path so that `sandboxfixture` imports without a working-directory dependency."""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: run.py <test_module> [unittest args...]")
    argv = [sys.argv[0], "-v"] + sys.argv[1:]
    unittest.main(module=None, argv=argv)
