MATCH (c:Country) RETURN labels(c.name)
