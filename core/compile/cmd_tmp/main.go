package main

import (
	"fmt"
	"os"

	"github.com/rcvm/rcvm/core/compile"
	"github.com/rcvm/rcvm/core/syntax"
)

func main() {
	dis := os.Args[1] == "-d"
	files := os.Args[1:]
	if dis {
		files = files[1:]
	}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		code, err := compile.File(f, src)
		if err != nil {
			if e, ok := err.(*syntax.Error); ok {
				fmt.Print(e.Format())
				continue
			}
			fmt.Println(err)
			continue
		}
		if dis {
			fmt.Print(code.Disassemble())
		}
	}
}
