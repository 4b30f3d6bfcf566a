hits = []
