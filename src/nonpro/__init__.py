"""nonpro: an open-source non-proliferation control system."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nonpro")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
