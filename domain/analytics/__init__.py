"""Mission analytics: the figures the seeds close the loop with (participation first), cut by
period, department and sex, with small and overlapping groups suppressed so no one person's answer
or record can be read from them."""
