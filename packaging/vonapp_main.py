"""The bundle's entry point: the same `main` as the `vonapp` command."""

import sys

from vonapp.launch import main

if __name__ == "__main__":
    sys.exit(main())
