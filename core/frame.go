package core

// Frame is the execution state of one call of a code object.
type Frame struct {
	code    *Code
	fn      *Function
	globals *Dict
	// slots holds the locals, then the cells, then the value stack.
	slots  []*Object
	locals []*Object
	cells  []*Object
	stack  []*Object
	sp     int
	pc     int
	blocks []block
	// nsDict is a class body's namespace (LOAD_NAME/STORE_NAME).
	nsDict *Dict
	back   *Frame
	// kwnames is set by KW_NAMES for the CALL that follows.
	kwnames []*Str
	// lastLine is the line of the instruction being executed when the frame
	// called out (for tracebacks).
	line int
	// yielded is set when a generator frame suspended at YIELD_VALUE.
	yielded bool
}

// block is an entry of a frame's block stack.
type block struct {
	kind    uint8
	handler int32
	level   int32
	// saved is the exception that was being handled before an except clause
	// (blockExceptHandler) started.
	saved *Object
}

const (
	blockFinally uint8 = iota
	blockExceptHandler
)
