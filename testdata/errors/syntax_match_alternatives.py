# The alternatives of an OR pattern must bind the same names.
match [1]:
    case [a] | [b]:
        pass
