"""Pulse surveys: HR's short questionnaires to people on frontline postings, sent in waves, with
answers kept without any link to the person who gave them."""
