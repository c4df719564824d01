"""Offline resume builder for health information professionals (core, no Qt)."""

__version__ = "0.1.0"
