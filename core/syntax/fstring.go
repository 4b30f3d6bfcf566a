package syntax

import "strings"

// strings parses a run of adjacent string literals, concatenating them
// into one Constant, or into a JoinedStr when any of them is an f-string.
func (p *parser) strings() Expr {
	start := p.cur().pos
	var values []Expr
	var buf strings.Builder
	var bufSpan Span
	isF := false
	nBytes, nText := 0, 0
	var bytesBuf strings.Builder
	add := func(c *Constant) {
		if buf.Len() == 0 {
			bufSpan.StartPos = c.StartPos
		}
		bufSpan.EndPos = c.EndPos
		buf.WriteString(c.Value.(string))
	}
	flush := func() {
		if buf.Len() > 0 {
			values = append(values, &Constant{Span: bufSpan, Value: buf.String()})
			buf.Reset()
		}
	}
	for k := p.cur().kind; k == STRING || k == FSTRING; k = p.cur().kind {
		t := p.next()
		if b, ok := t.value.(BytesValue); ok {
			nBytes++
			bytesBuf.WriteString(string(b))
			continue
		}
		nText++
		if k == STRING {
			add(&Constant{Span: Span{t.pos, t.end}, Value: t.value.(string)})
			continue
		}
		isF = true
		parts, _ := p.fstringBody(t.value.(*FStringLit), 0, false, 0)
		for _, part := range parts {
			if c, ok := part.(*Constant); ok {
				add(c)
				continue
			}
			flush()
			values = append(values, part)
		}
	}
	if nBytes > 0 {
		if nText > 0 {
			sp := p.span(start)
			p.fail(KindSyntax, sp.StartPos, sp.EndPos, "cannot mix bytes and nonbytes literals")
		}
		return &Constant{Span: p.span(start), Value: BytesValue(bytesBuf.String())}
	}
	if !isF {
		return &Constant{Span: p.span(start), Value: buf.String()}
	}
	flush()
	return &JoinedStr{Span: p.span(start), Values: values}
}

// posIn returns the position of byte k of an f-string's body.
func posIn(lit *FStringLit, k int) Pos {
	pos := lit.BodyPos
	for _, r := range lit.Body[:k] {
		if r == '\n' {
			pos.Line++
			pos.Col = 1
		} else {
			pos.Col++
		}
	}
	return pos
}

// fstringBody parses lit.Body from byte i as literal text and replacement
// fields. In a format spec (spec set) it stops at the '}' that closes the
// enclosing field and returns its index. depth counts enclosing fields.
func (p *parser) fstringBody(lit *FStringLit, i int, spec bool, depth int) ([]Expr, int) {
	body := lit.Body
	var vals []Expr
	var text strings.Builder
	textStart := i
	flush := func(end int) {
		if text.Len() == 0 {
			return
		}
		s := text.String()
		text.Reset()
		if !lit.Raw {
			var msg string
			if s, msg = decodeEscapes(s); msg != "" {
				p.fail(KindSyntax, lit.End, Pos{}, "%s", msg)
			}
		}
		vals = append(vals, &Constant{Span: Span{posIn(lit, textStart), posIn(lit, end)}, Value: s})
	}
	for i < len(body) {
		c := body[i]
		switch c {
		case '{':
			if !spec && i+1 < len(body) && body[i+1] == '{' {
				text.WriteByte('{')
				i += 2
				continue
			}
			flush(i)
			if depth >= 2 {
				p.fail(KindSyntax, lit.End, Pos{}, "f-string: expressions nested too deeply")
			}
			var field []Expr
			field, i = p.replacementField(lit, i, depth)
			vals = append(vals, field...)
			textStart = i
			continue
		case '}':
			if spec {
				flush(i)
				return vals, i
			}
			if i+1 < len(body) && body[i+1] == '}' {
				text.WriteByte('}')
				i += 2
				continue
			}
			p.fail(KindSyntax, lit.End, Pos{}, "f-string: single '}' is not allowed")
		case '\\':
			if !lit.Raw && i+1 < len(body) {
				if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
					p.fail(KindSyntax, lit.End, Pos{}, `\N{...} escapes are not supported by rcvm`)
				}
				text.WriteString(body[i : i+2])
				i += 2
				continue
			}
		}
		text.WriteByte(c)
		i++
	}
	if spec {
		p.fail(KindSyntax, lit.End, Pos{}, "f-string: expecting '}'")
	}
	flush(i)
	return vals, i
}

