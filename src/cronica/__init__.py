"""cronica: turn scraped news pages into a chronicle of stories, each conclusion with its evidence."""

__version__ = "0.1.0"
