// Package runner runs one measurement: a workload program under rcvm or a
// baseline, in child processes, timed from outside (wall clock around the
// processes, CPU time and peak resident set from the kernel's rusage of the
// children) and from inside (the VM's -report: GC cycles and pauses, peak
// heap). It knows the four systems of results.Config:
//
//	rcvm             rcvm run -strategy S [FLAGS] -report R W.py THREADS N [ARGS]
//	cpython          python3 W.py THREADS N [ARGS]
//	multiprocessing  THREADS × rcvm run -strategy S -report Ri W.py 1 N [ARGS], started at once
//	subinterpreters  rcvm run -strategy S -interpreters THREADS -report R W.py 1 N [ARGS]
//
// Counters that cost time are only asked for in the stats and checked modes
// (-stats, -checked -stats), never in timing runs.
package runner
