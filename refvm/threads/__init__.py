"""VM threads, the GIL as a scheduler, and recorded, replayable schedules.

    scheduler.py   VMThread, Scheduler: baton passing between host threads,
                   blocking and waking, the virtual clock, deadlock reports
    policies.py    rr, random:SEED, pct:SEED:DEPTH[:STEPS], replay; --sched parsing
    schedule.py    the recorded schedule (JSON): --record / --replay
    primitives.py  the `_thread` module: lock, RLock, start_new_thread, sentinels;
                   time.sleep and sys.setswitchinterval under the scheduler
    explore.py     `python -m refvm --explore N`: many schedules, distinct outcomes
    measure.py     `python -m refvm.threads.measure`: runs PCT and random need to
                   find each classic race

Each VM thread runs on a host thread of its own, but only the thread holding
the baton runs; the scheduler alone decides who holds it next, so a run is a
pure function of the program and the schedule (docs/refvm.md, "Threads and
schedules").
"""
