"""Training credits, levels and allowances. Registers the month's credits with performance (see
domain.performance.sources)."""

from domain.performance import sources
from domain.training import figures

sources.register(sources.Totals.TRAINING_CREDITS, figures.credits_in_month)
