MATCH (c:Country) RETURN labels(c, c)
