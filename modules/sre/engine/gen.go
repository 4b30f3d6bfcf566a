package engine

//go:generate go run ./internal/gentables
