"""Events for higher apps: attendance changed for these participants (certificates re-checks its rule)."""
from django.dispatch import Signal

# Sent after commit with event and user_ids when attendance is recorded or corrected.
attendance_recorded = Signal()
