"""The fonts Pelita embeds in its PDFs (DejaVu, see LICENSE), shipped with the code, never read from the system."""
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
