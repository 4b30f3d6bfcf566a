import counter
counter.hits.append(__name__)
