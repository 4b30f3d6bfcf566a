package core

// The built-in exception hierarchy of CPython 3.11, every class of the
// builtins module with its docstring (Objects/exceptions.c; the tree is
// Lib/test/exception_hierarchy.txt).
var (
	BaseExceptionType      = excType("BaseException", nil)
	BaseExceptionGroupType = excType("BaseExceptionGroup", &BaseExceptionType)
	GeneratorExitType      = excType("GeneratorExit", &BaseExceptionType)
	KeyboardInterruptType  = excType("KeyboardInterrupt", &BaseExceptionType)
	SystemExitType         = excType("SystemExit", &BaseExceptionType)
	ExceptionType          = excType("Exception", &BaseExceptionType)
	// ExceptionGroupType's bases are BaseExceptionGroup and Exception (its
	// MRO is set in init).
	ExceptionGroupType         = excType("ExceptionGroup", &BaseExceptionGroupType)
	ArithmeticErrorType        = excType("ArithmeticError", &ExceptionType)
	FloatingPointErrorType     = excType("FloatingPointError", &ArithmeticErrorType)
	OverflowErrorType          = excType("OverflowError", &ArithmeticErrorType)
	ZeroDivisionErrorType      = excType("ZeroDivisionError", &ArithmeticErrorType)
	AssertionErrorType         = excType("AssertionError", &ExceptionType)
	AttributeErrorType         = excType("AttributeError", &ExceptionType)
	BufferErrorType            = excType("BufferError", &ExceptionType)
	EOFErrorType               = excType("EOFError", &ExceptionType)
	ImportErrorType            = excType("ImportError", &ExceptionType)
	ModuleNotFoundErrorType    = excType("ModuleNotFoundError", &ImportErrorType)
	LookupErrorType            = excType("LookupError", &ExceptionType)
	IndexErrorType             = excType("IndexError", &LookupErrorType)
	KeyErrorType               = excType("KeyError", &LookupErrorType)
	MemoryErrorType            = excType("MemoryError", &ExceptionType)
	NameErrorType              = excType("NameError", &ExceptionType)
	UnboundLocalErrorType      = excType("UnboundLocalError", &NameErrorType)
	OSErrorType                = excType("OSError", &ExceptionType)
	BlockingIOErrorType        = excType("BlockingIOError", &OSErrorType)
	ChildProcessErrorType      = excType("ChildProcessError", &OSErrorType)
	ConnectionErrorType        = excType("ConnectionError", &OSErrorType)
	BrokenPipeErrorType        = excType("BrokenPipeError", &ConnectionErrorType)
	ConnectionAbortedErrorType = excType("ConnectionAbortedError", &ConnectionErrorType)
	ConnectionRefusedErrorType = excType("ConnectionRefusedError", &ConnectionErrorType)
	ConnectionResetErrorType   = excType("ConnectionResetError", &ConnectionErrorType)
	FileExistsErrorType        = excType("FileExistsError", &OSErrorType)
	FileNotFoundErrorType      = excType("FileNotFoundError", &OSErrorType)
	InterruptedErrorType       = excType("InterruptedError", &OSErrorType)
	IsADirectoryErrorType      = excType("IsADirectoryError", &OSErrorType)
	NotADirectoryErrorType     = excType("NotADirectoryError", &OSErrorType)
	PermissionErrorType        = excType("PermissionError", &OSErrorType)
	ProcessLookupErrorType     = excType("ProcessLookupError", &OSErrorType)
	TimeoutErrorType           = excType("TimeoutError", &OSErrorType)
	ReferenceErrorType         = excType("ReferenceError", &ExceptionType)
	RuntimeErrorType           = excType("RuntimeError", &ExceptionType)
	NotImplementedErrorType    = excType("NotImplementedError", &RuntimeErrorType)
	RecursionErrorType         = excType("RecursionError", &RuntimeErrorType)
	StopAsyncIterationType     = excType("StopAsyncIteration", &ExceptionType)
	StopIterationType          = excType("StopIteration", &ExceptionType)
	SyntaxErrorType            = excType("SyntaxError", &ExceptionType)
	IndentationErrorType       = excType("IndentationError", &SyntaxErrorType)
	TabErrorType               = excType("TabError", &IndentationErrorType)
	SystemErrorType            = excType("SystemError", &ExceptionType)
	TypeErrorType              = excType("TypeError", &ExceptionType)
	ValueErrorType             = excType("ValueError", &ExceptionType)
	UnicodeErrorType           = excType("UnicodeError", &ValueErrorType)
	UnicodeDecodeErrorType     = excType("UnicodeDecodeError", &UnicodeErrorType)
	UnicodeEncodeErrorType     = excType("UnicodeEncodeError", &UnicodeErrorType)
	UnicodeTranslateErrorType  = excType("UnicodeTranslateError", &UnicodeErrorType)

	WarningType                   = excType("Warning", &ExceptionType)
	BytesWarningType              = excType("BytesWarning", &WarningType)
	DeprecationWarningType        = excType("DeprecationWarning", &WarningType)
	EncodingWarningType           = excType("EncodingWarning", &WarningType)
	FutureWarningType             = excType("FutureWarning", &WarningType)
	ImportWarningType             = excType("ImportWarning", &WarningType)
	PendingDeprecationWarningType = excType("PendingDeprecationWarning", &WarningType)
	ResourceWarningType           = excType("ResourceWarning", &WarningType)
	RuntimeWarningType            = excType("RuntimeWarning", &WarningType)
	SyntaxWarningType             = excType("SyntaxWarning", &WarningType)
	UnicodeWarningType            = excType("UnicodeWarning", &WarningType)
	UserWarningType               = excType("UserWarning", &WarningType)
)

