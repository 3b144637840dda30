"""Figures that leave out what they measure, read by their neighbours: the rules of ellipsis, one family a module."""
