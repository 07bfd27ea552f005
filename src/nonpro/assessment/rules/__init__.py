"""The encoded guideline rules; importing this package registers every rule with the engine."""

from nonpro.assessment.rules import catch_all, cwc, listed_items, screening

__all__ = ["catch_all", "cwc", "listed_items", "screening"]
