MATCH (c:Country) CREATE (c) RETURN c
