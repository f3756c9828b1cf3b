MATCH (c:Country) RETURN c SKIP 1.5
