MATCH (c:Country) WHERE c.name RETURN c
