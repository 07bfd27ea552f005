"""The HTTP API door: FastAPI routes over the library core, versioned under /api/v1."""
