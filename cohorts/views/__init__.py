"""Training pages for agency staff and trainers, and the participants' check-in."""
