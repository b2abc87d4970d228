"""Programs the platform runs inside its pods (shipped in ConfigMaps)."""
