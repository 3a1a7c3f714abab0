from vonapp.launch import main

raise SystemExit(main())
