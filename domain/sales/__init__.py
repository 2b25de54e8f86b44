"""Sales pushed by POS/ERP systems. Registers the month's sales with performance (see
domain.performance.sources)."""

from domain.performance import sources
from domain.sales import figures

sources.register(sources.Totals.EMPLOYEE_SALES, figures.employee_sales)
sources.register(sources.Totals.STORE_SALES, figures.store_sales)
