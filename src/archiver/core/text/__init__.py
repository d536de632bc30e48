"""Scripts, analysis and near-duplicate fingerprints of text."""
