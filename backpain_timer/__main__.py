from backpain_timer.cli import main

raise SystemExit(main())
