"""Collaboration reward pools: funding, qualifying conditions, contribution-based splits, settlement."""
