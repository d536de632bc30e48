"""Running the command line in-process for the tests in this folder."""

from archiver.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``archiver ARGS``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
