// Registers this package's tags.
