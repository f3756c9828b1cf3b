MATCH (c:Country) RETURN percentileDisc(c.name, 0.5)
