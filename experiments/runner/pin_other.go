//go:build !linux

package runner

import "os/exec"

// canPin says this platform can pin a child to one CPU.
const canPin = false

func pinCPU() int { return -1 }

func startPinned(cmd *exec.Cmd, _ int) error { return cmd.Start() }
