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
	// throwing makes the next run of a generator frame raise the exception
	// set on the thread where the frame is suspended (throw, close).
	throwing bool
	// agYield is set when an async generator's frame suspended at one of
	// its own yields (not an await passing through it).
	agYield bool
	// obj is the frame's frame object once one was made (frameobject.go),
	// holding a reference until the frame ends.
	obj *FrameObject
	// nsObj is the locals mapping of code run by exec or eval with a
	// mapping that is not exactly a dict (LOAD_NAME and STORE_NAME then
	// use its __getitem__ and __setitem__); nsDict is nil then.
	nsObj *Object
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
