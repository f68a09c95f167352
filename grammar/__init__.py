"""The Lark grammar of speechparse, shipped as package data (``speechparse.grammars``)."""
