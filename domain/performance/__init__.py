"""Weighted performance: metric values now (pushed by machines); definitions, scorecards and period
scores arrive with the performance capability."""
