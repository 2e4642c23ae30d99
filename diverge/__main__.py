from diverge.cli import main

main()
