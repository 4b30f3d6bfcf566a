// Package syntax is rcvm's front end for the Python 3 subset it runs: a lexer
// (scanner.go, strings.go, numbers.go), a recursive-descent parser
// (parse_*.go) and the abstract syntax tree it produces (ast.go).
//
// The grammar follows CPython 3.11's, and so do the error messages and error
// locations for the mistakes people commonly make (an unclosed bracket, a
// missing colon or comma, bad indentation), because the runtime prints them
// exactly as CPython does. CPython's PEG parser tries every alternative and
// then reruns with extra "invalid_*" rules to pick a specific message; this
// parser is LL with a few tokens of lookahead instead, so it reports the same
// specific messages only for the cases it checks explicitly, and
// "invalid syntax" at the offending token otherwise. One piece of CPython's
// error policy is reproduced exactly because programs hit it all the time: a
// parser error is replaced by a later tokenizer error, or by "'(' was never
// closed" when a bracket opened on an earlier line is still open at the end
// of the file.
//
// Features outside rcvm's subset (the walrus
// operator, bytes and complex literals, star-imports, relative imports) are
// refused with a SyntaxError that names the feature.
package syntax
