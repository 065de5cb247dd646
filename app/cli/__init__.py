"""The command line (`moksori …`)."""
