# IndentationError: a dedent to a column no outer block uses.
if True:
        a = 1
    b = 2
