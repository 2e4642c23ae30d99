import sys

from refvm import main

sys.exit(main(sys.argv[1:]))
