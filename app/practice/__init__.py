"""Practice runs: audio, models, transcription, alignment, the delivery report, recording."""
