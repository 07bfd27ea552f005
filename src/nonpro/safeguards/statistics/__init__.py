"""Pure statistical functions of nuclear material accountancy; docs/safeguards.md cites each one's source."""
