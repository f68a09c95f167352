"""``python -m speechparse`` is the ``speechparse`` command."""

from speechparse.cli import main

raise SystemExit(main())
