"""Printed documents, built with reportlab platypus. Each takes plain objects and returns PDF bytes."""
