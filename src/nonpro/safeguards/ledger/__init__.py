"""The safeguards ledger: reports that are appended whole or refused whole, and balances closed from them."""
