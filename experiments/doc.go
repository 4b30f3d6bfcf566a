// Package experiments declares rcvm's experiments and runs them: each
// experiment is a small declarative Spec (workloads × series × thread counts
// × repetitions, with a quick and a full size), and Run turns it into
// measurements by starting child processes through package runner, writing
// one JSON Lines results file per experiment and host (package results).
//
// How a run goes, and why:
//
//   - Sizes are calibrated, not typed in. A workload's N means different
//     things (iterations, a board size, seconds to sleep), so a Size asks for
//     a time instead: Target seconds for one thread's work on rcvm with the
//     GIL. Calibrate doubles N from 1 until a run takes at least Target, then
//     interpolates linearly between the last two points. That keeps every
//     experiment within its time budget whatever the VM's speed, on any
//     machine; the N used is in every record. A Size may fix N instead (the
//     I/O workload's N is a sleep in seconds).
//   - Every series of every workload first runs once, discarded (the
//     warm-up: file caches, CPU frequency, and a check that the
//     configuration works at all: one that fails its warm-up is dropped,
//     with its error recorded, instead of failing again in every round).
//   - Repetitions are interleaved: round r runs every configuration once, in
//     a fixed order with a workload's series side by side (A B A B …), so
//     that drift hits every configuration alike and rep r of A pairs with
//     rep r of B.
//   - Counters that cost time are only collected in the stats and checked
//     modes, whose times are never reported.
//
// To add an experiment, copy one of the definitions (overhead.go is the
// simplest), change its name, workloads, series, threads and sizes, and add
// it to All in registry.go.
package experiments
