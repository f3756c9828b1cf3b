MATCH (c:Country) RETURN c LIMIT -1
