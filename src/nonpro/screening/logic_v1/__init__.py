"""Matching algorithm v1: token alignment of normalised names, then secondary facts.

Versions live side by side (`logic_v1`, later `logic_v2`) and are never edited in place once results
are stored; every hit records the version that produced it.
"""

ALGORITHM = "v1"
