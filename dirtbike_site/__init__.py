"""The dirtbike community site, composed from dirtbike_constructs: environments -> charts -> dist/."""
