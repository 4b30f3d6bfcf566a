package syntax

// Token is the kind of a lexical token.
type Token uint8

// Token kinds. Keywords and operators each have their own kind.
const (
	ILLEGAL Token = iota // a character that starts no token (or a lexer error)
	EOF
	NEWLINE
	INDENT
	DEDENT
	NAME
	INT     // value: int64 or *big.Int
	FLOAT   // value: float64
	STRING  // value: the decoded string
	FSTRING // value: *FStringLit, the undecoded body for the parser

	// Operators and delimiters.
	PLUS       // +
	MINUS      // -
	STAR       // *
	SLASH      // /
	SLASHSLASH // //
	PERCENT    // %
	STARSTAR   // **
	AT         // @
	LTLT       // <<
	GTGT       // >>
	AMP        // &
	PIPE       // |
	CARET      // ^
	TILDE      // ~
	LT         // <
	GT         // >
	LE         // <=
	GE         // >=
	EQEQ       // ==
	NE         // !=
	LPAREN     // (
	RPAREN     // )
	LBRACK     // [
	RBRACK     // ]
	LBRACE     // {
	RBRACE     // }
	COMMA      // ,
	COLON      // :
	DOT        // .
	SEMI       // ;
	EQ         // =
	ARROW      // ->
	COLONEQ    // :=
	ELLIPSIS   // ...
	BANG       // ! (only meaningful inside f-string replacement fields)

	// Augmented assignment operators, in the order of bytecode.BinaryOp.
	PLUSEQ       // +=
	MINUSEQ      // -=
	STAREQ       // *=
	SLASHEQ      // /=
	SLASHSLASHEQ // //=
	PERCENTEQ    // %=
	STARSTAREQ   // **=
	LTLTEQ       // <<=
	GTGTEQ       // >>=
	AMPEQ        // &=
	PIPEEQ       // |=
	CARETEQ      // ^=
	ATEQ         // @=

	// Keywords.
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FALSE
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONE
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRUE
	TRY
	WHILE
	WITH
	YIELD
)

var tokenNames = [...]string{
	ILLEGAL: "ILLEGAL", EOF: "EOF", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT",
	NAME: "NAME", INT: "INT", FLOAT: "FLOAT", STRING: "STRING", FSTRING: "FSTRING",
	PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", SLASHSLASH: "//", PERCENT: "%",
	STARSTAR: "**", AT: "@", LTLT: "<<", GTGT: ">>", AMP: "&", PIPE: "|", CARET: "^",
	TILDE: "~", LT: "<", GT: ">", LE: "<=", GE: ">=", EQEQ: "==", NE: "!=",
	LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", LBRACE: "{", RBRACE: "}",
	COMMA: ",", COLON: ":", DOT: ".", SEMI: ";", EQ: "=", ARROW: "->", COLONEQ: ":=",
	ELLIPSIS: "...", BANG: "!",
	PLUSEQ: "+=", MINUSEQ: "-=", STAREQ: "*=", SLASHEQ: "/=", SLASHSLASHEQ: "//=",
	PERCENTEQ: "%=", STARSTAREQ: "**=", LTLTEQ: "<<=", GTGTEQ: ">>=", AMPEQ: "&=",
	PIPEEQ: "|=", CARETEQ: "^=", ATEQ: "@=",
	AND: "and", AS: "as", ASSERT: "assert", ASYNC: "async", AWAIT: "await",
	BREAK: "break", CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del",
	ELIF: "elif", ELSE: "else", EXCEPT: "except", FALSE: "False", FINALLY: "finally",
	FOR: "for", FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import", IN: "in",
	IS: "is", LAMBDA: "lambda", NONE: "None", NONLOCAL: "nonlocal", NOT: "not", OR: "or",
	PASS: "pass", RAISE: "raise", RETURN: "return", TRUE: "True", TRY: "try",
	WHILE: "while", WITH: "with", YIELD: "yield",
}

// String returns the token's spelling for operators and keywords, and its
// kind's name otherwise.
func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return "Token(?)"
}

// IsKeyword reports whether t is a keyword.
func (t Token) IsKeyword() bool { return t >= AND && t <= YIELD }

var keywords = func() map[string]Token {
	m := make(map[string]Token)
	for t := AND; t <= YIELD; t++ {
		m[tokenNames[t]] = t
	}
	return m
}()

// operators maps each operator spelling to its token, for the scanner's
// longest-match lookup.
var operators = func() map[string]Token {
	m := make(map[string]Token)
	for t := PLUS; t <= ATEQ; t++ {
		m[tokenNames[t]] = t
	}
	return m
}()

// tok is one scanned token.
type tok struct {
	kind  Token
	pos   Pos    // start
	end   Pos    // just past the end (equal to pos for NEWLINE, INDENT, DEDENT, EOF)
	raw   string // the identifier for NAME, the source text for numbers
	value any    // INT, FLOAT, STRING: the value; FSTRING: *FStringLit
	err   *Error // for ILLEGAL tokens produced by a lexical error

	// unclosed marks the end-of-file error for a bracket left open,
	// which CPython lets override an earlier parser error only when the
	// bracket was opened on an earlier line.
	unclosed bool
}
