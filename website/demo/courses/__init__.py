"""Demo course content (see README.md in this folder for the schema)."""
COURSE_MODULES = ["prl", "hpa", "med", "adv", "tic", "mk"]
