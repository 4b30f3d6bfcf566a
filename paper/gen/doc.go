// Package gen regenerates the generated parts of paper/paper.md from the
// results files in paper/results: figures (through package plots), tables,
// the table that checks the seed programs' claims one by one, and the table
// that sets rcvm's figures beside the published ones (ANCHORS.md).
//
// The paper is hand-written prose with generated blocks between markers:
//
//	<!-- BEGIN generated:NAME -->
//	... replaced on every run ...
//	<!-- END generated:NAME -->
//
// so that no number in it is typed by hand. Blocks whose data is missing
// say so instead of showing a number.
package gen
