"""One module per application of the site; each takes the Site and returns what flows need."""
