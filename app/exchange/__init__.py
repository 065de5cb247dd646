"""What travels between a student's Moksori, her tutor's browser and her other computer.

`sealing` encrypts and authenticates a JSON document under a passphrase (the container format of
docs/EXCHANGE_FORMAT.md); `speech_state` turns a stored speech into the portable JSON (stable ids) and
back; `suggestions` merges a tutor's suggestions file; `merge` merges a whole-speech bundle from another
Moksori; `tutor_page` writes the self-contained page a tutor opens in her browser.
"""
