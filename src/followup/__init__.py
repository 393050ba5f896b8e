"""followup: turns job-search mail into reviewed-before-sending drafts."""

__version__ = "0.1.0"
