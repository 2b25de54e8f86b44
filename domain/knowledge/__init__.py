"""The knowledge base (门店常见问题库): articles by ticket category with versions, Chinese-capable
search (trigram matching on both databases), suggestions while a ticket is drafted, and the
deflections ("this solved it") that ticket figures count."""

from domain.knowledge import deflection_counts as _deflection_counts  # noqa: F401  (registers with tickets)
