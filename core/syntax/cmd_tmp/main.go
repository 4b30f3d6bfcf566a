package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/rcvm/rcvm/core/syntax"
)

func main() {
	var snips []string
	data, _ := os.ReadFile(os.Args[1])
	json.Unmarshal(data, &snips)
	for _, s := range snips {
		_, err := syntax.Parse("x.py", []byte(s))
		if err != nil {
			fmt.Printf("%q\n%s", s, err.(*syntax.Error).Format())
		} else {
			fmt.Printf("%q\nOK\n", s)
		}
	}
}