// excDocs are the classes' docstrings (__doc__), CPython's.
var excDocs = map[*Type]string{
	&BaseExceptionType:             "Common base class for all exceptions",
	&BaseExceptionGroupType:        "A combination of multiple unrelated exceptions.",
	&GeneratorExitType:             "Request that a generator exit.",
	&KeyboardInterruptType:         "Program interrupted by user.",
	&SystemExitType:                "Request to exit from the interpreter.",
	&ExceptionType:                 "Common base class for all non-exit exceptions.",
	&ArithmeticErrorType:           "Base class for arithmetic errors.",
	&FloatingPointErrorType:        "Floating point operation failed.",
	&OverflowErrorType:             "Result too large to be represented.",
	&ZeroDivisionErrorType:         "Second argument to a division or modulo operation was zero.",
	&AssertionErrorType:            "Assertion failed.",
	&AttributeErrorType:            "Attribute not found.",
	&BufferErrorType:               "Buffer error.",
	&EOFErrorType:                  "Read beyond end of file.",
	&ImportErrorType:               "Import can't find module, or can't find name in module.",
	&ModuleNotFoundErrorType:       "Module not found.",
	&LookupErrorType:               "Base class for lookup errors.",
	&IndexErrorType:                "Sequence index out of range.",
	&KeyErrorType:                  "Mapping key not found.",
	&MemoryErrorType:               "Out of memory.",
	&NameErrorType:                 "Name not found globally.",
	&UnboundLocalErrorType:         "Local name referenced but not bound to a value.",
	&OSErrorType:                   "Base class for I/O related errors.",
	&BlockingIOErrorType:           "I/O operation would block.",
	&ChildProcessErrorType:         "Child process error.",
	&ConnectionErrorType:           "Connection error.",
	&BrokenPipeErrorType:           "Broken pipe.",
	&ConnectionAbortedErrorType:    "Connection aborted.",
	&ConnectionRefusedErrorType:    "Connection refused.",
	&ConnectionResetErrorType:      "Connection reset.",
	&FileExistsErrorType:           "File already exists.",
	&FileNotFoundErrorType:         "File not found.",
	&InterruptedErrorType:          "Interrupted by signal.",
	&IsADirectoryErrorType:         "Operation doesn't work on directories.",
	&NotADirectoryErrorType:        "Operation only works on directories.",
	&PermissionErrorType:           "Not enough permissions.",
	&ProcessLookupErrorType:        "Process not found.",
	&TimeoutErrorType:              "Timeout expired.",
	&ReferenceErrorType:            "Weak ref proxy used after referent went away.",
	&RuntimeErrorType:              "Unspecified run-time error.",
	&NotImplementedErrorType:       "Method or function hasn't been implemented yet.",
	&RecursionErrorType:            "Recursion limit exceeded.",
	&StopAsyncIterationType:        "Signal the end from iterator.__anext__().",
	&StopIterationType:             "Signal the end from iterator.__next__().",
	&SyntaxErrorType:               "Invalid syntax.",
	&IndentationErrorType:          "Improper indentation.",
	&TabErrorType:                  "Improper mixture of spaces and tabs.",
	&SystemErrorType:               "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
	&TypeErrorType:                 "Inappropriate argument type.",
	&ValueErrorType:                "Inappropriate argument value (of correct type).",
	&UnicodeErrorType:              "Unicode related error.",
	&UnicodeDecodeErrorType:        "Unicode decoding error.",
	&UnicodeEncodeErrorType:        "Unicode encoding error.",
	&UnicodeTranslateErrorType:     "Unicode translation error.",
	&WarningType:                   "Base class for warning categories.",
	&BytesWarningType:              "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
	&DeprecationWarningType:        "Base class for warnings about deprecated features.",
	&EncodingWarningType:           "Base class for warnings about encodings.",
	&FutureWarningType:             "Base class for warnings about constructs that will change semantically\nin the future.",
	&ImportWarningType:             "Base class for warnings about probable mistakes in module imports",
	&PendingDeprecationWarningType: "Base class for warnings about features which will be deprecated\nin the future.",
	&ResourceWarningType:           "Base class for warnings about resource usage.",
	&RuntimeWarningType:            "Base class for warnings about dubious runtime behavior.",
	&SyntaxWarningType:             "Base class for warnings about dubious syntax.",
	&UnicodeWarningType:            "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
	&UserWarningType:               "Base class for warnings generated by user code.",
}

