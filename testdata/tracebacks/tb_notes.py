# __notes__ under the exception line, including one that is not a str
# and a note with several lines.
class Note:
    def __str__(self):
        return "from __str__"


e = RuntimeError("with notes")
e.add_note("plain")
e.add_note("two\nlines")
e.__notes__.append(Note())
raise e
