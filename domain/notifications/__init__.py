"""Notifications: what each person hears about changes that concern them, in their language."""
