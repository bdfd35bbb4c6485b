# What one trivial input costs at a warm IPython prompt, measured as LatencyBenchmark measures `1+1` at
# the workbench's: the cell run in-process by the shell (parse, compile, run, display), 20 runs to warm
# up, then the median of 200, in ms. Without IPython, plain compile + exec of the same statement.
# Prints "NAME<tab>MEDIAN<tab>MIN-MAX". Usage: python3 snippet.py   (src/bench/latency.sh runs it)
import contextlib
import io
import statistics
import time

WARM_UP, RUNS = 20, 200
try:
    import IPython
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    name = "IPython " + IPython.__version__

    def run():
        shell.run_cell("1+1", store_history=True)
except ImportError:
    import sys
    name = "Python %d.%d compile + exec" % sys.version_info[:2]

    def run():
        exec(compile("1+1", "<stdin>", "single"), {})

times = []
with contextlib.redirect_stdout(io.StringIO()):
    for i in range(WARM_UP + RUNS):
        start = time.perf_counter()
        run()
        if i >= WARM_UP:
            times.append((time.perf_counter() - start) * 1000)
print("%s\t%.3f\t%.3f-%.3f" % (name, statistics.median(times), min(times), max(times)))
