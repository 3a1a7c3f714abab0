from vonapp.cli import main

raise SystemExit(main())
