"""khabar (خبر): the command line and the interactive shell, thin layers over ``search.Index``."""
