// Command rcvm runs Python programs on the rcvm VM with a chosen
// refcount-safety strategy, lists the strategies, and runs the experiments
// that compare them (see package command, which is all of it).
//
//	rcvm run [flags] FILE [ARGS...]
//	rcvm strategies [-v]
//	rcvm experiment NAME... [flags] | rcvm experiment list
//	rcvm paper [-run [-quick]] [flags]
package main

import "github.com/rcvm/rcvm/command"

func main() { command.Main() }
