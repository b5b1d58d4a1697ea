"""`python -m copydesk` runs the command line."""

from copydesk.entry import run

if __name__ == "__main__":  # not again in a spawned worker process
    run()