// replacementField parses the field starting at the '{' at body[i]; it
// returns the FormattedValue (preceded by the text of a self-documenting
// `{x=}`) and the index after the closing '}'.
func (p *parser) replacementField(lit *FStringLit, i, depth int) ([]Expr, int) {
	body := lit.Body
	expecting := func() { p.fail(KindSyntax, lit.End, Pos{}, "f-string: expecting '}'") }
	end := -1
	var quote byte
	nest := 0
scan:
	for j := i + 1; j < len(body); j++ {
		c := body[j]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\\':
			p.fail(KindSyntax, lit.End, Pos{}, "f-string expression part cannot include a backslash")
		case '#':
			p.fail(KindSyntax, lit.End, Pos{}, "f-string expression part cannot include '#'")
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			nest++
		case ')', ']':
			nest--
		case '}':
			if nest <= 0 {
				end = j
				break scan
			}
			nest--
		case '!':
			if nest <= 0 && (j+1 >= len(body) || body[j+1] != '=') {
				end = j
				break scan
			}
		case ':':
			if nest <= 0 {
				end = j
				break scan
			}
		case '=':
			prev := body[j-1]
			if nest <= 0 && (j+1 >= len(body) || body[j+1] != '=') && !strings.ContainsRune("=!<>", rune(prev)) {
				end = j
				break scan
			}
		}
	}
	if end < 0 {
		expecting()
	}
	src := body[i+1 : end]
	if strings.TrimSpace(src) == "" {
		p.fail(KindSyntax, lit.End, Pos{}, "f-string: empty expression not allowed")
	}
	sub := &parser{sc: newSubScanner([]byte(src), posIn(lit, i+1)), fstring: true, depth: p.depth}
	var x Expr
	if err := sub.run(func() {
		if sub.cur().kind == YIELD {
			x = sub.yieldExpr()
		} else {
			x = sub.starExpressions()
		}
		if sub.cur().kind != EOF {
			// CPython parses the field as if parenthesized.
			last := x
			if t, ok := x.(*Tuple); ok && len(t.Elts) > 0 {
				last = t.Elts[len(t.Elts)-1]
			}
			sub.missingComma(last)
		}
	}); err != nil {
		panic(bailout{err: err})
	}
	fv := &FormattedValue{Value: x}
	var out []Expr
	j := end
	selfDoc := false
	if body[j] == '=' {
		j++
		for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == '\n') {
			j++
		}
		out = append(out, &Constant{Span: Span{posIn(lit, i+1), posIn(lit, j)}, Value: body[i+1 : j]})
		selfDoc = true
	}
	if j < len(body) && body[j] == '!' {
		if j+1 >= len(body) {
			expecting()
		}
		switch conv := body[j+1]; conv {
		case 's', 'r', 'a':
			fv.Conv = conv
		default:
			p.fail(KindSyntax, lit.End, Pos{}, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		j += 2
	}
	if j < len(body) && body[j] == ':' {
		var vals []Expr
		specStart := j + 1
		vals, j = p.fstringBody(lit, specStart, true, depth+1)
		fv.Spec = &JoinedStr{Span: Span{posIn(lit, specStart), posIn(lit, j)}, Values: vals}
	}
	if j >= len(body) || body[j] != '}' {
		expecting()
	}
	j++
	if selfDoc && fv.Conv == 0 && fv.Spec == nil {
		fv.Conv = 'r'
	}
	fv.Span = Span{posIn(lit, i), posIn(lit, j)}
	return append(out, fv), j
}
