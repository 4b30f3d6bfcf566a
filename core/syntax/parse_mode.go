package syntax

// ParseSingle parses one interactive statement, as compile(src, filename,
// "single") does: a simple statement line (statements separated by ';')
// or one compound statement, followed by nothing but blank lines.
func ParseSingle(filename string, src []byte) (*File, error) {
	text, err := prepare(filename, src)
	if err != nil {
		return nil, err
	}
	if len(text) == 0 {
		return nil, &Error{Kind: KindSyntax, Msg: "invalid syntax", Filename: filename}
	}
	p := &parser{sc: newScanner(text)}
	var body []Stmt
	if err := p.run(func() {
		if p.cur().kind == EOF {
			p.unexpected()
		}
		body = p.statement()
		// CPython points at the end of the first statement's line.
		last := p.toks[p.i-1]
		for p.cur().kind == NEWLINE {
			p.next()
		}
		if t := p.cur(); t.kind != EOF {
			p.fail(KindSyntax, last.pos, last.end, "multiple statements found while compiling a single statement")
		}
	}); err != nil {
		return nil, finish(err, filename, src)
	}
	return &File{Filename: filename, Body: body}, nil
}
