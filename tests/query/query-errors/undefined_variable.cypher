MATCH (c:Country) RETURN d.name
