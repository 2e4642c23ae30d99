import os
import sys

from refvm import main
from refvm.driver import EXIT_KEYBOARD_INTERRUPT, exit_now

status = main(sys.argv[1:])
if status == EXIT_KEYBOARD_INTERRUPT:
    import signal
    if hasattr(signal, "SIGINT"):
        # as CPython does after an uncaught KeyboardInterrupt: die by SIGINT
        sys.stdout.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
exit_now(status)
sys.exit(status)
