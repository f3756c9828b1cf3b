MATCH (c:Country) RETURN sum(c.name)
