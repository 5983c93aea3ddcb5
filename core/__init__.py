"""Leaf helpers every app may import: no models, no imports from Pelita's apps."""
