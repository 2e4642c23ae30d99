"""Persistent workers: a fork server for engines that can fork, batch runners for the rest."""
