"""Pure calculations over pandas frames and dataclasses: no Qt, no SQL."""
