package engine

// The constants below are CPython 3.11's (Lib/re/_constants.py, MAGIC
// 20220615): re._compiler emits these numbers and the engine executes them.

// Magic is the version stamp re._compiler checks against _sre.MAGIC.
const Magic = 20220615

// CodeSize is the size in bytes of one code word (_sre.CODESIZE).
const CodeSize = 4

// MaxRepeat is the repeat count meaning "no upper bound" (_sre.MAXREPEAT).
const MaxRepeat = 1<<32 - 1

// MaxGroups is the largest number of groups a pattern may have
// (_sre.MAXGROUPS).
const MaxGroups = (1<<31 - 1) / 2

// Opcodes, in the order of re._constants.OPCODES.
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
	numOpcodes
)

// AT codes (re._constants.ATCODES).
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

// Category codes (re._constants.CHCODES).
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
	numCategories
)

// INFO block flags (re._constants.SRE_INFO_*).
const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)
