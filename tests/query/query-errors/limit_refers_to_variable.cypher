MATCH (c:Country) RETURN c LIMIT c.founded
