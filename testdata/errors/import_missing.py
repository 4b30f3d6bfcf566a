# Importing a module that does not exist.
import sys
import no_such_module_for_rcvm
