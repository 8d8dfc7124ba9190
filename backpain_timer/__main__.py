from backpain_timer.handover import main

raise SystemExit(main())
