"""Backpain Timer: guided stretching routines for runners with upper back pain."""

__version__ = "0.1.0"
