// Package results defines rcvm's results files: JSON Lines, one record per
// line, each carrying its full configuration and the host it ran on, so that
// files from several machines can sit side by side in one directory and
// still be told apart.
//
// A file holds the records of one run of one experiment on one host:
// "measurement" records (one per timed or counted program run), "summary"
// records (one per configuration, written at the end) and "error" records
// (a configuration that could not be run, with the reason). Readers take
// what they need and ignore unknown fields, so the format can grow.
package results
