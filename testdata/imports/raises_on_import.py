import counter
counter.hits.append("raises")
raise ValueError("broken module")
