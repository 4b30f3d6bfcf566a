// Package cli implements the `rcvm experiment` and `rcvm paper` commands,
// so that cmd/rcvm only wires them up and the commands can be tested
// without building the VM.
package cli
