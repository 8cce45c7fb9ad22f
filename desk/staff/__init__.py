"""Staff, PINs and signing in, and which action needs which role."""
