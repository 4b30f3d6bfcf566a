# A SyntaxError without a location prints like any exception.
raise SyntaxError("no location here")
