"""Reads for certification, split by concept (records, certificates, assignments, team,
person, analytics). Each module imports the lower apps' models it reads; none writes."""
