"""The web door: server-rendered pages that work without JavaScript, over the library core."""
