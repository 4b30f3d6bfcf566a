# An uncaught user-defined exception: the final line names the class without
# the __main__ module.
class ValidationError(Exception):
    def __init__(self, field):
        super().__init__(f"invalid field {field}")
        self.field = field

def validate(record):
    for key in record:
        if record[key] is None:
            raise ValidationError(key)

validate({"name": "x", "age": None})
