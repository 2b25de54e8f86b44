"""Recognition (认可): cards between colleagues with points from monthly budgets, the append-only
points ledger with expiry, HR programmes, the redemption catalogue and redemptions."""
