"""What Moksori does, without widgets: paths, text splitting, speech arithmetic, export, command line.

Never imports Qt: the window (`ui/`) and the command line both build on this package.
"""
