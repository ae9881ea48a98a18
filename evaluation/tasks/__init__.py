"""One module per evaluation task; each has ``run(ctx) -> list[Table]``."""