// ExceptionTypes lists the built-in exception classes, in the order of
// the hierarchy (for the builtins module).
var ExceptionTypes = []*Type{
	&BaseExceptionType, &BaseExceptionGroupType, &GeneratorExitType, &KeyboardInterruptType,
	&SystemExitType, &ExceptionType, &ExceptionGroupType, &ArithmeticErrorType,
	&FloatingPointErrorType, &OverflowErrorType, &ZeroDivisionErrorType, &AssertionErrorType,
	&AttributeErrorType, &BufferErrorType, &EOFErrorType, &ImportErrorType,
	&ModuleNotFoundErrorType, &LookupErrorType, &IndexErrorType, &KeyErrorType,
	&MemoryErrorType, &NameErrorType, &UnboundLocalErrorType, &OSErrorType,
	&BlockingIOErrorType, &ChildProcessErrorType, &ConnectionErrorType, &BrokenPipeErrorType,
	&ConnectionAbortedErrorType, &ConnectionRefusedErrorType, &ConnectionResetErrorType,
	&FileExistsErrorType, &FileNotFoundErrorType, &InterruptedErrorType, &IsADirectoryErrorType,
	&NotADirectoryErrorType, &PermissionErrorType, &ProcessLookupErrorType, &TimeoutErrorType,
	&ReferenceErrorType, &RuntimeErrorType, &NotImplementedErrorType, &RecursionErrorType,
	&StopAsyncIterationType, &StopIterationType, &SyntaxErrorType, &IndentationErrorType,
	&TabErrorType, &SystemErrorType, &TypeErrorType, &ValueErrorType, &UnicodeErrorType,
	&UnicodeDecodeErrorType, &UnicodeEncodeErrorType, &UnicodeTranslateErrorType,
	&WarningType, &BytesWarningType, &DeprecationWarningType, &EncodingWarningType,
	&FutureWarningType, &ImportWarningType, &PendingDeprecationWarningType,
	&ResourceWarningType, &RuntimeWarningType, &SyntaxWarningType, &UnicodeWarningType,
	&UserWarningType,
}

// ExceptionAliases are the builtins' other names for exception classes
// (EnvironmentError and IOError are OSError since Python 3.3).
var ExceptionAliases = map[string]*Type{
	"EnvironmentError": &OSErrorType,
	"IOError":          &OSErrorType,
}

func excType(name string, base *Type) Type {
	return Type{Name: name, Base: base, InstanceKind: KindInstance, IsException: true}
}

func init() {
	t := bootThread()
	doc := Intern("__doc__")
	for _, tp := range ExceptionTypes {
		registerType(tp)
		tp.Dict = newStaticDict()
		if d, ok := excDocs[tp]; ok {
			tp.Dict.SetStr(t, doc, &Intern(d).Object)
		} else {
			tp.Dict.SetStr(t, doc, None)
		}
		tp.New = excTypeNew
		tp.Dealloc = deallocException
	}
	afterReadyTypes(func() {
		ExceptionGroupType.MRO = []*Type{&ExceptionGroupType, &BaseExceptionGroupType,
			&ExceptionType, &BaseExceptionType, &ObjectType}
	})
}
