"""Safeguards accountancy: material balances, the statistics inspectors use, ledgers and reports."""
